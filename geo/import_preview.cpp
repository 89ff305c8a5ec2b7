// The page's import preview (import_preview.hpp).
#include "geo/import_preview.hpp"

#include <algorithm>

namespace geo {
namespace {

constexpr std::size_t kMinRingVertices = 3;  // fewer is no longer an area

// Vertices kept of a ring of n with stride k: 0, k, 2k, … but at least min(n, 3).
std::size_t kept(std::size_t n, std::size_t k) { return std::min(n, std::max((n + k - 1) / k, kMinRingVertices)); }

}  // namespace

FootprintPreview footprint_preview(const twin::Buildings& b, std::size_t max_vertices) {
  FootprintPreview out;
  const std::size_t count = b.footprint_begin.empty() ? 0 : b.footprint_begin.size() - 1;
  auto ring_size = [&](std::size_t i) { return static_cast<std::size_t>(b.footprint_begin[i + 1] - b.footprint_begin[i]); };
  auto total_with = [&](std::size_t k) {
    std::size_t total = 0;
    for (std::size_t i = 0; i < count; ++i) total += kept(ring_size(i), k);
    return total;
  };
  // The smallest stride that fits (doubling, then a binary search between the last two tried);
  // bounded by the largest ring, beyond which the count no longer falls.
  std::size_t largest = 1;
  for (std::size_t i = 0; i < count; ++i) largest = std::max(largest, ring_size(i));
  std::size_t k = 1;
  if (total_with(1) > max_vertices) {
    std::size_t hi = 2;
    while (hi < largest && total_with(hi) > max_vertices) hi *= 2;
    std::size_t lo = hi / 2;  // does not fit
    hi = std::min(hi, largest);
    while (hi - lo > 1) {
      const std::size_t mid = lo + (hi - lo) / 2;
      (total_with(mid) > max_vertices ? lo : hi) = mid;
    }
    k = hi;
  }
  out.stride = k;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t n = ring_size(i);
    const std::size_t m = kept(n, k);
    if (m == 0) continue;
    if (out.vertices + m > max_vertices) {
      out.rings_left_out = count - i;
      break;
    }
    out.packed.push_back(static_cast<float>(m));
    for (std::size_t j = 0; j < m; ++j) {
      // m evenly spread vertices: j·n/m (= j·k when the stride alone decides)
      const twin::Vec2& p = b.footprint_xy[b.footprint_begin[i] + j * n / m];
      out.packed.push_back(static_cast<float>(p.x_m));
      out.packed.push_back(static_cast<float>(p.y_m));
    }
    out.vertices += m;
    ++out.rings;
  }
  return out;
}

}  // namespace geo
