// The page's import preview: the imported buildings' footprints, in the city's local metres, packed
// for a canvas as float32 [n, x0, y0, x1, y1, …] per ring (n = vertex count of the ring), buildings in
// index order. Big cities are thinned to at most max_vertices vertices: a ring of n keeps
// m = max(⌈n/k⌉, 3) (≤ n) vertices, those at ⌊j·n/m⌋, with the smallest stride k that fits; when even 3
// per ring do not fit, the first rings that fit are kept and the rest counted. float32 keeps ~0.1 mm within the ±10 km of a district (24-bit significand:
// 2^-10 m at 8 km), finer than a preview can show.
#pragma once

#include <cstddef>
#include <vector>

#include "twin/city/city.hpp"

namespace geo {

// 200,000 vertices = 1.6 MB of float32 pairs: the page's preview canvas (560 × 300 px) cannot show more.
inline constexpr std::size_t kMaxPreviewVertices = 200000;

struct FootprintPreview {
  std::vector<float> packed;
  std::size_t rings = 0;     // rings in packed
  std::size_t vertices = 0;  // vertices in packed
  std::size_t stride = 1;    // k: 1 when nothing was thinned
  std::size_t rings_left_out = 0;
};

FootprintPreview footprint_preview(const twin::Buildings& buildings, std::size_t max_vertices = kMaxPreviewVertices);

}  // namespace geo
