// The road network on the street lattice: expressway rings and radials, arterials every 1 km
// beside construction land and every 2 km across farmland, collectors and local streets only
// inside developed superblocks that need them; links crossing the river survive only as
// arterial or expressway bridges; the largest connected piece is kept, so with every street
// two-way the directed network is strongly connected.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/layout.hpp"
#include "twin/city/river.hpp"

namespace twin::citygen {

struct RoadGrid {
  RoadNetwork network;
  // Road node at each lattice point (index Lattice::node_key), or kNoNode where there is none.
  std::vector<std::uint32_t> node_at;
  static constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;
};

// plan: one Superblock per superblock, row-major from the south-west (index b * n + a).
RoadGrid build_road_grid(const Lattice& lattice, const std::vector<Superblock>& plan, const River& river);

// Per-direction lanes, capacity and free speed of a road class (see road_grid.cpp for sources).
struct RoadClassSpec {
  std::uint8_t lanes;
  double capacity_per_lane_vph;
  double free_speed_kmh;
};
RoadClassSpec road_class_spec(RoadClass road_class);

// Distance from a lattice line's centre to the nearest building line, by the class of the line.
double building_setback_m(RoadClass road_class);
// Half the red-line width (道路红线) of a street of this class: the road land (GB 50137 class S)
// either side of the lattice line.
double red_line_half_width_m(RoadClass road_class);

}  // namespace twin::citygen
