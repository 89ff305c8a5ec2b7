// Steps 1–2 of footprint cleaning for one polygon (footprint_ring.hpp).
#include "geo/footprint_ring.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <map>
#include <numeric>
#include <utility>

namespace geo::fp {
namespace {

using Level = StepNote::Level;

bool near(const BgPoint& a, const BgPoint& b) {
  const double dx = a.x() - b.x(), dy = a.y() - b.y();
  return dx * dx + dy * dy < kSameVertexM * kSameVertexM;
}

bool usable(const Point& p) {
  return std::isfinite(p.x) && std::isfinite(p.y) && std::fabs(p.x) <= kMaxAbsCoordinateM &&
         std::fabs(p.y) <= kMaxAbsCoordinateM;
}

struct Node {
  double t = 0.0;  // position along the edge, 0..1
  BgPoint p;
};

// Records the crossing of edges i and j of `ring` in `nodes`. Returns false when they overlap
// along a line (then *overlap is a point of it).
bool node_pair(const std::vector<BgPoint>& ring, std::size_t i, std::size_t j, std::vector<std::vector<Node>>* nodes,
               bool* found, BgPoint* first, BgPoint* overlap) {
  const std::size_t n = ring.size();
  const BgPoint& p = ring[i];
  const BgPoint& p2 = ring[(i + 1) % n];
  const BgPoint& q = ring[j];
  const BgPoint& q2 = ring[(j + 1) % n];
  const double rx = p2.x() - p.x(), ry = p2.y() - p.y();
  const double sx = q2.x() - q.x(), sy = q2.y() - q.y();
  const double qpx = q.x() - p.x(), qpy = q.y() - p.y();
  const double denom = rx * sy - ry * sx;
  double t = 0.0, u = 0.0;
  BgPoint x;
  if (denom == 0.0) {
    if (qpx * ry - qpy * rx != 0.0) return true;  // parallel, apart
    const double rr = rx * rx + ry * ry;
    const double t0 = (qpx * rx + qpy * ry) / rr;
    const double t1 = ((q2.x() - p.x()) * rx + (q2.y() - p.y()) * ry) / rr;
    const double lo = std::max(0.0, std::min(t0, t1)), hi = std::min(1.0, std::max(t0, t1));
    if (hi < lo) return true;
    if ((hi - lo) * std::sqrt(rr) > kSameVertexM) {
      *overlap = BgPoint(p.x() + lo * rx, p.y() + lo * ry);
      return false;
    }
    t = lo;
    x = BgPoint(p.x() + t * rx, p.y() + t * ry);
    const double ss = sx * sx + sy * sy;
    u = ((x.x() - q.x()) * sx + (x.y() - q.y()) * sy) / ss;
  } else {
    t = (qpx * sy - qpy * sx) / denom;
    u = (qpx * ry - qpy * rx) / denom;
    if (t < 0.0 || t > 1.0 || u < 0.0 || u > 1.0) return true;
    x = BgPoint(p.x() + t * rx, p.y() + t * ry);
  }
  // A crossing within 1 mm of a vertex is that vertex, so both edges carry identical coordinates.
  if (near(x, p)) x = p, t = 0.0;
  else if (near(x, p2)) x = p2, t = 1.0;
  if (near(x, q)) x = q, u = 0.0;
  else if (near(x, q2)) x = q2, u = 1.0;
  if (t > 0.0 && t < 1.0) (*nodes)[i].push_back(Node{t, x});
  if (u > 0.0 && u < 1.0) (*nodes)[j].push_back(Node{u, x});
  if (!*found) *found = true, *first = x;
  return true;
}

double min_x(const std::vector<BgPoint>& r, std::size_t i) { return std::min(r[i].x(), r[(i + 1) % r.size()].x()); }
double max_x(const std::vector<BgPoint>& r, std::size_t i) { return std::max(r[i].x(), r[(i + 1) % r.size()].x()); }
double min_y(const std::vector<BgPoint>& r, std::size_t i) { return std::min(r[i].y(), r[(i + 1) % r.size()].y()); }
double max_y(const std::vector<BgPoint>& r, std::size_t i) { return std::max(r[i].y(), r[(i + 1) % r.size()].y()); }

// Loops of one ring as counter-clockwise polygons, unioned; those under kMinFootprintAreaM2 are
// counted in *dropped / *dropped_m2 and left out.
bool loops_union(const BgRing& ring, BgMulti* out, int* loop_count, int* dropped, double* dropped_m2, BgPoint* crossing,
                 bool* crossed, BgPoint* overlap) {
  std::vector<BgPoint> open(ring.begin(), ring.end() - 1);
  std::vector<std::vector<BgPoint>> loops;
  BgPoint first;
  if (!split_into_loops(open, &loops, &first, overlap)) return false;
  if (!*crossed && loops.size() > 1) *crossed = true, *crossing = first;
  for (const std::vector<BgPoint>& loop : loops) {
    ++*loop_count;
    BgPolygon piece;
    piece.outer().assign(loop.begin(), loop.end());
    piece.outer().push_back(loop.front());
    const double a = signed_area_m2(piece.outer());
    if (std::fabs(a) < kMinFootprintAreaM2) {
      ++*dropped;
      *dropped_m2 += std::fabs(a);
      continue;
    }
    if (a < 0.0) std::reverse(piece.outer().begin(), piece.outer().end());
    BgMulti merged;
    bg::union_(*out, piece, merged);
    out->swap(merged);
  }
  return true;
}

// Every vertex on the line through the first two (which differ: duplicates are gone). A zero
// signed area is not enough: a bow-tie's two halves cancel.
bool all_on_one_line(const BgRing& r) {
  const BgPoint& a = r[0];
  const BgPoint& b = r[1];
  for (const BgPoint& p : r)
    if ((b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x()) != 0.0) return false;
  return true;
}

std::string fmt_m2(double a) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f m²", a);
  return buf;
}

BgMulti rebuild(const BgPolygon& poly, bg::validity_failure_type failure, std::vector<StepNote>* notes) {
  BgMulti outer, holes, result;
  int loops = 0, dropped = 0, hole_loops = 0, hole_dropped = 0;
  double dropped_m2 = 0.0, hole_dropped_m2 = 0.0;
  BgPoint crossing, overlap;
  bool crossed = false;
  // Boost reports the first failure it meets (a bow-tie's halves cancel: "wrong orientation"); a
  // crossing found while noding names the real one.
  std::string words = validity_words(failure);
  if (!loops_union(poly.outer(), &outer, &loops, &dropped, &dropped_m2, &crossing, &crossed, &overlap)) {
    notes->push_back({Level::Error, "self_intersection",
                      "invalid polygon (" + words + "): edges of the outer ring overlap along a line at " + where(overlap) +
                          "; not repaired, skipped"});
    return {};
  }
  for (const BgRing& h : poly.inners())
    if (!loops_union(h, &holes, &hole_loops, &hole_dropped, &hole_dropped_m2, &crossing, &crossed, &overlap)) {
      notes->push_back({Level::Error, "self_intersection",
                        "invalid polygon (" + words + "): edges of a hole overlap along a line at " + where(overlap) +
                            "; not repaired, skipped"});
      return {};
    }
  if (crossed) words = validity_words(bg::failure_self_intersections);
  const std::string reason = crossed ? "self_intersection_repaired" : "holes_repaired";
  if (holes.empty()) result = outer;
  else bg::difference(outer, holes, result);
  const std::string at = crossed ? " at " + where(crossing) : "";
  for (const BgPolygon& p : result) {
    bg::validity_failure_type f = bg::no_failure;
    if (!bg::is_valid(p, f)) {
      notes->push_back({Level::Error, "self_intersection",
                        "invalid polygon (" + words + at + "); splitting it into simple loops still left an invalid polygon (" +
                            validity_words(f) + "); skipped"});
      return {};
    }
  }
  if (result.empty()) {
    notes->push_back({Level::Error, "self_intersection",
                      "invalid polygon (" + words + at + "); its simple loops are all smaller than " +
                          fmt_m2(kMinFootprintAreaM2) + "; skipped"});
    return {};
  }
  std::string msg = "invalid polygon (" + words + at + ") repaired: split into " + std::to_string(loops + hole_loops) +
                    " simple loop(s), kept " + std::to_string(result.size()) + " polygon(s) of " + fmt_m2(bg::area(result));
  if (dropped + hole_dropped > 0)
    msg += "; " + std::to_string(dropped + hole_dropped) + " loop(s) under " + fmt_m2(kMinFootprintAreaM2) + " (" +
           fmt_m2(dropped_m2 + hole_dropped_m2) + ") left out";
  notes->push_back({Level::Warning, reason, msg});
  return result;
}

}  // namespace

