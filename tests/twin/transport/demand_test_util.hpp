// Helpers of the travel-demand tests: stand-in car skims and small hand-made zone systems.
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/transport/demand.hpp"

namespace twin::test {

// Stand-in for the congested road skims that run_transport_model takes from the road assignment:
// straight-line centroid distance × 1.3 (road detour) at 30 km/h. The diagonal stays 0, for
// run_travel_demand to fill.
inline void straight_line_skims(const Zones& z, std::vector<double>* time_min, std::vector<double>* distance_km) {
  const std::uint32_t n = z.size();
  time_min->assign(static_cast<std::size_t>(n) * n, 0.0);
  distance_km->assign(static_cast<std::size_t>(n) * n, 0.0);
  for (std::uint32_t i = 0; i < n; ++i) {
    for (std::uint32_t j = 0; j < n; ++j) {
      if (i == j) continue;
      const double dx = z.centroid[i].x_m - z.centroid[j].x_m, dy = z.centroid[i].y_m - z.centroid[j].y_m;
      const double km = 1.3 * std::sqrt(dx * dx + dy * dy) / 1000.0;  // sqrt, not hypot: same bits in wasm
      (*distance_km)[static_cast<std::size_t>(i) * n + j] = km;
      (*time_min)[static_cast<std::size_t>(i) * n + j] = km / 30.0 * 60.0;
    }
  }
}

// A row of `count` 1 km × 1 km zones along the x axis, centroids at x = 0, 1000, 2000 … m.
inline Zones zone_row(const std::vector<double>& population, const std::vector<double>& jobs) {
  Zones z;
  for (std::size_t i = 0; i < population.size(); ++i) {
    const double x = 1000.0 * static_cast<double>(i);
    z.centroid.push_back({x, 0.0});
    z.min_corner.push_back({x - 500.0, -500.0});
    z.max_corner.push_back({x + 500.0, 500.0});
    z.population.push_back(population[i]);
    z.jobs.push_back(jobs[i]);
  }
  return z;
}

// One metro line with a stop at each given x (y = 0), headway in minutes.
inline TransitLine straight_line(const std::vector<double>& stop_x_m, double headway_min) {
  TransitLine line;
  line.name = "Test line";
  line.mode = TransitMode::Metro;
  line.headway_min = headway_min;
  for (std::size_t k = 0; k < stop_x_m.size(); ++k) line.stops.push_back({"S" + std::to_string(k), {stop_x_m[k], 0.0}});
  return line;
}

}  // namespace twin::test
