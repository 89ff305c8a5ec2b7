// Nearest built-in typical year and grid region from a location (twin/climate/climate_choice.hpp).
// Distances checked against the haversine distance computed by hand in python3
// (math.radians/asin on the same coordinates, R = 6371.0088 km).
#include "twin/climate/climate_choice.hpp"

#include <gtest/gtest.h>

namespace twin::climate {
namespace {

TEST(ClimateChoice, HaidianUsesBeijingAndLujiazuiUsesShanghai) {
  const ClimateChoice haidian = nearest_climate_city(116.352, 40.003);
  EXPECT_EQ(haidian.city, ClimateCity::Beijing);
  // python3: haversine((116.352, 40.003), (116.47, 39.80)) = 24.715 km
  EXPECT_NEAR(haidian.distance_km, 24.715, 0.001);
  const ClimateChoice lujiazui = nearest_climate_city(121.50, 31.238);
  EXPECT_EQ(lujiazui.city, ClimateCity::Shanghai);
  EXPECT_LT(lujiazui.distance_km, 10.0);
  EXPECT_EQ(grid_region_for(lujiazui.city), emissions::GridRegion::EastChina);
}

TEST(ClimateChoice, AEuropeanCityIsFarFromEveryTypicalYear) {
  const ClimateChoice delft = nearest_climate_city(4.36, 52.01);
  EXPECT_GT(delft.distance_km, kFarFromTypicalYearKm);
}

TEST(ClimateChoice, TheSyntheticCityKeepsBeijing) {
  City c;
  const ClimateChoice choice = climate_for_city(c);
  EXPECT_FALSE(choice.georeferenced);
  EXPECT_EQ(choice.city, ClimateCity::Beijing);
  EXPECT_EQ(grid_region_for(choice.city), emissions::GridRegion::NorthChina);
}

}  // namespace
}  // namespace twin::climate
