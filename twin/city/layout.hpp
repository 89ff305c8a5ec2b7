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
enum class Superblock : std::uint8_t {
  Farmland = 0,  // unbuilt periphery: arterials only
  Cbd,           // office / hotel towers, local street grid
  OldTown,       // 1980s–2000s walk-ups, local street grid
  NewTown,       // gated high-rise compounds, local street grid (≈ 250 m blocks)
  Village,       // urban village (城中村), local street grid
  Industrial,    // industrial park and logistics, collector grid
  CityPark,      // a whole superblock of park
  CountryPark,   // peri-urban forest park (郊野公园)
};

// ArterialOnly: parks. Rural: one local road through the middle each way (farmland access roads).
// Collector: collectors at 500 m. Local: collectors at 500 m and local streets at 250 m (the
// "narrow roads, dense grid" (窄马路、密路网) of the 2016 State Council urban planning opinion).
enum class StreetLevel : std::uint8_t { ArterialOnly = 0, Rural, Collector, Local };

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

}  // namespace twin::citygen
