#include "twin/energy/energy_factors.hpp"

#include "twin/inventory/gwp.hpp"

#include <string_view>

#include "twin/emissions/factor_set.hpp"

namespace twin::energy {

namespace {

// = assets/energy/non_co2_factors.csv (source ids: assets/energy/README.md).
constexpr NonCo2FactorRow kNonCo2[] = {
    {emissions::Carrier::Coal, "Other bituminous coal", 1.0, 1.5, "ipcc2006_v2_ch2_t2_2"},
    {emissions::Carrier::NaturalGas, "Natural gas", 1.0, 0.1, "ipcc2006_v2_ch2_t2_2"},
};
}  // namespace

std::span<const NonCo2FactorRow> non_co2_factor_rows() { return kNonCo2; }

EnergyFactors energy_factors_for_year(int year, emissions::GridRegion region) {
  const emissions::FactorSet set = emissions::factors_for_year(year, region);
  EnergyFactors f;
  f.grid_co2_kg_per_kwh = set.of(emissions::Carrier::Electricity).kg_per_kwh;
  f.coal.co2_kg_per_kwh = set.of(emissions::Carrier::Coal).kg_per_kwh;
  f.natural_gas.co2_kg_per_kwh = set.of(emissions::Carrier::NaturalGas).kg_per_kwh;
  for (const NonCo2FactorRow& row : kNonCo2) {
    FuelGasFactors& g = row.carrier == emissions::Carrier::Coal ? f.coal : f.natural_gas;
    g.ch4_kg_per_kwh = row.ch4_kg_per_tj / emissions::kKwhPerTj;
    g.n2o_kg_per_kwh = row.n2o_kg_per_tj / emissions::kKwhPerTj;
  }
  // One GWP choice for the whole twin: twin/inventory's default set (AR5).
  f.gwp_ch4 = inventory::gwp100(inventory::Gas::Ch4, inventory::kDefaultGwpSet);
  f.gwp_n2o = inventory::gwp100(inventory::Gas::N2o, inventory::kDefaultGwpSet);
  return f;
}

GasEmissions fuel_emissions(const EnergyFactors& factors, emissions::Carrier fuel, double fuel_kwh) {
  const FuelGasFactors& g = factors.of(fuel);
  GasEmissions e;
  e.co2_t = fuel_kwh * g.co2_kg_per_kwh / 1000.0;
  e.ch4_t = fuel_kwh * g.ch4_kg_per_kwh / 1000.0;
  e.n2o_t = fuel_kwh * g.n2o_kg_per_kwh / 1000.0;
  e.co2e_t = e.co2_t + factors.gwp_ch4 * e.ch4_t + factors.gwp_n2o * e.n2o_t;
  return e;
}

void add(GasEmissions* sum, const GasEmissions& part) {
  sum->co2_t += part.co2_t;
  sum->ch4_t += part.ch4_t;
  sum->n2o_t += part.n2o_t;
  sum->co2e_t += part.co2e_t;
}

GasEmissions scaled(const GasEmissions& e, double share) {
  return {e.co2_t * share, e.ch4_t * share, e.n2o_t * share, e.co2e_t * share};
}

}  // namespace twin::energy
