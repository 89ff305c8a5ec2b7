#include "render/ui/chart.hpp"

#include <algorithm>
#include <cmath>

namespace render {

AxisTicks nice_ticks(double max_value, int target_count) {
  AxisTicks t;
  if (!(max_value > 0) || !std::isfinite(max_value)) max_value = 1.0;
  const double raw = max_value / std::max(1, target_count);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double r = raw / magnitude;
  t.step = (r <= 1.0 ? 1.0 : r <= 2.0 ? 2.0 : r <= 5.0 ? 5.0 : 10.0) * magnitude;
  const int count = static_cast<int>(std::ceil(max_value / t.step - 1e-9));
  for (int k = 0; k <= count; ++k) t.values.push_back(k * t.step);
  t.top = count * t.step;
  return t;
}

ImVec2 StackedAreaChart::to_screen(double x, double y) const {
  const double fx = (x - key_.x_first) / std::max(1e-12, key_.x_last - key_.x_first);
  const double fy = y / std::max(1e-12, key_.y_top);
  return ImVec2(static_cast<float>(key_.plot_min.x + fx * (key_.plot_max.x - key_.plot_min.x)),
                static_cast<float>(key_.plot_max.y - fy * (key_.plot_max.y - key_.plot_min.y)));
}

double StackedAreaChart::x_at_screen(float sx) const {
  const double f = (sx - key_.plot_min.x) / std::max(1.0f, key_.plot_max.x - key_.plot_min.x);
  return key_.x_first + f * (key_.x_last - key_.x_first);
}

bool StackedAreaChart::update(const Input& input) {
  const auto same = [](ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; };
  if (valid_ && input.version == key_.version && same(input.plot_min, key_.plot_min) &&
      same(input.plot_max, key_.plot_max) && input.y_top == key_.y_top)
    return false;
  key_ = input;
  valid_ = true;
  quads_.clear();
  if (input.layers == nullptr || input.layers->empty()) return true;
  const std::vector<std::vector<double>>& layers = *input.layers;
  const std::size_t n = layers.front().size();
  if (n < 2) return true;
  const double dx = (input.x_last - input.x_first) / static_cast<double>(n - 1);
  std::vector<double> below(n, 0.0);
  for (const std::vector<double>& layer : layers) {
    std::vector<ImVec2> quads;
    quads.reserve(4 * (n - 1));
    std::vector<double> above(n);
    for (std::size_t i = 0; i < n; ++i) above[i] = below[i] + std::max(0.0, i < layer.size() ? layer[i] : 0.0);
    for (std::size_t i = 0; i + 1 < n; ++i) {
      const double x0 = input.x_first + dx * i, x1 = x0 + dx;
      // Clockwise on screen: top-left, top-right, bottom-right, bottom-left.
      quads.push_back(to_screen(x0, above[i]));
      quads.push_back(to_screen(x1, above[i + 1]));
      quads.push_back(to_screen(x1, below[i + 1]));
      quads.push_back(to_screen(x0, below[i]));
    }
    quads_.push_back(std::move(quads));
    below = std::move(above);
  }
  return true;
}

void StackedAreaChart::draw(ImDrawList* draw_list, const std::vector<ImU32>& layer_colours) const {
  // Adjacent quads share edges: anti-aliased fill would leave faint seams between them.
  const ImDrawListFlags flags = draw_list->Flags;
  draw_list->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (std::size_t k = 0; k < quads_.size(); ++k) {
    const ImU32 colour = layer_colours.empty() ? IM_COL32(128, 128, 128, 255)
                                               : layer_colours[k % layer_colours.size()];
    const std::vector<ImVec2>& q = quads_[k];
    for (std::size_t i = 0; i + 3 < q.size(); i += 4) {
      if (q[i].y >= q[i + 3].y - 0.01f && q[i + 1].y >= q[i + 2].y - 0.01f) continue;  // empty band
      draw_list->AddConvexPolyFilled(&q[i], 4, colour);
    }
  }
  draw_list->Flags = flags;
}

}  // namespace render
