// The page's observing-system experiment (render/mesh/monitor_experiment.hpp) on the default city: each
// stage (simulate, background, invert, reconcile) timed alone, natively and in wasm (the same code under
// Node), at the page's size (1000-m cells, 2 days) and, for comparison, larger ones. The page runs one stage
// a frame; the target is each stage ≤ ~8 ms and the whole run within a few seconds in wasm.
//   ct_bench_monitor_experiment [RUNS]
// One JSON line per case and stage: {case, cell_m, days, cells, observations, stage, runs, median_ms, min_ms, max_ms}
// (simulate: one station's step), then the whole run with the truth and the posterior total.
#include <cstdio>
#include <cstdlib>

#include "bench/median_timer.hpp"
#include "render/mesh/monitor_experiment.hpp"
#include "twin/city/default_city.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/transport/transport_model.hpp"

namespace mon = twin::monitor;

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
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
    render::ExperimentInputs in{&mc, &met, &profiles, render::reported_plants(baseline), centre,
                                weather.location.time_zone_h, pathway.years.front().year};
    static const char* kNames[] = {"simulate_one_station", "background", "invert", "reconcile"};
    for (int stage = 0; stage < render::kExperimentStages; ++stage) {
      render::ExperimentJob job;
      // Time this stage alone: run the earlier stages, copy the job, advance once.
      render::ExperimentJob base = render::start_experiment(in, spec);
      while (!base.done() && static_cast<int>(base.stage) < stage) render::advance_experiment(&base);
      const bench::Timing ts = bench::time_median(runs, [&] {
        job = base;
        render::advance_experiment(&job);
      });
      if (!job.result.error.empty()) {
        std::fprintf(stderr, "experiment: %s\n", job.result.error.c_str());
        return 1;
      }
      std::printf("{\"case\":\"experiment_stage\",\"cell_m\":%g,\"days\":%d,\"cells\":%zu,\"observations\":%zu,"
                  "\"stage\":\"%s\",\"runs\":%d,\"median_ms\":%.3f,\"min_ms\":%.3f,\"max_ms\":%.3f}\n",
                  c.cell_m, c.days, mc.grid.cell_t.size(), job.result.station_obs.size(), kNames[stage], ts.runs,
                  ts.median_ms, ts.min_ms, ts.max_ms);
      std::fflush(stdout);
    }
    render::ExperimentResult r;
    const bench::Timing whole = bench::time_median(runs, [&] { r = render::run_experiment(in, spec); });
    const twin::monitor::SectorEstimate& t = r.inv.sectors.back();
    std::printf("{\"case\":\"experiment_whole\",\"cell_m\":%g,\"days\":%d,\"cells\":%zu,\"observations\":%zu,"
                "\"used\":%zu,\"runs\":%d,\"median_ms\":%.3f,\"min_ms\":%.3f,\"max_ms\":%.3f,\"truth_t\":%.1f,"
                "\"posterior_t\":%.1f,\"posterior_sd_t\":%.1f}\n",
                c.cell_m, c.days, mc.grid.cell_t.size(), r.station_obs.size(), r.obs.size(), whole.runs, whole.median_ms,
                whole.min_ms, whole.max_ms, r.truth_total_t, t.posterior_t, t.posterior_sd_t);
    std::fflush(stdout);
  }
  return 0;
}
