// make_row() and validate_rows() (see inventory_row.hpp).
#include "twin/inventory/inventory_row.hpp"

#include <cmath>
#include <string_view>
#include <utility>

namespace twin::inventory {
namespace {

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Removals of land use and forestry; CO2 captured by CCUS and export credits (subsector names in
// inventory_row.hpp) subtract from the sector that emitted or from the city's net.
bool negative_factor_allowed(const InventoryRow& r) {
  if (r.sector == InventorySector::LandUseForestry) return true;
  return r.gas == Gas::Co2 && (ends_with(r.subsector, kCcusCaptureSuffix) || ends_with(r.subsector, kExportCreditSuffix));
}

}  // namespace

InventoryRow make_row(InventorySector sector, std::string subsector, Gas gas, Scope scope,
                      double activity_value, std::string activity_unit, double factor_value,
                      std::string factor_unit, double factor_to_t, std::string source_id, GwpSet gwp_set) {
  InventoryRow row;
  row.sector = sector;
  row.subsector = std::move(subsector);
  row.gas = gas;
  row.scope = scope;
  row.activity_value = activity_value;
  row.activity_unit = std::move(activity_unit);
  row.factor_value = factor_value;
  row.factor_unit = std::move(factor_unit);
  row.factor_to_t = factor_to_t;
  row.source_id = std::move(source_id);
  row.gas_t = activity_value * factor_value * factor_to_t;
  row.gwp = gwp100(gas, gwp_set);
  row.co2e_t = row.gas_t * row.gwp;
  return row;
}

std::vector<RowError> validate_rows(const std::vector<InventoryRow>& rows) {
  std::vector<RowError> errors;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const InventoryRow& r = rows[i];
    auto fail = [&](const char* field, std::string message) { errors.push_back({i, field, std::move(message)}); };
    if (r.sector >= InventorySector::Count) fail("sector", "not an inventory sector");
    if (r.gas >= Gas::Count) fail("gas", "not a gas");
    if (r.scope >= Scope::Count) fail("scope", "not a scope");
    if (!std::isfinite(r.activity_value) || r.activity_value < 0.0)
      fail("activity_value", "must be a finite number ≥ 0, got " + std::to_string(r.activity_value));
    if (!std::isfinite(r.factor_value)) fail("factor_value", "must be finite");
    else if (r.factor_value < 0.0 && !negative_factor_allowed(r))
      fail("factor_value", "negative factors belong to land-use removals, CCUS capture and export credits only");
    if (!std::isfinite(r.factor_to_t) || r.factor_to_t <= 0.0) fail("factor_to_t", "must be finite and > 0");
    if (r.scope == Scope::Scope2 && r.gas != Gas::Co2) fail("scope", "scope 2 rows are CO2 of bought electricity or heat");
    if (r.subsector.empty()) fail("subsector", "empty");
    if (r.activity_unit.empty()) fail("activity_unit", "empty");
    if (r.factor_unit.empty()) fail("factor_unit", "empty");
    if (r.source_id.empty()) fail("source_id", "empty: every factor needs a source");
    // The row's figures must be its own product (a row edited by hand would break traceability).
    if (r.gas_t != r.activity_value * r.factor_value * r.factor_to_t) fail("gas_t", "is not activity × factor");
    if (r.co2e_t != r.gas_t * r.gwp) fail("co2e_t", "is not gas_t × gwp");
  }
  return errors;
}

const char* to_string(InventorySector sector) {
  switch (sector) {
    case InventorySector::EnergySupply: return "energy_supply";
    case InventorySector::Industry: return "industry";
    case InventorySector::Buildings: return "buildings";
    case InventorySector::Transport: return "transport";
    case InventorySector::IndustrialProcesses: return "industrial_processes";
    case InventorySector::Agriculture: return "agriculture";
    case InventorySector::LandUseForestry: return "land_use_forestry";
    case InventorySector::Waste: return "waste";
    case InventorySector::Count: break;
  }
  return "unknown";
}

}  // namespace twin::inventory
