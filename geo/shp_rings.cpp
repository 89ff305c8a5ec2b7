// Ring orientation and hole assignment for Shapefile polygons (shp_rings.hpp).
#include "geo/shp_rings.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {
namespace {

struct Box {
  double min_x = std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();
  bool contains(const Point& p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
  bool overlaps(const Box& o) const { return o.min_x <= max_x && o.max_x >= min_x && o.min_y <= max_y && o.max_y >= min_y; }
};

Box box_of(const Ring& ring) {
  Box b;
  for (const Point& p : ring) {
    b.min_x = std::min(b.min_x, p.x);
    b.min_y = std::min(b.min_y, p.y);
    b.max_x = std::max(b.max_x, p.x);
    b.max_y = std::max(b.max_y, p.y);
  }
  return b;
}

// Crossing-number test (even-odd rule); a point exactly on an edge may go either way, which the
// majority vote over the hole's vertices absorbs.
bool point_in_ring(const Point& p, const Ring& ring) {
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Point& a = ring[i];
    const Point& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

bool ring_inside(const Ring& hole, const Ring& outer, const Box& outer_box) {
  std::size_t in = 0;
  std::size_t out = 0;
  for (const Point& p : hole) {
    if (outer_box.contains(p) && point_in_ring(p, outer))
      ++in;
    else
      ++out;
  }
  return in > out;
}

}  // namespace

double ring_signed_area2(const Ring& ring) {
  double a = 0.0;
  const std::size_t n = ring.size();
  if (n < 3) return 0.0;
  // Relative to the first vertex, so projected coordinates in the millions lose no precision.
  const Point& o = ring[0];
  for (std::size_t i = 0; i < n; ++i) {
    const Point& p = ring[i];
    const Point& q = ring[(i + 1) % n];
    a += (p.x - o.x) * (q.y - o.y) - (q.x - o.x) * (p.y - o.y);
  }
  return a;
}

PolygonAssembly assemble_polygons(std::vector<Ring> rings) {
  PolygonAssembly out;
  std::vector<double> area2(rings.size());
  std::vector<std::size_t> outers;  // ring indices
  std::vector<std::size_t> holes;
  for (std::size_t i = 0; i < rings.size(); ++i) {
    area2[i] = ring_signed_area2(rings[i]);
    (area2[i] > 0.0 ? holes : outers).push_back(i);
  }
  std::vector<Box> boxes(rings.size());
  for (std::size_t i = 0; i < rings.size(); ++i) boxes[i] = box_of(rings[i]);

  // Each hole → the smallest containing outer ring (an island in a lake in a park nests correctly).
  std::vector<std::vector<std::size_t>> holes_of(rings.size());
  std::vector<std::size_t> unenclosed;
  for (const std::size_t h : holes) {
    std::size_t best = rings.size();
    for (const std::size_t o : outers) {
      if (!boxes[o].overlaps(boxes[h]) || !ring_inside(rings[h], rings[o], boxes[o])) continue;
      if (best == rings.size() || std::fabs(area2[o]) < std::fabs(area2[best])) best = o;
    }
    if (best == rings.size())
      unenclosed.push_back(h);
    else
      holes_of[best].push_back(h);
  }
  // Outer rings in file order, unenclosed counter-clockwise rings among them at their own position.
  std::vector<std::size_t> order = outers;
  order.insert(order.end(), unenclosed.begin(), unenclosed.end());
  std::sort(order.begin(), order.end());
  for (const std::size_t o : order) {
    Polygon poly;
    poly.outer = std::move(rings[o]);
    for (const std::size_t h : holes_of[o]) poly.holes.push_back(std::move(rings[h]));
    out.polygons.push_back(std::move(poly));
  }
  out.unenclosed_holes = static_cast<std::uint32_t>(unenclosed.size());
  return out;
}

}  // namespace geo
