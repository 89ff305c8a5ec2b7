// render/mesh/picking: exact hits on hand-built prisms, and the grid walk against brute force.
#include "render/mesh/picking.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

#include "tests/render/test_city.hpp"

namespace {

using render_test::add_box;

// Hits are solved in double from exact inputs: 1e-9 m is far below anything a pick can resolve.
constexpr double kTol_m = 1e-9;

render::Ray ray(double ox, double oy, double oz, double dx, double dy, double dz) {
  return render::Ray{{ox, oy, oz}, {dx, dy, dz}};
}

TEST(BuildingPicker, RayStraightDownHitsRoof) {
  twin::City city;
  add_box(&city, 0, 0, 10, 10, 30);
  add_box(&city, 20, 0, 30, 10, 12);
  const render::BuildingPicker picker(city);
  double t = -1;
  EXPECT_EQ(picker.pick(ray(5, 5, 100, 0, 0, -1), &t), 0);
  EXPECT_NEAR(t, 70.0, kTol_m);
  EXPECT_EQ(picker.pick(ray(25, 5, 100, 0, 0, -2), &t), 1);
  EXPECT_NEAR(t, 44.0, kTol_m);  // in units of |direction| = 2
}

TEST(BuildingPicker, RayBetweenTwoBuildingsMisses) {
  twin::City city;
  add_box(&city, 0, 0, 10, 10, 30);
  add_box(&city, 20, 0, 30, 10, 30);
  const render::BuildingPicker picker(city);
  double t = -1;
  EXPECT_EQ(picker.pick(ray(15, 5, 100, 0, 0, -1), &t), -1);
  EXPECT_EQ(t, -1);  // untouched on a miss
  EXPECT_EQ(picker.pick(ray(15, -50, 5, 0, 1, 0)), -1);  // along the gap, horizontally
  EXPECT_EQ(picker.pick(ray(5, 5, 100, 0, 0, 1)), -1);   // pointing away
}

TEST(BuildingPicker, NearestOfTwoAlongTheRay) {
  twin::City city;
  add_box(&city, 0, 0, 10, 10, 30);
  add_box(&city, 500, 0, 510, 10, 30);  // several grid cells away
  const render::BuildingPicker picker(city, 50.0);
  double t = 0;
  EXPECT_EQ(picker.pick(ray(-100, 5, 10, 1, 0, 0), &t), 0);
  EXPECT_NEAR(t, 100.0, kTol_m);
  EXPECT_EQ(picker.pick(ray(700, 5, 10, -1, 0, 0), &t), 1);
  EXPECT_NEAR(t, 190.0, kTol_m);
}

TEST(BuildingPicker, RayHittingAWallAtAnAngle) {
  twin::City city;
  add_box(&city, 0, 0, 10, 10, 30);
  const render::BuildingPicker picker(city);
  // From (-20, 5, 40) towards (0, 5, 20): meets the west wall at z = 20 < 30 (below the eaves).
  double t = 0;
  EXPECT_EQ(picker.pick(ray(-20, 5, 40, 1, 0, -1), &t), 0);
  EXPECT_NEAR(t, 20.0, kTol_m);
  // Steeper, passing over the wall top, it lands on the roof at x = 2.
  EXPECT_EQ(picker.pick(ray(-20, 5, 140, 2, 0, -10), &t), 0);
  EXPECT_NEAR(t, 11.0, kTol_m);
  // Too high: over the building entirely.
  EXPECT_EQ(picker.pick(ray(-20, 5, 40, 1, 0, 0)), -1);
}

TEST(BuildingPicker, ShortBuildingInFrontDoesNotHideTallOneBehind) {
  twin::City city;
  add_box(&city, 0, 0, 10, 10, 5);
  add_box(&city, 20, 0, 30, 10, 60);
  const render::BuildingPicker picker(city);
  EXPECT_EQ(picker.pick(ray(-10, 5, 20, 1, 0, 0)), 1);
  EXPECT_EQ(picker.pick(ray(-10, 5, 3, 1, 0, 0)), 0);
}

TEST(BuildingPicker, NotchOfLShapeIsEmpty) {
  twin::City city;
  render_test::add_building(&city, {{0, 0}, {30, 0}, {30, 10}, {10, 10}, {10, 20}, {0, 20}}, 18.0);
  const render::BuildingPicker picker(city);
  EXPECT_EQ(picker.pick(ray(20, 15, 50, 0, 0, -1)), -1);
  EXPECT_EQ(picker.pick(ray(5, 15, 50, 0, 0, -1)), 0);
  EXPECT_EQ(picker.pick(ray(25, 5, 50, 0, 0, -1)), 0);
}

TEST(BuildingPicker, EmptyCityNeverHits) {
  const twin::City city;
  const render::BuildingPicker picker(city);
  EXPECT_EQ(picker.pick(ray(0, 0, 10, 0, 0, -1)), -1);
}

// The grid walk must find exactly what testing every building finds (one giant cell).
TEST(BuildingPicker, GridWalkAgreesWithBruteForce) {
  twin::City city;
  for (int j = 0; j < 12; ++j) {
    for (int i = 0; i < 12; ++i) {
      const double h = 6.0 + ((i * 7 + j * 13) % 11) * 9.0;
      add_box(&city, i * 40.0, j * 40.0, i * 40.0 + 22.0 + (i % 3) * 5.0, j * 40.0 + 25.0, h);
    }
  }
  const render::BuildingPicker fine(city, 17.0);
  const render::BuildingPicker coarse(city, 1.0e6);
  std::uint64_t state = 12345;
  auto uniform = [&state](double lo, double hi) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;  // PCG/Knuth LCG step
    return lo + (hi - lo) * static_cast<double>(state >> 11) * 0x1.0p-53;
  };
  int hits = 0;
  for (int k = 0; k < 2000; ++k) {
    const render::Ray r = ray(uniform(-300, 800), uniform(-300, 800), uniform(1, 400),
                              uniform(-1, 1), uniform(-1, 1), uniform(-1, 0.2));
    double t_fine = -1, t_coarse = -1;
    const std::int32_t a = fine.pick(r, &t_fine);
    const std::int32_t b = coarse.pick(r, &t_coarse);
    ASSERT_EQ(a, b) << "ray " << k;
    if (a >= 0) {
      ++hits;
      EXPECT_EQ(t_fine, t_coarse);
    }
  }
  EXPECT_GT(hits, 200);  // the sample exercises hits, not only misses
}

}  // namespace
