// Carrier × factor accounting of energy use into emissions by sector and scope (GPC basic level:
// scope 1 + scope 2 of stationary energy and transport). tCO2 throughout.
#pragma once

#include <array>
#include <vector>

#include "twin/emissions/carrier.hpp"
#include "twin/emissions/factor_set.hpp"

namespace twin::emissions {

struct EnergyUse {
  Sector sector = Sector::Residential;
  Carrier carrier = Carrier::Electricity;
  double energy_kwh = 0.0;  // delivered energy (NCV for fuels); negative only for corrections
};

// Energy of one year by sector and carrier, kWh.
struct EnergyBySectorCarrier {
  std::array<std::array<double, kCarrierCount>, kSectorCount> energy_kwh{};

  double& at(Sector s, Carrier c) { return energy_kwh[static_cast<int>(s)][static_cast<int>(c)]; }
  double at(Sector s, Carrier c) const { return energy_kwh[static_cast<int>(s)][static_cast<int>(c)]; }
};

struct EmissionsBySectorScope {
  std::array<std::array<double, kScopeCount>, kSectorCount> emissions_t{};  // tCO2
  // Same split by carrier, for "how was this computed".
  std::array<std::array<double, kCarrierCount>, kSectorCount> by_carrier_t{};

  double at(Sector s, Scope sc) const { return emissions_t[static_cast<int>(s)][static_cast<int>(sc)]; }
  double sector_t(Sector s) const;
  double scope_t(Scope sc) const;
  double total_t() const;
};

// emissions_t = Σ energy_kwh × factor kgCO2/kWh / 1000, each use added to its sector and to the
// scope of its carrier (scope_of()).
EmissionsBySectorScope account(const std::vector<EnergyUse>& uses, const FactorSet& factors);
EmissionsBySectorScope account(const EnergyBySectorCarrier& energy, const FactorSet& factors);

}  // namespace twin::emissions
