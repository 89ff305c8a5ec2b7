// Buildings extruded from their footprints into one merged mesh: one flat-shaded quad per wall edge
// (4 own vertices, so normals stay flat), the roof triangulated by earcut. No floor: the ground
// hides it. Front faces are counter-clockwise seen from outside.
#include <cmath>
#include <cstdint>

#include "render/mesh/city_mesh.hpp"
#include "render/mesh/polygon_triangulation.hpp"

namespace render {
namespace {

// Twice the signed area (shoelace); > 0 for a counter-clockwise ring.
double twice_signed_area_m2(const twin::Vec2* p, std::uint32_t n) {
  double sum = 0.0;
  for (std::uint32_t i = 0, j = n - 1; i < n; j = i++) {
    sum += p[j].x_m * p[i].y_m - p[i].x_m * p[j].y_m;
  }
  return sum;
}

BuildingVertex make_vertex(double x, double y, double z, double nx, double ny, double nz,
                           std::uint32_t building) {
  return BuildingVertex{{static_cast<float>(x), static_cast<float>(y), static_cast<float>(z)},
                        {static_cast<float>(nx), static_cast<float>(ny), static_cast<float>(nz)},
                        building};
}

void append_walls(const twin::Vec2* p, std::uint32_t n, double height_m, double outward_sign,
                  std::uint32_t building, BuildingMesh* mesh) {
  for (std::uint32_t i = 0; i < n; ++i) {
    const twin::Vec2& a = p[i];
    const twin::Vec2& b = p[i + 1 == n ? 0 : i + 1];
    const double dx = b.x_m - a.x_m, dy = b.y_m - a.y_m;
    const double length_m = std::sqrt(dx * dx + dy * dy);
    if (!(length_m > 0.0)) continue;  // repeated corner: no wall, and no normal to give it
    // For a counter-clockwise ring the interior is left of each edge, so (dy, -dx) points out.
    const double nx = outward_sign * dy / length_m, ny = -outward_sign * dx / length_m;
    // Seen from outside, a counter-clockwise ring runs left to right along the wall; a clockwise
    // one right to left, so swap ends to keep the quad counter-clockwise from outside.
    const twin::Vec2& left = outward_sign > 0.0 ? a : b;
    const twin::Vec2& right = outward_sign > 0.0 ? b : a;
    const auto base = static_cast<std::uint32_t>(mesh->vertices.size());
    mesh->vertices.push_back(make_vertex(left.x_m, left.y_m, 0.0, nx, ny, 0.0, building));
    mesh->vertices.push_back(make_vertex(right.x_m, right.y_m, 0.0, nx, ny, 0.0, building));
    mesh->vertices.push_back(make_vertex(right.x_m, right.y_m, height_m, nx, ny, 0.0, building));
    mesh->vertices.push_back(make_vertex(left.x_m, left.y_m, height_m, nx, ny, 0.0, building));
    const std::uint32_t quad[6] = {base, base + 1, base + 2, base, base + 2, base + 3};
    mesh->indices.insert(mesh->indices.end(), quad, quad + 6);
  }
}

void append_roof(const twin::Vec2* p, std::uint32_t n, double height_m, std::uint32_t building,
                 detail::PolygonTriangulator* triangulator, BuildingMesh* mesh) {
  const auto base = static_cast<std::uint32_t>(mesh->vertices.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    mesh->vertices.push_back(make_vertex(p[i].x_m, p[i].y_m, height_m, 0.0, 0.0, 1.0, building));
  }
  for (std::uint32_t index : triangulator->triangulate(p, n)) mesh->indices.push_back(base + index);
}

}  // namespace

BuildingMesh build_building_mesh(const twin::Buildings& buildings) {
  BuildingMesh mesh;
  const std::uint32_t count = buildings.size();
  const auto corner_count = static_cast<std::uint32_t>(buildings.footprint_xy.size());
  // Per corner: 4 wall vertices + 1 roof vertex; 6 wall indices + at most 3 roof indices.
  mesh.vertices.reserve(std::size_t{5} * corner_count);
  mesh.indices.reserve(std::size_t{9} * corner_count);
  mesh.building_vertex_begin.clear();
  mesh.building_vertex_begin.reserve(std::size_t{count} + 1);
  mesh.building_vertex_begin.push_back(0);

  detail::PolygonTriangulator triangulator;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint32_t begin = buildings.footprint_begin[i];
    const std::uint32_t n = buildings.footprint_begin[i + 1] - begin;
    const double height_m = buildings.height_m[i];
    if (n >= 3 && height_m > 0.0 && std::isfinite(height_m)) {
      const twin::Vec2* p = buildings.footprint_xy.data() + begin;
      const double area2 = twice_signed_area_m2(p, n);
      if (area2 != 0.0) {
        append_walls(p, n, height_m, area2 > 0.0 ? 1.0 : -1.0, i, &mesh);
        append_roof(p, n, height_m, i, &triangulator, &mesh);
      }
    }
    mesh.building_vertex_begin.push_back(static_cast<std::uint32_t>(mesh.vertices.size()));
  }
  return mesh;
}

}  // namespace render
