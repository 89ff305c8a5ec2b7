// The page's observing-system experiment (render/mesh/monitor_experiment.hpp) on the default city, natively
// and in wasm (the same code under Node), at the page's size (1000-m cells, 2 days) and, for comparison,
// larger ones. The page runs one step a frame (a station's readings, the background, one slice of the
// inversion job, the reconciliation); the target is every step ≤ ~8 ms natively and the whole run within a
// few seconds in wasm. Each run is stepped through with every step timed; per stage the median over runs of
// the stage's largest step is printed, and the largest step of all.
//   ct_bench_monitor_experiment [RUNS]
// One JSON line per case and stage: {case, cell_m, days, cells, observations, stage, steps, runs,
// median_step_ms (over all the stage's steps), max_step_ms (median over runs of the stage's largest step),
// worst_step_ms (largest of all runs)}, then the whole run: its largest step, wall time, the truth and the
// posterior total.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "render/mesh/monitor_experiment.hpp"
#include "twin/city/default_city.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/transport/transport_model.hpp"

namespace mon = twin::monitor;

namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const std::size_t k = v.size() / 2;
  return v.size() % 2 ? v[k] : 0.5 * (v[k - 1] + v[k]);
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  const twin::City city = twin::generate_city(twin::default_city_def());
  twin::pathway::Baseline baseline = twin::pathway::baseline_from_city(city);
  const twin::pathway::Scenario scenario = twin::pathway::default_scenario();
  if (const std::string e = twin::pathway::fill_transport_baseline(city, scenario, &baseline.transport); !e.empty()) {
    std::fprintf(stderr, "transport: %s\n", e.c_str());
    return 1;
  }
  const twin::transport::TransportResult run = twin::transport::run_transport_model(city);
  const twin::pathway::PathwayResult pathway = twin::pathway::evaluate_pathway(baseline, scenario);
  const twin::climate::WeatherYear weather = twin::climate::weather_for_city(city).year;
  const std::vector<mon::HourMet> met = mon::hourly_met(weather);
  mon::SectorProfiles profiles;
  if (const std::string e = mon::sector_profiles({}, &profiles); !e.empty()) {
    std::fprintf(stderr, "profiles: %s\n", e.c_str());
    return 1;
  }
  twin::Vec2 lo, hi;
  mon::city_extent(city, &lo, &hi);
  const twin::Vec2 centre{0.5 * (lo.x_m + hi.x_m), 0.5 * (lo.y_m + hi.y_m)};
  struct Case { double cell_m; int days; };
  static const char* kNames[] = {"simulate", "background", "invert", "reconcile"};
  using Clock = std::chrono::steady_clock;
  for (const Case c : {Case{1000.0, 2}, Case{1000.0, 4}, Case{500.0, 2}}) {
    const render::MonitorCity mc =
        render::build_monitor_city({&city, &baseline, &pathway.years.front(), &run.road_link_flow_pcu_h, c.cell_m});
    if (!mc.error.empty()) {
      std::fprintf(stderr, "grid: %s\n", mc.error.c_str());
      return 1;
    }
    render::ExperimentSpec spec;
    spec.days = c.days;
    spec.hidden = mon::HiddenSource{centre.x_m + 1500.0, centre.y_m - 1000.0, 50000.0, 0.0};
    const render::ExperimentInputs in{&mc, &met, &profiles, render::reported_plants(baseline), centre,
                                      weather.location.time_zone_h, pathway.years.front().year};
    std::vector<double> steps_ms[render::kExperimentStages];    // every step of every run, per stage
    std::vector<double> largest_ms[render::kExperimentStages];  // per run, the stage's largest step
    std::vector<double> run_largest_ms, run_ms;
    int steps[render::kExperimentStages] = {};
    render::ExperimentResult r;
    for (int k = 0; k < runs; ++k) {
      render::ExperimentJob job = render::start_experiment(in, spec);
      double largest[render::kExperimentStages] = {};
      int count[render::kExperimentStages] = {};
      const Clock::time_point t_run = Clock::now();
      while (!job.done()) {
        const int stage = static_cast<int>(job.stage);
        const Clock::time_point t0 = Clock::now();
        render::advance_experiment(&job);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        steps_ms[stage].push_back(ms);
        largest[stage] = std::max(largest[stage], ms);
        ++count[stage];
      }
      run_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t_run).count());
      if (!job.result.error.empty()) {
        std::fprintf(stderr, "experiment: %s\n", job.result.error.c_str());
        return 1;
      }
      double all = 0.0;
      for (int s = 0; s < render::kExperimentStages; ++s) {
        largest_ms[s].push_back(largest[s]);
        all = std::max(all, largest[s]);
        steps[s] = count[s];
      }
      run_largest_ms.push_back(all);
      r = std::move(job.result);
    }
    for (int s = 0; s < render::kExperimentStages; ++s) {
      std::printf("{\"case\":\"experiment_stage\",\"cell_m\":%g,\"days\":%d,\"cells\":%zu,\"observations\":%zu,"
                  "\"stage\":\"%s\",\"steps\":%d,\"runs\":%d,\"median_step_ms\":%.3f,\"max_step_ms\":%.3f,"
                  "\"worst_step_ms\":%.3f}\n",
                  c.cell_m, c.days, mc.grid.cell_t.size(), r.station_obs.size(), kNames[s], steps[s], runs,
                  median(steps_ms[s]), median(largest_ms[s]),
                  *std::max_element(largest_ms[s].begin(), largest_ms[s].end()));
    }
    const twin::monitor::SectorEstimate& t = r.inv.sectors.back();
    int total_steps = 0;
    for (int s : steps) total_steps += s;
    std::printf("{\"case\":\"experiment_whole\",\"cell_m\":%g,\"days\":%d,\"cells\":%zu,\"observations\":%zu,"
                "\"used\":%zu,\"steps\":%d,\"runs\":%d,\"largest_step_ms\":%.3f,\"median_ms\":%.3f,\"truth_t\":%.1f,"
                "\"posterior_t\":%.1f,\"posterior_sd_t\":%.1f}\n",
                c.cell_m, c.days, mc.grid.cell_t.size(), r.station_obs.size(), r.obs.size(), total_steps, runs,
                median(run_largest_ms), median(run_ms), r.truth_total_t, t.posterior_t, t.posterior_sd_t);
    std::fflush(stdout);
  }
  return 0;
}
