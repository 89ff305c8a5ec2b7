// ct_bench_core [RUNS]: medians of the core kernels, one JSON line each, plus the state hash of the
// results so a run proves it computed the same city as every other (native or wasm).
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "bench/bench_kernels.hpp"
#include "bench/median_timer.hpp"
#include "twin/city/city_hash.hpp"
#include "twin/decision/attribution.hpp"

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 9;
  if (runs < 1 || runs > 1000) {
    std::fprintf(stderr, "ct_bench_core: RUNS must be 1..1000, got '%s'\n", argv[1]);
    return 2;
  }
#ifdef __EMSCRIPTEN__
  const char* platform = "wasm";
#else
  const char* platform = "native";
#endif
  twin::City city;
  const bench::Timing gen = bench::time_median(runs, [&] { city = bench::run_generate_default_city(); });
  render::CityMesh mesh;
  const bench::Timing meshing = bench::time_median(runs, [&] { mesh = bench::run_build_mesh(city); });
  volatile double sink = 0;
  const bench::Timing stats = bench::time_median(runs, [&] { sink = sink + bench::run_city_stats(city); });

  bench::PathwayBench* pathway = bench::make_pathway_bench(city);
  volatile double cumulative_t = 0;
  const bench::Timing path = bench::time_median(runs * 11, [&] { cumulative_t = bench::run_pathway(pathway); });
  bench::free_pathway_bench(pathway);
  // Attribution (twin/decision): the default scenario against one with n levers changed, across the
  // sectors; 3 and 6 exact (2^n pathway runs), 10 exact (1024 runs, fewer repetitions) and 10 as the page
  // does it, grouped by sector past the 7-player threshold (5 groups, 32 runs). Table baseline, no transport.
  const twin::pathway::Baseline attribution_base = twin::pathway::baseline_from_city(city);
  auto changed = [](int n) {
    using twin::pathway::LeverId;
    const std::pair<LeverId, twin::pathway::LeverSetting> levers[] = {
        {LeverId::HeatPumpSharePct, {2022, 20, 70.0}},     {LeverId::GridNonfossilAddedPts, {2025, 10, 15.0}},
        {LeverId::IndustryEfficiencyPct, {2021, 20, 35.0}}, {LeverId::EvSalesSharePct, {2021, 5, 100.0}},
        {LeverId::ForestAddedHa, {2025, 10, 2000.0}},       {LeverId::RetrofitRatePctPerYr, {2021, 4, 3.0}},
        {LeverId::CoalPowerRetirementPct, {2025, 15, 60.0}}, {LeverId::WasteRecyclingAddedPts, {2022, 8, 20.0}},
        {LeverId::RooftopPvCoveragePct, {2021, 15, 40.0}},  {LeverId::IndustryElectrificationPct, {2021, 30, 50.0}}};
    twin::pathway::Scenario s = twin::pathway::default_scenario();
    for (int i = 0; i < n; ++i) s.lever(levers[i].first) = levers[i].second;
    return s;
  };
  volatile double attributed_t = 0;
  auto time_attribution = [&](int n, int max_exact, int repetitions) {
    const twin::pathway::Scenario a = twin::pathway::default_scenario(), b = changed(n);
    twin::decision::AttributionOptions options;
    options.max_exact_players = max_exact;
    return bench::time_median(repetitions, [&] {
      twin::decision::Attribution r;
      twin::decision::attribute(attribution_base, a, b, {}, &r, options);
      attributed_t = attributed_t + r.total_delta[static_cast<int>(twin::decision::Metric::CumulativeT)];
    });
  };
  const bench::Timing attribution3 = time_attribution(3, 7, runs);
  const bench::Timing attribution6 = time_attribution(6, 7, runs);
  const bench::Timing attribution10 = time_attribution(10, 10, runs > 3 ? runs / 3 : 1);
  const bench::Timing attribution10_groups = time_attribution(10, 7, runs);
  bench::ZoneBench* zone = bench::make_zone_bench();
  volatile double heating_kwh = 0;
  const bench::Timing zone_year = bench::time_median(runs, [&] { heating_kwh = bench::run_zone_year(zone); });
  bench::free_zone_bench(zone);
  bench::CityEnergyBench* city_energy = bench::make_city_energy_bench(city);
  volatile double city_kwh = 0;
  const bench::Timing city_year =
      bench::time_median(runs, [&] { city_kwh = bench::run_city_energy_year(city_energy); });
  bench::free_city_energy_bench(city_energy);

  const unsigned long long hash = twin::hash_city(city);
  auto print = [&](const char* name, const bench::Timing& t) {
    std::printf("{\"platform\":\"%s\",\"kernel\":\"%s\",\"median_ms\":%.3f,\"min_ms\":%.3f,"
                "\"max_ms\":%.3f,\"runs\":%d,\"city_hash\":\"%016llx\",\"buildings\":%u,"
                "\"triangles\":%u}\n",
                platform, name, t.median_ms, t.min_ms, t.max_ms, t.runs, hash, city.buildings.size(),
                static_cast<unsigned>(mesh.buildings.indices.size() / 3));
  };
  print("generate_default_city", gen);
  print("build_city_mesh", meshing);
  print("city_stats", stats);
  print("pathway_2020_2060", path);
  print("attribution_3_levers_exact_8_runs", attribution3);
  print("attribution_6_levers_exact_64_runs", attribution6);
  print("attribution_10_levers_exact_1024_runs", attribution10);
  print("attribution_10_levers_grouped_5_groups_32_runs", attribution10_groups);
  print("zone_case600_year", zone_year);
  print("city_energy_year_batched", city_year);
  // 8760 simulated hours per annual run (the warm-up days are extra work, not counted).
  std::printf("{\"platform\":\"%s\",\"figure\":\"building_hours_per_s\",\"value\":%.0f,"
              "\"pathway_cumulative_t\":%.17g,\"zone_heating_kwh\":%.17g,\"city_energy_kwh\":%.17g}\n",
              platform, 8760.0 / (zone_year.median_ms / 1000.0), static_cast<double>(cumulative_t),
              static_cast<double>(heating_kwh), static_cast<double>(city_kwh));
  return 0;
}
