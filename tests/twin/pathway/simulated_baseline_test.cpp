// The simulated baseline (baseline_from_simulation): same segments as the table baseline, 2020
// emissions equal to the per-building accounting of twin/buildings + twin/emissions, and the
// pathway's monotone lever responses. The city simulation (~1 s natively, ~1.5 s in wasm) runs once
// for the whole suite.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/climate/typical_year.hpp"
#include "twin/emissions/factor_set.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::pathway {
namespace {

using emissions::Carrier;
using emissions::Scope;
using emissions::Sector;

class SimulatedBaseline : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (energy_) return;
    const auto weather = climate::typical_year(climate::ClimateCity::Beijing);
    energy_ = new buildings::CityEnergyResult(
        buildings::simulate_city_energy(test::default_city(), weather, buildings::default_city_energy_def()));
    base_ = new Baseline(test::buildings_only(baseline_from_simulation(test::default_city(), *energy_)));
  }
  static const buildings::CityEnergyResult& energy() { return *energy_; }
  static const Baseline& base() { return *base_; }

 private:
  static inline const buildings::CityEnergyResult* energy_ = nullptr;  // kept for the process
  static inline const Baseline* base_ = nullptr;
};

double max_increase(const PathwayResult& more, const PathwayResult& less) {
  double worst = 0.0;
  for (int k = 0; k < kYearCount; ++k) worst = std::max(worst, more.years[k].net_t - less.years[k].net_t);
  return worst;
}

TEST_F(SimulatedBaseline, SegmentsAndFloorAreaEqualTheTableBaselineExactly) {
  const Baseline& table = test::default_baseline();
  const Baseline& sim = base();
  ASSERT_EQ(sim.segments.size(), table.segments.size());
  for (std::size_t s = 0; s < sim.segments.size(); ++s) {
    const Segment &a = sim.segments[s], &b = table.segments[s];
    EXPECT_EQ(a.category, b.category) << s;
    EXPECT_EQ(a.vintage, b.vintage) << s;
    EXPECT_EQ(a.heating_system, b.heating_system) << s;
    EXPECT_EQ(a.heating_fuel, b.heating_fuel) << s;
    EXPECT_EQ(a.floor_area_m2, b.floor_area_m2) << s;  // exactly: the same buildings
    EXPECT_EQ(a.roof_area_m2, b.roof_area_m2) << s;
    EXPECT_EQ(a.building_count, b.building_count) << s;
    EXPECT_EQ(a.cohort_begin, b.cohort_begin) << s;
    EXPECT_EQ(a.cohort_end, b.cohort_end) << s;
    if (a.heating_system == HeatingSystem::None) EXPECT_EQ(a.heating_useful_kwh_per_m2, 0.0) << s;
    else EXPECT_GT(a.heating_useful_kwh_per_m2, 0.0) << s;
    for (int c = 0; c < emissions::kCarrierCount; ++c)
      EXPECT_EQ(a.final_kwh_per_m2[static_cast<int>(EndUse::SpaceHeating)][c], 0.0) << s;
  }
  ASSERT_EQ(sim.cohorts.size(), table.cohorts.size());
  for (std::size_t c = 0; c < sim.cohorts.size(); ++c) {
    EXPECT_EQ(sim.cohorts[c].construction_year, table.cohorts[c].construction_year);
    EXPECT_EQ(sim.cohorts[c].floor_area_m2, table.cohorts[c].floor_area_m2);
  }
  EXPECT_EQ(sim.category_floor_area_m2, table.category_floor_area_m2);
  EXPECT_EQ(sim.population, table.population);
}

