// Attribution between two scenarios (twin/decision): exact Shapley values that sum to the total change,
// a two-lever case against the formula evaluated by hand from four pathway runs, levers on disjoint
// additive sectors equal to each lever alone, a scenario against itself, order independence, sector
// groups past the threshold, and structural transport changes assembled per coalition.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/decision/attribution.hpp"
#include "twin/decision/attribution_json.hpp"
#include "twin/decision/shapley.hpp"

namespace twin::decision {
namespace {

using pathway::LeverId;
using pathway::Scenario;

// A sum of Shapley values against v(B) − v(A): to 1e-9 of the largest of the total and the
// contributions (the "sums exactly"; the compensated sums are in fact within a few ulps), so a
// small total between large opposite contributions is held to the contributions' own rounding.
void expect_sums_to_total(const Attribution& r) {
  for (int k = 0; k < kMetricCount; ++k) {
    double sum = 0.0, largest = std::fabs(r.total_delta[k]);
    for (const Contribution& c : r.contributions) {
      sum += c.delta[k];
      largest = std::max(largest, std::fabs(c.delta[k]));
    }
    EXPECT_NEAR(sum, r.total_delta[k], 1e-9 * largest) << metric_key(static_cast<Metric>(k));
    EXPECT_EQ(r.total_delta[k], r.b[k] - r.a[k]);
  }
}

Attribution attribute_ok(const pathway::Baseline& base, const Scenario& a, const Scenario& b,
                         const AttributionOptions& options = {}, const StructuralChanges& changes = {}) {
  Attribution r;
  const std::string error = attribute(base, a, b, changes, &r, options);
  EXPECT_EQ(error, "");
  return r;
}

MetricValues run(const pathway::Baseline& base, const Scenario& s) {
  return metric_values(pathway::evaluate_pathway(base, s));
}

// Eleven levers of the ambitious example (assets/pathway/scenarios/ambitious.json), in buildings,
// power supply and transport.
Scenario ambitious() {
  Scenario s = pathway::default_scenario();
  s.name = "ambitious";
  s.lever(LeverId::NewBuildStandardLevel) = {2022, 8, 2.0};
  s.lever(LeverId::RetrofitRatePctPerYr) = {2021, 4, 3.0};
  s.lever(LeverId::RetrofitHeatingReductionPct) = {2021, 0, 50.0};
  s.lever(LeverId::HeatPumpSharePct) = {2021, 25, 80.0};
  s.lever(LeverId::HeatPumpScop) = {2021, 20, 3.5};
  s.lever(LeverId::CookingHotWaterElectrificationPct) = {2021, 25, 90.0};
  s.lever(LeverId::RooftopPvCoveragePct) = {2021, 15, 40.0};
  s.lever(LeverId::GridFactorReductionPct) = {2021, 34, 95.0};
  s.lever(LeverId::HeatFactorReductionPct) = {2021, 29, 80.0};
  s.lever(LeverId::EvSalesSharePct) = {2021, 9, 100.0};
  s.lever(LeverId::VehicleEfficiencyImprovementPct) = {2021, 14, 40.0};
  return s;
}

TEST(DecisionShapley, TwoPlayerGameByHand) {
  // v(∅) = 0, v(1) = 10, v(2) = 20, v(12) = 50, one metric:
  // φ1 = ½[(10 − 0) + (50 − 20)] = 20, φ2 = ½[(20 − 0) + (50 − 10)] = 30; 20 + 30 = 50 = v(12) − v(∅).
  const double v[] = {0.0, 10.0, 20.0, 50.0};
  const std::vector<double> phi = shapley_values(2, 1, v);
  ASSERT_EQ(phi.size(), 2u);
  EXPECT_DOUBLE_EQ(phi[0], 20.0);
  EXPECT_DOUBLE_EQ(phi[1], 30.0);
}

TEST(DecisionShapley, ThreePlayerMajorityGameIsSymmetric) {
  // v(S) = 1 when |S| ≥ 2, else 0: each player is pivotal in 2 of the 6 orders → φ = 1/3 each.
  std::vector<double> v(8);
  for (unsigned m = 0; m < 8; ++m) v[m] = __builtin_popcount(m) >= 2 ? 1.0 : 0.0;
  const std::vector<double> phi = shapley_values(3, 1, v);
  for (double p : phi) EXPECT_NEAR(p, 1.0 / 3.0, 1e-15);
}

TEST(DecisionAttribution, SumsExactlyToTheTotal) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  Scenario b = pathway::default_scenario();
  b.name = "five levers";
  b.lever(LeverId::HeatPumpSharePct) = {2022, 20, 70.0};
  b.lever(LeverId::GridNonfossilAddedPts) = {2025, 10, 15.0};
  b.lever(LeverId::IndustryEfficiencyPct) = {2021, 20, 35.0};
  b.lever(LeverId::EvSalesSharePct) = {2021, 5, 100.0};
  b.lever(LeverId::ForestAddedHa) = {2025, 10, 2000.0};
  const Attribution r = attribute_ok(base, pathway::default_scenario(), b);
  EXPECT_EQ(r.method, AttributionMethod::Shapley);
  ASSERT_EQ(r.contributions.size(), 5u);
  EXPECT_EQ(r.evaluations, 32u);
  // Lever order, whatever order they were set in.
  EXPECT_EQ(r.contributions[0].key, "heat_pump_share_pct");
  EXPECT_EQ(r.contributions[4].key, "forest_added_ha");
  expect_sums_to_total(r);
  // A and B are the scenarios' own pathways, bit for bit.
  EXPECT_EQ(r.a, run(base, pathway::default_scenario()));
  EXPECT_EQ(r.b, run(base, b));
  // The measures lower 2060 net emissions and the cumulative total.
  EXPECT_LT(r.total_delta[static_cast<int>(Metric::Net2060T)], 0.0);
  EXPECT_LT(r.total_delta[static_cast<int>(Metric::CumulativeT)], 0.0);
}

// The user's own grid mix path and residents' actions are players too: a scenario differing in a lever
// and in the path gives two contributions; with one player alone, its contribution is the whole change.
TEST(DecisionAttribution, GridMixPathAndCommunityActionsArePlayers) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  Scenario b = pathway::default_scenario();
  b.grid_mix_path = {{2020, 0.339}, {2035, 0.70}, {2050, 0.95}};
  b.lever(LeverId::HeatPumpSharePct) = {2022, 20, 70.0};
  Attribution r = attribute_ok(base, pathway::default_scenario(), b);
  ASSERT_EQ(r.contributions.size(), 2u);
  EXPECT_EQ(r.contributions[0].key, "heat_pump_share_pct");
  EXPECT_EQ(r.contributions[1].key, "grid_mix_path");
  expect_sums_to_total(r);
  EXPECT_LT(r.contributions[1].delta[static_cast<int>(Metric::CumulativeT)], 0.0);  // a faster path than baseline

