// Grid-hash snapping (road_snap.hpp).
#include "geo/road_snap.hpp"

#include <cmath>
#include <limits>

namespace geo {
namespace {
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
}

PointSnapper::PointSnapper(double tolerance_m) : tolerance_m_(tolerance_m) {}

std::uint64_t PointSnapper::cell_key(std::int64_t cx, std::int64_t cy) const {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cx)) << 32) |
         static_cast<std::uint64_t>(static_cast<std::uint32_t>(cy));
}

std::uint32_t PointSnapper::snap(const Point& p) {
  const auto cx = static_cast<std::int64_t>(std::floor(p.x / tolerance_m_));
  const auto cy = static_cast<std::int64_t>(std::floor(p.y / tolerance_m_));
  std::uint32_t best = kNone;
  double best_d2 = tolerance_m_ * tolerance_m_;
  for (std::int64_t dx = -1; dx <= 1; ++dx) {
    for (std::int64_t dy = -1; dy <= 1; ++dy) {
      const auto it = first_.find(cell_key(cx + dx, cy + dy));
      if (it == first_.end()) continue;
      for (std::uint32_t n = it->second; n != kNone; n = next_in_cell_[n]) {
        const double ex = nodes_[n].x - p.x, ey = nodes_[n].y - p.y;
        const double d2 = ex * ex + ey * ey;
        if (d2 < best_d2 || (d2 == best_d2 && n < best)) {
          best = n;
          best_d2 = d2;
        }
      }
    }
  }
  if (best != kNone) return best;
  const auto id = static_cast<std::uint32_t>(nodes_.size());
  nodes_.push_back(p);
  auto [it, inserted] = first_.try_emplace(cell_key(cx, cy), id);
  next_in_cell_.push_back(inserted ? kNone : it->second);
  it->second = id;
  return id;
}

}  // namespace geo
