// Transport in the pathway (twin/pathway/transport_pathway.hpp, transport_baseline.hpp,
// structural_runs.hpp): hand-computed base year, lever responses, phased changes, the building-only
// results unchanged without a transport part, and the list of structural transport-model runs.
#include "twin/pathway/pathway.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>
#include <string>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/pathway/structural_runs.hpp"
#include "twin/transport/fleet.hpp"

namespace twin::pathway {
namespace {

using emissions::Carrier;
using emissions::Sector;
using transport::Mode;
using transport::Powertrain;
using transport::VehicleClass;

constexpr int kCar = static_cast<int>(Mode::Car);

// A synthetic city day: 5 million car-km, 1 million taxi-km, 0.3 million bus-km, 20 000 train-km.
transport::TravelActivity synthetic_activity() {
  transport::TravelActivity a;
  a.population = 1.0e6;
  a.vehicle_km_per_day[kCar] = 5.0e6;
  a.vehicle_km_per_day[static_cast<int>(Mode::Taxi)] = 1.0e6;
  a.vehicle_km_per_day[static_cast<int>(Mode::Bus)] = 0.3e6;
  a.vehicle_km_per_day[static_cast<int>(Mode::Metro)] = 2.0e4;
  a.passenger_km_per_day[kCar] = 7.0e6;
  a.trips_per_day[kCar] = 0.8e6;
  return a;
}

// Without the local energy system: the hand computations here price electricity at the grid factor,
// and with the hourly balance EV charging would move the buildings' factor (local_supply_test.cpp).
Baseline baseline_with_transport() {
  Baseline b = test::default_annual_baseline();
  b.transport.base = synthetic_activity();
  return b;
}

double sector_kwh(const PathwayYear& y, Sector s, Carrier c) { return y.energy.at(s, c); }

double transport_kwh(const PathwayYear& y) {
  double s = 0.0;
  for (double e : y.energy.energy_kwh[static_cast<int>(Sector::Transport)]) s += e;
  return s;
}

// Base-year energy per km of a class's stock: the cohorts' age profile × historic efficiency, times
// the base-year powertrain mix (the model of twin/transport/fleet.hpp, by hand).
transport::CarrierKwh base_stock_kwh_per_km(VehicleClass c) {
  const transport::FleetParams& p = transport::default_fleet_params();
  const transport::VehicleClassParams& v = p.of(c);
  double w_sum = 0.0, wf_sum = 0.0, d = 1.0;
  for (int a = 0; a <= transport::kFleetMaxBaseAge; ++a) {
    const double w = d * transport::fleet_survival(v, a);
    w_sum += w;
    wf_sum += w * (1.0 + v.historic_efficiency_gain_pct_per_yr / 100.0 * a);
    d /= 1.0 + v.historic_sales_growth_pct_per_yr / 100.0;
  }
  transport::CarrierKwh e{};
  for (int pt = 0; pt < transport::kPowertrainCount; ++pt) {
    const auto k = transport::base_energy_kwh_per_km(p, c, static_cast<Powertrain>(pt));
    for (int i = 0; i < emissions::kCarrierCount; ++i) e[i] += v.base_stock_share[pt] * k[i] * wf_sum / w_sum;
  }
  return e;
}

TEST(TransportPathway, WithoutTransportTheResultsAreThoseOfTheBuildingOnlyPathway) {
  // Golden value of the building-only pathway (default city, table baseline, default scenario) as
  // computed before transport existed (commit 242efe0, `carbontwin pathway --baseline table`). Only
  // the base year still holds it: since issue 9 later years follow the grid's mix path instead of
  // the old grid lever, and the base year's factor is anchored to the same published value.
  const PathwayResult r = evaluate_pathway(test::default_buildings_baseline(), default_scenario());
  EXPECT_EQ(r.years[0].gross_t, 3488816.700321987);
  for (const PathwayYear& y : r.years) {
    EXPECT_FALSE(y.transport.present);
    EXPECT_EQ(transport_kwh(y), 0.0);
    EXPECT_EQ(y.emissions.sector_t(Sector::Transport), 0.0);
  }
}

TEST(TransportPathway, TransportAddsItsSectorAndLeavesTheBuildingsBitForBit) {
  const Scenario s = default_scenario();
  const PathwayResult without = evaluate_pathway(test::default_annual_baseline(), s);
  const PathwayResult with = evaluate_pathway(baseline_with_transport(), s);
  for (int k = 0; k < kYearCount; ++k) {
    for (Sector sec : {Sector::Residential, Sector::Commercial, Sector::Industry})
      EXPECT_EQ(with.years[k].emissions.sector_t(sec), without.years[k].emissions.sector_t(sec)) << k;
    const double transport_t = with.years[k].emissions.sector_t(Sector::Transport);
    EXPECT_GT(transport_t, 0.0);
    EXPECT_NEAR(with.years[k].gross_t, without.years[k].gross_t + transport_t, with.years[k].gross_t * 1e-12);
    EXPECT_TRUE(with.years[k].transport.present);
  }
  EXPECT_GT(with.milestones.cumulative_t, without.milestones.cumulative_t);
}

TEST(TransportPathway, BaseYearEmissionsEqualTheHandComputation) {
  const PathwayResult r = evaluate_pathway(baseline_with_transport(), default_scenario());
  const PathwayYear& y = r.years[0];
  const transport::TravelActivity a = synthetic_activity();
  const emissions::FactorSet f = emissions::factors_for_year(2020, emissions::GridRegion::National);
  double expected_t = 0.0;
  transport::CarrierKwh expected_kwh{};
  const std::pair<VehicleClass, Mode> classes[] = {
      {VehicleClass::Car, Mode::Car}, {VehicleClass::Taxi, Mode::Taxi}, {VehicleClass::Bus, Mode::Bus}};
  for (const auto& [vc, mode] : classes) {
    const auto per_km = base_stock_kwh_per_km(vc);
    for (int c = 0; c < emissions::kCarrierCount; ++c)
      expected_kwh[c] += a.vehicle_km_per_day[static_cast<int>(mode)] * 365.0 * per_km[c];
  }
  expected_kwh[static_cast<int>(Carrier::Electricity)] +=
      a.vehicle_km_per_day[static_cast<int>(Mode::Metro)] * 365.0 * 19.2;  // metro kWh/train-km
  for (int c = 0; c < emissions::kCarrierCount; ++c) {
    EXPECT_NEAR(sector_kwh(y, Sector::Transport, static_cast<Carrier>(c)), expected_kwh[c], expected_kwh[c] * 1e-12)
        << emissions::to_string(static_cast<Carrier>(c));
    expected_t += expected_kwh[c] * f.of(static_cast<Carrier>(c)).kg_per_kwh / 1000.0;
  }
  EXPECT_NEAR(y.emissions.sector_t(Sector::Transport), expected_t, expected_t * 1e-12);
  // Sanity of scale: a gasoline car-km emits ≈ 0.2 kg (7.5 L/100km × 2.3 kg/L): 5e6 km/day × 365.
  EXPECT_GT(y.emissions.sector_t(Sector::Transport), 5.0e6 * 365.0 * 0.18 / 1000.0);
  EXPECT_NEAR(y.transport.car_nev_stock_share, 0.0175, 1e-12);
  EXPECT_EQ(y.transport.vehicle_km_per_yr[kCar], 5.0e6 * 365.0);
  EXPECT_EQ(y.transport.passenger_km_per_yr[kCar], 7.0e6 * 365.0);
  std::printf("[ example  ] synthetic city, 2020: transport %.1f kt (gasoline %.1f GWh, electricity %.1f GWh)\n",
              y.emissions.sector_t(Sector::Transport) / 1e3,
              sector_kwh(y, Sector::Transport, Carrier::Gasoline) / 1e6,
              sector_kwh(y, Sector::Transport, Carrier::Electricity) / 1e6);
}

TEST(TransportPathway, EvSalesShareLowersEmissionsIn2040AndRaisesElectricity) {
  const Baseline b = baseline_with_transport();
  Scenario s = default_scenario();
  const PathwayResult base = evaluate_pathway(b, s);
  s.lever(LeverId::EvSalesSharePct) = {2021, 9, 100.0};  // 100 % by 2030
  const PathwayResult ev = evaluate_pathway(b, s);
  const int k2040 = 2040 - kFirstYear;
  EXPECT_LT(ev.years[k2040].emissions.sector_t(Sector::Transport),
            base.years[k2040].emissions.sector_t(Sector::Transport));
  EXPECT_GT(sector_kwh(ev.years[k2040], Sector::Transport, Carrier::Electricity),
            sector_kwh(base.years[k2040], Sector::Transport, Carrier::Electricity));
  EXPECT_LT(sector_kwh(ev.years[k2040], Sector::Transport, Carrier::Gasoline),
            sector_kwh(base.years[k2040], Sector::Transport, Carrier::Gasoline));
  EXPECT_GT(ev.years[k2040].transport.car_nev_stock_share, base.years[k2040].transport.car_nev_stock_share);
  EXPECT_GT(ev.years[40].transport.car_nev_stock_share, 0.99);
  EXPECT_EQ(ev.years[0].emissions.sector_t(Sector::Transport), base.years[0].emissions.sector_t(Sector::Transport));
  EXPECT_LT(ev.milestones.cumulative_t, base.milestones.cumulative_t);
  // Exact values, to compare the native and the wasm logs bit for bit.
  std::printf("[ bits     ] transport 2060 baseline %a, with 100 %% NEV sales %a; cumulative %a\n",
              base.years[40].emissions.sector_t(Sector::Transport), ev.years[40].emissions.sector_t(Sector::Transport),
              ev.milestones.cumulative_t);
  for (int k : {0, 40})
    std::printf("[ example  ] synthetic city, %d: transport baseline %.1f kt, 100 %% NEV sales by 2030 %.1f kt; "
                "car NEV stock share %.3f vs %.3f\n",
                kFirstYear + k, base.years[k].emissions.sector_t(Sector::Transport) / 1e3,
                ev.years[k].emissions.sector_t(Sector::Transport) / 1e3, base.years[k].transport.car_nev_stock_share,
                ev.years[k].transport.car_nev_stock_share);
}

TEST(TransportPathway, EfficiencyLeverLowersEnergy) {
  const Baseline b = baseline_with_transport();
  Scenario s = default_scenario();
  s.lever(LeverId::VehicleEfficiencyImprovementPct) = {2021, 0, 0.0};
  const PathwayResult none = evaluate_pathway(b, s);
  s.lever(LeverId::VehicleEfficiencyImprovementPct) = {2021, 0, 40.0};
  const PathwayResult strong = evaluate_pathway(b, s);
  EXPECT_EQ(transport_kwh(strong.years[0]), transport_kwh(none.years[0]));
  for (int k = 1; k < kYearCount; ++k) EXPECT_LT(transport_kwh(strong.years[k]), transport_kwh(none.years[k])) << k;
}

TEST(TransportPathway, PhasedChangeIsAppliedLinearlyAndScaledByPopulation) {
  Baseline b = baseline_with_transport();
  PhasedActivityChange change;
  change.cause = "parking_price_yuan";
  change.delta.vehicle_km_per_day[kCar] = -1.0e6;
  change.start_year = 2030;
  change.ramp_years = 10;
  b.transport.changes.push_back(change);
  const Scenario s = default_scenario();
  const PathwayResult r = evaluate_pathway(b, s);
  for (int year : {2029, 2030, 2035, 2039, 2040, 2050}) {
    const double phase = year < 2030 ? 0.0 : year >= 2040 ? 1.0 : (year - 2030) / 10.0;
    const double pop = 1.0 + lever_value(lever_def(LeverId::PopulationChangePct),
                                         s.lever(LeverId::PopulationChangePct), year) / 100.0;
    const double expected = (5.0e6 - phase * 1.0e6) * pop * 365.0;
    EXPECT_NEAR(r.years[year - kFirstYear].transport.vehicle_km_per_yr[kCar], expected, expected * 1e-15) << year;
  }
  EXPECT_EQ(change_phase(change, 2029), 0.0);
  EXPECT_EQ(change_phase(change, 2030), 0.0);
  EXPECT_EQ(change_phase(change, 2034), 0.4);
  EXPECT_EQ(change_phase(change, 2040), 1.0);
  change.ramp_years = 0;
  EXPECT_EQ(change_phase(change, 2030), 1.0);  // a step
}

TEST(TransportPathway, StructuralRunsListEveryChangedStructuralLeverAndNewLine) {
  Scenario s = default_scenario();
  EXPECT_TRUE(structural_runs(s).empty());  // the baseline needs none
  s.lever(LeverId::TransitHeadwayChangePct) = {2025, 5, -50.0};
  s.lever(LeverId::ParkingPriceYuan) = {2022, 0, 10.0};
  NewTransitLine line;
  line.line.name = "Line 9";
  line.line.headway_min = 4.0;
  line.line.stops = {{"A", {0.0, 0.0}}, {"B", {1500.0, 200.0}}, {"C", {3000.0, 900.0}}};
  line.opening_year = 2032;
  s.new_lines.push_back(line);
  ASSERT_TRUE(validate_scenario(s).empty());
  const auto runs = structural_runs(s);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].cause, "transit_headway_change_pct");
  EXPECT_EQ(runs[0].policy.transit_headway_factor, 0.5);
  EXPECT_EQ(runs[0].policy.congestion_charge_yuan, 0.0);
  EXPECT_EQ(runs[0].start_year, 2025);
  EXPECT_EQ(runs[0].ramp_years, 5);
  EXPECT_EQ(runs[1].cause, "parking_price_yuan");
  EXPECT_EQ(runs[1].policy.parking_price_yuan, 10.0);
  EXPECT_EQ(runs[1].policy.transit_headway_factor, 1.0);
  EXPECT_EQ(runs[1].start_year, 2022);
  EXPECT_EQ(runs[2].cause, "Line 9");
  ASSERT_EQ(runs[2].policy.extra_lines.size(), 1u);
  EXPECT_EQ(runs[2].policy.extra_lines[0].stops.size(), 3u);
  EXPECT_EQ(runs[2].policy.extra_lines[0].headway_min, 4.0);
  EXPECT_EQ(runs[2].start_year, 2032);
  EXPECT_EQ(runs[2].ramp_years, 0);
  s.lever(LeverId::CongestionChargeYuan) = {2030, 0, 15.0};
  const auto runs2 = structural_runs(s);
  ASSERT_EQ(runs2.size(), 4u);
  EXPECT_EQ(runs2[1].cause, "congestion_charge_yuan");
  EXPECT_EQ(runs2[1].policy.congestion_charge_yuan, 15.0);
}

