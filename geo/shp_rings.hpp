// Shapefile polygon rings → polygons with holes. A Shapefile polygon is a flat list of rings; which
// ring is an outer boundary and which a hole is given only by orientation: "the vertices of an outer
// ring are in clockwise order, vertices of a hole counterclockwise; a polygon may contain multiple
// outer rings" (ESRI Shapefile Technical Description, July 1998, p. 8). Holes need not follow their
// outer ring, so each is given to the smallest outer ring that contains it.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/feature.hpp"

namespace geo {

// Twice the signed area by the shoelace formula, in the coordinates' unit squared: positive when the
// ring runs counter-clockwise with y pointing up (north), negative when clockwise. Closed or not.
double ring_signed_area2(const Ring& ring);

struct PolygonAssembly {
  std::vector<Polygon> polygons;  // one per outer ring, in file order
  // Counter-clockwise rings inside no clockwise ring: writers that ignore the orientation rule
  // (all rings counter-clockwise) produce these; each is kept as an outer ring of its own.
  std::uint32_t unenclosed_holes = 0;
};

// Clockwise and zero-area rings are outer rings (a degenerate ring is kept for the footprint
// cleaner to judge); a counter-clockwise ring goes to the smallest outer ring containing most of
// its vertices.
PolygonAssembly assemble_polygons(std::vector<Ring> rings);

}  // namespace geo
