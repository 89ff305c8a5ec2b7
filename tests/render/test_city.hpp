// Tiny hand-built cities for the render/mesh tests: every Buildings column filled consistently.
#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "twin/city/city.hpp"

namespace render_test {

// Appends one building; footprint counter-clockwise unless a test wants otherwise.
inline std::uint32_t add_building(twin::City* city, std::initializer_list<twin::Vec2> footprint,
                                  double height_m,
                                  twin::BuildingUse use = twin::BuildingUse::Residential) {
  twin::Buildings& b = city->buildings;
  const std::uint32_t index = b.size();
  b.footprint_xy.insert(b.footprint_xy.end(), footprint.begin(), footprint.end());
  b.footprint_begin.push_back(static_cast<std::uint32_t>(b.footprint_xy.size()));
  b.height_m.push_back(height_m);
  b.floors.push_back(static_cast<std::uint16_t>(height_m / 3.0 > 1.0 ? height_m / 3.0 : 1.0));
  b.use.push_back(use);
  b.residential_type.push_back(use == twin::BuildingUse::Residential
                                   ? twin::ResidentialType::WalkUp
                                   : twin::ResidentialType::Nonresidential);
  b.construction_year.push_back(2000);
  b.heating_system.push_back(twin::HeatingSystem::DistrictHeat);
  b.heating_fuel.push_back(twin::Fuel::Heat);
  b.zone.push_back(0);
  b.access_node.push_back(0);
  return index;
}

// Axis-aligned box building over [x0, x1] × [y0, y1], counter-clockwise.
inline std::uint32_t add_box(twin::City* city, double x0, double y0, double x1, double y1,
                             double height_m,
                             twin::BuildingUse use = twin::BuildingUse::Residential) {
  return add_building(city, {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, height_m, use);
}

inline void add_ground(twin::City* city, std::initializer_list<twin::Vec2> polygon,
                       twin::GroundCover cover) {
  twin::GroundAreas& g = city->ground;
  g.polygon_xy.insert(g.polygon_xy.end(), polygon.begin(), polygon.end());
  g.polygon_begin.push_back(static_cast<std::uint32_t>(g.polygon_xy.size()));
  g.cover.push_back(cover);
}

inline std::uint32_t add_node(twin::City* city, double x_m, double y_m) {
  city->roads.node_xy.push_back({x_m, y_m});
  return city->roads.node_count() - 1;
}

inline void add_link(twin::City* city, std::uint32_t from, std::uint32_t to,
                     twin::RoadClass road_class) {
  twin::RoadNetwork& r = city->roads;
  r.link_from.push_back(from);
  r.link_to.push_back(to);
  r.link_class.push_back(road_class);
  const twin::Vec2 a = r.node_xy[from], b = r.node_xy[to];
  const double dx = b.x_m - a.x_m, dy = b.y_m - a.y_m;
  r.link_length_m.push_back(dx * dx + dy * dy > 0.0 ? std::sqrt(dx * dx + dy * dy) : 0.0);
  r.link_lanes.push_back(2);
  r.link_capacity_vph.push_back(1800.0);
  r.link_free_speed_kmh.push_back(50.0);
}

}  // namespace render_test
