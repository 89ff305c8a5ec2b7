// The generator's street lattice and land-use plan. The district is a square of n × n arterial
// superblocks of 1 km (arterials every ~1 km, as in most Chinese new districts), each cut by
// collectors at 500 m and/or local streets at 250 m depending on what it holds. All road nodes sit
// on a 250 m lattice, so every street of every class meets the others at shared nodes.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/geometry.hpp"

namespace twin::citygen {

inline constexpr double kLatticeStep_m = 250.0;
inline constexpr double kSuperblock_m = 1000.0;
inline constexpr int kStepsPerSuperblock = 4;

// What a 1 km superblock holds; decides its street density and how its blocks are filled.
// Farmland, RuralVillage, Forest and GreenBelt are non-construction land (GB 50137-2011 class E); the others are
// urban construction land (城市建设用地).
enum class Superblock : std::uint8_t {
  Farmland = 0,  // cultivated land (耕地); may hold a rural village in one corner
  Cbd,           // office / hotel towers, local street grid
  OldTown,       // 1980s–2000s walk-ups, local street grid
  NewTown,       // gated high-rise compounds, local street grid (≈ 250 m blocks)
  Village,       // urban village (城中村), local street grid
  Industrial,    // industrial park, collector grid
  CityPark,      // a whole superblock of park
  Forest,        // woodland patch (林地)
  GreenBelt,     // ecological belt around the built-up area (生态绿带), planted as woodland
  Logistics,     // logistics park (物流园), collector grid
  University,    // university campus (大学城), collector grid
  RuralVillage,  // farmland with a rural village (村庄) in one corner
};

// True for urban construction land; false for farmland, forest and the green belt.
bool is_construction_land(Superblock kind);

// ArterialOnly: parks and non-construction land. Collector: collectors at 500 m. Local: collectors
// at 500 m and local streets at 250 m (the "narrow roads, dense grid" (窄马路、密路网) of the 2016
// State Council urban planning opinion).
enum class StreetLevel : std::uint8_t { ArterialOnly = 0, Collector, Local };

StreetLevel street_level(Superblock kind);

struct Lattice {
  int superblocks = 15;   // per side
  double origin_m = 0.0;  // x and y of lattice index 0 (the south-west corner)

  int nodes_per_side() const { return superblocks * kStepsPerSuperblock + 1; }
  double coord_m(int index) const { return origin_m + kLatticeStep_m * index; }
  double half_extent_m() const { return 0.5 * kSuperblock_m * superblocks; }
  std::uint32_t node_key(int i, int j) const { return static_cast<std::uint32_t>(j * nodes_per_side() + i); }
  Rect superblock_rect(int a, int b) const {
    return {coord_m(a * kStepsPerSuperblock), coord_m(b * kStepsPerSuperblock),
            coord_m((a + 1) * kStepsPerSuperblock), coord_m((b + 1) * kStepsPerSuperblock)};
  }
};

Lattice make_lattice(double extent_m);

// Expressway rings, as square loops on arterial lines: arterial line index lo..hi (both sides).
struct Ring {
  int lo = 0, hi = 0;
};
std::vector<Ring> expressway_rings(const Lattice& lattice);

// Radial expressways from the outer ring to the district edge, on arterial line `line` (superblock
// line index), running along the other axis from `from` to `to` (superblock line indices).
struct Radial {
  bool vertical = false;  // true: runs north–south along x = line
  int line = 0, from = 0, to = 0;
};
std::vector<Radial> expressway_radials(const Lattice& lattice);

// Arterial lines kept across non-construction land: every 2 km, symmetric about the centre and
// through the ring roads (arterial spacing widens outside the built-up area; GB/T 51328-2018
// §12.7 allows wider spacing in low-density areas). `line` is a superblock line index 0..n.
bool rural_arterial_line(const Lattice& lattice, int line);

}  // namespace twin::citygen
