// Zone grid, residents and jobs of an imported city (zones_people.hpp).
#include "geo/zones_people.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "twin/city/building_systems.hpp"

namespace geo {

ZonesReport build_zones_and_people(twin::City* city, const PeopleTotals& totals, const std::string& file,
                                   std::vector<Issue>* warnings) {
  ZonesReport r;
  twin::Buildings& b = city->buildings;
  const std::uint32_t n = b.size();
  b.zone.assign(n, 0);
  city->zones = twin::Zones{};
  if (n == 0) return r;

  std::vector<twin::Vec2> centre(n);
  twin::Vec2 lo{1e300, 1e300}, hi{-1e300, -1e300};
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t a = b.footprint_begin[i], e = b.footprint_begin[i + 1];
    twin::Vec2 c;
    for (std::uint32_t k = a; k < e; ++k) {
      c.x_m += b.footprint_xy[k].x_m;
      c.y_m += b.footprint_xy[k].y_m;
    }
    c.x_m /= static_cast<double>(e - a);
    c.y_m /= static_cast<double>(e - a);
    centre[i] = c;
    lo = {std::min(lo.x_m, c.x_m), std::min(lo.y_m, c.y_m)};
    hi = {std::max(hi.x_m, c.x_m), std::max(hi.y_m, c.y_m)};
  }
  const double area_m2 = std::max(1.0, (hi.x_m - lo.x_m) * (hi.y_m - lo.y_m));
  r.cell_m = std::clamp(std::round(std::sqrt(area_m2 / 100.0) / 50.0) * 50.0, 250.0, 1000.0);

  // Cells keyed by grid position; zones numbered in (row, column) order so the numbering is stable.
  std::map<std::pair<std::int64_t, std::int64_t>, std::uint32_t> cell_zone;
  std::vector<std::pair<std::int64_t, std::int64_t>> building_cell(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    building_cell[i] = {static_cast<std::int64_t>(std::floor((centre[i].y_m - lo.y_m) / r.cell_m)),
                        static_cast<std::int64_t>(std::floor((centre[i].x_m - lo.x_m) / r.cell_m))};
    cell_zone.emplace(building_cell[i], 0);
  }
  twin::Zones& z = city->zones;
  for (auto& [cell, zone] : cell_zone) {
    zone = static_cast<std::uint32_t>(z.population.size());
    const twin::Vec2 min_c{lo.x_m + static_cast<double>(cell.second) * r.cell_m,
                           lo.y_m + static_cast<double>(cell.first) * r.cell_m};
    z.min_corner.push_back(min_c);
    z.max_corner.push_back({min_c.x_m + r.cell_m, min_c.y_m + r.cell_m});
    z.centroid.push_back({});
    z.population.push_back(0.0);
    z.jobs.push_back(0.0);
  }
  std::vector<double> weight(z.population.size(), 0.0);
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t zone = cell_zone[building_cell[i]];
    b.zone[i] = zone;
    const double floor_m2 = twin::building_floor_area_m2(b, i);
    if (b.use[i] == twin::BuildingUse::Residential) {
      z.population[zone] += floor_m2 / kResidentialFloorAreaPerPersonM2;
    } else {
      const double per_job = twin::citygen::floor_area_per_job_m2(b.use[i]);
      if (per_job > 0.0) z.jobs[zone] += floor_m2 / per_job;
    }
    // Zone centroid: floor-area-weighted centre of its buildings, where its trips start and end.
    z.centroid[zone].x_m += floor_m2 * centre[i].x_m;
    z.centroid[zone].y_m += floor_m2 * centre[i].y_m;
    weight[zone] += floor_m2;
  }
  for (std::uint32_t k = 0; k < z.size(); ++k) {
    if (weight[k] > 0.0) {
      z.centroid[k].x_m /= weight[k];
      z.centroid[k].y_m /= weight[k];
    } else {
      z.centroid[k] = {(z.min_corner[k].x_m + z.max_corner[k].x_m) / 2, (z.min_corner[k].y_m + z.max_corner[k].y_m) / 2};
    }
    r.population_from_floor_area += z.population[k];
    r.jobs_from_floor_area += z.jobs[k];
  }
  auto scale = [&](std::vector<double>& column, double from, std::optional<double> to, const char* what,
                   const char* floor_area, bool* given) {
    if (!to) return;
    *given = true;
    if (from <= 0.0) {
      warnings->push_back(Issue{file, "", std::string("a total of ") + what + " was given but the city has no " +
                                              floor_area + " floor area to place it in; none placed"});
      return;
    }
    const double f = *to / from;
    for (double& v : column) v *= f;
  };
  scale(z.population, r.population_from_floor_area, totals.population, "residents", "residential", &r.population_given);
  scale(z.jobs, r.jobs_from_floor_area, totals.jobs, "jobs", "non-residential", &r.jobs_given);
  for (std::uint32_t k = 0; k < z.size(); ++k) {
    r.population += z.population[k];
    r.jobs += z.jobs[k];
  }
  r.zones = z.size();
  return r;
}

}  // namespace geo
