// Nearest road node per building (access_nodes.hpp), with a uniform grid over the nodes searched in
// growing squares, so the cost stays near-linear for 10^5 buildings and nodes.
#include "geo/access_nodes.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "geo/point_grid.hpp"

namespace geo {

AccessReport assign_access_nodes(twin::City* city) {
  AccessReport report;
  twin::Buildings& b = city->buildings;
  const twin::RoadNetwork& roads = city->roads;
  b.access_node.assign(b.size(), 0);
  if (roads.node_count() == 0) return report;

  const PointGrid grid(roads.node_xy, 200.0);
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    twin::Vec2 c;
    const std::uint32_t a = b.footprint_begin[i], e = b.footprint_begin[i + 1];
    for (std::uint32_t k = a; k < e; ++k) c.x_m += b.footprint_xy[k].x_m, c.y_m += b.footprint_xy[k].y_m;
    c.x_m /= static_cast<double>(e - a);
    c.y_m /= static_cast<double>(e - a);
    double best_d2 = INFINITY;
    std::uint32_t best = 0;
    // Widen the searched square until it holds a node no farther than its half-width (then no node
    // outside it can be nearer) or the whole grid. Ties go to the lower node number.
    for (double reach_m = grid.cell_m();; reach_m *= 2.0) {
      grid.near(c.x_m, c.y_m, reach_m, [&](std::uint32_t n) {
        const double ex = roads.node_xy[n].x_m - c.x_m, ey = roads.node_xy[n].y_m - c.y_m;
        const double d2 = ex * ex + ey * ey;
        if (d2 < best_d2 || (d2 == best_d2 && n < best)) best_d2 = d2, best = n;
      });
      if (best_d2 <= reach_m * reach_m || grid.covers_all(c.x_m, c.y_m, reach_m)) break;
    }
    b.access_node[i] = best;
    const double d = std::sqrt(best_d2);
    report.max_distance_m = std::max(report.max_distance_m, d);
    if (d > kFarFromRoadM) ++report.far_from_road;
  }
  return report;
}

}  // namespace geo
