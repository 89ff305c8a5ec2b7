// rows_from_energy() / rows_from_emissions() (see energy_rows.hpp).
#include "twin/inventory/energy_rows.hpp"

#include <cmath>
#include <string>

namespace twin::inventory {
namespace {

using emissions::Carrier;
using emissions::Sector;

struct Place {
  InventorySector sector;
  const char* subsector;
};

Place place_of(Sector s) {
  switch (s) {
    case Sector::Residential: return {InventorySector::Buildings, "residential"};
    case Sector::Commercial: return {InventorySector::Buildings, "commercial"};
    case Sector::Industry: return {InventorySector::Industry, "factory_buildings"};
    case Sector::Transport: return {InventorySector::Transport, "road_and_rail"};
    // No energy is booked to these (their rows come from twin/industry, twin/waste and twin/sinks).
    case Sector::IndustrialProcesses: return {InventorySector::IndustrialProcesses, "energy"};
    case Sector::Waste: return {InventorySector::Waste, "energy"};
    case Sector::LandUse: return {InventorySector::LandUseForestry, "energy"};
    case Sector::Count: break;
  }
  return {InventorySector::EnergySupply, "unknown"};
}

InventoryRow energy_row(Sector s, Carrier c, double energy_kwh, const emissions::Factor& f) {
  const Place p = place_of(s);
  // kgCO2/kWh × kWh → kg; factor_to_t = 1e-3 turns it into tonnes.
  return make_row(p.sector, std::string(p.subsector) + "/" + emissions::to_string(c), Gas::Co2,
                  emissions::scope_of(c), energy_kwh, "kWh", f.kg_per_kwh, "kgCO2/kWh", 1.0e-3,
                  f.source_id, kDefaultGwpSet);
}

}  // namespace

std::vector<InventoryRow> rows_from_energy(const emissions::EnergyBySectorCarrier& energy,
                                           const emissions::FactorSet& factors) {
  std::vector<InventoryRow> rows;
  for (int s = 0; s < emissions::kSectorCount; ++s)
    for (int c = 0; c < emissions::kCarrierCount; ++c) {
      const double e_kwh = energy.energy_kwh[s][c];
      if (e_kwh == 0.0) continue;
      const auto carrier = static_cast<Carrier>(c);
      rows.push_back(energy_row(static_cast<Sector>(s), carrier, e_kwh, factors.of(carrier)));
    }
  return rows;
}

std::vector<InventoryRow> rows_from_emissions(const emissions::EmissionsBySectorScope& result,
                                              const emissions::FactorSet& factors,
                                              std::vector<AdapterError>* errors) {
  std::vector<InventoryRow> rows;
  for (int s = 0; s < emissions::kSectorCount; ++s)
    for (int c = 0; c < emissions::kCarrierCount; ++c) {
      const double t = result.by_carrier_t[s][c];
      if (t == 0.0) continue;
      const auto sector = static_cast<Sector>(s);
      const auto carrier = static_cast<Carrier>(c);
      const emissions::Factor& f = factors.of(carrier);
      if (!std::isfinite(t) || !std::isfinite(f.kg_per_kwh) || f.kg_per_kwh <= 0.0) {
        if (errors)
          errors->push_back({sector, carrier,
                             std::string("cannot recover the activity of ") + emissions::to_string(sector) + "/" +
                                 emissions::to_string(carrier) + ": emissions " + std::to_string(t) +
                                 " t with factor " + std::to_string(f.kg_per_kwh) + " kgCO2/kWh"});
        continue;
      }
      rows.push_back(energy_row(sector, carrier, t * 1000.0 / f.kg_per_kwh, f));
    }
  return rows;
}

}  // namespace twin::inventory
