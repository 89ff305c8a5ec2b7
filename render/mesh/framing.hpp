// Initial camera framing: the extent of everything drawn, and an orbit that shows it whole.
#pragma once

#include <glm/glm.hpp>

#include "render/mesh/camera.hpp"
#include "twin/city/city.hpp"

namespace render {

struct CityBounds {
  glm::dvec3 min_m{0.0}, max_m{0.0};  // metres; z from 0 to the tallest building
  bool empty = true;                   // nothing to draw: min_m/max_m are 0
};

// Bounds of building footprints, ground polygons, road nodes and transit stops. Ignores
// City::min_corner/max_corner, which imported data may leave unset.
CityBounds city_bounds(const twin::City& city);
// Bounds of the building footprints only (city_bounds when there are none): what an imported city is
// about — its OSM extract's complete ways (a metro line, a motorway) may run tens of kilometres out.
CityBounds building_bounds(const twin::City& city);

// Targets the centre of the bounds on the ground and sets the distance so the bounding sphere
// fits the narrower field of view; yaw and pitch are kept. Empty bounds leave the camera as is.
void frame_bounds(const CityBounds& bounds, double aspect, OrbitCamera* camera);

}  // namespace render
