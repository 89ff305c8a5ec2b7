// Embedded sink removal rates (see sink_rates.hpp); every value = the cited figure converted to
// tCO2/(ha·yr) with 44/12 tCO2/tC and 1 g/m² = 0.01 t/ha (the arithmetic is in the CSV's note).
#include "twin/sinks/sink_rates.hpp"

#include <array>
#include <cassert>

namespace twin::sinks {
namespace {

constexpr std::array<SinkRateRow, kSinkTypeCount> kRows{{
    // Half the tree-green rate below: parks taken as ~50 % tree canopy (CarbonTwin assumption).
    {SinkType::UrbanGreenSpace, 4.495, "carbontwin_assumption"},
    // 8.99 tCO2e/(hm²·a), Pinghu urban tree green space.
    {SinkType::UrbanTrees, 8.99, "zeng2024_pinghu_urban_trees"},
    // 154.8 Tg C/yr ÷ (7975 Tg C ÷ 45.8 Mg C/ha = 174.13 Mha) = 0.8890 tC/ha/yr × 44/12 = 3.260.
    {SinkType::Forest, 3.260, "yang2022_forest_biomass"},
    // 196.7 g C/(m²·yr) = 1.967 tC/ha/yr × 44/12 = 7.212.
    {SinkType::Wetland, 7.212, "wetland_meta_473_cores"},
    // 3.36 Mg C/ha over 1980–2000 = 0.168 tC/ha/yr × 44/12 = 0.616.
    {SinkType::Farmland, 0.616, "cropland_soc_china_2009"},
    // 229.8 g C/(m²·yr) = 2.298 tC/ha/yr × 44/12 = 8.426.
    {SinkType::Mangrove, 8.426, "wetland_meta_473_cores"},
    // 247.7 g C/(m²·yr) = 2.477 tC/ha/yr × 44/12 = 9.082.
    {SinkType::SaltMarsh, 9.082, "wetland_meta_473_cores"},
}};

}  // namespace

std::span<const SinkRateRow> sink_rate_rows() { return kRows; }

const SinkRateRow& sink_rate(SinkType type) {
  assert(type < SinkType::Count && "sink_rate: not a sink type");
  return kRows[static_cast<int>(type)];
}

const char* to_string(SinkType type) {
  switch (type) {
    case SinkType::UrbanGreenSpace: return "urban_green_space";
    case SinkType::UrbanTrees: return "urban_trees";
    case SinkType::Forest: return "forest";
    case SinkType::Wetland: return "wetland";
    case SinkType::Farmland: return "farmland";
    case SinkType::Mangrove: return "mangrove";
    case SinkType::SaltMarsh: return "salt_marsh";
    case SinkType::Count: break;
  }
  return "unknown";
}

bool sink_type_from_string(std::string_view key, SinkType* type) {
  for (int i = 0; i < kSinkTypeCount; ++i) {
    const auto t = static_cast<SinkType>(i);
    if (key == to_string(t)) {
      *type = t;
      return true;
    }
  }
  return false;
}

}  // namespace twin::sinks