  Scenario c = pathway::default_scenario();
  c.community_actions.per_resident_kwh[static_cast<int>(emissions::Sector::Residential)]
                                      [static_cast<int>(emissions::Carrier::Electricity)] = -200.0;
  c.community_actions.participation_pct = {2025, 5, 30.0};
  r = attribute_ok(base, pathway::default_scenario(), c);
  ASSERT_EQ(r.contributions.size(), 1u);
  EXPECT_EQ(r.contributions[0].key, "community_actions");
  for (int k = 0; k < kMetricCount; ++k) EXPECT_EQ(r.contributions[0].delta[k], r.total_delta[k]);
  EXPECT_LT(r.total_delta[static_cast<int>(Metric::CumulativeT)], 0.0);
}

TEST(DecisionAttribution, TwoLeversEqualTheHandFormula) {
  // Heat pumps and the grid's non-fossil share interact (heat pumps use grid electricity), so the
  // Shapley value is not either lever alone: φ1 = ½[(v(1) − v(∅)) + (v(12) − v(2))], from four runs.
  const pathway::Baseline& base = pathway::test::default_baseline();
  const Scenario a = pathway::default_scenario();
  Scenario s1 = a, s2 = a, s12 = a;
  const pathway::LeverSetting hp{2022, 20, 80.0}, grid{2025, 10, 20.0};
  s1.lever(LeverId::HeatPumpSharePct) = hp;
  s2.lever(LeverId::GridNonfossilAddedPts) = grid;
  s12.lever(LeverId::HeatPumpSharePct) = hp;
  s12.lever(LeverId::GridNonfossilAddedPts) = grid;
  const MetricValues v0 = run(base, a), v1 = run(base, s1), v2 = run(base, s2), v12 = run(base, s12);
  const Attribution r = attribute_ok(base, a, s12);
  ASSERT_EQ(r.contributions.size(), 2u);
  ASSERT_EQ(r.contributions[0].key, "heat_pump_share_pct");
  ASSERT_EQ(r.contributions[1].key, "grid_nonfossil_added_pts");
  bool interacts = false;
  for (int k = 0; k < kMetricCount; ++k) {
    const double phi1 = 0.5 * ((v1[k] - v0[k]) + (v12[k] - v2[k]));
    const double phi2 = 0.5 * ((v2[k] - v0[k]) + (v12[k] - v1[k]));
    const double tol = 1e-9 * std::max(std::fabs(v0[k]), 1.0);
    EXPECT_NEAR(r.contributions[0].delta[k], phi1, tol) << metric_key(static_cast<Metric>(k));
    EXPECT_NEAR(r.contributions[1].delta[k], phi2, tol) << metric_key(static_cast<Metric>(k));
    if (std::fabs((v12[k] - v2[k]) - (v1[k] - v0[k])) > 1e-6 * std::fabs(v0[k])) interacts = true;
  }
  EXPECT_TRUE(interacts) << "the case should have an interaction, else it does not test the averaging";
  expect_sums_to_total(r);
}