bool prepare_ring(const Ring& in, bool is_hole, BgRing* out, std::vector<StepNote>* notes) {
  const std::string what = is_hole ? "hole" : "outer ring";
  out->clear();
  std::vector<BgPoint> pts;
  pts.reserve(in.size());
  std::size_t bad = 0;
  for (const Point& p : in) {
    if (!usable(p)) {
      ++bad;
      continue;
    }
    pts.emplace_back(p.x, p.y);
  }
  if (bad > 0)
    notes->push_back({Level::Warning, "non_finite",
                      std::to_string(bad) + " non-finite or out-of-range vertices (beyond ±1e7 m) dropped from the " + what});
  if (pts.size() >= 2 && near(pts.front(), pts.back())) pts.pop_back();
  else if (pts.size() >= 3) notes->push_back({Level::Info, "closed", ""});
  std::size_t duplicates = 0;
  std::vector<BgPoint> kept;
  kept.reserve(pts.size() + 1);
  for (const BgPoint& p : pts) {
    if (!kept.empty() && near(kept.back(), p)) {
      ++duplicates;
      continue;
    }
    kept.push_back(p);
  }
  while (kept.size() > 1 && near(kept.back(), kept.front())) kept.pop_back(), ++duplicates;
  if (duplicates > 0)
    notes->push_back({Level::Warning, "duplicate_points",
                      std::to_string(duplicates) + " repeated vertices (< 1 mm from the previous one) dropped from the " + what});
  if (kept.size() < 3) {
    const std::string msg = what + " has " + std::to_string(kept.size()) + " distinct usable vertices (of " +
                            std::to_string(in.size()) + "), a polygon needs 3";
    if (is_hole) notes->push_back({Level::Warning, "holes_left_out", msg + "; hole left out"});
    else notes->push_back({Level::Error, bad > 0 ? "non_finite" : "degenerate", msg + "; skipped"});
    return false;
  }
  out->assign(kept.begin(), kept.end());
  out->push_back(kept.front());
  return true;
}

