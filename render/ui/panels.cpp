#include "render/ui/panels.hpp"

#include <imgui.h>

namespace render {

void PanelRects::add_current_window() {
  const ImVec2 p = ImGui::GetWindowPos();
  const ImVec2 s = ImGui::GetWindowSize();
  rects_.push_back({p.x, p.y, p.x + s.x, p.y + s.y});
}

bool PanelRects::contains(float x, float y) const {
  for (const Rect& r : rects_)
    if (x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1) return true;
  return false;
}

PanelMetrics panel_metrics() {
  const float s = ImGui::GetFontSize() / kUiFontSize_px;
  return {12.0f * s, 340.0f * s};
}

void draw_panels(const PanelView& view, PanelActions* actions, PanelRects* rects) {
  rects->clear();
  draw_overview_panel(view, rects);
  draw_controls_panel(view, actions, rects);
  draw_building_panel(view, actions, rects);
  draw_legend_panel(view, rects);
}

}  // namespace render