TEST(DecisionAttribution, DisjointAdditiveSectorsEqualEachLeverAlone) {
  // Forest planting changes only the sinks (net, not gross); landfill methane recovery only the waste
  // sector. Neither touches the other's sector, so every metric is additive and each Shapley value is
  // the lever's effect alone, v({i}) − v(∅) (rounding of the sector sums only: 1e-9 of the metric).
  const pathway::Baseline& base = pathway::test::default_baseline();
  const Scenario a = pathway::default_scenario();
  Scenario forest = a, methane = a, both = a;
  const pathway::LeverSetting f{2025, 5, 5000.0}, m{2022, 8, 60.0};
  forest.lever(LeverId::ForestAddedHa) = f;
  methane.lever(LeverId::LandfillMethaneRecoveryPct) = m;
  both.lever(LeverId::ForestAddedHa) = f;
  both.lever(LeverId::LandfillMethaneRecoveryPct) = m;
  const MetricValues v0 = run(base, a), vf = run(base, forest), vm = run(base, methane);
  const Attribution r = attribute_ok(base, a, both);
  ASSERT_EQ(r.contributions.size(), 2u);
  ASSERT_EQ(r.contributions[0].key, "landfill_methane_recovery_pct");
  ASSERT_EQ(r.contributions[1].key, "forest_added_ha");
  for (int k = 0; k < kMetricCount; ++k) {
    const double tol = 1e-9 * std::max(std::fabs(v0[k]), 1.0);
    EXPECT_NEAR(r.contributions[0].delta[k], vm[k] - v0[k], tol) << metric_key(static_cast<Metric>(k));
    EXPECT_NEAR(r.contributions[1].delta[k], vf[k] - v0[k], tol) << metric_key(static_cast<Metric>(k));
  }
  // Forest: no gross effect (peak, gross 2030/2060 unchanged), removals lower net 2060 by 5000 ha × rate.
  EXPECT_EQ(r.contributions[1].delta[static_cast<int>(Metric::PeakT)], 0.0);
  EXPECT_EQ(r.contributions[1].delta[static_cast<int>(Metric::Gross2060T)], 0.0);
  EXPECT_LT(r.contributions[1].delta[static_cast<int>(Metric::Net2060T)], 0.0);
  EXPECT_LT(r.contributions[0].delta[static_cast<int>(Metric::Gross2060T)], 0.0);
}

TEST(DecisionAttribution, AScenarioAgainstItselfHasNoPlayersAndZeros) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  Scenario a = ambitious();
  Scenario b = a;
  b.name = "copy";  // the name is not a player
  b.dual_control.budget = {true, 2021, 1.0e9};  // targets change no emission: a note, not a player
  const Attribution r = attribute_ok(base, a, b);
  EXPECT_TRUE(r.players.empty());
  EXPECT_TRUE(r.contributions.empty());
  EXPECT_EQ(r.evaluations, 1u);
  for (int k = 0; k < kMetricCount; ++k) EXPECT_EQ(r.total_delta[k], 0.0);
  EXPECT_EQ(r.a, r.b);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(r.notes[0].find("dual_control"), std::string::npos);
}

