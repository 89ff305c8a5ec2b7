// Small chart helpers over Dear ImGui draw lists: "nice" axis ticks and a stacked-area chart whose
// screen geometry is cached, so an unchanged chart costs only the draw-list appends per frame.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <vector>

namespace render {

// The charts' shared ink: axes, grid lines, tick labels (the pathway chart and the energy panel).
inline constexpr ImU32 kChartAxisColour = IM_COL32(90, 96, 96, 255);
inline constexpr ImU32 kChartGridColour = IM_COL32(200, 205, 202, 255);
inline constexpr ImU32 kChartTextColour = IM_COL32(26, 30, 30, 255);

// Tick values 0, step, 2·step … ≥ max_value with step 1, 2 or 5 × 10^k, about target_count ticks.
struct AxisTicks {
  double step = 1.0;
  double top = 1.0;  // the last tick (≥ max_value)
  std::vector<double> values;
};
AxisTicks nice_ticks(double max_value, int target_count);

// Stacked areas over a shared x axis: layers[k][i] ≥ 0 is the value of layer k at x index i.
// Drawn as one convex quad per layer and x interval (ImDrawList needs convex polygons).
class StackedAreaChart {
 public:
  struct Input {
    std::uint64_t version = 0;  // changes whenever the data change
    ImVec2 plot_min, plot_max;  // screen rectangle of the plot area
    double x_first = 0, x_last = 1, y_top = 1;
    const std::vector<std::vector<double>>* layers = nullptr;
  };
  // Rebuilds the cached quads when the version or the rectangle changed; true when it did.
  bool update(const Input& input);
  void draw(ImDrawList* draw_list, const std::vector<ImU32>& layer_colours) const;
  ImVec2 to_screen(double x, double y) const;
  double x_at_screen(float sx) const;

 private:
  Input key_{};
  bool valid_ = false;
  std::vector<std::vector<ImVec2>> quads_;  // per layer: 4 points per interval
};

}  // namespace render
