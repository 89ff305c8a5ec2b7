// A metro line being drawn by tapping stations on the map: each tap adds a station, snapped to an
// existing station within kSnapRadius_m so the new line interchanges with the old ones; undo drops
// the last. Pure state, no GL, no UI: the app feeds it ground points (OrbitCamera::screen_to_ground).
#pragma once

#include <optional>
#include <vector>

#include "twin/city/city.hpp"

namespace render {

inline constexpr double kSnapRadius_m = 300.0;
inline constexpr double kMinStationSpacing_m = 150.0;  // a tap closer than this to the last station is ignored

// The nearest stop of any of the lines within radius_m of p, if there is one.
std::optional<twin::Vec2> nearest_stop(const twin::Vec2& p, const std::vector<twin::TransitLine>& lines,
                                       double radius_m = kSnapRadius_m);
// Whether p is a finite point inside the city's extent.
bool inside_city(const twin::City& city, const twin::Vec2& p);

class LineDraft {
 public:
  bool active() const { return active_; }
  const std::vector<twin::Vec2>& stations() const { return stations_; }
  bool can_build() const { return stations_.size() >= 2; }
  void start() {
    active_ = true;
    stations_.clear();
  }
  void cancel() {
    active_ = false;
    stations_.clear();
  }
  // Adds a station at p, snapped to a stop of `lines`; false (nothing added) when not drawing, p is
  // outside the city, or it lands on the last station again.
  bool add(const twin::City& city, const twin::Vec2& p, const std::vector<twin::TransitLine>& lines);
  bool undo();  // false when there is nothing to undo

 private:
  bool active_ = false;
  std::vector<twin::Vec2> stations_;
};

}  // namespace render