TEST(DecisionAttribution, PermutingThePlayersGivesTheSameValues) {
  // The 2^3 coalition values of three levers, then the same game with the players renumbered
  // (p → perm[p]): each player's value is unchanged (to rounding: the sums run in another order).
  const pathway::Baseline& base = pathway::test::default_baseline();
  const Scenario a = pathway::default_scenario();
  Scenario b = a;
  b.lever(LeverId::RetrofitRatePctPerYr) = {2021, 4, 3.0};
  b.lever(LeverId::CoalPowerRetirementPct) = {2025, 15, 60.0};
  b.lever(LeverId::TwoHighOutputCutPct) = {2023, 10, 30.0};
  const std::vector<Player> players = differing_players(a, b);
  ASSERT_EQ(players.size(), 3u);
  std::vector<double> values(8 * kMetricCount);
  for (std::uint64_t mask = 0; mask < 8; ++mask) {
    Scenario s;
    std::vector<pathway::PhasedActivityChange> changes;
    coalition(a, b, players, {}, mask, &s, &changes);
    const MetricValues v = run(base, s);
    std::copy(v.begin(), v.end(), values.begin() + static_cast<std::ptrdiff_t>(mask * kMetricCount));
  }
  const std::vector<double> phi = shapley_values(3, kMetricCount, values);
  const Attribution r = attribute_ok(base, a, b);
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < kMetricCount; ++k) EXPECT_EQ(r.contributions[i].delta[k], phi[i * kMetricCount + k]);

  const int perm[3] = {2, 0, 1};  // player p is player perm[p] in the renumbered game
  std::vector<double> permuted(values.size());
  for (unsigned mask = 0; mask < 8; ++mask) {
    unsigned renumbered = 0;
    for (int p = 0; p < 3; ++p)
      if (mask >> p & 1u) renumbered |= 1u << perm[p];
    std::copy_n(values.begin() + mask * kMetricCount, kMetricCount, permuted.begin() + renumbered * kMetricCount);
  }
  const std::vector<double> phi_permuted = shapley_values(3, kMetricCount, permuted);
  for (int p = 0; p < 3; ++p)
    for (int k = 0; k < kMetricCount; ++k)
      EXPECT_NEAR(phi_permuted[perm[p] * kMetricCount + k], phi[p * kMetricCount + k],
                  1e-9 * std::max(std::fabs(values[k]), 1.0))
          << players[p].key << " " << metric_key(static_cast<Metric>(k));
}

TEST(DecisionAttribution, ManyPlayersAreGroupedBySector) {
  // Eleven levers > 7: exact Shapley over the groups with players (buildings 7, power supply 2,
  // transport 2) → 2^3 = 8 evaluations.
  const pathway::Baseline& base = pathway::test::default_baseline();
  const Attribution r = attribute_ok(base, pathway::default_scenario(), ambitious());
  EXPECT_EQ(r.method, AttributionMethod::ShapleyGroups);
  EXPECT_EQ(r.players.size(), 11u);
  ASSERT_EQ(r.contributions.size(), 3u);
  EXPECT_EQ(r.contributions[0].key, "buildings");
  EXPECT_EQ(r.contributions[0].members.size(), 7u);
  EXPECT_EQ(r.contributions[1].key, "transport");
  EXPECT_EQ(r.contributions[2].key, "power_supply");
  EXPECT_EQ(r.contributions[2].members, (std::vector<std::string>{"grid_factor_reduction_pct", "heat_factor_reduction_pct"}));
  EXPECT_EQ(r.evaluations, 8u);
  expect_sums_to_total(r);
  // The same scenarios with the threshold raised: exact over all 11 (2048 evaluations); the group sums
  // of the per-lever values differ from the group values (interactions are shared differently), but the
  // totals are the same.
  AttributionOptions exact;
  exact.max_exact_players = 11;
  const Attribution e = attribute_ok(base, pathway::default_scenario(), ambitious(), exact);
  EXPECT_EQ(e.method, AttributionMethod::Shapley);
  EXPECT_EQ(e.contributions.size(), 11u);
  EXPECT_EQ(e.total_delta, r.total_delta);
  expect_sums_to_total(e);
}

