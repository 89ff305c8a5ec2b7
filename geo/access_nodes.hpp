// Each imported building's entrance on the road network: the road node nearest its footprint
// centroid (as the default city does, twin/city/README.md). Buildings farther than kFarFromRoadM from
// every node keep the nearest one and are counted, so the report can say the road data is incomplete.
#pragma once

#include <cstdint>

#include "twin/city/city.hpp"

namespace geo {

inline constexpr double kFarFromRoadM = 500.0;

struct AccessReport {
  std::uint32_t far_from_road = 0;  // buildings whose nearest node is beyond kFarFromRoadM
  double max_distance_m = 0.0;
};

// Fills city->buildings.access_node (all 0 when the city has no roads).
AccessReport assign_access_nodes(twin::City* city);

}  // namespace geo
