// One row of the city's greenhouse-gas inventory: activity × factor = mass of one gas, × GWP = tCO2e,
// with the sector and subsector of China's provincial inventory guideline (省级温室气体清单编制指南
// (试行), NDRC 2011: energy activities, industrial processes, agriculture, land-use change and
// forestry, waste) and the GPC scope. Every figure of the whole inventory is such a row, so that each
// total can be traced back to an activity, a factor and a source ("how was this computed").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "twin/emissions/carrier.hpp"
#include "twin/inventory/gwp.hpp"

namespace twin::inventory {

// Sectors of the provincial guideline; energy activities are split by who uses the energy.
// Order is part of the JSON output: append before Count only.
enum class InventorySector : std::uint8_t {
  EnergySupply = 0,     // 能源活动 — power and heat generation, energy industries
  Industry,             // 能源活动 — manufacturing and construction
  Buildings,            // 能源活动 — residential, commercial and public buildings (subsector says which)
  Transport,            // 能源活动 — transport
  IndustrialProcesses,  // 工业生产过程
  Agriculture,          // 农业
  LandUseForestry,      // 土地利用变化和林业 (removals are negative)
  Waste,                // 废弃物处理
  Count
};
inline constexpr int kInventorySectorCount = static_cast<int>(InventorySector::Count);

using Scope = emissions::Scope;
inline constexpr int kScopeCount = emissions::kScopeCount;

struct InventoryRow {
  InventorySector sector = InventorySector::EnergySupply;
  std::string subsector;      // snake_case, e.g. "residential", "landfill", "forest"
  Gas gas = Gas::Co2;
  Scope scope = Scope::Scope1;
  double activity_value = 0.0;  // ≥ 0, in activity_unit
  std::string activity_unit;    // e.g. "kWh", "t waste (wet)", "ha"
  double factor_value = 0.0;    // in factor_unit; negative only for removals (LandUseForestry)
  std::string factor_unit;      // e.g. "kgCO2/kWh", "tCH4/t waste", "tCO2/(ha·yr)"
  double factor_to_t = 1.0;     // tonnes of gas per (activity unit × factor unit): 1e-3 for kg factors
  std::string source_id;        // see source_citation()
  double gas_t = 0.0;           // activity_value × factor_value × factor_to_t, tonnes of `gas`
  double gwp = 1.0;             // GWP-100 used
  double co2e_t = 0.0;          // gas_t × gwp, tCO2e
};

// Builds a row and fills gas_t, gwp and co2e_t from the activity, the factor and the GWP set.
InventoryRow make_row(InventorySector sector, std::string subsector, Gas gas, Scope scope,
                      double activity_value, std::string activity_unit, double factor_value,
                      std::string factor_unit, double factor_to_t, std::string source_id, GwpSet gwp_set);

// Rows with a negative factor outside land use and forestry: CO2 captured by CCUS (subsector ending in
// kCcusCaptureSuffix, booked in the sector whose CO2 was captured) and export credits (ending in
// kExportCreditSuffix: exported electricity × grid factor, outside the scopes).
inline constexpr const char* kCcusCaptureSuffix = "ccus_capture";
inline constexpr const char* kExportCreditSuffix = "export_credit";

struct RowError {
  std::size_t row = 0;  // index in the list checked
  std::string field;    // "activity_value", "factor_value", …
  std::string message;
};

// Bad rows (non-finite or negative activity, non-finite factor, a negative factor outside land use
// and forestry, CCUS capture and export credits, a scope 2 row of a gas other than CO2, an empty unit or source id, gas_t or co2e_t not
// equal to activity × factor (× GWP)): one error per problem, naming the row index and field.
std::vector<RowError> validate_rows(const std::vector<InventoryRow>& rows);

const char* to_string(InventorySector sector);

}  // namespace twin::inventory
