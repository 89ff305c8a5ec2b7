// Nearest road node per building (access_nodes.hpp), with a uniform grid over the nodes searched in
// growing rings of cells, so the cost stays near-linear for 10^5 buildings and nodes.
#include "geo/access_nodes.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace geo {

AccessReport assign_access_nodes(twin::City* city) {
  AccessReport report;
  twin::Buildings& b = city->buildings;
  const twin::RoadNetwork& roads = city->roads;
  b.access_node.assign(b.size(), 0);
  if (roads.node_count() == 0) return report;

  constexpr double kCellM = 200.0;
  auto cell_of = [&](double v) { return static_cast<std::int64_t>(std::floor(v / kCellM)); };
  std::map<std::pair<std::int64_t, std::int64_t>, std::vector<std::uint32_t>> cells;
  std::int64_t lo_x = INT64_MAX, hi_x = INT64_MIN, lo_y = INT64_MAX, hi_y = INT64_MIN;
  for (std::uint32_t n = 0; n < roads.node_count(); ++n) {
    const std::int64_t cx = cell_of(roads.node_xy[n].x_m), cy = cell_of(roads.node_xy[n].y_m);
    cells[{cx, cy}].push_back(n);
    lo_x = std::min(lo_x, cx), hi_x = std::max(hi_x, cx), lo_y = std::min(lo_y, cy), hi_y = std::max(hi_y, cy);
  }
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    twin::Vec2 c;
    const std::uint32_t a = b.footprint_begin[i], e = b.footprint_begin[i + 1];
    for (std::uint32_t k = a; k < e; ++k) c.x_m += b.footprint_xy[k].x_m, c.y_m += b.footprint_xy[k].y_m;
    c.x_m /= static_cast<double>(e - a);
    c.y_m /= static_cast<double>(e - a);
    const std::int64_t cx = cell_of(c.x_m), cy = cell_of(c.y_m);
    double best_d2 = INFINITY;
    std::uint32_t best = 0;
    // Ring r holds cells at Chebyshev distance r; once a node is found at distance d, rings beyond
    // d / cell + 1 cannot hold a nearer one.
    const std::int64_t max_ring = std::max({std::abs(cx - lo_x), std::abs(cx - hi_x), std::abs(cy - lo_y),
                                            std::abs(cy - hi_y)}) + 1;
    for (std::int64_t r = 0; r <= max_ring; ++r) {
      if (std::isfinite(best_d2) && static_cast<double>(r - 1) * kCellM > std::sqrt(best_d2)) break;
      for (std::int64_t dx = -r; dx <= r; ++dx)
        for (std::int64_t dy = -r; dy <= r; ++dy) {
          if (std::max(std::abs(dx), std::abs(dy)) != r) continue;
          const auto it = cells.find({cx + dx, cy + dy});
          if (it == cells.end()) continue;
          for (std::uint32_t n : it->second) {
            const double ex = roads.node_xy[n].x_m - c.x_m, ey = roads.node_xy[n].y_m - c.y_m;
            const double d2 = ex * ex + ey * ey;
            if (d2 < best_d2 || (d2 == best_d2 && n < best)) best_d2 = d2, best = n;
          }
        }
    }
    b.access_node[i] = best;
    const double d = std::sqrt(best_d2);
    report.max_distance_m = std::max(report.max_distance_m, d);
    if (d > kFarFromRoadM) ++report.far_from_road;
  }
  return report;
}

}  // namespace geo
