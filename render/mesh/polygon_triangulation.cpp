// earcut adapter: a zero-copy ring view over twin::Vec2 and a winding fix-up of its output.
#include "render/mesh/polygon_triangulation.hpp"

#include <array>
#include <cstddef>
#include <utility>

#include <mapbox/earcut.hpp>

namespace {

// What earcut needs of a ring: value_type, size(), operator[], empty(); of a point: util::nth.
struct RingView {
  using value_type = twin::Vec2;
  const twin::Vec2* points;
  std::size_t count;
  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  const twin::Vec2& operator[](std::size_t i) const { return points[i]; }
};

}  // namespace

namespace mapbox::util {
template <>
struct nth<0, twin::Vec2> {
  static double get(const twin::Vec2& p) { return p.x_m; }
};
template <>
struct nth<1, twin::Vec2> {
  static double get(const twin::Vec2& p) { return p.y_m; }
};
}  // namespace mapbox::util

namespace render::detail {

struct PolygonTriangulator::Impl {
  mapbox::detail::Earcut<std::uint32_t> earcut;
};

PolygonTriangulator::PolygonTriangulator() : impl_(new Impl) {}
PolygonTriangulator::~PolygonTriangulator() { delete impl_; }

const std::vector<std::uint32_t>& PolygonTriangulator::triangulate(const twin::Vec2* points,
                                                                    std::uint32_t count) {
  const std::array<RingView, 1> polygon{RingView{points, count}};
  impl_->earcut(polygon);
  std::vector<std::uint32_t>& idx = impl_->earcut.indices;
  // earcut's own output winding depends on the input's; fix each triangle so it faces +z.
  for (std::size_t t = 0; t + 2 < idx.size(); t += 3) {
    const twin::Vec2& a = points[idx[t]];
    const twin::Vec2& b = points[idx[t + 1]];
    const twin::Vec2& c = points[idx[t + 2]];
    const double cross = (b.x_m - a.x_m) * (c.y_m - a.y_m) - (b.y_m - a.y_m) * (c.x_m - a.x_m);
    if (cross < 0.0) std::swap(idx[t + 1], idx[t + 2]);
  }
  return idx;
}

}  // namespace render::detail
