// optimise(): goals it cannot meet are reported with the constraint named, bad input with the field named.
#include <gtest/gtest.h>

#include <limits>
#include <vector>

#include "optimise/optimiser.hpp"
#include "twin/pathway/pathway.hpp"
#include "tests/twin/pathway/pathway_test_util.hpp"

namespace optimise {
namespace {

namespace tp = twin::pathway;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(OptimiseGoal, PeakBy2020WithSlowLeversIsInfeasible) {
  // Industry efficiency and heat-factor reduction ramp from 2021 over 39 years (their base settings), so in
  // 2021 they are still at their starting values whatever their targets: nothing offsets the city's rise
  // into 2021 (floor area, output, transport), and gross(2021) ≤ gross(2020) cannot hold.
  const std::vector<LeverOption> options = {{tp::LeverId::IndustryEfficiencyPct, 1e7, 60.0},
                                            {tp::LeverId::HeatFactorReductionPct, 1e7, 100.0}};
  Goal goal;
  goal.peak_by_year = 2020;
  const OptimiseResult r = optimise(tp::test::default_baseline(), tp::default_scenario(), options, goal);
  ASSERT_EQ(r.status, OptimiseStatus::Infeasible) << r.message;
  EXPECT_FALSE(r.goals_met_exactly);
  EXPECT_TRUE(contains(r.message, "peak by 2020: gross(2021) <= gross(2020)")) << r.message;
}

TEST(OptimiseGoal, NeutralityBy2030IsInfeasible) {
  // The threshold is 5 % of the ≈ 4.4 Mt peak (≈ 0.22 Mt); PV on 60 % of roofs and heat pumps in every
  // heated building (each of which alone still leaves the city without neutrality by 2060) leave far more in 2030.
  const std::vector<LeverOption> options = {{tp::LeverId::RooftopPvCoveragePct, 3e7, 60.0},
                                            {tp::LeverId::HeatPumpSharePct, 1.5e7, 100.0}};
  Goal goal;
  goal.peak_by_year = 2026;
  goal.neutral_by_year = 2030;
  const OptimiseResult r = optimise(tp::test::default_baseline(), tp::default_scenario(), options, goal);
  ASSERT_EQ(r.status, OptimiseStatus::Infeasible) << r.message;
  EXPECT_TRUE(contains(r.message, "neutral by 2030")) << r.message;
}

TEST(OptimiseGoal, BadInputNamesTheField) {
  const tp::Baseline& b = tp::test::default_baseline();
  const tp::Scenario s = tp::default_scenario();
  Goal goal;
  auto message = [&](std::vector<LeverOption> options, const Goal& g) {
    const OptimiseResult r = optimise(b, s, options, g);
    EXPECT_EQ(r.status, OptimiseStatus::InvalidInput);
    return r.message;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(contains(message({{tp::LeverId::RooftopPvCoveragePct, nan, 50.0}}, goal),
                       "options[0] (rooftop_pv_coverage_pct).cost_yuan_per_unit"));
  EXPECT_TRUE(contains(message({{tp::LeverId::RooftopPvCoveragePct, 1.0, 61.0}}, goal), "outside the lever's bounds"));
  EXPECT_TRUE(contains(message({{tp::LeverId::RooftopPvCoveragePct, 1.0, 10.0}}, goal), "empty range"));
  EXPECT_TRUE(contains(message({{tp::LeverId::RooftopPvCoveragePct, 1.0, 50.0}, {tp::LeverId::RooftopPvCoveragePct, 2.0, 40.0}}, goal),
                       "options[1] (rooftop_pv_coverage_pct): the lever appears twice"));
  EXPECT_TRUE(contains(message({}, goal), "no lever"));
  Goal late = goal;
  late.peak_by_year = 2061;
  EXPECT_TRUE(contains(message({{tp::LeverId::RooftopPvCoveragePct, 1.0, 50.0}}, late), "goal.peak_by_year"));
  Goal budget = goal;
  budget.budget_t = -5.0;
  EXPECT_TRUE(contains(message({{tp::LeverId::RooftopPvCoveragePct, 1.0, 50.0}}, budget), "goal.budget_t"));
}

TEST(OptimiseGoal, ReachedGoalCostsNothing) {
  // A goal the base pathway already meets needs no lever moved, at zero cost: "peak by" the last year in
  // which the base pathway's gross emissions still rise (its own data, so the test holds as the baseline
  // is refined).
  const tp::Baseline baseline = tp::test::default_baseline();
  const tp::PathwayResult base = tp::evaluate_pathway(baseline, tp::default_scenario());
  int last_rise = tp::kFirstYear;
  for (std::size_t k = 1; k < base.years.size(); ++k)
    if (base.years[k].gross_t > base.years[k - 1].gross_t) last_rise = base.years[k].year;
  ASSERT_LT(last_rise, tp::kLastYear);
  const std::vector<LeverOption> options = {{tp::LeverId::RooftopPvCoveragePct, 3e7, 50.0}};
  Goal goal;
  goal.peak_by_year = last_rise;
  const OptimiseResult r = optimise(baseline, tp::default_scenario(), options, goal);
  ASSERT_EQ(r.status, OptimiseStatus::Optimal) << r.message;
  EXPECT_EQ(r.levers[0].share, 0.0);
  EXPECT_EQ(r.objective_yuan, 0.0);
  EXPECT_EQ(r.milestones.peak_year, base.milestones.peak_year);
}

}  // namespace
}  // namespace optimise
