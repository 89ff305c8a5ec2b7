#include "render/mesh/line_draft.hpp"

#include <cmath>

namespace render {

std::optional<twin::Vec2> nearest_stop(const twin::Vec2& p, const std::vector<twin::TransitLine>& lines,
                                       double radius_m) {
  std::optional<twin::Vec2> best;
  double best_d = radius_m;
  for (const twin::TransitLine& line : lines) {
    for (const twin::TransitStop& stop : line.stops) {
      const double d = std::hypot(stop.xy.x_m - p.x_m, stop.xy.y_m - p.y_m);
      if (d <= best_d) {
        best_d = d;
        best = stop.xy;
      }
    }
  }
  return best;
}

bool inside_city(const twin::City& city, const twin::Vec2& p) {
  return std::isfinite(p.x_m) && std::isfinite(p.y_m) && p.x_m >= city.min_corner.x_m &&
         p.x_m <= city.max_corner.x_m && p.y_m >= city.min_corner.y_m && p.y_m <= city.max_corner.y_m;
}

bool LineDraft::add(const twin::City& city, const twin::Vec2& p, const std::vector<twin::TransitLine>& lines) {
  if (!active_ || !inside_city(city, p)) return false;
  const twin::Vec2 at = nearest_stop(p, lines).value_or(p);
  if (!stations_.empty() &&
      std::hypot(at.x_m - stations_.back().x_m, at.y_m - stations_.back().y_m) < kMinStationSpacing_m)
    return false;
  stations_.push_back(at);
  return true;
}

bool LineDraft::undo() {
  if (stations_.empty()) return false;
  stations_.pop_back();
  return true;
}

}  // namespace render
