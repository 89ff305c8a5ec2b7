#include "twin/city/building_category.hpp"

namespace twin {

BuildingCategory building_category_of(BuildingUse use, ResidentialType type) {
  using C = BuildingCategory;
  switch (use) {
    case BuildingUse::Residential:
      if (type == ResidentialType::WalkUp) return C::ResidentialWalkUp;
      if (type == ResidentialType::UrbanVillage || type == ResidentialType::RuralHouse) return C::ResidentialVillage;
      return C::ResidentialHighRise;
    case BuildingUse::Office: return C::Office;
    case BuildingUse::Retail: return C::Retail;
    case BuildingUse::Hotel: return C::Hotel;
    case BuildingUse::School: return C::School;
    case BuildingUse::Hospital: return C::Hospital;
    case BuildingUse::Industrial: return C::Industrial;
    case BuildingUse::Warehouse: return C::Warehouse;
    case BuildingUse::Count: break;
  }
  return C::Office;
}

const char* to_string(BuildingCategory category) {
  static constexpr const char* kNames[] = {"residential_high_rise", "residential_walk_up", "residential_village",
                                           "office", "retail", "hotel", "school", "hospital", "industrial",
                                           "warehouse"};
  const int i = static_cast<int>(category);
  return i < kBuildingCategoryCount ? kNames[i] : "unknown";
}

}  // namespace twin
