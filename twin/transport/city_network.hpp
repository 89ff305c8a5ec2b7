// The road network of a twin::City as an assignment problem sees it: every zone becomes a centroid
// node (0 … zone_count−1, never passed through) joined to the road by connector links both ways;
// road node n becomes node zone_count + n; road link i keeps index i, connectors follow.
// Units: time in minutes, length in km, capacity in passenger-car units per hour.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/transport/assignment.hpp"

namespace twin::transport {

struct CityNetwork {
  RoadAssignmentNetwork network;
  std::uint32_t road_link_count = 0;  // links [0, road_link_count) are city.roads' links in order
};

// Connector parameters (CarbonTwin assumptions): a zone reaches the road at up to
// kConnectorsPerZone entrance nodes of its own buildings, nearest to the centroid first, driving
// the straight-line distance at kConnectorSpeedKmh (local streets, finding a parking space), with
// no capacity limit (connectors stand for many small streets).
inline constexpr std::uint32_t kConnectorsPerZone = 4;
inline constexpr double kConnectorSpeedKmh = 20.0;
// BPR parameters of city road links: the classic Bureau of Public Roads (1964) values.
inline constexpr double kBprAlpha = 0.15;
inline constexpr double kBprBeta = 4.0;

CityNetwork build_city_network(const City& city);

// Zones charged by a congestion charge: those whose centroid lies within radius_m of the
// jobs-weighted centre of the city (the central business area).
std::vector<std::uint8_t> central_zones(const Zones& zones, double radius_m = 2500.0);

}  // namespace twin::transport
