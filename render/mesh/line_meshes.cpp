// Roads and metro lines as GL_LINES vertex pairs.
#include <algorithm>
#include <cstdint>

#include "render/mesh/city_mesh.hpp"

namespace render {
namespace {

LineVertex line_vertex(const twin::Vec2& p, float z_m, std::uint8_t kind) {
  return LineVertex{{static_cast<float>(p.x_m), static_cast<float>(p.y_m), z_m}, kind};
}

}  // namespace

LineMesh build_road_lines(const twin::RoadNetwork& roads) {
  const std::uint32_t node_count = roads.node_count();
  const std::uint32_t link_count = roads.link_count();
  // Out-links per node (CSR), to find the reverse twin of a link in O(degree).
  std::vector<std::uint32_t> out_begin(std::size_t{node_count} + 1, 0);
  for (std::uint32_t l = 0; l < link_count; ++l) {
    if (roads.link_from[l] < node_count) ++out_begin[roads.link_from[l] + 1];
  }
  for (std::uint32_t v = 0; v < node_count; ++v) out_begin[v + 1] += out_begin[v];
  std::vector<std::uint32_t> out_to(out_begin.back());
  std::vector<std::uint32_t> fill(out_begin.begin(), out_begin.end() - 1);
  for (std::uint32_t l = 0; l < link_count; ++l) {
    if (roads.link_from[l] < node_count) out_to[fill[roads.link_from[l]]++] = roads.link_to[l];
  }

  LineMesh mesh;
  mesh.vertices.reserve(std::size_t{2} * link_count);
  for (std::uint32_t l = 0; l < link_count; ++l) {
    const std::uint32_t from = roads.link_from[l], to = roads.link_to[l];
    if (from >= node_count || to >= node_count) continue;  // bad index: nothing to draw
    // A two-way street is drawn by its link with from < to; its reverse (from > to) is skipped.
    if (from > to) {
      const auto first = out_to.begin() + out_begin[to];
      const auto last = out_to.begin() + out_begin[to + 1];
      if (std::find(first, last, from) != last) continue;
    }
    const auto kind = static_cast<std::uint8_t>(roads.link_class[l]);
    mesh.vertices.push_back(line_vertex(roads.node_xy[from], kRoadZ_m, kind));
    mesh.vertices.push_back(line_vertex(roads.node_xy[to], kRoadZ_m, kind));
  }
  return mesh;
}

LineMesh build_metro_lines(const std::vector<twin::TransitLine>& lines) {
  LineMesh mesh;
  std::size_t segment_count = 0;
  for (const twin::TransitLine& line : lines) {
    if (line.mode == twin::TransitMode::Metro && line.stops.size() > 1) {
      segment_count += line.stops.size() - 1;
    }
  }
  mesh.vertices.reserve(2 * segment_count);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const twin::TransitLine& line = lines[i];
    if (line.mode != twin::TransitMode::Metro) continue;
    const auto kind = static_cast<std::uint8_t>(std::min<std::size_t>(i, 255));
    for (std::size_t s = 1; s < line.stops.size(); ++s) {
      mesh.vertices.push_back(line_vertex(line.stops[s - 1].xy, kMetroZ_m, kind));
      mesh.vertices.push_back(line_vertex(line.stops[s].xy, kMetroZ_m, kind));
    }
  }
  return mesh;
}

}  // namespace render
