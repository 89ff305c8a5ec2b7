#include "render/ui/panels.hpp"

#include <imgui.h>

#include <algorithm>

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

// Layout: left column = overview above the transport panel above the legend; right column = display controls above the
// levers, with the picked building (when there is one) left of the controls; bottom centre, between the columns = the pathway
// chart. The city shows in the middle above the chart; the energy panel's toggle sits at the top of the
// middle (with the scenarios panel's beside it) and the panel, when open, covers the middle between
// the toggles and the chart (one of the two panels at a time).
void draw_panels(const PanelView& view, PanelActions* actions, PanelRects* rects) {
  rects->clear();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const PanelMetrics m = panel_metrics();
  draw_legend_panel(view, rects, ImVec2(m.margin, display.y - m.margin), ImVec2(0.0f, 1.0f), m.side_width);
  float legend_top = rects->last_top();
  if (view.transport != nullptr && view.transport_state != nullptr) {
    draw_transport_panel(view.strings, *view.transport, ImVec2(m.margin, legend_top - m.margin), ImVec2(0.0f, 1.0f),
                         m.side_width, &actions->transport, view.transport_state, rects);
    legend_top = rects->last_top();
  }
  // The overview scrolls when the legend leaves it too little room.
  // With the transport panel in the column too, the overview may shrink to its title and the
  // synthetic-data notice (it scrolls), but never under the panels below it.
  ImGui::SetNextWindowSizeConstraints(ImVec2(m.side_width, 0.0f),
                                      ImVec2(m.side_width, std::max(3.5f * ImGui::GetFontSize(),
                                                                    legend_top - 2.0f * m.margin)));
  draw_overview_panel(view, actions, rects);
  draw_controls_panel(view, actions, rects);
  const float top = rects->last_bottom() + m.margin;
  draw_building_panel(view, actions, rects);
  if (view.pathway == nullptr || view.pathway_state == nullptr) return;
  const float bottom = display.y - m.margin;
  draw_lever_panel(view.strings, *view.pathway, ImVec2(display.x - m.margin - m.side_width, top),
                   ImVec2(m.side_width, std::max(8.0f * ImGui::GetFontSize(), bottom - top)), &actions->pathway,
                   rects);
  const float x0 = 2.0f * m.margin + m.side_width, x1 = display.x - 2.0f * m.margin - m.side_width;
  const float height = std::clamp(0.36f * display.y, 11.0f * ImGui::GetFontSize(), 0.5f * display.y);
  draw_pathway_chart_panel(view.strings, *view.pathway, ImVec2(x0, bottom - height),
                           ImVec2(std::max(10.0f * ImGui::GetFontSize(), x1 - x0), height), view.pathway_state,
                           &actions->pathway, rects);
  if (view.energy_balance == nullptr || view.energy_state == nullptr) return;
  const float chart_top = bottom - height;
  const float middle = 0.5f * (x0 + x1);
  const bool with_scenarios = view.scenarios != nullptr && view.scenario_state != nullptr;
  // The two toggles side by side at the top of the middle (the energy one alone when there are no scenarios).
  draw_energy_toggle(view.strings, ImVec2(with_scenarios ? middle - 0.25f * m.margin : middle, m.margin),
                     ImVec2(with_scenarios ? 1.0f : 0.5f, 0.0f), *view.energy_state, &actions->energy, rects);
  const float panel_top = rects->last_bottom() + 0.5f * m.margin;
  const float energy_toggle_left = rects->last_left();
  if (with_scenarios)
    draw_scenario_toggle(view.strings, ImVec2(middle + 0.25f * m.margin, m.margin), ImVec2(0.0f, 0.0f),
                         *view.scenario_state, &actions->scenarios, rects);
  const bool with_inclusion = view.inclusion != nullptr && view.inclusion_state != nullptr;
  if (with_inclusion)  // right of the scenarios toggle
    draw_inclusion_toggle(view.strings, ImVec2(with_scenarios ? rects->last_right() + 0.5f * m.margin : middle, m.margin),
                          ImVec2(0.0f, 0.0f), *view.inclusion_state, &actions->inclusion, rects);
  const bool with_monitor = view.monitor != nullptr && view.monitor_state != nullptr;
  if (with_monitor)  // left of the energy toggle (right of the others there is no room at 1280 px)
    draw_monitor_toggle(view.strings, ImVec2(std::max(energy_toggle_left - 0.5f * m.margin, x0), m.margin),
                        ImVec2(1.0f, 0.0f), view.monitor_state, &actions->monitor, rects);
  const ImVec2 panel_size(std::max(10.0f * ImGui::GetFontSize(), x1 - x0),
                          std::max(12.0f * ImGui::GetFontSize(), chart_top - m.margin - panel_top));
  if (with_scenarios && view.scenario_state->open)
    draw_scenario_panel(view.strings, *view.scenarios, ImVec2(x0, panel_top), panel_size, view.scenario_state,
                        &actions->scenarios, rects);
  if (with_inclusion && view.inclusion_state->open)
    draw_inclusion_panel(view.strings, *view.inclusion, ImVec2(x0, panel_top), panel_size, view.inclusion_state,
                         &actions->inclusion, rects);
  if (with_monitor && view.monitor_state->open)
    draw_monitor_panel(view.strings, *view.monitor, ImVec2(x0, panel_top), panel_size, view.monitor_state,
                       &actions->monitor, rects);
  if (!view.energy_state->open) {
    view.energy_state->panel_min = view.energy_state->panel_max = ImVec2(0, 0);
    return;
  }
  draw_energy_panel(view.strings, *view.energy_balance, ImVec2(x0, panel_top), panel_size, view.energy_state,
                    &actions->energy, rects);
}

}  // namespace render
