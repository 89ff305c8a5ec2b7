// The geometry half of OSM multipolygon relations (OSM wiki, Relation:multipolygon, "Valid
// Multipolygon conditions"): member ways are joined end to end by node id into closed rings (a way may
// have to be reversed), and each inner ring is given to the outer ring that contains it.
// The OSM XML reader (osm_reader.cpp) turns the node ids into points and reports what is missing.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/feature.hpp"

namespace geo {

using OsmNodeIds = std::vector<std::int64_t>;

struct JoinedRings {
  std::vector<OsmNodeIds> rings;        // closed: front() == back()
  std::vector<OsmNodeIds> open_chains;  // ways joined as far as they go without closing
};

// Joins ways (each a list of node ids, ≥ 2; shorter ones are ignored) into rings. Ways closed by
// themselves are rings as they are; the others are chained through a map of their end nodes, so the
// work grows linearly with the number of ways. Deterministic: ways are taken in the order given.
JoinedRings join_rings(const std::vector<OsmNodeIds>& ways);

// Whether p lies inside the closed ring (even–odd rule; a point on the boundary may go either way).
bool ring_contains(const Ring& ring, Point p);

// |shoelace area| of a closed ring in squared input units (degrees² for OSM): only compared, to pick
// the smallest of the outer rings that contain an inner one.
double ring_abs_area(const Ring& ring);

// For each inner ring, the position in `outers` of the smallest outer ring containing its first point,
// or -1 when none does.
std::vector<int> assign_inner_rings(const std::vector<Ring>& outers, const std::vector<Ring>& inners);

}  // namespace geo
