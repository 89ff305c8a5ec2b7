// build_city_grid() (city_grid.hpp).
#include "twin/monitor/city_grid.hpp"

#include <algorithm>

#include "twin/monitor/emission_sources.hpp"
#include "twin/monitor/stations.hpp"

namespace twin::monitor {

Vec2 energy_supply_site(const pathway::Baseline& baseline, Vec2 lo, Vec2 hi) {
  Vec2 supply{0.5 * (lo.x_m + hi.x_m), 0.5 * (lo.y_m + hi.y_m)};
  double n = 0.0, sx = 0.0, sy = 0.0;
  for (const auto& p : baseline.plants)
    if (p.has_xy) {
      sx += p.x_m;
      sy += p.y_m;
      n += 1.0;
    }
  if (n > 0.0) supply = Vec2{sx / n, sy / n};
  return supply;
}

CityGrid build_city_grid(const CityGridInputs& in) {
  CityGrid out;
  if (in.city == nullptr || in.baseline == nullptr || in.base_year == nullptr) {
    out.error = "city, baseline and base year are required";
    return out;
  }
  if (const std::string e = validate_cell_size(in.cell_m); !e.empty()) {
    out.error = e;
    return out;
  }
  Vec2 lo, hi;
  if (!city_extent(*in.city, &lo, &hi)) {
    out.error = "the city has no buildings and no roads";
    return out;
  }
  out.energy_supply_xy = energy_supply_site(*in.baseline, lo, hi);
  const std::vector<double>* flows =
      in.link_flow_pcu_h != nullptr && !in.link_flow_pcu_h->empty() ? in.link_flow_pcu_h : nullptr;
  const CitySources cs = city_emission_sources({in.city, in.baseline, in.base_year, flows, out.energy_supply_xy});
  if (!cs.error.empty()) {
    out.error = cs.error;
    return out;
  }
  Vec2 slo, shi;
  if (sources_extent(cs.sources, &slo, &shi)) {
    lo = Vec2{std::min(lo.x_m, slo.x_m), std::min(lo.y_m, slo.y_m)};
    hi = Vec2{std::max(hi.x_m, shi.x_m), std::max(hi.y_m, shi.y_m)};
  }
  out.extent_min = lo;
  out.extent_max = hi;
  out.grid = build_emission_grid(cs.sources, grid_over_extent(lo, hi, in.cell_m));
  if (!out.grid.error.empty()) {
    out.error = out.grid.error;
    return out;
  }
  out.unplaced_plants = cs.unplaced_plants;
  out.scope2_excluded_t = cs.scope2_excluded_t;
  return out;
}

}  // namespace twin::monitor
