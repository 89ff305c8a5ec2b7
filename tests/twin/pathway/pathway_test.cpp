// The building-stock pathway of the default city: baseline, monotone responses to levers,
// determinism and speed (twin/pathway/pathway.hpp).
#include "twin/pathway/pathway.hpp"

#include <gtest/gtest.h>

#include <cstring>

#include "tests/twin/pathway/pathway_test_util.hpp"

namespace twin::pathway {
namespace {

using emissions::Carrier;
using emissions::Scope;
using emissions::Sector;

TEST(PathwayBaseline, SegmentsHoldEveryBuildingAndItsFloorArea) {
  const City& city = test::default_city();
  const Baseline& base = test::default_baseline();
  double city_m2 = 0.0;
  for (std::uint32_t i = 0; i < city.buildings.size(); ++i) city_m2 += building_floor_area_m2(city.buildings, i);
  double seg_m2 = 0.0, cohort_m2 = 0.0;
  std::uint32_t buildings = 0;
  for (const Segment& s : base.segments) {
    seg_m2 += s.floor_area_m2;
    buildings += s.building_count;
    double own = 0.0;
    for (std::uint32_t c = s.cohort_begin; c < s.cohort_end; ++c) own += base.cohorts[c].floor_area_m2;
    EXPECT_NEAR(own, s.floor_area_m2, s.floor_area_m2 * 1e-12);
    cohort_m2 += own;
  }
  EXPECT_EQ(buildings, city.buildings.size());
  EXPECT_NEAR(seg_m2, city_m2, city_m2 * 1e-12);
  EXPECT_NEAR(cohort_m2, city_m2, city_m2 * 1e-9);
  EXPECT_GT(base.segments.size(), 20u);  // "a few dozen"
  EXPECT_LT(base.segments.size(), 200u);
  EXPECT_NEAR(base.population, 1.0e6, 1.0);  // the generator distributes a million residents
}

TEST(PathwayBaseline, BaseYearEnergyClosesOnTheIntensityTable) {
  const Baseline& base = test::default_buildings_baseline();
  const PathwayResult r = evaluate_pathway(base, default_scenario());
  const PathwayYear& y0 = r.years[0];
  EXPECT_EQ(y0.year, 2020);
  // 2020: no levers have moved, no new buildings, no PV → energy = Σ area × intensity.
  double expected_heat_kwh = 0.0, expected_elec_kwh = 0.0;
  for (const Segment& s : base.segments) {
    if (s.heating_system == HeatingSystem::DistrictHeat)
      expected_heat_kwh += s.floor_area_m2 * s.heating_useful_kwh_per_m2;
    for (int e = 0; e < kEndUseCount; ++e)
      expected_elec_kwh += s.floor_area_m2 * s.final_kwh_per_m2[e][static_cast<int>(Carrier::Electricity)];
    if (s.heating_fuel == Fuel::Electricity)
      expected_elec_kwh += s.floor_area_m2 * s.heating_useful_kwh_per_m2 /
                           heating_efficiency(s.heating_system, s.heating_fuel, 2.8);
  }
  double heat_kwh = 0.0, elec_kwh = 0.0;
  for (int s = 0; s < emissions::kSectorCount; ++s) {
    heat_kwh += y0.energy.energy_kwh[s][static_cast<int>(Carrier::DistrictHeat)];
    elec_kwh += y0.energy.energy_kwh[s][static_cast<int>(Carrier::Electricity)];
  }
  EXPECT_NEAR(heat_kwh, expected_heat_kwh, expected_heat_kwh * 1e-9);
  EXPECT_NEAR(elec_kwh, expected_elec_kwh, expected_elec_kwh * 1e-9);
  EXPECT_EQ(y0.new_floor_area_m2, 0.0);
  EXPECT_EQ(y0.pv_generation_kwh, 0.0);
  EXPECT_EQ(y0.grid_factor_kg_per_kwh, 0.5568);  // 2021 national factor stands for 2020
  // Per capita building emissions of a northern Chinese city: about 2–4 t/person.
  EXPECT_GT(y0.gross_t / base.population, 2.0);
  EXPECT_LT(y0.gross_t / base.population, 4.0);
  EXPECT_NEAR(y0.gross_t, y0.emissions.scope_t(Scope::Scope1) + y0.emissions.scope_t(Scope::Scope2), y0.gross_t * 1e-13);
}

double max_increase(const PathwayResult& more, const PathwayResult& less) {
  double worst = 0.0;
  for (int k = 0; k < kYearCount; ++k) worst = std::max(worst, more.years[k].net_t - less.years[k].net_t);
  return worst;
}

TEST(PathwayResponse, MoreRetrofitNeverRaisesAnyYear) {
  const Baseline& base = test::default_baseline();
  Scenario low = default_scenario();
  Scenario high = low;
  high.lever(LeverId::RetrofitRatePctPerYr).target = 3.0;
  Scenario deep = high;
  deep.lever(LeverId::RetrofitHeatingReductionPct).target = 60.0;
  const auto r_low = evaluate_pathway(base, low), r_high = evaluate_pathway(base, high),
             r_deep = evaluate_pathway(base, deep);
  EXPECT_LE(max_increase(r_high, r_low), 0.0);
  EXPECT_LE(max_increase(r_deep, r_high), 0.0);
  EXPECT_LT(r_deep.years[20].gross_t, r_low.years[20].gross_t);
  EXPECT_LT(r_deep.milestones.cumulative_t, r_low.milestones.cumulative_t);
}

TEST(PathwayResponse, FasterGridDecarbonisationNeverRaisesAnyYear) {
  const Baseline& base = test::default_baseline();
  Scenario slow = default_scenario();
  Scenario fast = slow;
  fast.lever(LeverId::GridFactorReductionPct) = {2021, 20, 90.0};
  const auto r_slow = evaluate_pathway(base, slow), r_fast = evaluate_pathway(base, fast);
  EXPECT_LE(max_increase(r_fast, r_slow), 0.0);
  EXPECT_LT(r_fast.years[20].emissions.scope_t(Scope::Scope2), r_slow.years[20].emissions.scope_t(Scope::Scope2));
  EXPECT_EQ(r_fast.years[20].emissions.scope_t(Scope::Scope1), r_slow.years[20].emissions.scope_t(Scope::Scope1));
}

TEST(PathwayResponse, HigherHeatPumpShareLowersScope1) {
  const Baseline& base = test::default_baseline();
  Scenario low = default_scenario();
  Scenario high = low;
  high.lever(LeverId::HeatPumpSharePct) = {2021, 10, 60.0};
  const auto r_low = evaluate_pathway(base, low), r_high = evaluate_pathway(base, high);
  for (int k = 0; k < kYearCount; ++k) {
    EXPECT_LE(r_high.years[k].emissions.scope_t(Scope::Scope1), r_low.years[k].emissions.scope_t(Scope::Scope1)) << k;
    EXPECT_GE(r_high.years[k].heat_pump_share, r_low.years[k].heat_pump_share) << k;
  }
  EXPECT_NEAR(r_high.years[20].heat_pump_share, 0.60, 1e-12);
  EXPECT_LT(r_high.years[20].emissions.scope_t(Scope::Scope1), 0.8 * r_low.years[20].emissions.scope_t(Scope::Scope1));
  EXPECT_LE(max_increase(r_high, r_low), 0.0);  // SCOP 2.8+ beats every fossil system here
}

TEST(PathwayResponse, RooftopPvAndCookingElectrificationCutEmissions) {
  const Baseline& base = test::default_baseline();
  Scenario s = default_scenario();
  Scenario pv = s;
  pv.lever(LeverId::RooftopPvCoveragePct).target = 40.0;
  Scenario cook = s;
  cook.lever(LeverId::CookingHotWaterElectrificationPct).target = 100.0;
  const auto r = evaluate_pathway(base, s), r_pv = evaluate_pathway(base, pv), r_cook = evaluate_pathway(base, cook);
  EXPECT_LE(max_increase(r_pv, r), 0.0);
  EXPECT_GT(r_pv.years[30].pv_generation_kwh, 3.5 * r.years[30].pv_generation_kwh);
  EXPECT_LT(r_cook.years[40].emissions.scope_t(Scope::Scope1), r.years[40].emissions.scope_t(Scope::Scope1));
}

TEST(PathwayResponse, FloorAreaFollowsPopulationAndPerCapitaArea) {
  const Baseline& base = test::default_baseline();
  Scenario s = default_scenario();
  s.lever(LeverId::PopulationChangePct) = {2021, 9, 10.0};
  s.lever(LeverId::ResidentialFloorAreaPerCapitaChangePct) = {2021, 9, 20.0};
  const auto r = evaluate_pathway(base, s);
  const int res = static_cast<int>(Sector::Residential);
  const double base_m2 = r.years[0].floor_area_m2[res];
  // From 2030 on, the stock meets the demand exactly (demolitions are replaced by new towers).
  for (int k = 10; k < kYearCount; ++k) EXPECT_NEAR(r.years[k].floor_area_m2[res], base_m2 * 1.1 * 1.2, base_m2 * 1e-9) << k;
  EXPECT_GT(r.years[25].new_floor_area_m2, 0.0);  // replacement building
}

TEST(PathwayResult, DeterministicAndAmbitiousReachesNeutrality) {
  const Baseline& base = test::default_buildings_baseline();
  Scenario a = default_scenario();
  a.lever(LeverId::RetrofitRatePctPerYr) = {2021, 4, 3.0};
  a.lever(LeverId::RetrofitHeatingReductionPct) = {2021, 0, 50.0};
  a.lever(LeverId::NewBuildStandardLevel) = {2022, 8, 2.0};
  a.lever(LeverId::HeatPumpSharePct) = {2021, 25, 80.0};
  a.lever(LeverId::CookingHotWaterElectrificationPct) = {2021, 25, 90.0};
  a.lever(LeverId::RooftopPvCoveragePct) = {2021, 15, 40.0};
  a.lever(LeverId::GridFactorReductionPct) = {2021, 34, 95.0};
  a.lever(LeverId::HeatFactorReductionPct) = {2021, 29, 80.0};
  const auto r1 = evaluate_pathway(base, a), r2 = evaluate_pathway(base, a);
  for (int k = 0; k < kYearCount; ++k) {
    EXPECT_EQ(std::memcmp(&r1.years[k].gross_t, &r2.years[k].gross_t, sizeof(double)), 0);
    EXPECT_EQ(std::memcmp(&r1.years[k].emissions, &r2.years[k].emissions, sizeof r1.years[k].emissions), 0);
  }
  EXPECT_GT(r1.milestones.neutrality_year, 2040);
  EXPECT_LE(r1.milestones.neutrality_year, 2060);
  const auto baseline = evaluate_pathway(base, default_scenario());
  EXPECT_LT(r1.milestones.cumulative_t, baseline.milestones.cumulative_t);
}

// The optional per-segment intensities: Σ segment kWh/m² × surviving area reproduces the base stock's
// share of the city totals in 2020 (before PV), the grid lever lowers every electric segment's kg/m²
// and leaves its kWh/m², and the totals do not change when they are asked for.
TEST(PathwaySegments, PerSegmentIntensitiesMatchTotalsAndFollowLevers) {
  const City& city = test::default_city();
  const Baseline& base = test::default_buildings_baseline();
  const std::vector<std::int32_t> seg = segment_of_buildings(city, base);
  ASSERT_EQ(seg.size(), city.buildings.size());
  std::vector<std::uint32_t> count(base.segments.size(), 0);
  for (std::int32_t s : seg) {
    ASSERT_GE(s, 0);
    ASSERT_LT(static_cast<std::size_t>(s), base.segments.size());
    ++count[s];
  }
  for (std::size_t s = 0; s < base.segments.size(); ++s) EXPECT_EQ(count[s], base.segments[s].building_count);

  const Scenario sc = default_scenario();
  const PathwayResult plain = evaluate_pathway(base, sc);
  const PathwayResult r = evaluate_pathway(base, sc, true);
  EXPECT_TRUE(plain.segment_kwh_per_m2.empty());
  ASSERT_EQ(r.segment_kwh_per_m2.size(), base.segments.size() * kYearCount);
  ASSERT_EQ(r.segment_kg_per_m2.size(), base.segments.size() * kYearCount);
  for (int k = 0; k < kYearCount; ++k) EXPECT_EQ(plain.years[k].gross_t, r.years[k].gross_t);
  // 2020: no new buildings yet, so the segments carry all energy (before PV) and all emissions.
  double kwh = 0.0, t = 0.0;
  for (std::size_t s = 0; s < base.segments.size(); ++s) {
    kwh += r.segment_kwh_per_m2[s * kYearCount] * base.segments[s].floor_area_m2;
    t += r.segment_kg_per_m2[s * kYearCount] * base.segments[s].floor_area_m2 / 1000.0;
    EXPECT_GT(r.segment_kwh_per_m2[s * kYearCount], 0.0);
  }
  double total_kwh = 0.0;
  for (const auto& row : r.years[0].energy.energy_kwh)
    for (double v : row) total_kwh += v;
  EXPECT_NEAR(kwh, total_kwh + r.years[0].pv_generation_kwh - r.years[0].pv_export_kwh, total_kwh * 1e-9);
  if (r.years[0].pv_generation_kwh == 0.0) EXPECT_NEAR(t, r.years[0].gross_t, r.years[0].gross_t * 1e-9);

  Scenario green = sc;
  green.lever(LeverId::GridFactorReductionPct).target = lever_def(LeverId::GridFactorReductionPct).max_value;
  const PathwayResult g = evaluate_pathway(base, green, true);
  const int k2060 = kYearCount - 1;
  double kg_default = 0.0, kg_green = 0.0;
  for (std::size_t s = 0; s < base.segments.size(); ++s) {
    const std::size_t at = s * kYearCount + k2060;
    EXPECT_EQ(g.segment_kwh_per_m2[at], r.segment_kwh_per_m2[at]);
    EXPECT_LE(g.segment_kg_per_m2[at], r.segment_kg_per_m2[at]);
    kg_default += r.segment_kg_per_m2[at];
    kg_green += g.segment_kg_per_m2[at];
  }
  EXPECT_LT(kg_green, kg_default);
}


}  // namespace
}  // namespace twin::pathway
