// Ring assembly for OSM multipolygon relations (osm_multipolygon.hpp).
#include "geo/osm_multipolygon.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace geo {

JoinedRings join_rings(const std::vector<OsmNodeIds>& ways) {
  JoinedRings out;
  std::vector<std::size_t> open;  // positions in `ways` of ways not closed by themselves
  for (std::size_t i = 0; i < ways.size(); ++i) {
    if (ways[i].size() < 2) continue;
    if (ways[i].front() == ways[i].back())
      out.rings.push_back(ways[i]);
    else
      open.push_back(i);
  }
  // End node id → the open ways (positions in `open`) that start or end there, in input order.
  std::unordered_map<std::int64_t, std::vector<std::size_t>> at_end;
  at_end.reserve(open.size() * 2);
  for (std::size_t k = 0; k < open.size(); ++k) {
    at_end[ways[open[k]].front()].push_back(k);
    at_end[ways[open[k]].back()].push_back(k);
  }
  std::vector<bool> used(open.size(), false);
  auto take_at = [&](std::int64_t node) -> std::optional<std::size_t> {
    const auto it = at_end.find(node);
    if (it == at_end.end()) return std::nullopt;
    for (std::size_t k : it->second)
      if (!used[k]) {
        used[k] = true;
        return k;
      }
    return std::nullopt;
  };
  for (std::size_t k0 = 0; k0 < open.size(); ++k0) {
    if (used[k0]) continue;
    used[k0] = true;
    OsmNodeIds chain = ways[open[k0]];
    bool reversed_once = false;  // extend at the back; when stuck, turn the chain round once
    while (chain.front() != chain.back()) {
      if (const auto k = take_at(chain.back())) {
        const OsmNodeIds& w = ways[open[*k]];
        if (w.front() == chain.back())
          chain.insert(chain.end(), w.begin() + 1, w.end());
        else
          chain.insert(chain.end(), w.rbegin() + 1, w.rend());
        continue;
      }
      if (reversed_once) break;
      std::reverse(chain.begin(), chain.end());
      reversed_once = true;
    }
    if (chain.front() == chain.back())
      out.rings.push_back(std::move(chain));
    else
      out.open_chains.push_back(std::move(chain));
  }
  return out;
}

bool ring_contains(const Ring& ring, Point p) {
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Point& a = ring[i];
    const Point& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y)) {
      const double x_cross = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
      if (p.x < x_cross) inside = !inside;
    }
  }
  return inside;
}

double ring_abs_area(const Ring& ring) {
  double twice = 0.0;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    twice += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
  return std::abs(twice) / 2.0;
}

std::vector<int> assign_inner_rings(const std::vector<Ring>& outers, const std::vector<Ring>& inners) {
  std::vector<double> areas;
  areas.reserve(outers.size());
  for (const Ring& o : outers) areas.push_back(ring_abs_area(o));
  std::vector<int> owner(inners.size(), -1);
  for (std::size_t i = 0; i < inners.size(); ++i) {
    if (inners[i].empty()) continue;
    for (std::size_t o = 0; o < outers.size(); ++o) {
      if (outers[o].empty() || !ring_contains(outers[o], inners[i].front())) continue;
      if (owner[i] < 0 || areas[o] < areas[static_cast<std::size_t>(owner[i])]) owner[i] = static_cast<int>(o);
    }
  }
  return owner;
}

}  // namespace geo
