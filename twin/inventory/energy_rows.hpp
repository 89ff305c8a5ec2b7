// Adapter from twin/emissions' buildings + transport accounting to inventory rows, so that the
// energy sectors sit in the same row list as waste, sinks and the sectors to come. One row per
// sector × carrier with non-zero energy: activity = delivered energy kWh, factor = the FactorSet's
// kgCO2/kWh with its source id; scope by carrier (scope_of()). Sector mapping (provincial guideline):
// residential → buildings/residential, commercial → buildings/commercial, industry (building services
// of factory floor area) → industry/factory_buildings, transport → transport/road_and_rail.
#pragma once

#include <vector>

#include "twin/emissions/accounting.hpp"
#include "twin/inventory/inventory_row.hpp"

namespace twin::inventory {

// Exact: Σ co2e_t of the rows equals emissions::account(energy, factors).total_t() up to rounding of
// the order of the additions (the test allows 1e-12 relative).
std::vector<InventoryRow> rows_from_energy(const emissions::EnergyBySectorCarrier& energy,
                                           const emissions::FactorSet& factors);

struct AdapterError {
  emissions::Sector sector;
  emissions::Carrier carrier;
  std::string message;
};

// From an already accounted result (e.g. a PathwayYear's emissions, whose energy may have been
// netted): the activity is recovered as by_carrier_t × 1000 / factor. A carrier with emissions but a
// zero or non-finite factor cannot be traced and is reported in `errors` (not dropped silently).
std::vector<InventoryRow> rows_from_emissions(const emissions::EmissionsBySectorScope& emissions,
                                              const emissions::FactorSet& factors,
                                              std::vector<AdapterError>* errors);

}  // namespace twin::inventory