bool split_into_loops(const std::vector<BgPoint>& ring, std::vector<std::vector<BgPoint>>* loops,
                      BgPoint* first_crossing, BgPoint* where_out) {
  const std::size_t n = ring.size();
  loops->clear();
  std::vector<std::vector<Node>> nodes(n);
  // Sweep over edges sorted by their smallest x: only pairs whose x ranges meet are tested.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const double xa = min_x(ring, a), xb = min_x(ring, b);
    return xa != xb ? xa < xb : a < b;
  });
  bool found = false;
  for (std::size_t a = 0; a < n; ++a) {
    const std::size_t i = order[a];
    const double right = max_x(ring, i);
    for (std::size_t b = a + 1; b < n && min_x(ring, order[b]) <= right; ++b) {
      const std::size_t j = order[b];
      if ((i + 1) % n == j || (j + 1) % n == i) continue;  // neighbours share a vertex
      if (min_y(ring, i) > max_y(ring, j) || min_y(ring, j) > max_y(ring, i)) continue;
      const std::size_t lo = std::min(i, j), hi = std::max(i, j);
      if (!node_pair(ring, lo, hi, &nodes, &found, first_crossing, where_out)) return false;
    }
  }
  std::vector<BgPoint> seq;
  seq.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    seq.push_back(ring[i]);
    std::sort(nodes[i].begin(), nodes[i].end(), [](const Node& a, const Node& b) { return a.t < b.t; });
    for (const Node& node : nodes[i])
      if (seq.back().x() != node.p.x() || seq.back().y() != node.p.y()) seq.push_back(node.p);
  }
  // Walk the noded ring; a vertex met again closes the loop since its first visit.
  std::vector<BgPoint> stack;
  std::map<std::pair<double, double>, std::size_t> on_stack;
  for (const BgPoint& p : seq) {
    const auto key = std::make_pair(p.x(), p.y());
    const auto it = on_stack.find(key);
    if (it == on_stack.end()) {
      on_stack.emplace(key, stack.size());
      stack.push_back(p);
      continue;
    }
    const std::size_t k = it->second;
    if (stack.size() - k >= 3) loops->emplace_back(stack.begin() + static_cast<std::ptrdiff_t>(k), stack.end());
    for (std::size_t m = k + 1; m < stack.size(); ++m) on_stack.erase(std::make_pair(stack[m].x(), stack[m].y()));
    stack.resize(k + 1);
  }
  if (stack.size() >= 3) loops->push_back(std::move(stack));
  return true;
}

