// The whole account in the pathway (issue 9): the grid's mix path anchored to the base year's
// published factor, the default city's plants, waste and sinks booked to their sectors, the sums, and
// the direction of each new lever.
#include <gtest/gtest.h>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/energy_mix/grid_mix.hpp"
#include "twin/industry/default_plants.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/sinks/sink_rates.hpp"

namespace twin::pathway {
namespace {

using emissions::Scope;
using emissions::Sector;

TEST(PathwayWholeAccount, SectorsSumToGrossAndNet) {
  const PathwayResult r = evaluate_pathway(test::default_baseline(), default_scenario());
  for (const PathwayYear& y : r.years) {
    double emitting = 0.0;
    for (int s = 0; s < emissions::kSectorCount; ++s)
      if (static_cast<Sector>(s) != Sector::LandUse) emitting += y.emissions.sector_t(static_cast<Sector>(s));
    emitting += y.agriculture_t;  // a line of its own, not an emissions sector
    EXPECT_GT(y.agriculture_t, 0.0) << y.year;
    EXPECT_NEAR(y.gross_t, emitting, 1e-9 * emitting) << y.year;
    EXPECT_LT(y.sinks_t, 0.0) << y.year;
    EXPECT_NEAR(y.net_t, y.gross_t - y.pv_export_credit_t + y.sinks_t, 1e-9 * y.gross_t) << y.year;
    EXPECT_GT(y.emissions.sector_t(Sector::Waste), 0.0) << y.year;
  }
}

TEST(PathwayWholeAccount, SinksAreTheCityAreasTimesTheirRates) {
  // Independent of the sinks module's evaluation: Σ area (ha, from the city's ground cover) × the
  // table's rate (tCO2/ha/yr), negative.
  const Baseline& base = test::default_baseline();
  double expected_t = 0.0;
  for (int t = 0; t < sinks::kSinkTypeCount; ++t)
    expected_t -= base.sink_areas.area_ha[t] * sinks::sink_rate(static_cast<sinks::SinkType>(t)).removal_t_co2_per_ha_yr;
  ASSERT_LT(expected_t, 0.0);
  const PathwayResult r = evaluate_pathway(base, default_scenario());
  EXPECT_NEAR(r.years[0].sinks_t, expected_t, 1e-9 * -expected_t);
  // 1000 ha of forest planted from 2030: removals grow by 1000 × the forest rate from 2030 on.
  Scenario s = default_scenario();
  s.lever(LeverId::ForestAddedHa) = {2030, 0, 1000.0};
  const PathwayResult f = evaluate_pathway(base, s);
  const double forest_rate = sinks::sink_rate(sinks::SinkType::Forest).removal_t_co2_per_ha_yr;
  EXPECT_EQ(f.years[9].sinks_t, r.years[9].sinks_t);  // 2029
  EXPECT_NEAR(f.years[10].sinks_t - r.years[10].sinks_t, -1000.0 * forest_rate, 1e-6);
}

TEST(PathwayWholeAccount, BaseYearIndustryIsThePlantsOwnAccount) {
  // The default park evaluated directly (twin/industry) with the base year's factors, booked to the
  // industry sector on top of the factory buildings: scope 1 combustion, scope 2, processes. Without the
  // local energy system (the plants' own account prices electricity at the grid factor; the balance's
  // factor for plants is checked in local_supply_test.cpp).
  const Baseline& base = test::default_annual_baseline();
  ASSERT_EQ(base.plants.size(), industry::default_plants().size());
  const PathwayResult whole = evaluate_pathway(base, default_scenario());
  const PathwayResult buildings = evaluate_pathway(test::default_buildings_baseline(), default_scenario());
  const emissions::FactorSet f = emissions::factors_for_year(2020, default_scenario().grid_region);
  const industry::IndustryAccount plants =
      industry::evaluate_industry_year(base.plants, {}, {}, industry::industry_factors(f)).total;
  const PathwayYear& w = whole.years[0];
  const PathwayYear& b = buildings.years[0];
  EXPECT_NEAR(w.emissions.at(Sector::Industry, Scope::Scope1) - b.emissions.at(Sector::Industry, Scope::Scope1),
              plants.combustion_t, 1e-6);
  EXPECT_NEAR(w.emissions.at(Sector::Industry, Scope::Scope2) - b.emissions.at(Sector::Industry, Scope::Scope2),
              plants.scope2_t, 1e-6);
  EXPECT_NEAR(w.emissions.sector_t(Sector::IndustrialProcesses), plants.process_t, 1e-6);
  EXPECT_GT(plants.gross_t, 0.0);
}

TEST(PathwayWholeAccount, GridFactorFollowsTheMixAnchoredToThePublishedBaseFactor) {
  const Scenario s = default_scenario();
  const PathwayResult r = evaluate_pathway(test::default_baseline(), s);
  const double published = emissions::factors_for_year(2020, s.grid_region).of(emissions::Carrier::Electricity).kg_per_kwh;
  EXPECT_EQ(r.years[0].grid_factor_kg_per_kwh, published);
  energy_mix::GridMixYear m2020, m2040;
  energy_mix::MixError e;
  ASSERT_TRUE(energy_mix::grid_mix_year(s.grid_region, 2020, {}, &m2020, &e));
  ASSERT_TRUE(energy_mix::grid_mix_year(s.grid_region, 2040, {}, &m2040, &e));
  EXPECT_NEAR(r.years[20].grid_factor_kg_per_kwh,
              published * m2040.grid_factor_kg_per_kwh / m2020.grid_factor_kg_per_kwh, 1e-15);
  // Green power bought counts at zero: 100 % from 2030 → no scope 2 electricity factor from then on.
  Scenario g = s;
  g.lever(LeverId::GreenPowerPurchasePct) = {2030, 0, 100.0};
  EXPECT_EQ(evaluate_pathway(test::default_baseline(), g).years[10].grid_factor_kg_per_kwh, 0.0);
}

TEST(PathwayWholeAccount, NewLeversMoveTheirSectorsTheRightWay) {
  const Baseline& base = test::default_baseline();
  const PathwayResult ref = evaluate_pathway(base, default_scenario());
  auto with = [&](LeverId id, LeverSetting setting) {
    Scenario s = default_scenario();
    s.lever(id) = setting;
    return evaluate_pathway(base, s);
  };
  const PathwayResult coal = with(LeverId::CoalPowerRetirementPct, {2025, 10, 100.0});
  const PathwayResult ccus = with(LeverId::IndustryCcusPct, {2025, 5, 90.0});
  const PathwayResult landfill = with(LeverId::LandfillMethaneRecoveryPct, {2025, 0, 60.0});
  for (int k = 6; k < kYearCount; ++k) {  // 2026 on: the ramps start from 0 in 2025
    EXPECT_LT(coal.years[k].emissions.scope_t(Scope::Scope2), ref.years[k].emissions.scope_t(Scope::Scope2)) << k;
    EXPECT_LT(ccus.years[k].emissions.sector_t(Sector::Industry), ref.years[k].emissions.sector_t(Sector::Industry)) << k;
    EXPECT_LT(landfill.years[k].emissions.sector_t(Sector::Waste), ref.years[k].emissions.sector_t(Sector::Waste)) << k;
  }
  for (int k = 0; k < 5; ++k) EXPECT_EQ(coal.years[k].gross_t, ref.years[k].gross_t) << k;
  EXPECT_EQ(coal.years[kYearCount - 1].grid_factor_kg_per_kwh, 0.0);  // all fossil output retired
}

}  // namespace
}  // namespace twin::pathway
