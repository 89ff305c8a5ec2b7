#include "render/gl/flat_layers.hpp"

#include <algorithm>
#include <cmath>

namespace render {
namespace {

struct Colour {
  std::uint8_t r, g, b;
};

// Road style by twin::RoadClass: width after GB 51328 cross-sections (red-line widths are wider;
// these are carriageways as seen from above), colour darkest for the smallest streets.
struct RoadStyle {
  float width_m;
  float min_width_px;
  Colour colour;
};
constexpr RoadStyle kRoadStyles[] = {
    {36.0f, 3.0f, {246, 196, 110}},  // expressway: amber, like on Chinese city maps
    {26.0f, 2.2f, {252, 250, 244}},  // arterial
    {18.0f, 1.5f, {238, 236, 230}},  // collector
    {10.0f, 0.8f, {222, 220, 214}},  // local
};
constexpr Colour kGround{206, 208, 200};
constexpr Colour kPark{158, 204, 132};
constexpr Colour kWater{132, 184, 226};
constexpr Colour kFarmland{216, 221, 168};  // muted yellow-green, like fields on Chinese base maps
constexpr Colour kForest{118, 168, 110};    // darker than parks

// Colour of a twin::GroundCover value.
Colour ground_colour(std::uint8_t cover) {
  switch (static_cast<twin::GroundCover>(cover)) {
    case twin::GroundCover::Water: return kWater;
    case twin::GroundCover::Farmland: return kFarmland;
    case twin::GroundCover::Forest: return kForest;
    default: return kPark;
  }
}
constexpr float kMetroWidth_m = 30.0f;
constexpr float kMetroMinWidth_px = 3.5f;
constexpr float kStationDiameter_m = 150.0f;
constexpr float kStationMinDiameter_px = 11.0f;

void push_vertex(FlatLayers& out, float x, float y, float z, float ox, float oy, float width_m,
                 float min_px, Colour c) {
  out.vertices.push_back({{x, y, z}, {ox, oy}, width_m, min_px, {c.r, c.g, c.b, 255}});
}

// Two triangles over the last four vertices pushed, in order 0-1-2, 2-1-3.
void push_quad_indices(FlatLayers& out) {
  const auto b = static_cast<std::uint32_t>(out.vertices.size()) - 4;
  for (std::uint32_t i : {b, b + 1, b + 2, b + 2, b + 1, b + 3}) out.indices.push_back(i);
}

void push_ribbons(FlatLayers& out, const LineMesh& lines, float z, const auto& style_of) {
  for (std::size_t i = 0; i + 1 < lines.vertices.size(); i += 2) {
    const LineVertex& a = lines.vertices[i];
    const LineVertex& b = lines.vertices[i + 1];
    const float dx = b.position[0] - a.position[0], dy = b.position[1] - a.position[1];
    const float length = std::sqrt(dx * dx + dy * dy);
    if (!(length > 0.0f)) continue;
    const float nx = -dy / length, ny = dx / length;
    const RoadStyle s = style_of(a.kind);
    for (const LineVertex* v : {&a, &b}) {
      push_vertex(out, v->position[0], v->position[1], z, nx, ny, s.width_m, s.min_width_px, s.colour);
      push_vertex(out, v->position[0], v->position[1], z, -nx, -ny, s.width_m, s.min_width_px, s.colour);
    }
    push_quad_indices(out);
  }
}

Colour colour_of_rgb(std::uint32_t rgb) {
  return {static_cast<std::uint8_t>(rgb >> 16), static_cast<std::uint8_t>(rgb >> 8),
          static_cast<std::uint8_t>(rgb)};
}

}  // namespace

FlatLayers build_flat_layers(const twin::City& city, const CityMesh& mesh) {
  FlatLayers out;
  // Ground plane: the city's extent with a margin, so the district does not end at a cliff.
  const double margin_m = 0.25 * std::max(city.max_corner.x_m - city.min_corner.x_m,
                                          city.max_corner.y_m - city.min_corner.y_m);
  const float x0 = static_cast<float>(city.min_corner.x_m - margin_m);
  const float y0 = static_cast<float>(city.min_corner.y_m - margin_m);
  const float x1 = static_cast<float>(city.max_corner.x_m + margin_m);
  const float y1 = static_cast<float>(city.max_corner.y_m + margin_m);
  push_vertex(out, x0, y0, 0, 0, 0, 0, 0, kGround);
  push_vertex(out, x1, y0, 0, 0, 0, 0, 0, kGround);
  push_vertex(out, x0, y1, 0, 0, 0, 0, 0, kGround);
  push_vertex(out, x1, y1, 0, 0, 0, 0, 0, kGround);
  push_quad_indices(out);

  // Parks, water, fields and woods, as triangulated by render/mesh.
  const auto ground_base = static_cast<std::uint32_t>(out.vertices.size());
  for (const GroundVertex& v : mesh.ground.vertices) {
    const Colour c = ground_colour(v.cover);
    push_vertex(out, v.position[0], v.position[1], v.position[2], 0, 0, 0, 0, c);
  }
  for (std::uint32_t i : mesh.ground.indices) out.indices.push_back(ground_base + i);

  // Roads, smallest class first so that arterials and expressways are painted over junctions.
  for (int road_class = static_cast<int>(twin::RoadClass::Count) - 1; road_class >= 0; --road_class) {
    LineMesh of_class;
    for (std::size_t i = 0; i + 1 < mesh.roads.vertices.size(); i += 2) {
      if (mesh.roads.vertices[i].kind != road_class) continue;
      of_class.vertices.push_back(mesh.roads.vertices[i]);
      of_class.vertices.push_back(mesh.roads.vertices[i + 1]);
    }
    push_ribbons(out, of_class, 0.0f, [](std::uint8_t kind) {
      return kRoadStyles[kind < 4 ? kind : 3];
    });
  }

  // Metro lines in each line's own colour.
  push_ribbons(out, mesh.metro, 0.0f, [&city](std::uint8_t kind) {
    const std::uint32_t rgb = kind < city.transit_lines.size() ? city.transit_lines[kind].colour_rgb
                                                               : 0xC23A30u;
    return RoadStyle{kMetroWidth_m, kMetroMinWidth_px, colour_of_rgb(rgb)};
  });

  // Stations: one disc per stop, ringed in the line's colour (the shader draws the white centre).
  out.disc_index_begin = static_cast<std::uint32_t>(out.indices.size());
  for (const twin::TransitLine& line : city.transit_lines) {
    if (line.mode != twin::TransitMode::Metro) continue;
    const Colour c = colour_of_rgb(line.colour_rgb);
    for (const twin::TransitStop& stop : line.stops) {
      const auto x = static_cast<float>(stop.xy.x_m), y = static_cast<float>(stop.xy.y_m);
      for (float cy : {-1.0f, 1.0f})
        for (float cx : {-1.0f, 1.0f})
          push_vertex(out, x, y, 0.0f, cx, cy, kStationDiameter_m, kStationMinDiameter_px, c);
      push_quad_indices(out);
    }
  }
  return out;
}

FlatLayers build_overlay_layers(const TransportOverlay& overlay) {
  FlatLayers out;
  out.vertices.reserve(4 * (overlay.ribbons.size() + overlay.discs.size()));
  out.indices.reserve(6 * (overlay.ribbons.size() + overlay.discs.size()));
  for (const OverlayRibbon& r : overlay.ribbons) {
    const float dx = r.x1 - r.x0, dy = r.y1 - r.y0;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (!(length > 0.0f)) continue;
    const float nx = -dy / length, ny = dx / length;
    const Colour c{r.colour.r, r.colour.g, r.colour.b};
    const float ends[2][2] = {{r.x0, r.y0}, {r.x1, r.y1}};
    for (const auto& p : ends) {
      push_vertex(out, p[0], p[1], 0.0f, nx, ny, r.width_m, r.min_width_px, c);
      push_vertex(out, p[0], p[1], 0.0f, -nx, -ny, r.width_m, r.min_width_px, c);
    }
    push_quad_indices(out);
  }
  out.disc_index_begin = static_cast<std::uint32_t>(out.indices.size());
  for (const OverlayDisc& d : overlay.discs) {
    const Colour c{d.colour.r, d.colour.g, d.colour.b};
    for (float cy : {-1.0f, 1.0f})
      for (float cx : {-1.0f, 1.0f}) push_vertex(out, d.x, d.y, 0.0f, cx, cy, d.diameter_m, d.min_diameter_px, c);
    push_quad_indices(out);
  }
  return out;
}

}  // namespace render
