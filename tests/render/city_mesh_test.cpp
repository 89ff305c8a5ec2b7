// render/mesh/city_mesh: counts, normals, winding and areas against closed forms.
#include "render/mesh/city_mesh.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/render/test_city.hpp"

namespace {

using render_test::add_box;
using render_test::add_building;

// Positions are float (city_mesh.hpp): 1e-4 relative is a few float ulps over these sums.
constexpr double kAreaTol = 1e-4;

struct V3 {
  double x, y, z;
};
V3 pos(const render::BuildingVertex& v) { return {v.position[0], v.position[1], v.position[2]}; }
V3 sub(V3 a, V3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
V3 cross(V3 a, V3 b) { return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x}; }
double dot(V3 a, V3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
double length(V3 a) { return std::sqrt(dot(a, a)); }

// Sum of areas of triangles whose flat normal is straight up (the roofs).
double roof_area_m2(const render::BuildingMesh& mesh) {
  double area = 0.0;
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    const auto& a = mesh.vertices[mesh.indices[t]];
    if (a.normal[2] != 1.0f) continue;
    const V3 n = cross(sub(pos(mesh.vertices[mesh.indices[t + 1]]), pos(a)),
                       sub(pos(mesh.vertices[mesh.indices[t + 2]]), pos(a)));
    area += 0.5 * length(n);
  }
  return area;
}

// Every triangle: indices in range, one building, flat unit normal, counter-clockwise seen from
// the side its normal points to, and that side is away from the building's centre (outward).
void expect_well_formed(const render::BuildingMesh& mesh, const twin::Buildings& b) {
  ASSERT_EQ(mesh.indices.size() % 3, 0u);
  ASSERT_EQ(mesh.building_vertex_begin.size(), b.size() + 1u);
  ASSERT_EQ(mesh.building_vertex_begin.back(), mesh.vertices.size());
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    for (std::uint32_t v = mesh.building_vertex_begin[i]; v < mesh.building_vertex_begin[i + 1];
         ++v) {
      ASSERT_EQ(mesh.vertices[v].building, i);
    }
  }
  for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
    for (int k = 0; k < 3; ++k) ASSERT_LT(mesh.indices[t + k], mesh.vertices.size());
    const auto& a = mesh.vertices[mesh.indices[t]];
    const auto& bb = mesh.vertices[mesh.indices[t + 1]];
    const auto& c = mesh.vertices[mesh.indices[t + 2]];
    EXPECT_EQ(a.building, bb.building);
    EXPECT_EQ(a.building, c.building);
    const V3 n{a.normal[0], a.normal[1], a.normal[2]};
    EXPECT_NEAR(length(n), 1.0, 1e-6);
    const V3 face = cross(sub(pos(bb), pos(a)), sub(pos(c), pos(a)));
    EXPECT_GT(dot(face, n), 0.0) << "triangle " << t / 3 << " is not front-facing along its normal";
    // Outward: the triangle centre lies on the normal's side of the building's centre.
    const std::uint32_t i = a.building;
    double cx = 0, cy = 0;
    const std::uint32_t n_corners = b.footprint_begin[i + 1] - b.footprint_begin[i];
    for (std::uint32_t k = b.footprint_begin[i]; k < b.footprint_begin[i + 1]; ++k) {
      cx += b.footprint_xy[k].x_m / n_corners, cy += b.footprint_xy[k].y_m / n_corners;
    }
    const V3 centre{cx, cy, 0.5 * b.height_m[i]};
    const V3 tri_centre{(pos(a).x + pos(bb).x + pos(c).x) / 3, (pos(a).y + pos(bb).y + pos(c).y) / 3,
                        (pos(a).z + pos(bb).z + pos(c).z) / 3};
    if (a.normal[2] == 0.0f) {
      // Walls of the convex test shapes face away from the centre; the L's inner walls are checked
      // by the winding test above.
      if (n_corners == 4) {
        EXPECT_GT(dot(sub(tri_centre, centre), n), 0.0);
      }
    } else {
      EXPECT_EQ(a.normal[2], 1.0f);
      EXPECT_FLOAT_EQ(a.position[2], static_cast<float>(b.height_m[i]));
    }
  }
}

