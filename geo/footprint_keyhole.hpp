// Step 3 of footprint cleaning (footprints.hpp): twin footprints are one ring without holes, so
// each hole (courtyard) is bridged to the outer ring by a zero-width keyhole cut.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/footprint_geometry.hpp"
#include "twin/city/city.hpp"

namespace geo::fp {

// The polygon (valid, outer counter-clockwise, holes clockwise) as one open counter-clockwise ring.
// Each hole is spliced in at the closest pair (outer-or-already-bridged vertex, hole vertex) whose
// connecting segment crosses and touches no edge: the ring runs out along the cut, around the hole
// (clockwise) and back along the same cut. The two cut edges cancel in the shoelace sum, so the
// ring's area is the outer's minus the holes' — exact, with no sliver lost — but the ring is only
// weakly simple: the cut's two end vertices appear twice and its two edges coincide. Holes are
// bridged largest first (deterministic; ties by position in the polygon). *bridged counts the holes
// spliced in; a hole with no admissible cut (not expected for a valid polygon) is left out and
// counted in *unbridged, so its area is added to the footprint.
std::vector<twin::Vec2> keyhole_ring(const BgPolygon& polygon, std::uint32_t* bridged, std::uint32_t* unbridged);

}  // namespace geo::fp