TEST(TransportPathway, NewLinesAreValidated) {
  Scenario s = default_scenario();
  NewTransitLine bad;
  bad.line.name = "";
  bad.line.stops = {{"A", {0.0, std::numeric_limits<double>::infinity()}}};
  bad.line.headway_min = 0.5;
  bad.opening_year = 2061;
  s.new_lines.push_back(bad);
  const auto errors = validate_scenario(s);
  std::set<std::string> fields;
  for (const auto& e : errors) {
    EXPECT_EQ(e.where, "new_lines[0]");
    fields.insert(e.field);
  }
  EXPECT_EQ(fields, (std::set<std::string>{"name", "stops", "stops[0]", "headway_min", "opening_year"}));
}

TEST(TransportPathway, TransportLeversAreInTheTableWithSources) {
  for (LeverId id : {LeverId::EvSalesSharePct, LeverId::VehicleEfficiencyImprovementPct,
                     LeverId::TransitHeadwayChangePct, LeverId::CongestionChargeYuan, LeverId::ParkingPriceYuan}) {
    const LeverDef& d = lever_def(id);
    EXPECT_GT(std::string(d.source).size(), 20u) << d.key;
  }
  EXPECT_EQ(lever_def(LeverId::EvSalesSharePct).default_value, 5.4);  // CAAM 2020
  // The baseline ramp passes near the observed shares (CAAM 2022 25.6 %, 2024 ≈ 41 %).
  const LeverDef& ev = lever_def(LeverId::EvSalesSharePct);
  EXPECT_NEAR(lever_value(ev, ev.default_setting, 2024), 37.7, 0.1);
}

TEST(TransportPathway, EvaluationWithTransportStaysFast) {
  const Baseline b = baseline_with_transport();
  const Scenario s = default_scenario();
  PathwayResult r = evaluate_pathway(b, s);
  const int runs = 50;
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < runs; ++i) r = evaluate_pathway(b, s);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / runs;
  std::printf("[ timing   ] evaluate_pathway with transport (default city + synthetic activity): %.3f ms\n", ms);
  EXPECT_GT(r.milestones.cumulative_t, 0.0);
}

}  // namespace
}  // namespace twin::pathway
