// One least-cost optimisation (optimise/, issue 10 item 6: target ≤ 5 s) of the default city with its
// transport baseline, timed natively and in wasm. The baseline is built once beforehand and not timed.
// Costs are synthetic (yuan per lever unit, the same order as the optimiser tests), not twin/cost's.
//   ct_bench_optimise [RUNS]
// Prints one JSON line per case: {case, levers, rounds, status, median_ms, min_ms, max_ms, objective_yuan,
// peak_year, neutrality_year} — objective_yuan in full precision, so native and wasm can be compared.
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "bench/median_timer.hpp"
#include "optimise/optimiser.hpp"
#include "twin/city/default_city.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/transport_from_model.hpp"

namespace {

namespace tp = twin::pathway;
using optimise::Goal;
using optimise::LeverOption;

void run_case(const char* name, const tp::Baseline& baseline, const std::vector<LeverOption>& options, const Goal& goal,
              int runs) {
  optimise::OptimiseResult r;
  const bench::Timing t = bench::time_median(runs, [&] { r = optimise::optimise(baseline, tp::default_scenario(), options, goal); });
  std::printf("{\"case\": \"%s\", \"levers\": %zu, \"rounds\": %d, \"status\": \"%s\", \"median_ms\": %.3f, \"min_ms\": %.3f, "
              "\"max_ms\": %.3f, \"objective_yuan\": %.17g, \"peak_year\": %d, \"neutrality_year\": %d}\n",
              name, options.size(), r.iterations, optimise::optimise_status_name(r.status), t.median_ms, t.min_ms, t.max_ms,
              r.objective_yuan, r.milestones.peak_year, r.milestones.neutrality_year);
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
  if (runs < 1) {
    std::fprintf(stderr, "usage: ct_bench_optimise [RUNS >= 1]\n");
    return 2;
  }
  const twin::City city = twin::generate_city(twin::default_city_def());
  tp::Baseline baseline = tp::baseline_from_city(city);
  const std::string error = tp::fill_transport_baseline(city, tp::default_scenario(), &baseline.transport);
  if (!error.empty()) {
    std::fprintf(stderr, "transport model failed: %s\n", error.c_str());
    return 1;
  }
  {
    const std::vector<LeverOption> options = {{tp::LeverId::HeatPumpSharePct, 1.5e7, 80.0},
                                              {tp::LeverId::RetrofitRatePctPerYr, 2e8, 5.0},
                                              {tp::LeverId::RooftopPvCoveragePct, 3e7, 50.0}};
    Goal goal;
    goal.peak_by_year = 2022;
    run_case("3 levers, peak by 2022", baseline, options, goal, runs);
  }
  {
    const std::vector<LeverOption> options = {
        {tp::LeverId::HeatPumpSharePct, 1.5e7, 100.0},      {tp::LeverId::RetrofitRatePctPerYr, 2e8, 5.0},
        {tp::LeverId::RooftopPvCoveragePct, 3e7, 60.0},     {tp::LeverId::EvSalesSharePct, 2e7, 100.0},
        {tp::LeverId::GreenPowerPurchasePct, 5e7, 100.0},   {tp::LeverId::IndustryEfficiencyPct, 4e7, 60.0},
        {tp::LeverId::IndustryElectrificationPct, 3e7, 100.0}, {tp::LeverId::IndustryCcusPct, 6e7, 90.0},
        {tp::LeverId::LandfillMethaneRecoveryPct, 5e6, 90.0}, {tp::LeverId::ForestAddedHa, 2e3, 1e6}};
    Goal goal;
    goal.peak_by_year = 2025;
    goal.neutral_by_year = 2055;
    run_case("10 levers, peak by 2025, neutral by 2055", baseline, options, goal, runs);
  }
  return 0;
}
