// CPU-side geometry of a city, ready to upload to GL buffers: buildings extruded from their
// footprints into one merged triangle mesh (walls + roofs, flat normals), ground polygons (parks,
// water) triangulated flat, roads and metro lines as line lists. No GL here: builds natively for
// tests and benchmarks. World frame = twin's local metres with z up (x east, y north, z height).
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"

namespace render {

// One vertex of the merged building mesh. 28 bytes; float is enough at city scale (15 km → mm).
struct BuildingVertex {
  float position[3];      // metres
  float normal[3];        // unit, flat per face
  std::uint32_t building; // index into twin::Buildings, for colour lookup, hover and picking
};

struct BuildingMesh {
  std::vector<BuildingVertex> vertices;
  std::vector<std::uint32_t> indices;        // triangles
  // Vertex range of each building (size = building count + 1), to recolour or highlight one.
  std::vector<std::uint32_t> building_vertex_begin{0};
};

struct GroundVertex {
  float position[3];      // z slightly above 0 so parks and water sit on the ground plane
  std::uint8_t cover;     // twin::GroundCover
};

struct GroundMesh {
  std::vector<GroundVertex> vertices;
  std::vector<std::uint32_t> indices;
};

struct LineVertex {
  float position[3];
  std::uint8_t kind;      // road: twin::RoadClass; metro: index of the transit line
};

struct LineMesh {
  std::vector<LineVertex> vertices;  // pairs: GL_LINES
};

struct CityMesh {
  BuildingMesh buildings;
  GroundMesh ground;
  LineMesh roads;   // one segment per street (the two directions of a two-way street drawn once)
  LineMesh metro;   // polylines through each metro line's stops
};

// Heights of the flat layers above the ground plane, metres. Water sits above parks so a river
// crossing a park wins the depth test instead of z-fighting with it; fields and woods lie below
// parks (they never overlap them by construction, but a margin costs nothing); lines sit above all.
inline constexpr float kFarmlandZ_m = 0.08f;
inline constexpr float kForestZ_m = 0.14f;
inline constexpr float kParkZ_m = 0.20f;
inline constexpr float kWaterZ_m = 0.40f;
inline constexpr float kRoadZ_m = 0.60f;
inline constexpr float kMetroZ_m = 1.00f;

CityMesh build_city_mesh(const twin::City& city);

// The parts of build_city_mesh, for callers that rebuild one layer only.
// Buildings with fewer than 3 footprint corners or a height that is not positive get no geometry
// (their vertex range is empty). A clockwise footprint is accepted and still gets outward normals.
BuildingMesh build_building_mesh(const twin::Buildings& buildings);
GroundMesh build_ground_mesh(const twin::GroundAreas& ground);
// Height of a ground cover's layer (one of the k…Z_m above).
float ground_z_m(twin::GroundCover cover);
LineMesh build_road_lines(const twin::RoadNetwork& roads);
// kind = index of the line in City::transit_lines (so its colour_rgb can be looked up); only lines
// with mode Metro are drawn. Indices above 255 are clamped to 255.
LineMesh build_metro_lines(const std::vector<twin::TransitLine>& lines);

}  // namespace render
