#include "twin/transport/city_network.hpp"

#include <algorithm>
#include <cmath>

namespace twin::transport {
namespace {

double distance_m(Vec2 a, Vec2 b) { return std::sqrt((a.x_m - b.x_m) * (a.x_m - b.x_m) + (a.y_m - b.y_m) * (a.y_m - b.y_m)); }

void add_link(RoadAssignmentNetwork& net, std::uint32_t from, std::uint32_t to, double capacity, double length_km,
              double time_min, double b, int type) {
  net.link_from.push_back(from);
  net.link_to.push_back(to);
  net.capacity.push_back(capacity);
  net.length.push_back(length_km);
  net.free_flow_time.push_back(time_min);
  net.b.push_back(b);
  net.power.push_back(kBprBeta);
  net.toll.push_back(0.0);
  net.link_type.push_back(type);
}

// Road nodes where zone z meets the road: its buildings' entrances, else the nodes inside its
// bounds, else the node nearest to its centroid; the kConnectorsPerZone nearest to the centroid.
std::vector<std::vector<std::uint32_t>> zone_access_nodes(const City& city) {
  const std::uint32_t zones = city.zones.size();
  std::vector<std::vector<std::uint32_t>> nodes(zones);
  for (std::uint32_t i = 0; i < city.buildings.size(); ++i) {
    const std::uint32_t z = city.buildings.zone[i];
    if (z < zones) nodes[z].push_back(city.buildings.access_node[i]);
  }
  const RoadNetwork& roads = city.roads;
  for (std::uint32_t z = 0; z < zones; ++z) {
    std::vector<std::uint32_t>& list = nodes[z];
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    if (list.empty()) {
      const Vec2 lo = city.zones.min_corner[z], hi = city.zones.max_corner[z];
      for (std::uint32_t n = 0; n < roads.node_count(); ++n) {
        const Vec2 p = roads.node_xy[n];
        if (p.x_m >= lo.x_m && p.x_m <= hi.x_m && p.y_m >= lo.y_m && p.y_m <= hi.y_m) list.push_back(n);
      }
    }
    if (list.empty() && roads.node_count() > 0) {
      std::uint32_t best = 0;
      for (std::uint32_t n = 1; n < roads.node_count(); ++n)
        if (distance_m(roads.node_xy[n], city.zones.centroid[z]) < distance_m(roads.node_xy[best], city.zones.centroid[z]))
          best = n;
      list.push_back(best);
    }
    const Vec2 c = city.zones.centroid[z];
    // Ties broken by node index, so the choice is the same on every platform.
    std::sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
      const double da = distance_m(roads.node_xy[a], c), db = distance_m(roads.node_xy[b], c);
      return da < db || (da == db && a < b);
    });
    if (list.size() > kConnectorsPerZone) list.resize(kConnectorsPerZone);
  }
  return nodes;
}

}  // namespace

CityNetwork build_city_network(const City& city) {
  CityNetwork out;
  RoadAssignmentNetwork& net = out.network;
  const RoadNetwork& roads = city.roads;
  const std::uint32_t zones = city.zones.size();
  net.zone_count = zones;
  net.first_thru_node = zones;
  net.node_count = zones + roads.node_count();
  for (std::uint32_t i = 0; i < roads.link_count(); ++i) {
    const double length_km = roads.link_length_m[i] / 1000.0;
    add_link(net, zones + roads.link_from[i], zones + roads.link_to[i], roads.link_capacity_vph[i], length_km,
             length_km / roads.link_free_speed_kmh[i] * 60.0, kBprAlpha, 1 + static_cast<int>(roads.link_class[i]));
  }
  out.road_link_count = roads.link_count();
  const std::vector<std::vector<std::uint32_t>> access = zone_access_nodes(city);
  constexpr double kUnlimitedCapacity = 1.0e6;
  for (std::uint32_t z = 0; z < zones; ++z) {
    for (const std::uint32_t n : access[z]) {
      const double length_km = distance_m(roads.node_xy[n], city.zones.centroid[z]) / 1000.0;
      const double time_min = length_km / kConnectorSpeedKmh * 60.0;
      add_link(net, z, zones + n, kUnlimitedCapacity, length_km, time_min, 0.0, 0);
      add_link(net, zones + n, z, kUnlimitedCapacity, length_km, time_min, 0.0, 0);
    }
  }
  return out;
}

std::vector<std::uint8_t> central_zones(const Zones& zones, double radius_m) {
  double jobs = 0.0, x = 0.0, y = 0.0;
  for (std::uint32_t z = 0; z < zones.size(); ++z) {
    jobs += zones.jobs[z];
    x += zones.jobs[z] * zones.centroid[z].x_m;
    y += zones.jobs[z] * zones.centroid[z].y_m;
  }
  std::vector<std::uint8_t> central(zones.size(), 0);
  if (jobs <= 0.0) return central;
  const Vec2 centre{x / jobs, y / jobs};
  for (std::uint32_t z = 0; z < zones.size(); ++z) central[z] = distance_m(zones.centroid[z], centre) <= radius_m ? 1 : 0;
  return central;
}

}  // namespace twin::transport
