// render/mesh/camera: the screen/world round trip, agreement with the GL matrices, zoom and pan
// anchored under the cursor, clamps.
#include "render/mesh/camera.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include <glm/glm.hpp>

#include "render/mesh/framing.hpp"
#include "tests/render/test_city.hpp"

namespace {

constexpr double kW = 1280, kH = 720;

// Distance from point p to the line of the ray.
double distance_to_ray(const render::Ray& r, const glm::dvec3& p) {
  const glm::dvec3 o(r.origin[0], r.origin[1], r.origin[2]);
  const glm::dvec3 d = glm::normalize(glm::dvec3(r.direction[0], r.direction[1], r.direction[2]));
  const glm::dvec3 v = p - o;
  return glm::length(v - glm::dot(v, d) * d);
}

glm::dvec3 ground_under(const render::OrbitCamera& cam, double x, double y) {
  const render::Ray r = cam.screen_ray(x, y, kW, kH);
  const double t = -r.origin[2] / r.direction[2];
  return {r.origin[0] + t * r.direction[0], r.origin[1] + t * r.direction[1], 0.0};
}

render::OrbitCamera test_camera() {
  render::OrbitCamera cam;
  cam.target = {1200.0, -800.0, 0.0};
  cam.distance_m = 3000.0;
  cam.yaw_rad = 0.7;
  cam.pitch_rad = 0.6;
  return cam;
}

TEST(OrbitCamera, WorldToScreenThenScreenRayPassesThroughPoint) {
  const render::OrbitCamera cam = test_camera();
  const glm::dvec3 points[] = {{1200, -800, 0}, {1500, -300, 120}, {700, -1000, 0}, {1300, 200, 40}};
  for (const glm::dvec3& p : points) {
    double x = 0, y = 0;
    ASSERT_TRUE(cam.world_to_screen(p, kW, kH, &x, &y));
    // Relative 1e-9 of the eye distance: a few ulps of double through sin/cos/tan.
    EXPECT_LT(distance_to_ray(cam.screen_ray(x, y, kW, kH), p), 1e-9 * cam.distance_m);
  }
  double x = 0, y = 0;
  cam.world_to_screen(cam.target, kW, kH, &x, &y);
  EXPECT_NEAR(x, kW / 2, 1e-6);
  EXPECT_NEAR(y, kH / 2, 1e-6);
}

TEST(OrbitCamera, PointBehindCameraIsNotOnScreen) {
  const render::OrbitCamera cam = test_camera();
  const glm::dvec3 behind = cam.eye() + (cam.eye() - cam.target);
  double x = 0, y = 0;
  EXPECT_FALSE(cam.world_to_screen(behind, kW, kH, &x, &y));
}

TEST(OrbitCamera, MatricesAgreeWithWorldToScreen) {
  const render::OrbitCamera cam = test_camera();
  const glm::mat4 clip_from_world = cam.projection(kW / kH) * cam.view();
  const glm::dvec3 p(1500, -300, 120);
  // The matrices are float for GL; compare in coordinates relative to the eye to keep float exact
  // enough: the NDC agrees to 1e-4 (≈0.06 px on 1280 px).
  const glm::vec4 clip = clip_from_world * glm::vec4(glm::vec3(p), 1.0f);
  const double ndc_x = clip.x / clip.w, ndc_y = clip.y / clip.w;
  double x = 0, y = 0;
  ASSERT_TRUE(cam.world_to_screen(p, kW, kH, &x, &y));
  EXPECT_NEAR(0.5 * (ndc_x + 1.0) * kW, x, 1e-4 * kW);
  EXPECT_NEAR(0.5 * (1.0 - ndc_y) * kH, y, 1e-4 * kH);
  EXPECT_GT(clip.z / clip.w, -1.0);
  EXPECT_LT(clip.z / clip.w, 1.0);
}

TEST(OrbitCamera, ZoomKeepsGroundPointUnderCursor) {
  render::OrbitCamera cam = test_camera();
  const double cx = 900, cy = 500;
  const glm::dvec3 before = ground_under(cam, cx, cy);
  cam.zoom(1.8, kW, kH, cx, cy);
  EXPECT_NEAR(cam.distance_m, 3000.0 / 1.8, 1e-9);
  const glm::dvec3 after = ground_under(cam, cx, cy);
  EXPECT_LT(glm::length(after - before), 1e-6 * 3000.0);
  cam.zoom(0.25, kW, kH, 100, 650);  // out, about another point
  EXPECT_NEAR(cam.distance_m, 3000.0 / 1.8 / 0.25, 1e-9);
}

TEST(OrbitCamera, ZoomIsClampedAndStillAnchored) {
  render::OrbitCamera cam = test_camera();
  const glm::dvec3 before = ground_under(cam, 400, 300);
  cam.zoom(1000.0, kW, kH, 400, 300);
  EXPECT_EQ(cam.distance_m, cam.min_distance_m);
  EXPECT_LT(glm::length(ground_under(cam, 400, 300) - before), 1e-6 * 3000.0);
  cam.zoom(1e-6, kW, kH, 400, 300);
  EXPECT_EQ(cam.distance_m, cam.max_distance_m);
}

TEST(OrbitCamera, PanMovesGroundWithTheFinger) {
  render::OrbitCamera cam = test_camera();
  const glm::dvec3 under_centre = ground_under(cam, kW / 2, kH / 2);
  cam.pan_pixels(120, -40, kW, kH);
  EXPECT_EQ(cam.target.z, 0.0);
  // The ground that was under the centre is now under centre + drag.
  EXPECT_LT(glm::length(ground_under(cam, kW / 2 + 120, kH / 2 - 40) - under_centre), 1e-6 * 3000.0);
  const glm::dvec3 grabbed = ground_under(cam, 200, 600);
  cam.pan_screen(200, 600, 260, 560, kW, kH);
  EXPECT_LT(glm::length(ground_under(cam, 260, 560) - grabbed), 1e-6 * 3000.0);
}

TEST(OrbitCamera, PitchAndDistanceClamp) {
  render::OrbitCamera cam = test_camera();
  cam.orbit(0.0, 10.0);
  EXPECT_EQ(cam.pitch_rad, render::OrbitCamera::kMaxPitch_rad);
  cam.orbit(0.0, -10.0);
  EXPECT_EQ(cam.pitch_rad, render::OrbitCamera::kMinPitch_rad);
  EXPECT_GT(cam.eye().z, 0.0);  // the eye never goes below the ground
  cam.orbit(100.0, 0.0);
  EXPECT_LE(std::fabs(cam.yaw_rad), 3.14159265358979323846 + 1e-12);
}

TEST(OrbitCamera, YawZeroLooksNorth) {
  render::OrbitCamera cam;
  cam.yaw_rad = 0.0;
  EXPECT_NEAR(cam.forward().x, 0.0, 1e-15);
  EXPECT_GT(cam.forward().y, 0.0);
  EXPECT_LT(cam.forward().z, 0.0);
  EXPECT_NEAR(cam.right().x, 1.0, 1e-15);  // east is to the right when looking north
  EXPECT_GT(cam.up().z, 0.0);
}

TEST(OrbitCamera, ClipPlanesScaleWithDistance) {
  render::OrbitCamera cam;
  for (double d : {80.0, 1000.0, 60000.0}) {
    cam.distance_m = d;
    EXPECT_LT(cam.near_m(), 0.5 * d);
    EXPECT_GT(cam.far_m(), d + 20000.0);  // the whole city stays inside the frustum depth range
  }
}

TEST(OrbitCamera, FrameCityShowsAllBuildings) {
  twin::City city;
  render_test::add_box(&city, -4000, -3000, -3900, -2900, 50);
  render_test::add_box(&city, 5000, 2000, 5100, 2100, 200);
  render::OrbitCamera cam;
  const render::CityBounds bounds = render::city_bounds(city);
  ASSERT_FALSE(bounds.empty);
  EXPECT_EQ(bounds.max_m.z, 200.0);
  render::frame_bounds(bounds, kW / kH, &cam);
  for (const glm::dvec3& corner : {bounds.min_m, bounds.max_m}) {
    double x = 0, y = 0;
    ASSERT_TRUE(cam.world_to_screen(corner, kW, kH, &x, &y));
    EXPECT_GE(x, 0.0);
    EXPECT_LE(x, kW);
    EXPECT_GE(y, 0.0);
    EXPECT_LE(y, kH);
  }
}

}  // namespace
