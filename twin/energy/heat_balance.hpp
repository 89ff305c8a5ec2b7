// Hourly district-heat balance by source. Heat sent out = delivered / (1 − network loss share), met
// in this merit order (a documented CarbonTwin rule, cheapest and must-run first):
//   1. CHP at its minimum load (must-run in the heating season; heat it makes beyond the need is
//      dumped, reported as dumped_heat_kwh);
//   2. industrial waste heat up to its capacity (all year);
//   3. CHP above minimum load up to capacity (heating season only);
//   4. large heat pumps up to their thermal capacity (electricity = heat / COP, a demand on the
//      electricity balance);
//   5. coal boilers, then 6. gas boilers (peak), each up to capacity; the rest is unserved heat.
// Several CHP plants share the load pro rata to their headroom. CHP electricity = heat × η_el / η_th.
// CHP fuel emissions are split between electricity and heat sent out by the energy-content method
// (share_el = E_el / (E_el + H_sent)); dumped heat carries none.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "twin/energy/energy_factors.hpp"
#include "twin/energy/energy_system.hpp"

namespace twin::energy {

// Whether day `day_of_year` (0-based) lies in the heating season (1-based days in HeatingSeasonDef;
// start > end wraps over the new year).
bool in_heating_season(const HeatingSeasonDef& season, std::uint32_t day_of_year);

struct HeatBalance {
  // Hourly, kWh of heat (thermal) unless named electricity.
  std::vector<double> delivered_kwh;          // to buildings (the input)
  std::vector<double> network_loss_kwh;
  std::vector<double> chp_heat_kwh;           // sent out (dumped heat excluded)
  std::vector<double> waste_heat_kwh;
  std::vector<double> heat_pump_heat_kwh;
  std::vector<double> coal_boiler_heat_kwh;
  std::vector<double> gas_boiler_heat_kwh;
  std::vector<double> dumped_heat_kwh;        // CHP minimum-load heat beyond the need
  std::vector<double> unserved_heat_kwh;
  std::vector<double> chp_electricity_kwh;    // must-run CHP electricity (to the power balance)
  std::vector<double> chp_electricity_co2_kg; // CO2 allocated to that electricity
  std::vector<double> heat_pump_electricity_kwh;
  // Annual.
  double chp_fuel_kwh = 0.0, coal_boiler_fuel_kwh = 0.0, gas_boiler_fuel_kwh = 0.0;
  std::vector<double> chp_plant_fuel_kwh;     // per ChpDef, same order
  GasEmissions chp_electricity_emissions;     // CHP fuel emissions allocated to electricity
  GasEmissions heat_fuel_emissions;           // boilers + CHP share of heat (heat pumps' electricity
                                              // is counted through the electricity factor)
};

// Precondition: validate_energy_system(def) is empty; delivered_kwh finite and ≥ 0.
// `day_of_year` and `weight` (representative days, EnergyProfiles): each hour's day (else h / 24) and
// the weight of its annual sums (else 1); empty or delivered_kwh.size() long.
HeatBalance balance_heat(std::span<const double> delivered_kwh, const EnergySystemDef& def,
                         const EnergyFactors& factors, std::span<const std::uint16_t> day_of_year = {},
                         std::span<const double> weight = {});

}  // namespace twin::energy
