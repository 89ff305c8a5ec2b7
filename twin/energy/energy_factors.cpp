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

// fuel_emissions, add, scaled: inline in the header.

}  // namespace twin::energy
