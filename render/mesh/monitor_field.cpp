// build_monitor_city() and plume_field() (monitor_field.hpp).
#include "render/mesh/monitor_field.hpp"

#include <algorithm>
#include <cmath>
#include <exception>

#include "twin/monitor/city_grid.hpp"
#include "twin/monitor/footprint.hpp"

namespace render {

namespace mon = twin::monitor;

MonitorCity build_monitor_city(const MonitorCityInputs& in) {
  MonitorCity out;
  mon::CityGrid cg = mon::build_city_grid({in.city, in.baseline, in.base_year, in.link_flow_pcu_h, in.cell_m});
  if (!cg.error.empty()) {
    out.error = cg.error;
    return out;
  }
  out.grid = std::move(cg.grid);
  out.extent_min = cg.extent_min;
  out.extent_max = cg.extent_max;
  out.energy_supply_xy = cg.energy_supply_xy;
  out.stations = mon::default_network(cg.extent_min, cg.extent_max);
  out.unplaced_plants = std::move(cg.unplaced_plants);
  out.scope2_excluded_t = cg.scope2_excluded_t;
  return out;
}

std::vector<double> hour_emissions_t_per_yr(const mon::EmissionGrid& grid, const mon::SectorProfiles& profiles, int hour) {
  std::vector<double> x(grid.cell_t.size(), 0.0);
  for (std::size_t c = 0; c < x.size(); ++c)
    for (int s = 0; s < mon::kGridSectorCount; ++s) {
      const std::vector<double>& p = profiles[static_cast<std::size_t>(s)];
      const double f = p.size() > static_cast<std::size_t>(hour) ? p[static_cast<std::size_t>(hour)] : 1.0;
      x[c] += grid.cell_t[c][static_cast<std::size_t>(s)] * f;
    }
  return x;
}

PlumeJob start_plume(const mon::EmissionGrid& grid, const mon::SectorProfiles& profiles,
                     const std::vector<mon::HourMet>& met, int hour, int stride) {
  PlumeJob job;
  PlumeField& f = job.field;
  f.hour = hour;
  f.stride = stride;
  if (!grid.error.empty() || grid.cell_t.empty()) {
    f.error = "no emission grid";
    return job;
  }
  if (hour < 0 || static_cast<std::size_t>(hour) >= met.size()) {
    f.error = "hour " + std::to_string(hour) + " is outside the " + std::to_string(met.size()) + " hours of the weather";
    return job;
  }
  if (stride < 1 || stride > 16) {
    f.error = "stride " + std::to_string(stride) + " is outside 1–16";
    return job;
  }
  const mon::GridGeometry& g = grid.geometry;
  f.receptors = mon::GridGeometry{g.x0_m, g.y0_m, g.cell_m * stride, (g.nx + stride - 1) / stride, (g.ny + stride - 1) / stride};
  mon::FootprintInputs& in = job.inputs;
  in.grid = g;
  in.release_height_m = grid.release_height_m;
  in.met = {met[static_cast<std::size_t>(hour)]};  // one hour: the receptors' hour index 0
  in.terrain = mon::Terrain::Urban;
  for (int j = 0; j < f.receptors.ny; ++j)
    for (int i = 0; i < f.receptors.nx; ++i)
      in.receptors.push_back({f.receptors.x0_m + (i + 0.5) * f.receptors.cell_m,
                              f.receptors.y0_m + (j + 0.5) * f.receptors.cell_m, kPlumeReceptorHeightM, 0});
  if (const std::string e = mon::validate_footprint(in); !e.empty()) {
    f.error = "footprint: " + e;
    return job;
  }
  job.hour_t_per_yr = hour_emissions_t_per_yr(grid, profiles, hour);
  for (std::size_t c = 0; c < job.hour_t_per_yr.size(); ++c)
    if (f.largest_source_cell < 0 || job.hour_t_per_yr[c] > f.largest_source_t_per_yr) {
      f.largest_source_cell = static_cast<int>(c);
      f.largest_source_t_per_yr = job.hour_t_per_yr[c];
    }
  f.ppm.assign(in.receptors.size(), 0.0);
  return job;
}

void advance_plume(PlumeJob* job, std::size_t receptors) {
  if (job->done()) return;
  PlumeField& f = job->field;
  const std::size_t end = std::min(f.ppm.size(), job->next + receptors);
  mon::FootprintInputs slice = job->inputs;  // the same grid and hour, this slice's receptors only
  slice.receptors.assign(job->inputs.receptors.begin() + static_cast<std::ptrdiff_t>(job->next),
                         job->inputs.receptors.begin() + static_cast<std::ptrdiff_t>(end));
  // twin/monitor does not throw (the page cannot catch): a bad input comes back as the operator's error.
  const mon::FootprintOperator op(std::move(slice));
  const Eigen::VectorXd y = op.apply_forward(
      Eigen::Map<const Eigen::VectorXd>(job->hour_t_per_yr.data(), static_cast<Eigen::Index>(job->hour_t_per_yr.size())));
  if (!op.error().empty() || static_cast<std::size_t>(y.size()) != end - job->next) {
    f.error = op.error().empty() ? "footprint: the hour's emissions do not match the grid" : op.error();
    return;
  }
  for (Eigen::Index r = 0; r < y.size(); ++r) f.ppm[job->next + static_cast<std::size_t>(r)] = y(r);
  job->next = end;
  if (!job->done()) return;
  double sum = 0.0;
  for (std::size_t r = 0; r < f.ppm.size(); ++r) {
    sum += f.ppm[r];
    if (f.max_cell < 0 || f.ppm[r] > f.max_ppm) {
      f.max_ppm = f.ppm[r];
      f.max_cell = static_cast<int>(r);
    }
  }
  f.mean_ppm = f.ppm.empty() ? 0.0 : sum / static_cast<double>(f.ppm.size());
}

PlumeField plume_field(const mon::EmissionGrid& grid, const mon::SectorProfiles& profiles,
                       const std::vector<mon::HourMet>& met, int hour, int stride) {
  PlumeJob job = start_plume(grid, profiles, met, hour, stride);
  advance_plume(&job, job.field.ppm.size());
  return std::move(job.field);
}

}  // namespace render
