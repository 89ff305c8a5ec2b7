// Everything flat on the ground, as one vertex/index buffer drawn in painter's order: the ground
// plane, parks and water, roads and metro lines as ribbons, and metro stations as discs. Built once
// on the CPU from render::CityMesh (no GL calls here); the "flat" shader widens ribbons and discs so
// they never get thinner than a minimum pixel width when the camera is far away.
#pragma once

#include <cstdint>
#include <vector>

#include "render/mesh/city_mesh.hpp"
#include "render/mesh/transport_overlay.hpp"
#include "twin/city/city.hpp"

namespace render {

// 32 bytes. A plain surface vertex has offset = 0 and width = 0.
struct FlatVertex {
  float position[3];         // metres, z up
  float offset[2];           // ribbon: unit normal × side (±1); disc: corner in [-1, 1]²
  float width_m;             // full ribbon width or disc diameter, metres
  float min_width_px;        // widen to at least this many pixels on screen
  std::uint8_t colour[4];    // sRGB, alpha 255 = opaque
};

struct FlatLayers {
  std::vector<FlatVertex> vertices;
  std::vector<std::uint32_t> indices;  // triangles
  std::uint32_t disc_index_begin = 0;  // indices before this are surfaces/ribbons, after it discs
};

FlatLayers build_flat_layers(const twin::City& city, const CityMesh& mesh);
// The transport overlay (traffic, line loads, a line being drawn) in the same vertex format.
FlatLayers build_overlay_layers(const TransportOverlay& overlay);

}  // namespace render
