// Validity words, ring area and point formatting for the footprint steps (footprint_geometry.hpp).
#include "geo/footprint_geometry.hpp"

#include <cstdio>

namespace geo::fp {

std::string validity_words(bg::validity_failure_type failure) {
  switch (failure) {
    case bg::no_failure: return "valid";
    case bg::failure_few_points: return "too few points";
    case bg::failure_wrong_topological_dimension: return "no area (wrong topological dimension)";
    case bg::failure_spikes: return "spikes (an edge folds back on the previous one)";
    case bg::failure_duplicate_points: return "repeated consecutive points";
    case bg::failure_not_closed: return "ring not closed";
    case bg::failure_self_intersections: return "self-intersection (edges cross or touch)";
    case bg::failure_wrong_orientation: return "wrong ring orientation";
    case bg::failure_interior_rings_outside: return "a hole lies outside the outer ring";
    case bg::failure_nested_interior_rings: return "a hole lies inside another hole";
    case bg::failure_disconnected_interior: return "holes cut the interior into parts";
    case bg::failure_intersecting_interiors: return "parts of the multipolygon overlap";
    case bg::failure_wrong_corner_order: return "box corners in the wrong order";
    case bg::failure_invalid_coordinate: return "non-finite coordinate";
  }
  return "unknown validity failure";
}

double signed_area_m2(const BgRing& ring) {
  // Shoelace formula (Gauss's area formula); the ring is closed, so each edge is (k, k+1).
  double twice = 0.0;
  for (std::size_t k = 0; k + 1 < ring.size(); ++k)
    twice += ring[k].x() * ring[k + 1].y() - ring[k + 1].x() * ring[k].y();
  return 0.5 * twice;
}

std::string where(const BgPoint& p) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "(%.2f, %.2f) m", p.x(), p.y());
  return buf;
}

}  // namespace geo::fp
