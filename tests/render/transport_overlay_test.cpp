// render/mesh/transport_overlay, line_draft and OrbitCamera::screen_to_ground: the width and colour
// mappings, one ribbon per street, one ribbon per line segment, snapping, undo, ground picking.
#include "render/mesh/transport_overlay.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "render/mesh/camera.hpp"
#include "render/mesh/line_draft.hpp"

namespace {

// A 3-node road: a two-way street 0↔1 and a one-way link 1→2.
twin::RoadNetwork three_node_road() {
  twin::RoadNetwork r;
  r.node_xy = {{0, 0}, {1000, 0}, {1000, 800}};
  r.link_from = {0, 1, 1};
  r.link_to = {1, 0, 2};
  r.link_class = {twin::RoadClass::Arterial, twin::RoadClass::Arterial, twin::RoadClass::Local};
  r.link_length_m = {1000, 1000, 800};
  r.link_lanes = {2, 2, 1};
  r.link_capacity_vph = {3600, 3600, 900};
  r.link_free_speed_kmh = {50, 50, 30};
  return r;
}

twin::TransitLine line(std::initializer_list<twin::Vec2> stops, std::uint32_t rgb = 0x336699) {
  twin::TransitLine l;
  l.colour_rgb = rgb;
  for (const twin::Vec2& p : stops) l.stops.push_back({"", p});
  return l;
}

TEST(TransportOverlay, VcColourRunsGreenYellowRed) {
  const render::Rgba8 green = render::vc_colour(0.2), yellow = render::vc_colour(0.8), red = render::vc_colour(1.3);
  EXPECT_GT(green.g, green.r);
  EXPECT_GT(yellow.r, 200);
  EXPECT_GT(yellow.g, 180);
  EXPECT_GT(red.r, 200);
  EXPECT_LT(red.g, 60);
  EXPECT_EQ(render::vc_colour(1.0), red);
  EXPECT_EQ(render::vc_colour(std::nan("")), render::kZeroFlowColour);
  // Red minus green (green → yellow → red) never decreases with v/c.
  int last = -255;
  for (double vc = 0; vc < 1.5; vc += 0.05) {
    const render::Rgba8 c = render::vc_colour(vc);
    EXPECT_GE(c.r - c.g, last) << vc;
    last = c.r - c.g;
  }
}

TEST(TransportOverlay, WidthGrowsWithFlowAndLoadAndIsBounded) {
  EXPECT_FLOAT_EQ(render::flow_width_m(0), 8.0f);
  EXPECT_LT(render::flow_width_m(500), render::flow_width_m(2000));
  EXPECT_FLOAT_EQ(render::flow_width_m(1e9), render::flow_width_m(render::kFullWidthFlow_pcu_h));
  EXPECT_FLOAT_EQ(render::flow_width_m(std::nan("")), 8.0f);
  EXPECT_FLOAT_EQ(render::flow_width_m(-5), 8.0f);
  EXPECT_LT(render::flow_min_width_px(100), render::flow_min_width_px(3000));
  EXPECT_LT(render::load_width_m(1000), render::load_width_m(20000));
  EXPECT_FLOAT_EQ(render::load_width_m(1e9), render::load_width_m(render::kFullWidthLoad_pax_h));
}

TEST(TransportOverlay, OneRibbonPerStreetTwoWayFlowsAddedBusiestLast) {
  const twin::RoadNetwork roads = three_node_road();
  render::TransportOverlay out;
  render::append_road_traffic(roads, {1200, 900, 0}, {0.33, 0.95, 0}, &out);
  ASSERT_EQ(out.ribbons.size(), 2u);
  // The one-way link without flow comes first, thin and grey.
  EXPECT_EQ(out.ribbons[0].colour, render::kZeroFlowColour);
  EXPECT_FLOAT_EQ(out.ribbons[0].x0, 1000.0f);
  EXPECT_FLOAT_EQ(out.ribbons[0].y1, 800.0f);
  // The two-way street: width of 2100 pcu/h, colour of the busier direction's v/c.
  EXPECT_FLOAT_EQ(out.ribbons[1].width_m, render::flow_width_m(2100));
  EXPECT_EQ(out.ribbons[1].colour, render::vc_colour(0.95));
  EXPECT_TRUE(out.discs.empty());
}

TEST(TransportOverlay, NothingWhenResultsDoNotFitTheNetwork) {
  render::TransportOverlay out;
  render::append_road_traffic(three_node_road(), {1, 2}, {0.1, 0.2}, &out);
  EXPECT_TRUE(out.ribbons.empty());
}

TEST(TransportOverlay, LineSegmentsCarryTheirLoads) {
  const std::vector<twin::TransitLine> lines = {line({{0, 0}, {1000, 0}, {2000, 0}}, 0xC23A30),
                                                line({{0, 500}, {0, 1500}})};
  render::TransportOverlay out;
  render::append_transit_loads(lines, {{5000, 20000}}, &out);  // the second line has no loads
  ASSERT_EQ(out.ribbons.size(), 3u);
  ASSERT_EQ(out.discs.size(), 5u);
  EXPECT_FLOAT_EQ(out.ribbons[0].width_m, render::load_width_m(5000));
  EXPECT_FLOAT_EQ(out.ribbons[1].width_m, render::load_width_m(20000));
  EXPECT_FLOAT_EQ(out.ribbons[2].width_m, render::load_width_m(0));
  EXPECT_EQ(out.ribbons[0].colour, (render::Rgba8{0xC2, 0x3A, 0x30, 255}));
  EXPECT_EQ(out.discs[4].colour, (render::Rgba8{0x33, 0x66, 0x99, 255}));
}

TEST(TransportOverlay, DraftLineHasASegmentBetweenEachPairOfStations) {
  render::TransportOverlay out;
  render::append_draft_line({{0, 0}}, 0xFF00FF, &out);
  EXPECT_EQ(out.ribbons.size(), 0u);
  EXPECT_EQ(out.discs.size(), 1u);
  render::append_draft_line({{0, 0}, {500, 0}, {500, 700}, {900, 900}}, 0xFF00FF, &out);
  EXPECT_EQ(out.ribbons.size(), 3u);
  EXPECT_EQ(out.discs.size(), 5u);
}

TEST(LineDraft, SnapsToNearbyStationsUndoesAndNeedsTwoToBuild) {
  twin::City city;
  city.min_corner = {-5000, -5000};
  city.max_corner = {5000, 5000};
  const std::vector<twin::TransitLine> lines = {line({{1000, 1000}, {2000, 1000}})};
  render::LineDraft draft;
  EXPECT_FALSE(draft.add(city, {0, 0}, lines));  // not drawing
  draft.start();
  EXPECT_TRUE(draft.add(city, {1200, 1150}, lines));  // 250 m from a station: snapped onto it
  EXPECT_DOUBLE_EQ(draft.stations()[0].x_m, 1000);
  EXPECT_DOUBLE_EQ(draft.stations()[0].y_m, 1000);
  EXPECT_FALSE(draft.can_build());
  EXPECT_FALSE(draft.add(city, {1050, 1000}, lines));           // the same station again
  EXPECT_FALSE(draft.add(city, {9000, 0}, lines));              // outside the city
  EXPECT_FALSE(draft.add(city, {std::nan(""), 0}, lines));
  EXPECT_TRUE(draft.add(city, {-1500, -2000}, lines));          // far from any station: kept as tapped
  EXPECT_DOUBLE_EQ(draft.stations()[1].x_m, -1500);
  EXPECT_TRUE(draft.can_build());
  EXPECT_TRUE(draft.undo());
  EXPECT_EQ(draft.stations().size(), 1u);
  EXPECT_TRUE(draft.undo());
  EXPECT_FALSE(draft.undo());
  draft.cancel();
  EXPECT_FALSE(draft.active());
}

TEST(OrbitCamera, ScreenToGroundInvertsWorldToScreen) {
  render::OrbitCamera cam;
  cam.target = {1200.0, -800.0, 0.0};
  cam.distance_m = 3000.0;
  cam.yaw_rad = 0.7;
  cam.pitch_rad = 0.6;
  for (const glm::dvec3& p : {glm::dvec3(1200, -800, 0), glm::dvec3(1700, -300, 0), glm::dvec3(600, -1100, 0)}) {
    double x = 0, y = 0;
    ASSERT_TRUE(cam.world_to_screen(p, 1280, 720, &x, &y));
    glm::dvec3 hit;
    ASSERT_TRUE(cam.screen_to_ground(x, y, 1280, 720, &hit));
    EXPECT_NEAR(hit.x, p.x, 1e-6);
    EXPECT_NEAR(hit.y, p.y, 1e-6);
    EXPECT_NEAR(hit.z, 0.0, 1e-6);
  }
  glm::dvec3 hit;
  EXPECT_FALSE(cam.screen_to_ground(640, -5000, 1280, 720, &hit));  // far above the horizon
}

}  // namespace
