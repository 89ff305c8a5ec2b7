#include "render/mesh/framing.hpp"

#include <algorithm>
#include <cmath>

namespace render {
namespace {

void grow(CityBounds* b, double x, double y, double z) {
  if (b->empty) {
    b->min_m = b->max_m = glm::dvec3(x, y, z);
    b->empty = false;
    return;
  }
  b->min_m = glm::min(b->min_m, glm::dvec3(x, y, z));
  b->max_m = glm::max(b->max_m, glm::dvec3(x, y, z));
}

}  // namespace

CityBounds city_bounds(const twin::City& city) {
  CityBounds b;
  const twin::Buildings& bs = city.buildings;
  for (std::uint32_t i = 0; i < bs.size(); ++i) {
    const double h = std::isfinite(bs.height_m[i]) ? std::max(bs.height_m[i], 0.0) : 0.0;
    for (std::uint32_t k = bs.footprint_begin[i]; k < bs.footprint_begin[i + 1]; ++k) {
      grow(&b, bs.footprint_xy[k].x_m, bs.footprint_xy[k].y_m, 0.0);
      grow(&b, bs.footprint_xy[k].x_m, bs.footprint_xy[k].y_m, h);
    }
  }
  for (const twin::Vec2& p : city.ground.polygon_xy) grow(&b, p.x_m, p.y_m, 0.0);
  for (const twin::Vec2& p : city.roads.node_xy) grow(&b, p.x_m, p.y_m, 0.0);
  for (const twin::TransitLine& line : city.transit_lines) {
    for (const twin::TransitStop& stop : line.stops) grow(&b, stop.xy.x_m, stop.xy.y_m, 0.0);
  }
  return b;
}

CityBounds building_bounds(const twin::City& city) {
  CityBounds b;
  const twin::Buildings& bs = city.buildings;
  for (std::uint32_t i = 0; i < bs.size(); ++i) {
    const double h = std::isfinite(bs.height_m[i]) ? std::max(bs.height_m[i], 0.0) : 0.0;
    for (std::uint32_t k = bs.footprint_begin[i]; k < bs.footprint_begin[i + 1]; ++k) {
      grow(&b, bs.footprint_xy[k].x_m, bs.footprint_xy[k].y_m, 0.0);
      grow(&b, bs.footprint_xy[k].x_m, bs.footprint_xy[k].y_m, h);
    }
  }
  return b.empty ? city_bounds(city) : b;
}

void frame_bounds(const CityBounds& bounds, double aspect, OrbitCamera* camera) {
  if (bounds.empty) return;
  const glm::dvec3 centre = 0.5 * (bounds.min_m + bounds.max_m);
  camera->target = glm::dvec3(centre.x, centre.y, 0.0);
  const double radius_m = 0.5 * glm::length(bounds.max_m - bounds.min_m);
  const double half_fov_y = 0.5 * camera->fov_y_rad;
  const double half_fov_x = std::atan(std::tan(half_fov_y) * std::max(aspect, 1.0e-3));
  camera->distance_m = radius_m / std::sin(std::min(half_fov_x, half_fov_y));
  camera->clamp();
}

}  // namespace render
