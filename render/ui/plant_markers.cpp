// Plant markers (plant_markers.hpp).
#include "render/ui/plant_markers.hpp"

#include <algorithm>
#include <cmath>

namespace render {
namespace {

constexpr ImU32 kStack = IM_COL32(70, 74, 80, 235);
constexpr ImU32 kKeyStack = IM_COL32(176, 52, 40, 240);
constexpr ImU32 kOutline = IM_COL32(255, 255, 255, 230);
constexpr ImU32 kLabelBack = IM_COL32(255, 255, 255, 215);
constexpr ImU32 kLabelText = IM_COL32(26, 30, 30, 255);

}  // namespace

float plant_marker_radius(double net_t, float font_size) {
  const double f = std::sqrt(std::max(0.0, net_t) / 1.0e6);  // 1 Mt → 1
  return font_size * static_cast<float>(std::clamp(0.35 + 0.85 * f, 0.35, 1.2));
}

void draw_plant_markers(ImDrawList* dl, const std::vector<PlantMarker>& markers, float fs) {
  // Smaller first, so a large plant's marker is not hidden under a small neighbour's.
  std::vector<const PlantMarker*> order;
  for (const PlantMarker& m : markers) order.push_back(&m);
  std::stable_sort(order.begin(), order.end(), [](const PlantMarker* a, const PlantMarker* b) { return a->net_t < b->net_t; });
  for (const PlantMarker* m : order) {
    const float r = plant_marker_radius(m->net_t, fs);
    const ImU32 fill = m->key ? kKeyStack : kStack;
    // A chimney: a stack rising from a round base.
    const ImVec2 c = m->screen;
    dl->AddCircleFilled(c, r, fill, 20);
    dl->AddCircle(c, r, kOutline, 20, 1.5f);
    const float w = 0.32f * r, h = 1.5f * r;
    dl->AddRectFilled(ImVec2(c.x - w, c.y - h), ImVec2(c.x + w, c.y), fill, 1.0f);
    dl->AddRect(ImVec2(c.x - w, c.y - h), ImVec2(c.x + w, c.y), kOutline, 1.0f, 0, 1.0f);
    if (!m->key || !m->label_fits || m->label.empty()) continue;
    const char* text = m->label.c_str();
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 at(m->label_left ? c.x - r - 0.3f * fs - size.x : c.x + r + 0.3f * fs, c.y - 0.5f * size.y);
    dl->AddRectFilled(ImVec2(at.x - 0.25f * fs, at.y - 0.1f * fs), ImVec2(at.x + size.x + 0.25f * fs, at.y + size.y + 0.1f * fs),
                      kLabelBack, 0.3f * fs);
    dl->AddText(at, kLabelText, text);
  }
}

}  // namespace render
