// account(): energy × factor by sector and scope (see accounting.hpp).
#include "twin/emissions/accounting.hpp"

namespace twin::emissions {

double EmissionsBySectorScope::sector_t(Sector s) const {
  double sum = 0.0;
  for (double v : emissions_t[static_cast<int>(s)]) sum += v;
  return sum;
}

double EmissionsBySectorScope::scope_t(Scope sc) const {
  double sum = 0.0;
  for (const auto& row : emissions_t) sum += row[static_cast<int>(sc)];
  return sum;
}

double EmissionsBySectorScope::total_t() const {
  double sum = 0.0;
  for (const auto& row : emissions_t)
    for (double v : row) sum += v;
  return sum;
}

EmissionsBySectorScope account(const EnergyBySectorCarrier& energy, const FactorSet& factors) {
  EmissionsBySectorScope out;
  for (int s = 0; s < kSectorCount; ++s) {
    for (int c = 0; c < kCarrierCount; ++c) {
      const double e_kwh = energy.energy_kwh[s][c];
      if (e_kwh == 0.0) continue;
      const auto carrier = static_cast<Carrier>(c);
      const double t = e_kwh * factors.of(carrier).kg_per_kwh / 1000.0;
      out.by_carrier_t[s][c] += t;
      out.emissions_t[s][static_cast<int>(scope_of(carrier))] += t;
    }
  }
  return out;
}

EmissionsBySectorScope account(const std::vector<EnergyUse>& uses, const FactorSet& factors) {
  EnergyBySectorCarrier energy;
  for (const EnergyUse& u : uses) energy.at(u.sector, u.carrier) += u.energy_kwh;
  return account(energy, factors);
}

}  // namespace twin::emissions
