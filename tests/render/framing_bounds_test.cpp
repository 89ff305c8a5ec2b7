// building_bounds (render/mesh/framing.hpp): an imported city is framed on its buildings, not on the
// complete ways of its extract that run far beyond them; without buildings it falls back to city_bounds.
#include <gtest/gtest.h>

#include "render/mesh/framing.hpp"

namespace render {
namespace {

TEST(FramingBounds, BuildingBoundsIgnoreFarRoadsAndFallBackWithoutBuildings) {
  twin::City c;
  c.buildings.footprint_begin = {0, 4};
  c.buildings.footprint_xy = {{0, 0}, {20, 0}, {20, 10}, {0, 10}};
  c.buildings.height_m = {30};
  c.roads.node_xy = {{-5000, 0}, {9000, 100}};
  const CityBounds b = building_bounds(c);
  ASSERT_FALSE(b.empty);
  EXPECT_DOUBLE_EQ(b.min_m.x, 0.0);
  EXPECT_DOUBLE_EQ(b.max_m.x, 20.0);
  EXPECT_DOUBLE_EQ(b.max_m.z, 30.0);
  EXPECT_DOUBLE_EQ(city_bounds(c).min_m.x, -5000.0);
  twin::City roads_only;
  roads_only.roads.node_xy = {{-5000, 0}, {9000, 100}};
  EXPECT_DOUBLE_EQ(building_bounds(roads_only).max_m.x, 9000.0);
}

}  // namespace
}  // namespace render
