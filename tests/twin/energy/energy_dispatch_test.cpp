// The hourly dispatch against hand calculations: a week of constant demand, square-wave PV and a
// small battery; limits that bind (curtailment, unserved); thermal plants before and after imports;
// the hourly emission factor's arithmetic.
#include "twin/energy/dispatch.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace twin::energy {
namespace {

// Absolute tolerance for hand-computed kWh of order 100: the only error is rounding (and √0.81
// possibly one ulp away from 0.9).
constexpr double kTol = 1e-9;

EnergyFactors factors_with_grid(double grid_kg_per_kwh) {
  EnergyFactors f = energy_factors_for_year(2022, emissions::GridRegion::National);
  f.grid_co2_kg_per_kwh = grid_kg_per_kwh;
  return f;
}

struct Series {
  std::vector<double> demand, variable, chp, chp_co2;
  explicit Series(std::size_t n) : demand(n, 0.0), variable(n, 0.0), chp(n, 0.0), chp_co2(n, 0.0) {}
  DispatchInputs inputs() const { return {demand, variable, chp, chp_co2}; }
};

// A hand-made week: 168 h of 100 kWh demand; PV 300 kWh in hours 8–15 of each day, else 0; a battery
// of 200 kWh / 100 kW, η_rt = 0.81 (η_c = η_d = 0.9), empty at the start, no minimum SoC; export
// limit 50 kW; grid factor 0.5 kg/kWh.
// Day (every day is the same, because the battery is empty again by 18 h):
//   h 0–7   deficit 100, battery empty → import 100; factor 0.5.
//   h 8     surplus 200: charge min(200, 100, 200/0.9) = 100 → SoC 90; export 50; curtail 50.
//   h 9     charge 100 → SoC 180; export 50; curtail 50.
//   h 10    charge (200 − 180)/0.9 = 22.2̅ → SoC 200; export 50; curtail 200 − 22.2̅ − 50 = 127.7̅.
//   h 11–15 full: export 50, curtail 150.                          factor 0 (all PV) for h 8–15.
//   h 16    discharge min(100, 100, 200 × 0.9) = 100 → SoC 200 − 100/0.9 = 88.8̅; factor 0 (pool 0 kg).
//   h 17    discharge min(100, 88.8̅ × 0.9 = 80) = 80 → SoC 0; import 20; factor 20 × 0.5 / 100 = 0.1.
//   h 18–23 import 100, factor 0.5.
// Per day: import 800 + 20 + 600 = 1420; served 2400; self-sufficiency 1 − 1420/2400 = 0.408 3̅;
// CO2 used 8×50 + 10 + 6×50 = 710 kg → annual factor 710 / 2400 = 0.295 83̅ kg/kWh.
// Losses: charged 222.2̅ × 0.1 = 22.2̅ + discharged 180 × (1/0.9 − 1) = 20 → 42.2̅ = 222.2̅ − 180.
TEST(EnergyDispatch, HandMadeWeekHourByHour) {
  Series s(168);
  for (std::size_t h = 0; h < 168; ++h) {
    s.demand[h] = 100.0;
    const std::size_t hod = h % 24;
    s.variable[h] = hod >= 8 && hod <= 15 ? 300.0 : 0.0;
  }
  EnergySystemDef def;
  def.storage = {200.0, 100.0, 0.81, 0.0, 0.0};
  def.grid.export_limit_kw = 50.0;
  const Dispatch d = dispatch_electricity(s.inputs(), def, factors_with_grid(0.5));

  const double third_charge = 20.0 / 0.9;  // 22.2̅
  double import_sum = 0, co2 = 0;
  for (std::size_t h = 0; h < 168; ++h) {
    const std::size_t hod = h % 24;
    double charge = 0, discharge = 0, soc = 0, imp = 0, exp = 0, curtail = 0, factor = 0.5;
    if (hod < 8) {
      imp = 100;
    } else if (hod == 8) {
      charge = 100, soc = 90, exp = 50, curtail = 50, factor = 0;
    } else if (hod == 9) {
      charge = 100, soc = 180, exp = 50, curtail = 50, factor = 0;
    } else if (hod == 10) {
      charge = third_charge, soc = 200, exp = 50, curtail = 200 - third_charge - 50, factor = 0;
    } else if (hod <= 15) {
      soc = 200, exp = 50, curtail = 150, factor = 0;
    } else if (hod == 16) {
      discharge = 100, soc = 200 - 100 / 0.9, factor = 0;
    } else if (hod == 17) {
      discharge = 80, soc = 0, imp = 20, factor = 0.1;
    } else {
      imp = 100;
    }
    SCOPED_TRACE(testing::Message() << "hour " << h);
    EXPECT_NEAR(d.storage_charge_kwh[h], charge, kTol);
    EXPECT_NEAR(d.storage_discharge_kwh[h], discharge, kTol);
    EXPECT_NEAR(d.storage_soc_kwh[h], soc, kTol);
    EXPECT_NEAR(d.grid_import_kwh[h], imp, kTol);
    EXPECT_NEAR(d.grid_export_kwh[h], exp, kTol);
    EXPECT_NEAR(d.curtailment_kwh[h], curtail, kTol);
    EXPECT_EQ(d.unserved_kwh[h], 0.0);
    EXPECT_NEAR(d.factor_kg_per_kwh[h], factor, 1e-12);
    EXPECT_NEAR(d.balance_residual_kwh[h], 0.0, 1e-9 * 300.0);
    import_sum += d.grid_import_kwh[h];
    co2 += d.factor_kg_per_kwh[h] * 100.0;
  }
  EXPECT_NEAR(import_sum, 7 * 1420.0, 1e-8);
  EXPECT_NEAR(d.consumed_co2_kg, 7 * 710.0, 1e-8);
  EXPECT_NEAR(co2, 7 * 710.0, 1e-8);
  EXPECT_NEAR(d.consumed_co2_kg / (168 * 100.0), 710.0 / 2400.0, 1e-12);
  double losses = 0;
  for (double l : d.storage_loss_kwh) losses += l;
  EXPECT_NEAR(losses, 7 * (200.0 / 0.9 - 180.0), 1e-8);  // charged 222.2̅, delivered 180 per day
}

// Limits that bind, no storage: import limit 60 kW, export limit 50 kW.
//   h0 demand 100, PV 0   → import 60, unserved 40.
//   h1 demand 100, PV 30  → import 60, unserved 10.
//   h2 demand 10, PV 200  → export 50, curtail 140.
//   h3 demand 10, PV 55   → export 45, curtail 0.
TEST(EnergyDispatch, CurtailmentAndUnservedWhenLimitsBind) {
  Series s(4);
  s.demand = {100, 100, 10, 10};
  s.variable = {0, 30, 200, 55};
  EnergySystemDef def;
  def.grid.import_limit_kw = 60.0;
  def.grid.export_limit_kw = 50.0;
  const Dispatch d = dispatch_electricity(s.inputs(), def, factors_with_grid(0.6));
  const double imp[] = {60, 60, 0, 0}, uns[] = {40, 10, 0, 0}, exp[] = {0, 0, 50, 45}, cur[] = {0, 0, 140, 0};
  for (int h = 0; h < 4; ++h) {
    EXPECT_DOUBLE_EQ(d.grid_import_kwh[h], imp[h]) << h;
    EXPECT_DOUBLE_EQ(d.unserved_kwh[h], uns[h]) << h;
    EXPECT_DOUBLE_EQ(d.grid_export_kwh[h], exp[h]) << h;
    EXPECT_DOUBLE_EQ(d.curtailment_kwh[h], cur[h]) << h;
    EXPECT_EQ(d.balance_residual_kwh[h], 0.0) << h;
  }
  // h1: served 90 = 30 PV (0 kg) + 60 import × 0.6 = 36 kg → 0.4 kg/kWh.
  EXPECT_DOUBLE_EQ(d.factor_kg_per_kwh[1], 0.4);
  EXPECT_DOUBLE_EQ(d.factor_kg_per_kwh[0], 0.6);
}

// Thermal plants: A coal, 100 kW, min 0.5, η 0.4, local_first; B gas, 300 kW, min 0.2, η 0.5, after
// imports. Demand 500, import limit 200: must-run 50 + 60 = 110; deficit 390 → A up 50 (full),
// import 200, B up 140 of its 240 headroom → B = 60 + 140 = 200; unserved 0; thermal 300.
// CO2: coal 94 600 kg/TJ / 277 777.7̅ kWh/TJ = 0.340 56 kg/kWh fuel; A fuel 100/0.4 = 250 kWh
// → 85.14 kg; gas 56 100 / 277 777.7̅ = 0.201 96; B fuel 200/0.5 = 400 kWh → 80.784 kg.
// f_loc = 165.924 / 300 = 0.553 08; used = 300 f_loc + 200 × 0.6 = 285.924 kg → 0.571 848 kg/kWh.
TEST(EnergyDispatch, ThermalPlantsBeforeAndAfterImportsAndTheirFactor) {
  Series s(1);
  s.demand = {500};
  EnergySystemDef def;
  def.grid.import_limit_kw = 200.0;
  ThermalPlantDef a{"A", emissions::Carrier::Coal, 100.0, 0.5, 0.4, true};
  ThermalPlantDef b{"B", emissions::Carrier::NaturalGas, 300.0, 0.2, 0.5, false};
  def.thermal_plants = {a, b};
  const EnergyFactors f = factors_with_grid(0.6);
  const Dispatch d = dispatch_electricity(s.inputs(), def, f);
  EXPECT_DOUBLE_EQ(d.thermal_plant_kwh[0], 100.0);
  EXPECT_DOUBLE_EQ(d.thermal_plant_kwh[1], 200.0);
  EXPECT_DOUBLE_EQ(d.thermal_kwh[0], 300.0);
  EXPECT_DOUBLE_EQ(d.grid_import_kwh[0], 200.0);
  EXPECT_EQ(d.unserved_kwh[0], 0.0);
  EXPECT_NEAR(f.coal.co2_kg_per_kwh, 0.340560, 1e-12);
  EXPECT_NEAR(f.natural_gas.co2_kg_per_kwh, 0.201960, 1e-12);
  EXPECT_NEAR(d.thermal_co2_kg, 85.14 + 80.784, 1e-9);
  EXPECT_NEAR(d.local_factor_kg_per_kwh[0], 165.924 / 300.0, 1e-12);
  EXPECT_NEAR(d.factor_kg_per_kwh[0], 285.924 / 500.0, 1e-12);
  // Import limit lifted: B stays at its minimum, imports take the rest (390 − 50 = 340).
  def.grid.import_limit_kw = 1e9;
  const Dispatch e = dispatch_electricity(s.inputs(), def, f);
  EXPECT_DOUBLE_EQ(e.thermal_plant_kwh[1], 60.0);
  EXPECT_DOUBLE_EQ(e.grid_import_kwh[0], 340.0);
}

// Storage carries the carbon of what charged it: 1 h of surplus CHP (100 kWh at 0.8 kg/kWh, demand
// 50) charges 50 kWh (η_rt 1), then 1 h of deficit (demand 50, no supply) discharges it: the
// discharged electricity carries 0.8 kg/kWh.
TEST(EnergyDispatch, StoredEnergyKeepsTheFactorItWasChargedWith) {
  Series s(2);
  s.demand = {50, 50};
  s.chp = {100, 0};
  s.chp_co2 = {80, 0};
  EnergySystemDef def;
  def.storage = {100.0, 100.0, 1.0, 0.0, 0.0};
  const Dispatch d = dispatch_electricity(s.inputs(), def, factors_with_grid(0.5));
  EXPECT_DOUBLE_EQ(d.storage_charge_kwh[0], 50.0);
  EXPECT_DOUBLE_EQ(d.factor_kg_per_kwh[0], 0.8);
  EXPECT_DOUBLE_EQ(d.storage_discharge_kwh[1], 50.0);
  EXPECT_DOUBLE_EQ(d.factor_kg_per_kwh[1], 0.8);
  EXPECT_DOUBLE_EQ(d.consumed_co2_kg, 80.0);  // all of the CHP's CO2, none lost or made
}

}  // namespace
}  // namespace twin::energy
