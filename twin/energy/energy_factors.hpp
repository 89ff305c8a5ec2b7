// The emission factors the energy system needs for one year: the regional grid's CO2 factor for
// imports, and CO2, CH4 and N2O per kWh of fuel (NCV) burnt in power plants, CHP and heat-only
// boilers, with the GWPs that turn them into CO2e. CO2 comes from twin/emissions (IPCC 2006 Vol. 2
// Table 2.2 via factors_for_year); CH4 and N2O from the same table's "energy industries" column
// (= assets/energy/non_co2_factors.csv, embedded below, checked by a test).
#pragma once

#include <span>

#include "twin/emissions/carrier.hpp"
#include "twin/emissions/factor_tables.hpp"

namespace twin::energy {

struct FuelGasFactors {
  double co2_kg_per_kwh = 0.0;  // per kWh of fuel (NCV)
  double ch4_kg_per_kwh = 0.0;
  double n2o_kg_per_kwh = 0.0;
};

struct EnergyFactors {
  double grid_co2_kg_per_kwh = 0.0;  // imported electricity (the pathway may move it by a lever)
  FuelGasFactors coal;
  FuelGasFactors natural_gas;
  double gwp_ch4 = 0.0;              // kgCO2e per kg, 100-year: twin/inventory's gwp100() of the
                                     // default set (AR5) unless a report chooses another
  double gwp_n2o = 0.0;
  // Fuel of a plant: Coal or NaturalGas (validated); anything else reads as natural gas.
  const FuelGasFactors& of(emissions::Carrier fuel) const {
    return fuel == emissions::Carrier::Coal ? coal : natural_gas;
  }
};

// The grid factor of `year` and `region` (emissions::factors_for_year, nearest published year) and
// the embedded fuel and GWP values.
EnergyFactors energy_factors_for_year(int year, emissions::GridRegion region);

// Mass of each gas, tonnes, and its CO2e with the factors' GWPs.
struct GasEmissions {
  double co2_t = 0.0;
  double ch4_t = 0.0;
  double n2o_t = 0.0;
  double co2e_t = 0.0;
};
// Emissions of burning `fuel_kwh` of `fuel`. Inline: the heat balance calls these every hour (the
// pathway runs it every year); the arithmetic is the same wherever it is compiled (-ffp-contract=off).
inline GasEmissions fuel_emissions(const EnergyFactors& factors, emissions::Carrier fuel, double fuel_kwh) {
  const FuelGasFactors& g = factors.of(fuel);
  GasEmissions e;
  e.co2_t = fuel_kwh * g.co2_kg_per_kwh / 1000.0;
  e.ch4_t = fuel_kwh * g.ch4_kg_per_kwh / 1000.0;
  e.n2o_t = fuel_kwh * g.n2o_kg_per_kwh / 1000.0;
  e.co2e_t = e.co2_t + factors.gwp_ch4 * e.ch4_t + factors.gwp_n2o * e.n2o_t;
  return e;
}
inline void add(GasEmissions* sum, const GasEmissions& part) {
  sum->co2_t += part.co2_t;
  sum->ch4_t += part.ch4_t;
  sum->n2o_t += part.n2o_t;
  sum->co2e_t += part.co2e_t;
}
inline GasEmissions scaled(const GasEmissions& e, double share) {
  return {e.co2_t * share, e.ch4_t * share, e.n2o_t * share, e.co2e_t * share};
}

// One row of the embedded non-CO2 table (kg per TJ NCV) and of the GWP table.
struct NonCo2FactorRow {
  emissions::Carrier carrier;
  const char* ipcc_fuel;
  double ch4_kg_per_tj;
  double n2o_kg_per_tj;
  const char* source_id;
};
std::span<const NonCo2FactorRow> non_co2_factor_rows();

}  // namespace twin::energy