TEST(CityMesh, BoxBuildingCountsAndTags) {
  twin::City city;
  add_box(&city, 0, 0, 10, 20, 30);
  const render::CityMesh mesh = render::build_city_mesh(city);
  const render::BuildingMesh& m = mesh.buildings;
  EXPECT_EQ(m.vertices.size(), 4u * 4u + 4u);       // 4 own corners per wall + 4 roof corners
  EXPECT_EQ(m.indices.size(), 3u * (4u * 2u + 2u));  // 2 triangles per wall + 2 roof triangles
  ASSERT_EQ(m.building_vertex_begin.size(), 2u);
  EXPECT_EQ(m.building_vertex_begin[0], 0u);
  EXPECT_EQ(m.building_vertex_begin[1], 20u);
  expect_well_formed(m, city.buildings);
  EXPECT_NEAR(roof_area_m2(m), 200.0, 200.0 * kAreaTol);
}

TEST(CityMesh, WallNormalsOfBoxPointOutwardAlongAxes) {
  twin::City city;
  add_box(&city, 0, 0, 10, 20, 30);
  const render::BuildingMesh m = render::build_building_mesh(city.buildings);
  int seen_east = 0, seen_west = 0, seen_north = 0, seen_south = 0;
  for (const auto& v : m.vertices) {
    if (v.normal[2] != 0.0f) continue;
    if (v.normal[0] == 1.0f) {
      ++seen_east;
      EXPECT_EQ(v.position[0], 10.0f);
    } else if (v.normal[0] == -1.0f) {
      ++seen_west;
      EXPECT_EQ(v.position[0], 0.0f);
    } else if (v.normal[1] == 1.0f) {
      ++seen_north;
      EXPECT_EQ(v.position[1], 20.0f);
    } else if (v.normal[1] == -1.0f) {
      ++seen_south;
      EXPECT_EQ(v.position[1], 0.0f);
    }
  }
  EXPECT_EQ(seen_east, 4);
  EXPECT_EQ(seen_west, 4);
  EXPECT_EQ(seen_north, 4);
  EXPECT_EQ(seen_south, 4);
}

TEST(CityMesh, LShapedRoofAreaEqualsFootprintArea) {
  twin::City city;
  // 30 × 20 minus the 20 × 10 top-right corner: 600 - 200 = 400 m².
  add_building(&city, {{0, 0}, {30, 0}, {30, 10}, {10, 10}, {10, 20}, {0, 20}}, 18.0);
  const render::BuildingMesh m = render::build_building_mesh(city.buildings);
  EXPECT_EQ(m.vertices.size(), 6u * 5u);
  EXPECT_EQ(m.indices.size(), 3u * (6u * 2u + 4u));  // a simple hexagon: 4 roof triangles
  expect_well_formed(m, city.buildings);
  EXPECT_NEAR(roof_area_m2(m), 400.0, 400.0 * kAreaTol);
}

TEST(CityMesh, ClockwiseFootprintStillFacesOutward) {
  twin::City city;
  add_building(&city, {{0, 0}, {0, 20}, {10, 20}, {10, 0}}, 12.0);  // clockwise
  const render::BuildingMesh m = render::build_building_mesh(city.buildings);
  expect_well_formed(m, city.buildings);
  EXPECT_NEAR(roof_area_m2(m), 200.0, 200.0 * kAreaTol);
}

TEST(CityMesh, SeveralBuildingsGetTheirOwnRanges) {
  twin::City city;
  add_box(&city, 0, 0, 10, 10, 10);
  add_building(&city, {{50, 0}, {60, 0}}, 10.0);  // degenerate: two corners
  add_box(&city, 100, 0, 110, 10, 0.0);           // no height
  add_building(&city, {{200, 0}, {210, 0}, {205, 8}}, 6.0, twin::BuildingUse::Office);
  const render::BuildingMesh m = render::build_building_mesh(city.buildings);
  const std::vector<std::uint32_t> expected{0, 20, 20, 20, 20 + 15};
  EXPECT_EQ(m.building_vertex_begin, expected);
  expect_well_formed(m, city.buildings);
  EXPECT_NEAR(roof_area_m2(m), 100.0 + 40.0, 140.0 * kAreaTol);
}

TEST(CityMesh, EmptyCityGivesEmptyMeshes) {
  const render::CityMesh mesh = render::build_city_mesh(twin::City{});
  EXPECT_TRUE(mesh.buildings.vertices.empty());
  EXPECT_EQ(mesh.buildings.building_vertex_begin, std::vector<std::uint32_t>{0});
  EXPECT_TRUE(mesh.ground.vertices.empty());
  EXPECT_TRUE(mesh.roads.vertices.empty());
  EXPECT_TRUE(mesh.metro.vertices.empty());
}

