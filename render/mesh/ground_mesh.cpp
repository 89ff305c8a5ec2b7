// Parks, water, fields and woods as flat triangles just above the ground plane (heights in city_mesh.hpp).
#include "render/mesh/city_mesh.hpp"
#include "render/mesh/polygon_triangulation.hpp"

namespace render {

float ground_z_m(twin::GroundCover cover) {
  switch (cover) {
    case twin::GroundCover::Water: return kWaterZ_m;
    case twin::GroundCover::Farmland: return kFarmlandZ_m;
    case twin::GroundCover::Forest: return kForestZ_m;
    default: return kParkZ_m;
  }
}

GroundMesh build_ground_mesh(const twin::GroundAreas& ground) {
  GroundMesh mesh;
  const auto corner_count = static_cast<std::uint32_t>(ground.polygon_xy.size());
  mesh.vertices.reserve(corner_count);
  mesh.indices.reserve(std::size_t{3} * corner_count);

  detail::PolygonTriangulator triangulator;
  for (std::uint32_t i = 0; i < ground.size(); ++i) {
    const std::uint32_t begin = ground.polygon_begin[i];
    const std::uint32_t n = ground.polygon_begin[i + 1] - begin;
    if (n < 3) continue;
    const twin::Vec2* p = ground.polygon_xy.data() + begin;
    const twin::GroundCover cover = ground.cover[i];
    const float z_m = ground_z_m(cover);
    const auto base = static_cast<std::uint32_t>(mesh.vertices.size());
    for (std::uint32_t k = 0; k < n; ++k) {
      mesh.vertices.push_back(GroundVertex{
          {static_cast<float>(p[k].x_m), static_cast<float>(p[k].y_m), z_m},
          static_cast<std::uint8_t>(cover)});
    }
    for (std::uint32_t index : triangulator.triangulate(p, n)) mesh.indices.push_back(base + index);
  }
  return mesh;
}

}  // namespace render
