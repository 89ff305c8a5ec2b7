// optimise() on the default city against a brute-force search over a grid of lever settings, and its result
// re-run through the exact pathway. The costs are synthetic test figures (yuan per unit of each lever), not
// the sourced costs of twin/cost: the optimiser only adds them up.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "optimise/optimiser.hpp"
#include "tests/optimise/optimise_test_util.hpp"
#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/pathway/pathway.hpp"

namespace optimise {
namespace {

namespace tp = twin::pathway;

// The least cost over every x on a grid of `step` in [0, 1]^n whose exact pathway meets the goal
// (the same predicate as test::meets_goal), by enumeration.
double grid_least_cost(const tp::Scenario& base, const std::vector<LeverOption>& options, const Goal& goal,
                       double step) {
  const int points = static_cast<int>(std::lround(1.0 / step)) + 1;
  const std::size_t n = options.size();
  std::vector<int> i(n, 0);
  double best = std::numeric_limits<double>::infinity();
  while (true) {
    std::vector<double> x(n);
    double cost = 0.0;
    for (std::size_t l = 0; l < n; ++l) {
      x[l] = i[l] * step;
      cost += options[l].cost_yuan_per_unit * std::fabs(options[l].max_target - base.lever(options[l].lever).target) * x[l];
    }
    if (cost < best && test::meets_goal(tp::evaluate_pathway(tp::test::default_baseline(), test::scenario_with(base, options, x)), goal))
      best = cost;
    std::size_t l = 0;
    while (l < n && ++i[l] == points) i[l++] = 0;
    if (l == n) break;
  }
  return best;
}

// |optimiser − grid| ≤ the cost of one grid step in every lever: the grid's best point is within one step of
// the true optimum in each coordinate (where the goal is monotone in the levers, as here).
double one_step_cost(const tp::Scenario& base, const std::vector<LeverOption>& options, double step) {
  double c = 0.0;
  for (const LeverOption& o : options) c += o.cost_yuan_per_unit * std::fabs(o.max_target - base.lever(o.lever).target) * step;
  return c;
}

// Within one grid step of the grid's best, and no dearer than it (the grid's best is a feasible plan the
// LP could have found; 1e-6 relative for rounding).
void expect_matches_grid(double optimiser_yuan, double grid_yuan, double step_yuan) {
  EXPECT_NEAR(optimiser_yuan, grid_yuan, step_yuan) << "grid " << grid_yuan;
  EXPECT_LE(optimiser_yuan, grid_yuan * (1.0 + 1e-6)) << "grid " << grid_yuan;
}

void expect_plan_consistent(const tp::Scenario& base, const std::vector<LeverOption>& options, const OptimiseResult& r) {
  ASSERT_EQ(r.levers.size(), options.size());
  double total = 0.0;
  for (std::size_t l = 0; l < options.size(); ++l) {
    const double from = base.lever(options[l].lever).target;
    EXPECT_GE(r.levers[l].share, 0.0);
    EXPECT_LE(r.levers[l].share, 1.0);
    EXPECT_NEAR(r.levers[l].target, from + r.levers[l].share * (options[l].max_target - from), 1e-9 * std::fabs(options[l].max_target) + 1e-12);
    EXPECT_EQ(r.scenario.lever(options[l].lever).target, r.levers[l].target);
    total += r.levers[l].cost_yuan;
  }
  EXPECT_NEAR(r.objective_yuan, total, 1e-6 * total + 1e-6);
}

TEST(OptimiseGrid, TwoLeversPeakAndBudgetEqualBruteForce) {
  // Retrofits (0.5 → 5 %/yr, 2e8 yuan per %/yr) and rooftop PV (10 → 50 % of roofs, 3e7 yuan per %); the default
  // city peaks in 2026 with 139.9 Mt cumulative. Goal: peak by 2024 and at most 127 Mt 2020–2060 — beyond PV
  // alone (50 % PV: ≈ 128 Mt), so the plan mixes both.
  const tp::Scenario base = tp::default_scenario();
  const std::vector<LeverOption> options = {{tp::LeverId::RetrofitRatePctPerYr, 2e8, 5.0},
                                            {tp::LeverId::RooftopPvCoveragePct, 3e7, 50.0}};
  Goal goal;
  goal.peak_by_year = 2024;
  goal.budget_t = 127e6;
  const OptimiseResult r = optimise(tp::test::default_baseline(), base, options, goal);
  ASSERT_EQ(r.status, OptimiseStatus::Optimal) << r.message;
  EXPECT_TRUE(r.goals_met_exactly);
  EXPECT_GT(r.levers[0].share, 0.0);
  EXPECT_GT(r.levers[1].share, 0.0);
  expect_plan_consistent(base, options, r);
  // Re-run through the exact pathway, independently of the optimiser's own check.
  const tp::PathwayResult exact = tp::evaluate_pathway(tp::test::default_baseline(), r.scenario);
  EXPECT_TRUE(test::meets_goal(exact, goal));
  EXPECT_LE(exact.milestones.peak_year, 2024);
  EXPECT_LE(exact.milestones.cumulative_t, 127e6);
  const double grid = grid_least_cost(base, options, goal, 0.05);
  ASSERT_TRUE(std::isfinite(grid));
  expect_matches_grid(r.objective_yuan, grid, one_step_cost(base, options, 0.05));
}

TEST(OptimiseGrid, ThreeLeversPeakEqualBruteForce) {
  // Heat pumps (15 → 80 % of heated area, 1.5e7 yuan per %), retrofits and PV as above; peak by 2022 and
  // at most 132 Mt. Grid of 0.1 (11³ = 1331 pathway runs).
  const tp::Scenario base = tp::default_scenario();
  const std::vector<LeverOption> options = {{tp::LeverId::HeatPumpSharePct, 1.5e7, 80.0},
                                            {tp::LeverId::RetrofitRatePctPerYr, 2e8, 5.0},
                                            {tp::LeverId::RooftopPvCoveragePct, 3e7, 50.0}};
  Goal goal;
  goal.peak_by_year = 2022;
  goal.budget_t = 132e6;
  const OptimiseResult r = optimise(tp::test::default_baseline(), base, options, goal);
  ASSERT_EQ(r.status, OptimiseStatus::Optimal) << r.message;
  expect_plan_consistent(base, options, r);
  EXPECT_TRUE(test::meets_goal(tp::evaluate_pathway(tp::test::default_baseline(), r.scenario), goal));
  const double grid = grid_least_cost(base, options, goal, 0.1);
  ASSERT_TRUE(std::isfinite(grid));
  expect_matches_grid(r.objective_yuan, grid, one_step_cost(base, options, 0.1));
}

TEST(OptimiseGrid, NeutralityByTwoThousandFiftyWithSinksAndGrid) {
  // Forest planting (0 → 1,000,000 ha, 2e3 yuan per ha) and green power purchase (0 → 100 %, 5e7 yuan per %)
  // reach neutrality (net ≤ 5 % of the peak) by 2050; the plan re-run meets it.
  const tp::Scenario base = tp::default_scenario();
  const std::vector<LeverOption> options = {{tp::LeverId::ForestAddedHa, 2e3, 1e6},
                                            {tp::LeverId::GreenPowerPurchasePct, 5e7, 100.0}};
  Goal goal;
  goal.peak_by_year = 2026;
  goal.neutral_by_year = 2050;
  const OptimiseResult r = optimise(tp::test::default_baseline(), base, options, goal);
  ASSERT_EQ(r.status, OptimiseStatus::Optimal) << r.message;
  const tp::PathwayResult exact = tp::evaluate_pathway(tp::test::default_baseline(), r.scenario);
  EXPECT_TRUE(test::meets_goal(exact, goal));
  EXPECT_NE(exact.milestones.neutrality_year, 0);
  EXPECT_LE(exact.milestones.neutrality_year, 2050);
  expect_plan_consistent(base, options, r);
  const double grid = grid_least_cost(base, options, goal, 0.05);
  expect_matches_grid(r.objective_yuan, grid, one_step_cost(base, options, 0.05));
}

}  // namespace
}  // namespace optimise
