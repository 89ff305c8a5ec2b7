// A whole year of the energy system: conservation every hour, storage within bounds, flexibility
// conserving energy within each day, bad drivers reported by field and hour, and the default city
// end to end.
#include "twin/energy/energy_year.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "tests/twin/city/default_city_fixture.hpp"
#include "twin/climate/typical_year.hpp"
#include "twin/energy/building_series.hpp"
#include "twin/energy/energy_city_def.hpp"
#include "twin/energy/energy_json.hpp"

namespace twin::energy {
namespace {

const climate::WeatherYear& beijing() {
  static const climate::WeatherYear w = climate::typical_year(climate::ClimateCity::Beijing);
  return w;
}

// Synthetic hourly drivers from the weather: building electricity 400 kW + 12 kW per K from 18 °C,
// district heat 60 kW per K below 15 °C, rooftop PV 50 kWp at the utility PV yield.
struct SyntheticCity {
  EnergySystemDef system;
  EnergyProfiles profiles;
  std::vector<double> buildings, heat, rooftop;
  EnergyYearDrivers drivers;

  explicit SyntheticCity(const EnergySystemDef& def) : system(def) {
    profiles = make_energy_profiles(beijing(), system, LoadShapeDef{});
    const auto& t = beijing().dry_bulb_c;
    for (std::size_t h = 0; h < t.size(); ++h) {
      buildings.push_back(400.0 + 12.0 * std::fabs(t[h] - 18.0));
      heat.push_back(t[h] < 15.0 ? 60.0 * (15.0 - t[h]) : 0.0);
      rooftop.push_back(50.0 * profiles.utility_pv_kwh_per_kwp[h]);
    }
    drivers.buildings_electricity_kwh = buildings;
    drivers.district_heat_kwh = heat;
    drivers.rooftop_pv_kwh = rooftop;
    drivers.ev = {500000.0, 0.6, 0.15, 0.25};
    drivers.heat_pump_kwh = 100000.0;
    drivers.industry_kwh = 2.0e6;
    drivers.other_kwh = 3.0e5;
    drivers.factors = energy_factors_for_year(2022, emissions::GridRegion::NorthChina);
  }
};

// A system where every mechanism acts: PV and wind large enough for surpluses, a battery, a CHP,
// both kinds of thermal plant, binding import and export limits, demand response and smart charging.
EnergySystemDef busy_system() {
  EnergySystemDef d;
  d.utility_pv.capacity_kwp = 1500.0;
  d.wind.capacity_kw = 800.0;
  d.storage = {2000.0, 300.0, 0.85, 0.1, 0.3};
  d.chp_plants = {ChpDef{"chp", emissions::Carrier::Coal, 200.0, 0.5, 0.3, 0.45}};
  d.thermal_plants = {ThermalPlantDef{"gas", emissions::Carrier::NaturalGas, 150.0, 0.2, 0.5, true},
                      ThermalPlantDef{"coal", emissions::Carrier::Coal, 100.0, 0.4, 0.38, false}};
  d.district_heat = {0.1, 50.0, 100.0, 3.0, 400.0, 0.8, 300.0, 0.92};
  d.grid = {450.0, 150.0};
  d.flexibility = {0.5, 0.1};
  return d;
}

TEST(EnergyYear, EnergyIsConservedEveryHour) {
  const SyntheticCity c(busy_system());
  const EnergyYearResult r = evaluate_energy_year(c.system, c.profiles, c.drivers);
  ASSERT_TRUE(r.issues.empty()) << r.issues[0].where << ": " << r.issues[0].message;
  const Dispatch& x = r.dispatch;
  const EnergyHourly& y = r.hourly;
  int curtailed = 0, unserved = 0, charged = 0, thermal_up = 0;
  for (std::size_t h = 0; h < y.demand_kwh.size(); ++h) {
    // Residual recomputed here from the published terms: supply − demand − ΔSoC − losses − curtailment.
    const double supply = y.rooftop_pv_kwh[h] + y.utility_pv_kwh[h] + y.wind_kwh[h] + y.chp_kwh[h] +
                          x.thermal_kwh[h] + x.grid_import_kwh[h];
    const double soc_before = h == 0 ? x.storage_initial_soc_kwh : x.storage_soc_kwh[h - 1];
    const double uses = (y.demand_kwh[h] - x.unserved_kwh[h]) + x.grid_export_kwh[h] +
                        (x.storage_soc_kwh[h] - soc_before) + x.storage_loss_kwh[h] + x.curtailment_kwh[h];
    const double scale = std::max(supply, uses);
    ASSERT_LE(std::fabs(supply - uses), 1e-9 * scale) << "hour " << h;
    ASSERT_LE(std::fabs(x.balance_residual_kwh[h]), 1e-9 * scale) << "hour " << h;
    // Demand is the sum of its classes.
    const double classes = y.buildings_kwh[h] + y.ev_kwh[h] + y.heat_pump_kwh[h] + y.industry_kwh[h] +
                           y.other_kwh[h] + y.demand_response_kwh[h];
    ASSERT_NEAR(y.demand_kwh[h], classes, 1e-9 * y.demand_kwh[h]) << "hour " << h;
    curtailed += x.curtailment_kwh[h] > 0;
    unserved += x.unserved_kwh[h] > 0;
    charged += x.storage_charge_kwh[h] > 0;
    thermal_up += x.thermal_kwh[h] > 70.0 + 1e-9;  // above the plants' minima, 150 × 0.2 + 100 × 0.4
  }
  // The case exercises every branch (otherwise the conservation check proves less than it seems).
  EXPECT_GT(curtailed, 0);
  EXPECT_GT(unserved, 0);
  EXPECT_GT(charged, 0);
  EXPECT_GT(thermal_up, 0);
  EXPECT_LE(r.summary.max_abs_residual_kwh, 1e-9 * r.summary.peak_demand_kw);
}

TEST(EnergyYear, StorageStaysWithinItsBoundsEveryHour) {
  const SyntheticCity c(busy_system());
  const EnergyYearResult r = evaluate_energy_year(c.system, c.profiles, c.drivers);
  ASSERT_TRUE(r.issues.empty());
  const StorageDef& s = c.system.storage;
  bool hit_full = false, hit_floor = false;
  for (std::size_t h = 0; h < r.dispatch.storage_soc_kwh.size(); ++h) {
    const double soc = r.dispatch.storage_soc_kwh[h];
    ASSERT_GE(soc, s.energy_kwh * s.min_soc_share) << "hour " << h;
    ASSERT_LE(soc, s.energy_kwh) << "hour " << h;
    ASSERT_LE(r.dispatch.storage_charge_kwh[h], s.power_kw) << "hour " << h;
    ASSERT_LE(r.dispatch.storage_discharge_kwh[h], s.power_kw) << "hour " << h;
    ASSERT_TRUE(r.dispatch.storage_charge_kwh[h] == 0.0 || r.dispatch.storage_discharge_kwh[h] == 0.0);
    hit_full |= soc >= s.energy_kwh * (1 - 1e-12);
    hit_floor |= soc <= s.energy_kwh * s.min_soc_share * (1 + 1e-12);
  }
  EXPECT_TRUE(hit_full);
  EXPECT_TRUE(hit_floor);
}

TEST(EnergyYear, FlexibilityMovesLoadWithinEachDayAndKeepsItsEnergy) {
  const SyntheticCity c(busy_system());
  const EnergyYearResult r = evaluate_energy_year(c.system, c.profiles, c.drivers);
  ASSERT_TRUE(r.issues.empty());
  const std::size_t n = r.hourly.demand_kwh.size();
  for (std::size_t day = 0; day * 24 < n; ++day) {
    double shift = 0, moved = 0, ev = 0, ev_habit = 0;
    for (std::size_t h = day * 24; h < std::min(n, day * 24 + 24); ++h) {
      shift += r.hourly.demand_response_kwh[h];
      moved += std::fabs(r.hourly.demand_response_kwh[h]);
      ev += r.hourly.ev_kwh[h];
      const LoadShapes& s = c.profiles.shapes;
      ev_habit += c.drivers.ev.annual_kwh * (0.6 * s.ev_home[h] + 0.15 * s.ev_work[h] + 0.25 * s.ev_fast[h]);
    }
    ASSERT_NEAR(shift, 0.0, 1e-9 * moved + 1e-9) << "day " << day;
    ASSERT_NEAR(ev, ev_habit, 1e-9 * ev_habit) << "day " << day;
  }
  EXPECT_NEAR(r.summary.ev_kwh, c.drivers.ev.annual_kwh, 1e-9 * c.drivers.ev.annual_kwh);
  EXPECT_NEAR(r.summary.industry_kwh, c.drivers.industry_kwh, 1e-9 * c.drivers.industry_kwh);
  // Smart charging puts EV energy where the net load is low: more EV energy in PV hours (10–15 h)
  // than without it.
  EnergySystemDef dumb = c.system;
  dumb.flexibility = {0.0, 0.0};
  const EnergyYearResult d = evaluate_energy_year(dumb, c.profiles, c.drivers);
  double smart_noon = 0, dumb_noon = 0;
  for (std::size_t h = 0; h < n; ++h)
    if (h % 24 >= 10 && h % 24 <= 15) smart_noon += r.hourly.ev_kwh[h], dumb_noon += d.hourly.ev_kwh[h];
  EXPECT_GT(smart_noon, 1.5 * dumb_noon);
  EXPECT_LT(r.summary.curtailment_kwh, d.summary.curtailment_kwh);
}

// Annual figures are the sums of the hourly ones and of the definitions.
TEST(EnergyYear, AnnualSummaryAddsUp) {
  const SyntheticCity c(busy_system());
  const EnergyYearResult r = evaluate_energy_year(c.system, c.profiles, c.drivers);
  ASSERT_TRUE(r.issues.empty());
  const EnergyYearSummary& m = r.summary;
  double used_co2_kg = 0, served = 0, peak = 0;
  for (std::size_t h = 0; h < r.hourly.demand_kwh.size(); ++h) {
    const double s = r.hourly.demand_kwh[h] - r.dispatch.unserved_kwh[h];
    used_co2_kg += r.dispatch.factor_kg_per_kwh[h] * s;
    served += s;
    peak = std::max(peak, r.dispatch.grid_import_kwh[h]);
  }
  EXPECT_NEAR(m.electricity_factor_kg_per_kwh, used_co2_kg / served, 1e-12);
  // Scope 2 of the demand classes under the hourly factor adds up to that of the total demand.
  const auto& y = r.hourly;
  const auto& f = r.dispatch.factor_kg_per_kwh;
  const double by_class = hourly_scope2_t(y.buildings_kwh, f) + hourly_scope2_t(y.ev_kwh, f) +
                          hourly_scope2_t(y.heat_pump_kwh, f) + hourly_scope2_t(y.industry_kwh, f) +
                          hourly_scope2_t(y.other_kwh, f) + hourly_scope2_t(y.demand_response_kwh, f);
  EXPECT_NEAR(by_class, hourly_scope2_t(y.demand_kwh, f), 1e-9 * by_class);
  // EVs at 10 kWh in an hour of factor 0.5 and 20 kWh at 0.25: (5 + 5) kg = 0.01 t.
  EXPECT_DOUBLE_EQ(hourly_scope2_t(std::vector<double>{10, 20}, std::vector<double>{0.5, 0.25}), 0.01);
  EXPECT_NEAR(m.served_kwh, served, 1e-9 * served);
  EXPECT_EQ(m.peak_import_kw, peak);
  EXPECT_LE(m.peak_import_kw, c.system.grid.import_limit_kw);
  EXPECT_NEAR(m.self_sufficiency, 1.0 - m.import_kwh / m.served_kwh, 1e-15);
  EXPECT_GT(m.unserved_hours, 0);
  // Whole-year energy balance: local + import = served + export + ΔSoC + losses + curtailment.
  const double soc_change = m.storage_final_soc_kwh - r.dispatch.storage_initial_soc_kwh;
  EXPECT_NEAR(m.local_generation_kwh + m.import_kwh,
              m.served_kwh + m.export_kwh + soc_change + m.storage_loss_kwh + m.curtailment_kwh,
              1e-9 * m.demand_kwh);
  // Heat balance: sources = delivered + losses − unserved, with CHP dumped heat apart.
  EXPECT_NEAR(m.heat_chp_kwh + m.heat_waste_kwh + m.heat_pump_heat_kwh + m.heat_coal_boiler_kwh + m.heat_gas_boiler_kwh,
              m.heat_delivered_kwh + m.heat_loss_kwh - m.heat_unserved_kwh, 1e-9 * m.heat_delivered_kwh);
  EXPECT_GT(m.power_generation.ch4_t, 0.0);
  EXPECT_GT(m.power_generation.co2e_t, m.power_generation.co2_t);
}

TEST(EnergyYear, BadDriversAreReportedByFieldAndHour) {
  SyntheticCity c(busy_system());
  c.buildings[17] = std::numeric_limits<double>::quiet_NaN();
  c.heat[5] = -3.0;
  std::vector<double> short_pv(100, 1.0);
  c.drivers.rooftop_pv_kwh = short_pv;
  c.drivers.ev.home_share = 0.9;  // 0.9 + 0.15 + 0.25 ≠ 1
  c.drivers.industry_kwh = 1e15;
  const EnergyYearResult r = evaluate_energy_year(c.system, c.profiles, c.drivers);
  auto has = [&](const std::string& where, const std::string& part) {
    for (const EnergyIssue& i : r.issues)
      if (i.where == where && i.message.find(part) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("drivers.buildings_electricity_kwh[17]", "not a finite number"));
  EXPECT_TRUE(has("drivers.district_heat_kwh[5]", "negative"));
  EXPECT_TRUE(has("drivers.rooftop_pv_kwh", "has 100 hours"));
  EXPECT_TRUE(has("drivers.ev", "not 1"));
  EXPECT_TRUE(has("drivers.industry_kwh", "exceeds 1e12"));
  EXPECT_TRUE(r.hourly.demand_kwh.empty());
  EXPECT_NE(energy_year_json(r, 2022).find("\"issues\":[{\"where\":"), std::string::npos);
}

TEST(EnergyYear, BadSystemDefinitionIsReportedByField) {
  SyntheticCity c(busy_system());
  c.system.storage.round_trip_efficiency = 1.2;
  c.system.wind.rated_m_s = 2.0;  // below cut-in
  c.system.chp_plants[0].fuel = emissions::Carrier::Electricity;
  c.system.grid.import_limit_kw = -1.0;
  const EnergyYearResult r = evaluate_energy_year(c.system, c.profiles, c.drivers);
  std::string all;
  for (const EnergyIssue& i : r.issues) all += i.where + ": " + i.message + "\n";
  EXPECT_NE(all.find("storage.round_trip_efficiency: 1.2 is outside (0, 1]"), std::string::npos) << all;
  EXPECT_NE(all.find("wind: speeds must satisfy"), std::string::npos) << all;
  EXPECT_NE(all.find("chp_plants[0].fuel: fuel must be coal or natural_gas, not electricity"), std::string::npos) << all;
  EXPECT_NE(all.find("grid.import_limit_kw: -1 is outside"), std::string::npos) << all;
}

// The default city end to end: buildings' hourly year + the synthetic default assets, 2022 factors
// of the North China grid. Checks the things that must hold whatever the synthetic numbers are.
TEST(EnergyYear, DefaultCityYearBalancesAndReportsItsFactor) {
  const climate::WeatherYear& w = beijing();
  buildings::CityEnergyDef bdef = buildings::default_city_energy_def();
  bdef.hourly = true;
  const buildings::CityEnergyResult br = buildings::simulate_city_energy(twin::testing::default_city(), w, bdef);
  const EnergyCityDef def = default_energy_city_def();
  const BuildingSeries series = building_series(br, def.loads.rooftop_pv_share);
  const EnergyProfiles profiles = make_energy_profiles(w, def.system, def.loads.shapes);
  const EnergyFactors f = energy_factors_for_year(2022, emissions::GridRegion::NorthChina);
  const EnergyYearResult r = evaluate_energy_year(def.system, profiles, drivers_of(series, def.loads, f, 2022));
  ASSERT_TRUE(r.issues.empty()) << r.issues[0].where << ": " << r.issues[0].message;
  const EnergyYearSummary& m = r.summary;
  EXPECT_LE(m.max_abs_residual_kwh, 1e-9 * m.peak_demand_kw);
  EXPECT_EQ(m.unserved_kwh, 0.0);
  EXPECT_EQ(m.heat_unserved_kwh, 0.0);
  EXPECT_GT(m.chp_kwh, 0.0);
  // The local mix (PV, wind and coal CHP) sits below the 0.6776 grid factor but far from zero.
  EXPECT_LT(m.electricity_factor_kg_per_kwh, 0.6776);
  EXPECT_GT(m.electricity_factor_kg_per_kwh, 0.4);
  EXPECT_NEAR(m.buildings_kwh, [&] {
    double s = 0;
    for (double v : series.electricity_kwh) s += v;
    return s;
  }(), 1e-6);
  // Utility PV yield per kWp in Beijing's synthetic typical year: 1 100–1 500 kWh/kWp (China's
  // zone II–III resource; a sanity bound, not a calibration).
  EXPECT_GT(m.utility_pv_kwh / def.system.utility_pv.capacity_kwp, 1100.0);
  EXPECT_LT(m.utility_pv_kwh / def.system.utility_pv.capacity_kwp, 1500.0);
  const std::string json = energy_year_json(r, 2022);
  for (const char* key : {"\"self_sufficiency\":", "\"curtailment_kwh\":", "\"peak_import_kw\":",
                          "\"electricity_factor_kg_per_kwh\":", "\"heat_factor_kg_per_kwh\":"})
    EXPECT_NE(json.find(key), std::string::npos) << key;
  const std::string csv = energy_hourly_csv(r);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 8761);
  EXPECT_EQ(csv.rfind(energy_hourly_csv_columns(), 0), 0u);
  const std::size_t header_end = csv.find('\n'), row_end = csv.find('\n', header_end + 1);
  EXPECT_EQ(std::count(csv.begin(), csv.begin() + header_end, ','),
            std::count(csv.begin() + header_end + 1, csv.begin() + row_end, ','));  // one field per column
}

}  // namespace
}  // namespace twin::energy
