// The community wedge: no participation leaves the pathway bit for bit as it was; at 100 % one action
// changes the year's gross emissions by population × the per-person saving; the wedge reports the
// difference of the two pathways' milestones.
#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/buildings/pv.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/inclusion/community_wedge.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::inclusion {
namespace {

using pathway::kFirstYear;

PersonalResult commute_result(int year) {
  PersonalActions a;
  a.household_persons = 1.0;
  a.commutes.push_back({CommuteMode::CarPetrol, CommuteMode::Metro, 10.0, 250.0});
  return personal_savings(a, inclusion_context(pathway::default_scenario(), year));
}

void expect_identical(const pathway::PathwayResult& a, const pathway::PathwayResult& b) {
  ASSERT_EQ(a.years.size(), b.years.size());
  for (std::size_t k = 0; k < a.years.size(); ++k) {
    EXPECT_EQ(a.years[k].gross_t, b.years[k].gross_t) << k;
    EXPECT_EQ(a.years[k].net_t, b.years[k].net_t) << k;
    EXPECT_EQ(a.years[k].pv_generation_kwh, b.years[k].pv_generation_kwh) << k;
    EXPECT_EQ(a.years[k].energy.energy_kwh, b.years[k].energy.energy_kwh) << k;
    EXPECT_EQ(a.years[k].emissions.emissions_t, b.years[k].emissions.emissions_t) << k;
  }
  EXPECT_EQ(a.milestones.peak_year, b.milestones.peak_year);
  EXPECT_EQ(a.milestones.cumulative_t, b.milestones.cumulative_t);
}

TEST(InclusionWedge, ZeroParticipationIsTheSamePathwayBitForBit) {
  PersonalActions a;
  a.commutes.push_back({CommuteMode::CarPetrol, CommuteMode::Bus, 8.0, 240.0});
  a.rooftop_pv_kwp = 5.0;
  a.appliances.push_back({Appliance::Refrigerator, 1});
  const PersonalResult r = personal_savings(a, inclusion_context(pathway::default_scenario(), 2030));
  ASSERT_TRUE(r.error.empty());
  pathway::Scenario with = pathway::default_scenario();
  with.community_actions = community_actions_of(r);
  with.community_actions.participation_pct = {2025, 5, 0.0};
  // Both the annual-factor baseline and the default one with its local energy system.
  for (const pathway::Baseline* b : {&pathway::test::default_annual_baseline(), &pathway::test::default_baseline()})
    expect_identical(pathway::evaluate_pathway(*b, pathway::default_scenario()), pathway::evaluate_pathway(*b, with));
}

TEST(InclusionWedge, FullParticipationInOneActionIsPopulationTimesThePersonalSaving) {
  const int year = 2030;  // first full year: participation steps to 100 % in 2030
  const PersonalResult r = commute_result(year);
  ASSERT_TRUE(r.error.empty());
  const pathway::Baseline& base = pathway::test::default_annual_baseline();
  pathway::Scenario with = pathway::default_scenario();
  with.community_actions = community_actions_of(r);
  with.community_actions.participation_pct = {year, 0, 100.0};
  const pathway::PathwayResult p0 = pathway::evaluate_pathway(base, pathway::default_scenario());
  const pathway::PathwayResult p1 = pathway::evaluate_pathway(base, with);
  const int k = year - kFirstYear;
  const double population = p0.years[k].population;
  const double expected_t = -population * r.total_kg_co2_per_yr / 1000.0;
  const double change_t = p1.years[k].gross_t - p0.years[k].gross_t;
  EXPECT_NEAR(change_t, expected_t, 1e-9 * std::abs(expected_t));
  EXPECT_LT(change_t, 0.0);
  // Nothing changes before the start year.
  EXPECT_EQ(p1.years[k - 1].gross_t, p0.years[k - 1].gross_t);
}

TEST(InclusionWedge, PvOnResidentsRoofsAddsToTheCitysGeneration) {
  PersonalActions a;
  a.household_persons = 2.0;
  a.rooftop_pv_kwp = 4.0;
  const PersonalResult r = personal_savings(a, inclusion_context(pathway::default_scenario(), 2035));
  const pathway::CommunityActions c = community_actions_of(r);
  EXPECT_DOUBLE_EQ(c.per_resident_pv_kwh, 4.0 * 1200.0 / 2.0);  // household kWh ÷ persons
  pathway::Scenario with = pathway::default_scenario();
  with.community_actions = c;
  with.community_actions.participation_pct = {2035, 0, 10.0};
  const pathway::Baseline& base = pathway::test::default_annual_baseline();
  const auto p0 = pathway::evaluate_pathway(base, pathway::default_scenario());
  const auto p1 = pathway::evaluate_pathway(base, with);
  const int k = 2035 - kFirstYear;
  const double added = 0.1 * p0.years[k].population * c.per_resident_pv_kwh;
  EXPECT_NEAR(p1.years[k].pv_generation_kwh - p0.years[k].pv_generation_kwh, added, 1e-9 * added);
  EXPECT_LT(p1.years[k].net_t, p0.years[k].net_t);
}

TEST(InclusionWedge, WedgeIsTheDifferenceOfTheTwoPathways) {
  const PersonalResult r = commute_result(2025);
  pathway::CommunityActions c = community_actions_of(r);
  c.participation_pct = {2025, 5, 0.0};
  const pathway::Baseline& base = pathway::test::default_annual_baseline();
  const CommunityWedge w = community_wedge(base, pathway::default_scenario(), c, 0.3);
  ASSERT_TRUE(w.error.empty()) << w.error;
  pathway::Scenario with = pathway::default_scenario();
  with.community_actions = c;
  with.community_actions.participation_pct.target = 30.0;
  const auto m0 = pathway::evaluate_pathway(base, pathway::default_scenario()).milestones;
  const auto m1 = pathway::evaluate_pathway(base, with).milestones;
  EXPECT_EQ(w.peak_year_shift, m1.peak_year - m0.peak_year);
  EXPECT_EQ(w.peak_t_change, m1.peak_t - m0.peak_t);
  EXPECT_EQ(w.cumulative_t_change, m1.cumulative_t - m0.cumulative_t);
  EXPECT_LT(w.cumulative_t_change, 0.0);
  EXPECT_FALSE(community_wedge(base, pathway::default_scenario(), c, 1.5).error.empty());
}

TEST(InclusionWedge, ParticipationRampsAndBadSettingsAreReported) {
  pathway::CommunityActions c;
  c.participation_pct = {2030, 10, 40.0};
  EXPECT_EQ(pathway::community_participation(c, 2029), 0.0);
  EXPECT_EQ(pathway::community_participation(c, 2030), 0.0);
  EXPECT_DOUBLE_EQ(pathway::community_participation(c, 2035), 0.2);  // half-way: 40 % × 5/10
  EXPECT_DOUBLE_EQ(pathway::community_participation(c, 2045), 0.4);
  EXPECT_TRUE(pathway::validate_community_actions(c).empty());
  c.participation_pct.target = 120.0;
  c.per_resident_kwh[0][0] = std::nan("");
  c.per_resident_pv_kwh = -1.0;
  const auto errors = pathway::validate_community_actions(c);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "participation_pct.target");
  EXPECT_EQ(errors[1].field, "per_resident_kwh.residential.electricity");
  EXPECT_EQ(errors[2].field, "per_resident_pv_kwh");
}

TEST(InclusionWedge, PvYieldOfTheDefaultCitysWeatherIsTheArraysAnnualSumPerKwp) {
  const climate::CityWeather w = climate::weather_for_city(pathway::test::default_city());
  const buildings::PvDef def = buildings::default_pv_def();
  double sum = 0.0;
  for (double h : buildings::pv_hourly_kwh_per_roof_m2(w.year, def)) sum += h;
  const double yield = pv_yield_kwh_per_kwp(w.year);
  // kWp per m² of roof = usable share 0.35 × module efficiency 0.20 × 1 kW/m² = 0.07.
  EXPECT_NEAR(yield, sum / (0.35 * 0.20), 1e-9 * yield);
  // Northern China: roughly 1 100–1 600 kWh/kWp for a well-tilted array (performance ratio 0.85).
  EXPECT_GT(yield, 1100.0);
  EXPECT_LT(yield, 1600.0);
}

}  // namespace
}  // namespace twin::inclusion
