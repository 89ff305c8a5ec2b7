// Step 3: holes bridged to the outer ring by keyhole cuts (footprint_keyhole.hpp).
#include "geo/footprint_keyhole.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

namespace geo::fp {
namespace {

using Pts = std::vector<BgPoint>;

double orient(const BgPoint& a, const BgPoint& b, const BgPoint& c) {
  return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
}

bool on_segment(const BgPoint& a, const BgPoint& b, const BgPoint& p) {
  return std::min(a.x(), b.x()) <= p.x() && p.x() <= std::max(a.x(), b.x()) && std::min(a.y(), b.y()) <= p.y() &&
         p.y() <= std::max(a.y(), b.y());
}

// Closed segments ab and cd share a point.
bool segments_meet(const BgPoint& a, const BgPoint& b, const BgPoint& c, const BgPoint& d) {
  const double d1 = orient(c, d, a), d2 = orient(c, d, b), d3 = orient(a, b, c), d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 == 0 && on_segment(c, d, a)) || (d2 == 0 && on_segment(c, d, b)) || (d3 == 0 && on_segment(a, b, c)) ||
         (d4 == 0 && on_segment(a, b, d));
}

// Edge from `from` to `other` (sharing the cut's end `from`) runs along the cut o→h.
bool runs_along(const BgPoint& from, const BgPoint& to, const BgPoint& other) {
  return orient(from, to, other) == 0.0 &&
         (to.x() - from.x()) * (other.x() - from.x()) + (to.y() - from.y()) * (other.y() - from.y()) > 0.0;
}

// The cut ring[k] → hole[j] crosses or touches no edge other than at its two ends.
bool admissible(const Pts& ring, std::size_t k, const std::vector<Pts>& holes, const std::vector<bool>& done, std::size_t hi,
                std::size_t j) {
  const BgPoint& o = ring[k];
  const BgPoint& h = holes[hi][j];
  const std::size_t n = ring.size();
  for (std::size_t e = 0; e < n; ++e) {
    const BgPoint& a = ring[e];
    const BgPoint& b = ring[(e + 1) % n];
    if (e == k || (e + 1) % n == k) {
      if (runs_along(o, h, e == k ? b : a)) return false;
      continue;
    }
    if (segments_meet(o, h, a, b)) return false;
  }
  for (std::size_t g = 0; g < holes.size(); ++g) {
    if (done[g]) continue;
    const Pts& hole = holes[g];
    const std::size_t m = hole.size();
    for (std::size_t e = 0; e < m; ++e) {
      const BgPoint& a = hole[e];
      const BgPoint& b = hole[(e + 1) % m];
      if (g == hi && (e == j || (e + 1) % m == j)) {
        if (runs_along(h, o, e == j ? b : a)) return false;
        continue;
      }
      if (segments_meet(o, h, a, b)) return false;
    }
  }
  return true;
}

// Nearest ring vertices offered to each hole vertex, and the most pairs tried exhaustively (a
// few MB of candidates) when none of those admits a cut.
constexpr unsigned kNearest = 8;
constexpr std::size_t kMaxAllPairs = 1u << 20;

// Splices hole hi into the ring at the first admissible pair (sorted by distance).
bool try_pairs(const std::vector<std::tuple<double, std::size_t, std::size_t>>& pairs, Pts* ring,
               const std::vector<Pts>& holes, const std::vector<bool>& done, std::size_t hi) {
  const Pts& hole = holes[hi];
  for (const auto& [d2, k, j] : pairs) {
    if (!admissible(*ring, k, holes, done, hi, j)) continue;
    Pts out;
    out.reserve(ring->size() + hole.size() + 2);
    out.insert(out.end(), ring->begin(), ring->begin() + static_cast<std::ptrdiff_t>(k) + 1);
    for (std::size_t s = 0; s <= hole.size(); ++s) out.push_back(hole[(j + s) % hole.size()]);
    out.insert(out.end(), ring->begin() + static_cast<std::ptrdiff_t>(k), ring->end());
    ring->swap(out);
    return true;
  }
  return false;
}

}  // namespace

std::vector<twin::Vec2> keyhole_ring(const BgPolygon& polygon, std::uint32_t* bridged, std::uint32_t* unbridged) {
  Pts ring(polygon.outer().begin(), polygon.outer().end() - 1);
  std::vector<Pts> holes;
  std::vector<double> hole_area;
  for (const BgRing& h : polygon.inners()) {
    holes.emplace_back(h.begin(), h.end() - 1);
    hole_area.push_back(std::fabs(signed_area_m2(h)));
  }
  std::vector<std::size_t> order(holes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return hole_area[a] > hole_area[b]; });
  std::vector<bool> done(holes.size(), false);
  for (const std::size_t hi : order) {
    const Pts& hole = holes[hi];
    // A vertex already in the ring twice (an earlier cut's end) is not offered: which of its two
    // visits the cut would leave from is ambiguous.
    std::map<std::pair<double, double>, int> seen;
    for (const BgPoint& p : ring) ++seen[{p.x(), p.y()}];
    // Candidates: each hole vertex with its kNearest nearest ring vertices (an R-tree of the ring's
    // vertices, so a large ring and hole cost n·log n, not n·m); all pairs only when these fail
    // and the product is small.
    std::vector<std::pair<BgPoint, std::size_t>> vertices;
    for (std::size_t k = 0; k < ring.size(); ++k)
      if (seen[{ring[k].x(), ring[k].y()}] == 1) vertices.emplace_back(ring[k], k);
    const bg::index::rtree<std::pair<BgPoint, std::size_t>, bg::index::quadratic<16>> index(vertices.begin(), vertices.end());
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
    std::vector<std::pair<BgPoint, std::size_t>> near;
    for (std::size_t j = 0; j < hole.size(); ++j) {
      near.clear();
      index.query(bg::index::nearest(hole[j], kNearest), std::back_inserter(near));
      for (const auto& [p, k] : near) pairs.emplace_back(bg::comparable_distance(p, hole[j]), k, j);
    }
    std::sort(pairs.begin(), pairs.end());
    bool spliced = try_pairs(pairs, &ring, holes, done, hi);
    if (!spliced && vertices.size() * hole.size() <= kMaxAllPairs) {
      pairs.clear();
      for (const auto& [p, k] : vertices)
        for (std::size_t j = 0; j < hole.size(); ++j) pairs.emplace_back(bg::comparable_distance(p, hole[j]), k, j);
      std::sort(pairs.begin(), pairs.end());
      spliced = try_pairs(pairs, &ring, holes, done, hi);
    }
    done[hi] = true;
    if (spliced) ++*bridged;
    else ++*unbridged;
  }
  std::vector<twin::Vec2> result;
  result.reserve(ring.size());
  for (const BgPoint& p : ring) result.push_back(twin::Vec2{p.x(), p.y()});
  return result;
}

}  // namespace geo::fp
