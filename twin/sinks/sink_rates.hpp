// Carbon removal rates of the city's sinks by type, tCO2 per hectare per year (positive numbers; the
// inventory rows carry them with a minus sign). Embedded, equal to assets/sinks/sink_rates.csv
// (checked natively by tests/twin/sinks/sink_tables_test.cpp), each with its source and derivation.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace twin::sinks {

// Order is part of the JSON output: append before Count only.
enum class SinkType : std::uint8_t {
  UrbanGreenSpace = 0,  // parks and other green space (mixed lawn, shrubs and trees)
  UrbanTrees,           // tree-covered urban green (canopy area)
  Forest,               // woodland (biomass growth)
  Wetland,              // freshwater marsh (soil/sediment burial)
  Farmland,             // cropland topsoil organic carbon gain
  Mangrove,             // coastal blue carbon
  SaltMarsh,            // coastal blue carbon
  Count
};
inline constexpr int kSinkTypeCount = static_cast<int>(SinkType::Count);

struct SinkRateRow {
  SinkType type;
  double removal_t_co2_per_ha_yr;  // > 0
  const char* source_id;           // twin::inventory::source_citation()
};

std::span<const SinkRateRow> sink_rate_rows();
const SinkRateRow& sink_rate(SinkType type);

const char* to_string(SinkType type);
bool sink_type_from_string(std::string_view key, SinkType* type);

}  // namespace twin::sinks
