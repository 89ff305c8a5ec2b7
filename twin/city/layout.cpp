#include "twin/city/layout.hpp"

#include <cmath>
#include <cstdlib>

namespace twin::citygen {

bool is_construction_land(Superblock kind) {
  return kind != Superblock::Farmland && kind != Superblock::Forest && kind != Superblock::GreenBelt &&
         kind != Superblock::RuralVillage;
}

StreetLevel street_level(Superblock kind) {
  switch (kind) {
    case Superblock::Cbd:
    case Superblock::OldTown:
    case Superblock::Village:
    case Superblock::NewTown: return StreetLevel::Local;
    case Superblock::Industrial:
    case Superblock::Logistics:
    case Superblock::University: return StreetLevel::Collector;
    default: return StreetLevel::ArterialOnly;
  }
}

bool rural_arterial_line(const Lattice& lattice, int line) {
  // d = distance from the centre in half-kilometres: odd for odd n. Keeping d ≡ n (mod 4) gives
  // lines 2 km apart that include the centre pair and both rings (n = 15: lines 1 3 5 7 8 10 12 14).
  const int n = lattice.superblocks;
  const int d = std::abs(2 * line - n);
  return d % 4 == (n % 2 == 1 ? 1 : 0);
}

std::vector<Radial> expressway_radials(const Lattice& lattice) {
  // Four spurs continue the outer ring's cross axes to the district edge (airport / intercity
  // expressways leave a Chinese city this way).
  const std::vector<Ring> rings = expressway_rings(lattice);
  std::vector<Radial> out;
  if (rings.size() < 2) return out;
  const int n = lattice.superblocks, c = n / 2;
  const Ring& outer = rings[1];
  out.push_back({true, c + 1, 0, outer.lo});
  out.push_back({true, c + 1, outer.hi, n});
  out.push_back({false, c, 0, outer.lo});
  out.push_back({false, c, outer.hi, n});
  return out;
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
