// The kiosk's moving things: cars shared by flow and moving at the links' speeds, puffs fading with
// emissions, glints on a stable share of roofs.
#include "render/kiosk/city_life.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace render {
namespace {

// Two links of 1 km along x and y from the origin, 36 km/h free speed (10 m/s).
twin::RoadNetwork two_links() {
  twin::RoadNetwork r;
  r.node_xy = {{0, 0}, {1000, 0}, {0, 1000}};
  r.link_from = {0, 0};
  r.link_to = {1, 2};
  r.link_class = {twin::RoadClass::Arterial, twin::RoadClass::Arterial};
  r.link_length_m = {1000, 1000};
  r.link_lanes = {2, 2};
  r.link_capacity_vph = {1800, 1800};
  r.link_free_speed_kmh = {36, 36};
  return r;
}

TEST(CityLife, CarsAreSharedByFlowAndStayOnTheirLinks) {
  std::vector<glm::dvec3> cars;
  traffic_particles(two_links(), {300.0, 100.0}, 0.0, 8, &cars);
  ASSERT_EQ(cars.size(), 8u);  // 300/400 × 8 = 6 on the first link, 2 on the second
  int on_x = 0, on_y = 0;
  for (const glm::dvec3& c : cars) {
    EXPECT_DOUBLE_EQ(c.z, kCarHeight_m);
    if (c.y == 0.0 && c.x > 0.0) ++on_x;
    if (c.x == 0.0 && c.y > 0.0) ++on_y;
  }
  EXPECT_EQ(on_x, 6);
  EXPECT_EQ(on_y, 2);
}

TEST(CityLife, CarsMoveAtTheLinkSpeedTimesTheSpeedup) {
  std::vector<glm::dvec3> a, b;
  traffic_particles(two_links(), {100.0, 0.0}, 0.0, 1, &a);
  traffic_particles(two_links(), {100.0, 0.0}, 0.5, 1, &b);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  // 10 m/s × 10 × 0.5 s = 50 m along the link (modulo its 1 km length).
  EXPECT_NEAR(std::fmod(b[0].x - a[0].x + 1000.0, 1000.0), 50.0, 1e-9);
}

TEST(CityLife, NoFlowOrMismatchedFlowsGiveNoCars) {
  std::vector<glm::dvec3> cars{{1, 2, 3}};
  traffic_particles(two_links(), {0.0, 0.0}, 1.0, 100, &cars);
  EXPECT_TRUE(cars.empty());
  traffic_particles(two_links(), {10.0}, 1.0, 100, &cars);  // one flow for two links
  EXPECT_TRUE(cars.empty());
}

TEST(CityLife, PuffsRiseFadeAndScaleWithEmissions) {
  const auto full = chimney_puffs(1.3, 1.0);
  const auto half = chimney_puffs(1.3, 0.5);
  const auto none = chimney_puffs(1.3, 0.0);
  for (int k = 0; k < kPuffCount; ++k) {
    const Puff& p = full[static_cast<std::size_t>(k)];
    EXPECT_GE(p.rise, 0.0);
    EXPECT_LT(p.rise, 1.0);
    EXPECT_NEAR(p.alpha, 0.85 * (1.0 - p.rise), 1e-12);
    EXPECT_NEAR(p.radius_scale, 1.0 + 1.5 * p.rise, 1e-12);
    EXPECT_NEAR(half[static_cast<std::size_t>(k)].alpha, 0.5 * p.alpha, 1e-12);
    EXPECT_EQ(none[static_cast<std::size_t>(k)].alpha, 0.0);
  }
}

TEST(CityLife, GlintsComeFromAStableShareOfRoofs) {
  // Over a whole period every PV roof flashes once; the roofs at 20 % are among those at 50 %.
  std::set<std::uint32_t> at20, at50;
  std::vector<Glint> g;
  for (double t = 0.0; t < kGlintPeriod_s; t += 0.01) {
    pv_glints(2000, 0.2, t, 100000, &g);
    for (const Glint& x : g) at20.insert(x.roof);
    pv_glints(2000, 0.5, t, 100000, &g);
    for (const Glint& x : g) at50.insert(x.roof);
  }
  EXPECT_NEAR(static_cast<double>(at20.size()) / 2000.0, 0.2, 0.03);
  EXPECT_NEAR(static_cast<double>(at50.size()) / 2000.0, 0.5, 0.04);
  for (std::uint32_t r : at20) EXPECT_TRUE(at50.count(r)) << r;
  pv_glints(2000, 0.0, 1.0, 100000, &g);
  EXPECT_TRUE(g.empty());
}

}  // namespace
}  // namespace render