// The pathway's 2020 emissions (no lever has moved) = Σ over buildings of the simulated delivered
// energy by carrier × the factor of the same year and grid region, by sector. The buildings CLI uses
// the North China grid (2020); the scenarios default to the national grid: both are checked, each
// with the pathway scenario's grid_region set to the region of the per-building accounting.
TEST_F(SimulatedBaseline, BaseYearEmissionsEqualThePerBuildingAccounting) {
  const City& city = test::default_city();
  for (emissions::GridRegion region : {emissions::GridRegion::NorthChina, emissions::GridRegion::National}) {
    const emissions::FactorSet f = emissions::factors_for_year(2020, region);
    std::array<std::array<double, emissions::kScopeCount>, emissions::kSectorCount> expected{};
    for (std::uint32_t i = 0; i < city.buildings.size(); ++i) {
      const int sector = static_cast<int>(emissions::sector_of(city.buildings.use[i]));
      for (int c = 0; c < emissions::kCarrierCount; ++c) {
        const auto carrier = static_cast<Carrier>(c);
        expected[sector][static_cast<int>(emissions::scope_of(carrier))] +=
            energy().carrier_kwh(i, carrier) * f.of(carrier).kg_per_kwh / 1000.0;
      }
    }
    Scenario s = default_scenario();
    s.grid_region = region;
    const PathwayYear y0 = evaluate_pathway(base(), s).years[0];
    ASSERT_EQ(y0.year, 2020);
    EXPECT_EQ(y0.pv_generation_kwh, 0.0);
    double total = 0.0;
    for (int sec = 0; sec < emissions::kSectorCount; ++sec)
      for (int sc = 0; sc < emissions::kScopeCount; ++sc) {
        const double want = expected[sec][sc];
        total += want;
        EXPECT_NEAR(y0.emissions.at(static_cast<Sector>(sec), static_cast<Scope>(sc)), want, std::abs(want) * 1e-9)
            << "sector " << sec << " scope " << sc << " region " << static_cast<int>(region);
      }
    EXPECT_NEAR(y0.gross_t, total + y0.agriculture_t, total * 1e-9) << static_cast<int>(region);  // agriculture: its own line
    const PathwayYear t0 = evaluate_pathway(test::default_buildings_baseline(), s).years[0];
    std::printf("[ info ] grid %s 2020 t: simulated %.0f (res %.0f com %.0f ind %.0f) table %.0f (res %.0f com %.0f ind %.0f)\n",
                emissions::to_string(region), y0.gross_t, y0.emissions.sector_t(Sector::Residential),
                y0.emissions.sector_t(Sector::Commercial), y0.emissions.sector_t(Sector::Industry), t0.gross_t,
                t0.emissions.sector_t(Sector::Residential), t0.emissions.sector_t(Sector::Commercial),
                t0.emissions.sector_t(Sector::Industry));
  }
}

TEST_F(SimulatedBaseline, LeverResponsesStayMonotone) {
  const Baseline& b = base();
  const Scenario s = default_scenario();
  const auto r = evaluate_pathway(b, s);
  auto with = [&](LeverId id, LeverSetting setting) {
    Scenario x = s;
    x.lever(id) = setting;
    return evaluate_pathway(b, x);
  };
  // Retrofit rate and depth.
  Scenario high = s;
  high.lever(LeverId::RetrofitRatePctPerYr).target = 3.0;
  Scenario deep = high;
  deep.lever(LeverId::RetrofitHeatingReductionPct).target = 60.0;
  const auto r_high = evaluate_pathway(b, high), r_deep = evaluate_pathway(b, deep);
  EXPECT_LE(max_increase(r_high, r), 0.0);
  EXPECT_LE(max_increase(r_deep, r_high), 0.0);
  EXPECT_LT(r_deep.milestones.cumulative_t, r.milestones.cumulative_t);
  // Grid decarbonisation: scope 2 only.
  const auto r_grid = with(LeverId::GridFactorReductionPct, {2021, 20, 90.0});
  EXPECT_LE(max_increase(r_grid, r), 0.0);
  EXPECT_LT(r_grid.years[20].emissions.scope_t(Scope::Scope2), r.years[20].emissions.scope_t(Scope::Scope2));
  EXPECT_EQ(r_grid.years[20].emissions.scope_t(Scope::Scope1), r.years[20].emissions.scope_t(Scope::Scope1));
  // Heat pumps: less scope 1 every year, never more in total.
  const auto r_hp = with(LeverId::HeatPumpSharePct, {2021, 10, 60.0});
  for (int k = 0; k < kYearCount; ++k) {
    EXPECT_LE(r_hp.years[k].emissions.scope_t(Scope::Scope1), r.years[k].emissions.scope_t(Scope::Scope1)) << k;
    EXPECT_GE(r_hp.years[k].heat_pump_share, r.years[k].heat_pump_share) << k;
  }
  EXPECT_NEAR(r_hp.years[20].heat_pump_share, 0.60, 1e-12);
  EXPECT_LE(max_increase(r_hp, r), 0.0);
  // Rooftop PV, cooking and hot-water electrification, better new buildings.
  LeverSetting pv = s.lever(LeverId::RooftopPvCoveragePct);
  pv.target = 40.0;
  EXPECT_LE(max_increase(with(LeverId::RooftopPvCoveragePct, pv), r), 0.0);
  LeverSetting cook = s.lever(LeverId::CookingHotWaterElectrificationPct);
  cook.target = 100.0;
  EXPECT_LT(with(LeverId::CookingHotWaterElectrificationPct, cook).years[40].emissions.scope_t(Scope::Scope1),
            r.years[40].emissions.scope_t(Scope::Scope1));
  EXPECT_LE(max_increase(with(LeverId::NewBuildStandardLevel, {2022, 8, 2.0}), r), 0.0);
}

}  // namespace
}  // namespace twin::pathway
