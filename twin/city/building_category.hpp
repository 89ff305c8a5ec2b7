// The energy category of a building: its use, with housing split by typology because towers,
// walk-ups and village houses differ in envelope and systems. Shared by the archetypes
// (twin/buildings) and the pathway's stock segments (twin/pathway), so both group alike.
#pragma once

#include <cstdint>

#include "twin/city/city.hpp"

namespace twin {

enum class BuildingCategory : std::uint8_t {
  ResidentialHighRise = 0,  // high-rise compound towers
  ResidentialWalkUp,        // 5–7 floor slab blocks
  ResidentialVillage,       // urban-village and rural houses
  Office,
  Retail,
  Hotel,
  School,
  Hospital,
  Industrial,  // building services of factories only (process energy belongs to twin/industry)
  Warehouse,
  Count
};
inline constexpr int kBuildingCategoryCount = static_cast<int>(BuildingCategory::Count);

BuildingCategory building_category_of(BuildingUse use, ResidentialType type);
const char* to_string(BuildingCategory category);  // snake_case, as in the asset CSVs

}  // namespace twin
