// Defaults per building use for imported cities: storey height and the floors assumed when nothing
// else is known. Embedded copy of assets/geo/import_defaults.csv (sources there), kept equal to it by
// the test GeoImportDefaults.EmbeddedTableEqualsCsv.
#pragma once

#include <cstdint>

#include "twin/city/city.hpp"

namespace geo {

struct UseDefaults {
  twin::BuildingUse use;
  double storey_height_m;
  std::uint16_t default_floors;
};

const UseDefaults& use_defaults(twin::BuildingUse use);

// Construction year assumed when neither the building nor its neighbours give one: the middle of
// China's urban building stock by age (about half of urban dwellings standing in 2020 were built after
// 2000: 7th population census 2020, table "城市家庭户住房建成年代"), approximate.
inline constexpr std::uint16_t kDefaultConstructionYear = 2000;

}  // namespace geo