BgMulti clean_polygon(const Polygon& polygon, std::vector<StepNote>* notes) {
  BgPolygon poly;
  if (!prepare_ring(polygon.outer, false, &poly.outer(), notes)) return {};
  for (const Ring& h : polygon.holes) {
    BgRing r;
    if (prepare_ring(h, true, &r, notes)) poly.inners().push_back(std::move(r));
  }
  bool reoriented = signed_area_m2(poly.outer()) < 0.0;
  for (const BgRing& h : poly.inners()) reoriented = reoriented || signed_area_m2(h) > 0.0;
  bg::correct(poly);  // outer counter-clockwise, holes clockwise (the polygon type's order)
  if (reoriented) notes->push_back({Level::Info, "reoriented", ""});
  const std::size_t before = bg::num_points(poly);
  bg::remove_spikes(poly);
  const std::size_t spikes = before - bg::num_points(poly);
  if (spikes > 0)
    notes->push_back({Level::Warning, "spikes", std::to_string(spikes) + " spike vertices (edges that fold back) removed"});
  if (poly.outer().size() < 4) {
    notes->push_back({Level::Error, "degenerate", "fewer than 3 vertices left after removing spikes; skipped"});
    return {};
  }
  poly.inners().erase(std::remove_if(poly.inners().begin(), poly.inners().end(),
                                     [](const BgRing& h) { return h.size() < 4 || all_on_one_line(h); }),
                      poly.inners().end());
  if (all_on_one_line(poly.outer())) {
    notes->push_back({Level::Error, "degenerate", "zero area (all vertices on one line); skipped"});
    return {};
  }
  try {
    bg::validity_failure_type failure = bg::no_failure;
    if (bg::is_valid(poly, failure)) return BgMulti{poly};
    if (failure == bg::failure_few_points || failure == bg::failure_wrong_topological_dimension) {
      notes->push_back({Level::Error, "degenerate", validity_words(failure) + "; skipped"});
      return {};
    }
    return rebuild(poly, failure, notes);
  } catch (const std::exception& e) {
    notes->push_back({Level::Error, "self_intersection",
                      std::string("Boost.Geometry failed on the polygon (") + e.what() + "); skipped"});
    return {};
  }
}

}  // namespace geo::fp
