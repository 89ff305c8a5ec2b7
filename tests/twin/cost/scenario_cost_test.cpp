// ScenarioCost: the baseline against itself costs nothing; a rooftop-PV-only scenario costs, item by
// item, the CSV's figures × the pathway's kWp, plus the energy bill difference at the CSV prices.
#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/cost/finance.hpp"
#include "twin/cost/scenario_cost.hpp"

namespace twin::cost {
namespace {

using pathway::LeverId;

TEST(CostScenario, BaselineAgainstItselfCostsZero) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  const pathway::Scenario s = pathway::default_scenario();
  const pathway::PathwayResult r = pathway::evaluate_pathway(base, s);
  const ScenarioCost c = scenario_cost(base, s, r, s, r);
  ASSERT_EQ(c.years.size(), static_cast<std::size_t>(pathway::kYearCount));
  for (const CostYear& y : c.years) {
    EXPECT_EQ(y.net_cost_yuan, 0.0) << y.year;
    EXPECT_EQ(y.abatement_t, 0.0) << y.year;
    for (double d : y.activity_delta) EXPECT_EQ(d, 0.0) << y.year;
  }
  EXPECT_EQ(c.npv_yuan, 0.0);
  EXPECT_FALSE(c.abates);
  EXPECT_EQ(c.cost_per_t_discounted, 0.0);
}

TEST(CostScenario, RooftopPvOnlyEqualsTheHandComputation) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  const pathway::Scenario ref = pathway::default_scenario();
  pathway::Scenario pv = ref;
  pv.lever(LeverId::RooftopPvCoveragePct) = {2021, 10, 40.0};  // 40 % of roofs by 2031 (baseline: 10 %)
  const pathway::PathwayResult rr = pathway::evaluate_pathway(base, ref);
  const pathway::PathwayResult rp = pathway::evaluate_pathway(base, pv);
  const ScenarioCost c = scenario_cost(base, ref, rr, pv, rp);

  // Per kWp and year: 4150 yuan × CRF(8 %, 25 yr) 0.0936788 + 70 yuan O&M = 458.7669 yuan/kWp/yr.
  const double per_kwp = 4150.0 * 0.0936787790519681 + 70.0;
  EXPECT_NEAR(per_kwp, 458.7669330656676, 1e-9);
  const int k2040 = 2040 - pathway::kFirstYear;
  // kWp = generation / yield (1200 kWh/kWp, the lever's baseline setting), difference to the baseline.
  const double kwp = (rp.years[k2040].pv_generation_kwh - rr.years[k2040].pv_generation_kwh) / 1200.0;
  EXPECT_GT(kwp, 0.0);
  const CostYear& y = c.years[k2040];
  EXPECT_NEAR(y.activity_delta[static_cast<int>(CostItem::RooftopPv)], kwp, 1e-9 * kwp);
  EXPECT_NEAR(y.item_cost_yuan[static_cast<int>(CostItem::RooftopPv)], kwp * per_kwp, 1e-9 * kwp * per_kwp);
  EXPECT_NEAR(y.capital_yuan + y.om_yuan, kwp * per_kwp, 1e-9 * kwp * per_kwp);
  for (int i = 0; i < kCostItemCount; ++i) {
    if (i != static_cast<int>(CostItem::RooftopPv)) {
      EXPECT_EQ(y.activity_delta[i], 0.0) << lever_cost_rows()[i].key;
    }
  }

  // Energy: PV offsets electricity bought (by sector, at its tariff) and exports earn 0.38 yuan/kWh.
  double bill = 0.0;
  for (int s = 0; s < emissions::kSectorCount; ++s)
    for (int cr = 0; cr < emissions::kCarrierCount; ++cr)
      bill += (rp.years[k2040].energy.energy_kwh[s][cr] - rr.years[k2040].energy.energy_kwh[s][cr]) *
              energy_price_yuan_per_kwh(static_cast<emissions::Carrier>(cr), static_cast<emissions::Sector>(s));
  bill -= (rp.years[k2040].pv_export_kwh - rr.years[k2040].pv_export_kwh) * 0.38;
  EXPECT_NEAR(y.energy_cost_delta_yuan, bill, 1e-6 * std::abs(bill));
  EXPECT_LT(y.energy_cost_delta_yuan, 0.0);  // PV saves on the bill
  EXPECT_EQ(y.abatement_t, rr.years[k2040].net_t - rp.years[k2040].net_t);
  EXPECT_GT(y.abatement_t, 0.0);

  // NPV and cost per tonne from the yearly lines.
  double npv = 0.0, t = 0.0, td = 0.0;
  for (std::size_t k = 0; k < c.years.size(); ++k) {
    npv += c.years[k].net_cost_yuan * discount_factor(0.08, static_cast<int>(k));
    td += c.years[k].abatement_t * discount_factor(0.08, static_cast<int>(k));
    t += c.years[k].abatement_t;
  }
  EXPECT_NEAR(c.npv_yuan, npv, 1e-9 * std::abs(npv));
  EXPECT_TRUE(c.abates);
  EXPECT_NEAR(c.cost_per_t_discounted, npv / td, 1e-9 * std::abs(npv / td));
  EXPECT_NEAR(c.cost_per_t_undiscounted, npv / t, 1e-9 * std::abs(npv / t));
}

TEST(CostScenario, ItemCostIsLinearInActivity) {
  // Forest: 30 000 yuan/ha × CRF(8 %, 40) + 1 500 yuan/ha/yr; CRF(8 %, 40) = 0.08 × 21.7245 / 20.7245 = 0.0838602.
  const double per_ha = 30000.0 * capital_recovery_factor(0.08, 40) + 1500.0;
  EXPECT_NEAR(capital_recovery_factor(0.08, 40), 0.0838601615005853, 1e-15);
  EXPECT_NEAR(item_cost_yuan(CostItem::Forest, 1000.0, 0.08), 1000.0 * per_ha, 1e-6);
  EXPECT_NEAR(item_cost_yuan(CostItem::Forest, 2000.0, 0.08), 2.0 * item_cost_yuan(CostItem::Forest, 1000.0, 0.08), 1e-6);
  // CCUS: a variable 219 yuan per t captured, no capital.
  EXPECT_EQ(item_cost_yuan(CostItem::IndustryCcus, 1000.0, 0.08), 219000.0);
}

}  // namespace
}  // namespace twin::cost