TEST(DecisionAttribution, StructuralChangesAreTakenPerPlayer) {
  // A hand-made transport base and the changes the transport model would have produced: B adds a
  // congestion charge and a new line; A has a parking price that B keeps. Each coalition gets the
  // changes of its own structural players, so v(B) is B's own pathway with B's changes.
  pathway::Baseline base = pathway::test::default_baseline();
  base.transport.base.population = base.population;
  base.transport.base.vehicle_km_per_day[static_cast<int>(transport::Mode::Car)] = 5.0e6;
  base.transport.base.passenger_km_per_day[static_cast<int>(transport::Mode::Car)] = 7.0e6;
  Scenario a = pathway::default_scenario();
  a.name = "A";
  a.lever(LeverId::ParkingPriceYuan) = {2022, 0, 10.0};
  Scenario b = a;
  b.name = "B";
  b.lever(LeverId::CongestionChargeYuan) = {2025, 5, 20.0};
  pathway::NewTransitLine line;
  line.line.name = "Line 9";
  line.line.stops = {{"s1", {0.0, 0.0}}, {"s2", {3000.0, 0.0}}};
  line.opening_year = 2030;
  b.new_lines.push_back(line);
  auto car_change = [](const char* cause, double vkm, int start, int ramp) {
    pathway::PhasedActivityChange c;
    c.cause = cause;
    c.delta.vehicle_km_per_day[static_cast<int>(transport::Mode::Car)] = vkm;
    c.start_year = start;
    c.ramp_years = ramp;
    return c;
  };
  StructuralChanges changes;
  changes.a = {car_change("parking_price_yuan", -2.0e5, 2022, 0)};
  // structural_runs() order: headway, congestion charge, parking price, then the lines.
  changes.b = {car_change("congestion_charge_yuan", -4.0e5, 2025, 5), car_change("parking_price_yuan", -2.0e5, 2022, 0),
               car_change("Line 9", -1.0e5, 2030, 0)};
  const Attribution r = attribute_ok(base, a, b, {}, changes);
  ASSERT_EQ(r.contributions.size(), 2u);
  EXPECT_EQ(r.contributions[0].key, "congestion_charge_yuan");
  EXPECT_EQ(r.contributions[1].key, "new_lines");
  pathway::Baseline with_a = base, with_b = base;
  with_a.transport.changes = changes.a;
  with_b.transport.changes = changes.b;
  EXPECT_EQ(r.a, run(with_a, a));
  EXPECT_EQ(r.b, run(with_b, b));
  expect_sums_to_total(r);
  // Car-km changes act on transport alone and add up, so each value is that change alone:
  // the charge's coalition carries the parking and charge changes, not the line's.
  std::vector<Player> players = differing_players(a, b);
  Scenario s;
  std::vector<pathway::PhasedActivityChange> applied;
  coalition(a, b, players, changes, 1u, &s, &applied);
  ASSERT_EQ(applied.size(), 2u);
  EXPECT_EQ(applied[0].cause, "congestion_charge_yuan");
  EXPECT_EQ(applied[1].cause, "parking_price_yuan");
  pathway::Baseline charge_only = base;
  charge_only.transport.changes = applied;
  const MetricValues vc = run(charge_only, s);
  const int k2060 = static_cast<int>(Metric::Gross2060T);
  EXPECT_NEAR(r.contributions[0].delta[k2060], vc[k2060] - r.a[k2060], 1e-9 * r.a[k2060]);
  EXPECT_LT(r.contributions[0].delta[k2060], r.contributions[1].delta[k2060]);  // 4e5 vs 1e5 car-km a day
  EXPECT_LT(r.contributions[1].delta[k2060], 0.0);
}

TEST(DecisionAttribution, BadInputIsAnErrorNotACrash) {
  pathway::Baseline base = pathway::test::default_baseline();
  Scenario a = pathway::default_scenario();
  Scenario b = a;
  b.lever(LeverId::HeatPumpSharePct).target = std::nan("");
  Attribution r;
  r.name_a = "untouched";
  std::string e = attribute(base, a, b, {}, &r);
  EXPECT_NE(e.find("scenario B is invalid: heat_pump_share_pct.target"), std::string::npos) << e;
  EXPECT_EQ(r.name_a, "untouched");
  AttributionOptions too_many;
  too_many.max_exact_players = 21;
  e = attribute(base, a, a, {}, &r, too_many);
  EXPECT_NE(e.find("max_exact_players 21"), std::string::npos) << e;
  // With transport, B's congestion charge needs its transport-model change.
  base.transport.base.population = base.population;
  b = a;
  b.lever(LeverId::CongestionChargeYuan) = {2025, 0, 20.0};
  e = attribute(base, a, b, {}, &r);
  EXPECT_NE(e.find("scenario B needs 1 transport-model change"), std::string::npos) << e;
}

TEST(DecisionAttribution, JsonNamesTheMethodAndEveryDelta) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  Scenario b = pathway::default_scenario();
  b.name = "forest \"plus\"";
  b.lever(LeverId::ForestAddedHa) = {2025, 5, 5000.0};
  const Attribution r = attribute_ok(base, pathway::default_scenario(), b);
  const std::string j = attribution_json(r);
  for (const char* k : {"\"method\":\"shapley\"", "\"b\":\"forest \\\"plus\\\"\"", "\"lever\":\"forest_added_ha\"",
                        "\"delta_peak_year\":", "\"delta_peak_t\":", "\"delta_2030_t\":", "\"delta_2060_net_t\":",
                        "\"delta_cumulative_t\":", "\"total_delta_cumulative_t\":", "\"metrics\":{\"a\":{\"peak_year\":"})
    EXPECT_NE(j.find(k), std::string::npos) << k << " in " << j.substr(0, 400);
}

}  // namespace
}  // namespace twin::decision
