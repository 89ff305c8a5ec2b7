// District heat by source against hand calculations.
#include "twin/energy/heat_balance.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace twin::energy {
namespace {

// Network loss 20 % (sent = delivered / 0.8); one coal CHP of 100 kW electrical, minimum load 0.5,
// η_el 0.25, η_th 0.5 (2 kWh heat per kWh electricity: heat 100–200 kW); waste heat 30 kW; heat
// pumps 20 kW thermal, COP 4; coal boilers 50 kW, η 0.8; gas boilers 1 000 kW, η 0.9.
EnergySystemDef heat_system() {
  EnergySystemDef d;
  d.chp_plants = {ChpDef{"chp", emissions::Carrier::Coal, 100.0, 0.5, 0.25, 0.5}};
  d.district_heat = {0.2, 30.0, 20.0, 4.0, 50.0, 0.8, 1000.0, 0.9};
  d.heating_season = {1, 365};  // whole year in season, except where a test changes it
  return d;
}

// Hour by hour (delivered → sent = delivered / 0.8):
//   40 → 50:   CHP at minimum 100 heat / 50 el; 50 used, 50 dumped; nothing else.
//   240 → 300: CHP min 100, waste 30 (≤ 200 left), CHP up to 200 (270 needed, capped), rest 70:
//              heat pumps 20 (5 kWh el), coal boilers 50 (62.5 kWh fuel); CHP el 100.
//   400 → 500: waste 30, CHP 200, heat pumps 20, coal 50, gas 200 (222.2̅ kWh fuel), unserved 0.
//   1040 → 1300: … gas 1 000 (full), unserved 1300 − 1300 = 0;  1200 → 1500: unserved 200.
TEST(EnergyHeatBalance, MeritOrderByHand) {
  const EnergySystemDef d = heat_system();
  const std::vector<double> delivered = {40, 240, 400, 1200};
  const HeatBalance b = balance_heat(delivered, d, energy_factors_for_year(2022, emissions::GridRegion::National));
  EXPECT_DOUBLE_EQ(b.network_loss_kwh[0], 10.0);
  EXPECT_DOUBLE_EQ(b.chp_heat_kwh[0], 50.0);
  EXPECT_DOUBLE_EQ(b.dumped_heat_kwh[0], 50.0);
  EXPECT_DOUBLE_EQ(b.waste_heat_kwh[0], 0.0);
  EXPECT_DOUBLE_EQ(b.chp_electricity_kwh[0], 50.0);

  EXPECT_DOUBLE_EQ(b.waste_heat_kwh[1], 30.0);
  EXPECT_DOUBLE_EQ(b.chp_heat_kwh[1], 200.0);
  EXPECT_DOUBLE_EQ(b.heat_pump_heat_kwh[1], 20.0);
  EXPECT_DOUBLE_EQ(b.heat_pump_electricity_kwh[1], 5.0);
  EXPECT_DOUBLE_EQ(b.coal_boiler_heat_kwh[1], 50.0);
  EXPECT_DOUBLE_EQ(b.gas_boiler_heat_kwh[1], 0.0);
  EXPECT_DOUBLE_EQ(b.chp_electricity_kwh[1], 100.0);
  EXPECT_DOUBLE_EQ(b.dumped_heat_kwh[1], 0.0);

  EXPECT_DOUBLE_EQ(b.gas_boiler_heat_kwh[2], 200.0);
  EXPECT_DOUBLE_EQ(b.unserved_heat_kwh[2], 0.0);
  EXPECT_DOUBLE_EQ(b.gas_boiler_heat_kwh[3], 1000.0);
  EXPECT_DOUBLE_EQ(b.unserved_heat_kwh[3], 200.0);

  // Fuel: CHP el 50 + 100 + 100 + 100 = 350 → /0.25 = 1 400 kWh; coal boilers 3 × 50 / 0.8 = 187.5;
  // gas boilers (200 + 1000) / 0.9 = 1 333.3̅.
  EXPECT_DOUBLE_EQ(b.chp_fuel_kwh, 1400.0);
  EXPECT_DOUBLE_EQ(b.coal_boiler_fuel_kwh, 187.5);
  EXPECT_NEAR(b.gas_boiler_fuel_kwh, 1200.0 / 0.9, 1e-9);
}

// Energy-content allocation of the CHP's CO2 (hour 0 above: 50 kWh el, 50 kWh heat used): fuel
// 200 kWh coal × 0.340 56 kg/kWh = 68.112 kg, half to electricity → 34.056 kg.
TEST(EnergyHeatBalance, ChpEmissionsSplitByEnergyContent) {
  const EnergySystemDef d = heat_system();
  const std::vector<double> delivered = {40};
  const EnergyFactors f = energy_factors_for_year(2022, emissions::GridRegion::National);
  const HeatBalance b = balance_heat(delivered, d, f);
  EXPECT_NEAR(b.chp_electricity_co2_kg[0], 34.056, 1e-9);
  EXPECT_NEAR(b.chp_electricity_emissions.co2_t, 0.034056, 1e-12);
  EXPECT_NEAR(b.heat_fuel_emissions.co2_t, 0.034056, 1e-12);
  // CH4 and N2O of the same fuel: 200 kWh = 0.00072 TJ × 1 kg/TJ CH4, × 1.5 kg/TJ N2O.
  EXPECT_NEAR(b.chp_electricity_emissions.ch4_t + b.heat_fuel_emissions.ch4_t, 0.00072e-3, 1e-15);
  EXPECT_NEAR(b.chp_electricity_emissions.n2o_t + b.heat_fuel_emissions.n2o_t, 0.00108e-3, 1e-15);
}

// Outside the heating season the CHP is off; waste heat, heat pumps and boilers serve hot-water heat.
TEST(EnergyHeatBalance, ChpOffOutsideTheHeatingSeason) {
  EnergySystemDef d = heat_system();
  d.heating_season = {319, 74};  // 15 Nov – 15 Mar
  std::vector<double> delivered(24 * 200, 0.0);
  delivered[24 * 150] = 80.0;  // 31 May: sent 100 → waste 30, heat pumps 20, coal 50
  delivered[24 * 10] = 80.0;   // 11 Jan: in season → CHP minimum 100, 100 used
  const HeatBalance b = balance_heat(delivered, d, energy_factors_for_year(2022, emissions::GridRegion::National));
  EXPECT_DOUBLE_EQ(b.chp_heat_kwh[24 * 150], 0.0);
  EXPECT_DOUBLE_EQ(b.chp_electricity_kwh[24 * 150], 0.0);
  EXPECT_DOUBLE_EQ(b.waste_heat_kwh[24 * 150], 30.0);
  EXPECT_DOUBLE_EQ(b.heat_pump_heat_kwh[24 * 150], 20.0);
  EXPECT_DOUBLE_EQ(b.coal_boiler_heat_kwh[24 * 150], 50.0);
  EXPECT_DOUBLE_EQ(b.chp_heat_kwh[24 * 10], 100.0);
  EXPECT_DOUBLE_EQ(b.chp_electricity_kwh[24 * 10 + 1], 50.0);  // must-run even with no heat need
  EXPECT_DOUBLE_EQ(b.dumped_heat_kwh[24 * 10 + 1], 100.0);
  EXPECT_TRUE(in_heating_season(d.heating_season, 0));     // 1 Jan
  EXPECT_TRUE(in_heating_season(d.heating_season, 73));    // 15 Mar (day 74)
  EXPECT_FALSE(in_heating_season(d.heating_season, 74));   // 16 Mar
  EXPECT_FALSE(in_heating_season(d.heating_season, 317));  // 14 Nov
  EXPECT_TRUE(in_heating_season(d.heating_season, 318));   // 15 Nov (day 319)
}

}  // namespace
}  // namespace twin::energy
