// Internal to render/mesh: triangulates one simple polygon (a span of twin::Vec2, not closed) with
// mapbox earcut, without copying the points, and returns triangles facing up (+z, counter-clockwise
// seen from above) whatever the input's winding, so roofs and ground are front faces for GL.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"

namespace render::detail {

class PolygonTriangulator {
 public:
  PolygonTriangulator();
  ~PolygonTriangulator();
  PolygonTriangulator(const PolygonTriangulator&) = delete;
  PolygonTriangulator& operator=(const PolygonTriangulator&) = delete;

  // Indices into points[0..count), three per triangle; empty for a degenerate polygon. The result
  // stays valid until the next call. Reusing one triangulator keeps earcut's buffers warm.
  const std::vector<std::uint32_t>& triangulate(const twin::Vec2* points, std::uint32_t count);

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace render::detail
