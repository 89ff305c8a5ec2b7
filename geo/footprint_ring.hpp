// Steps 1 and 2 of footprint cleaning (footprints.hpp) for one polygon of one feature: vertices
// cleaned, rings closed and oriented, spikes removed, validity checked with Boost.Geometry and
// self-intersections repaired by splitting rings into their simple loops, or the polygon rejected.
#pragma once

#include <vector>

#include "geo/feature.hpp"
#include "geo/footprint_geometry.hpp"

namespace geo::fp {

// Step 1, one ring: drops non-finite vertices (and those beyond kMaxAbsCoordinateM), consecutive
// vertices closer than kSameVertexM (also across the closing point), and closes the ring. Notes
// what it did; returns false (with an Error note for an outer ring, a Warning for a hole, which is
// then left out) when fewer than 3 distinct vertices remain. Orientation is left to the polygon.
bool prepare_ring(const Ring& in, bool is_hole, BgRing* out, std::vector<StepNote>* notes);

// Steps 1–2 for one polygon (in local metres). Returns the valid polygons it stands for: one
// normally; several when a self-intersecting ring splits into loops that do not overlap; none
// when it is skipped (then `notes` holds exactly one Error note whose reason is the skip reason:
// "non_finite", "degenerate" or "self_intersection"). Holes are kept (step 3 bridges them later).
// The loop repair: a ring is noded at every crossing and touching point (the shared point is
// computed once, so both edges carry the same coordinates), then walked while a stack of the
// vertices seen so far is kept; meeting a vertex already on the stack closes a loop, which is
// popped. Each loop is simple (all crossings are vertices now). The outer ring's loops are unioned
// (a region is in the footprint if any loop covers it: a ring drawn twice around a courtyard or a
// bow-tie keeps all it encloses), the holes' loops are unioned and subtracted. Loops under
// kMinFootprintAreaM2 are dropped with a warning (slivers of a near-tangent crossing). Edges
// overlapping along a line cannot be noded this way: such a polygon is rejected.
BgMulti clean_polygon(const Polygon& polygon, std::vector<StepNote>* notes);

// Splits one open ring (no consecutive duplicates) into its simple loops, as described above.
// Returns false when two edges overlap along a line (then *where_out is a point of the overlap).
// *first_crossing is the first crossing or touching point found (unchanged when none).
bool split_into_loops(const std::vector<BgPoint>& open_ring, std::vector<std::vector<BgPoint>>* loops,
                      BgPoint* first_crossing, BgPoint* where_out);

}  // namespace geo::fp