TEST(CityMesh, GroundAreasTriangulatedFlatAtTheirLayer) {
  twin::City city;
  render_test::add_ground(&city, {{0, 0}, {100, 0}, {100, 50}, {0, 50}}, twin::GroundCover::Park);
  // A bent river: 10 m wide, an L of two 10 × 100 arms sharing a 10 × 10 corner: 1900 m².
  render_test::add_ground(&city, {{200, 0}, {300, 0}, {300, 10}, {210, 10}, {210, 100}, {200, 100}},
                          twin::GroundCover::Water);
  const render::GroundMesh m = render::build_city_mesh(city).ground;
  ASSERT_EQ(m.vertices.size(), 10u);
  ASSERT_EQ(m.indices.size() % 3, 0u);
  double area[2] = {0, 0};
  for (std::size_t t = 0; t < m.indices.size(); t += 3) {
    for (int k = 0; k < 3; ++k) ASSERT_LT(m.indices[t + k], m.vertices.size());
    const auto& a = m.vertices[m.indices[t]];
    const auto& b = m.vertices[m.indices[t + 1]];
    const auto& c = m.vertices[m.indices[t + 2]];
    ASSERT_EQ(a.cover, b.cover);
    ASSERT_EQ(a.cover, c.cover);
    const double cross_z = (double(b.position[0]) - a.position[0]) * (double(c.position[1]) - a.position[1]) -
                           (double(b.position[1]) - a.position[1]) * (double(c.position[0]) - a.position[0]);
    EXPECT_GT(cross_z, 0.0) << "ground triangles face up";
    area[a.cover] += 0.5 * cross_z;
  }
  EXPECT_NEAR(area[0], 5000.0, 5000.0 * kAreaTol);
  EXPECT_NEAR(area[1], 1900.0, 1900.0 * kAreaTol);
  for (const auto& v : m.vertices) {
    EXPECT_EQ(v.position[2], v.cover == 0 ? render::kParkZ_m : render::kWaterZ_m);
  }
  EXPECT_NE(render::kParkZ_m, render::kWaterZ_m);
  // Fields and woods lie below parks, parks below water: no two covers share a height.
  EXPECT_LT(render::kFarmlandZ_m, render::kForestZ_m);
  EXPECT_LT(render::kForestZ_m, render::kParkZ_m);
  EXPECT_EQ(render::ground_z_m(twin::GroundCover::Farmland), render::kFarmlandZ_m);
  EXPECT_EQ(render::ground_z_m(twin::GroundCover::Forest), render::kForestZ_m);
}

TEST(CityMesh, RoadsDrawTwoWayStreetsOnce) {
  twin::City city;
  const std::uint32_t a = render_test::add_node(&city, 0, 0);
  const std::uint32_t b = render_test::add_node(&city, 100, 0);
  const std::uint32_t c = render_test::add_node(&city, 100, 100);
  render_test::add_link(&city, b, a, twin::RoadClass::Arterial);  // two-way a–b, reverse first
  render_test::add_link(&city, a, b, twin::RoadClass::Arterial);
  render_test::add_link(&city, c, b, twin::RoadClass::Local);     // one-way, from > to
  const render::LineMesh m = render::build_city_mesh(city).roads;
  ASSERT_EQ(m.vertices.size(), 4u);
  EXPECT_EQ(m.vertices[0].kind, static_cast<std::uint8_t>(twin::RoadClass::Arterial));
  EXPECT_EQ(m.vertices[0].position[0], 0.0f);
  EXPECT_EQ(m.vertices[1].position[0], 100.0f);
  EXPECT_EQ(m.vertices[2].kind, static_cast<std::uint8_t>(twin::RoadClass::Local));
  EXPECT_EQ(m.vertices[2].position[1], 100.0f);
  EXPECT_EQ(m.vertices[3].position[1], 0.0f);
  for (const auto& v : m.vertices) EXPECT_EQ(v.position[2], render::kRoadZ_m);
}

TEST(CityMesh, MetroLinesThroughConsecutiveStops) {
  twin::City city;
  twin::TransitLine bus{"B1", twin::TransitMode::Bus, {{"a", {0, 0}}, {"b", {5, 5}}}};
  twin::TransitLine metro{"Line 1", twin::TransitMode::Metro,
                          {{"s1", {0, 0}}, {"s2", {1000, 0}}, {"s3", {1000, 800}}}};
  city.transit_lines = {bus, metro};
  const render::LineMesh m = render::build_city_mesh(city).metro;
  ASSERT_EQ(m.vertices.size(), 4u);
  for (const auto& v : m.vertices) EXPECT_EQ(v.kind, 1u);  // index in City::transit_lines
  EXPECT_EQ(m.vertices[1].position[0], 1000.0f);
  EXPECT_EQ(m.vertices[2].position[0], 1000.0f);
  EXPECT_EQ(m.vertices[3].position[1], 800.0f);
}

}  // namespace
