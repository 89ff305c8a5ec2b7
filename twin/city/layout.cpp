#include "twin/city/layout.hpp"

#include <cmath>

namespace twin::citygen {

StreetLevel street_level(Superblock kind) {
  switch (kind) {
    case Superblock::Cbd:
    case Superblock::OldTown:
    case Superblock::Village:
    case Superblock::NewTown: return StreetLevel::Local;
    case Superblock::Industrial: return StreetLevel::Collector;
    case Superblock::Farmland: return StreetLevel::Rural;
    default: return StreetLevel::ArterialOnly;
  }
}

Lattice make_lattice(double extent_m) {
  Lattice l;
  int n = static_cast<int>(std::floor(extent_m / kSuperblock_m + 0.5));
  if (n < 5) n = 5;
  if (n > 40) n = 40;
  l.superblocks = n;
  l.origin_m = -0.5 * kSuperblock_m * n;
  return l;
}

std::vector<Ring> expressway_rings(const Lattice& lattice) {
  // An inner ring 5 km across around the centre superblock and an outer one 9 km across: the
  // "second" and "third ring" of a Chinese city of about a million people, whose built-up area is
  // typically 80–120 km² (planning norm GB 50137-2011: 65–115 m² of urban land per person).
  const int c = lattice.superblocks / 2;
  std::vector<Ring> rings;
  const int spans[2][2] = {{c - 2, c + 3}, {c - 4, c + 5}};
  for (const auto& s : spans) {
    if (s[0] >= 1 && s[1] <= lattice.superblocks - 1) rings.push_back({s[0], s[1]});
  }
  return rings;
}

}  // namespace twin::citygen
