// Building panel: attributes of the picked building, top right, left of the controls.
#include <imgui.h>

#include <string>

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"

namespace render {

void draw_building_panel(const PanelView& view, PanelActions* actions, PanelRects* rects) {
  const Strings& s = view.strings;
  const twin::Buildings& b = view.city.buildings;
  // Only while a building is picked: the right column's room belongs to the levers otherwise
  // (the controls panel's help line says how to pick one).
  if (view.selected < 0 || static_cast<std::uint32_t>(view.selected) >= b.size()) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const PanelMetrics m = panel_metrics();
  // Drawn right after the controls panel: level with it, just left of the right column (whose
  // height below the controls belongs to the lever panel).
  ImGui::SetNextWindowPos(ImVec2(display.x - 2.0f * m.margin - m.side_width, m.margin), ImGuiCond_Always,
                          ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(m.side_width, 0.0f), ImGuiCond_Always);
  const std::string title = std::string(s.tr("building.title")) + "###building";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (!open) {
    ImGui::End();
    return;
  }
  const std::int32_t id = view.selected;
  if (id < 0 || static_cast<std::uint32_t>(id) >= b.size()) {
    ImGui::TextWrapped("%s", s.tr("building.hint"));
    ImGui::End();
    return;
  }
  const auto i = static_cast<std::uint32_t>(id);
  const auto key = [](const char* prefix, const char* name) { return std::string(prefix) + name; };
  if (ImGui::BeginTable("attributes", 2, ImGuiTableFlags_SizingStretchProp)) {
    table_row(s.tr("building.id"), std::to_string(i));
    table_row(s.tr("building.use"), s.tr(key("use.", twin::to_string(b.use[i])).c_str()));
    table_row(s.tr("building.floors"), format_with_unit(s, "fmt.floors", b.floors[i], 0));
    table_row(s.tr("building.height"), format_with_unit(s, "fmt.m", b.height_m[i], 1));
    table_row(s.tr("building.footprint_area"),
              format_with_unit(s, "fmt.m2", twin::building_footprint_area_m2(b, i), 0));
    table_row(s.tr("building.floor_area"),
              format_with_unit(s, "fmt.m2", twin::building_floor_area_m2(b, i), 0));
    table_row(s.tr("building.construction_year"), std::to_string(b.construction_year[i]));
    table_row(s.tr("building.heating_system"),
              s.tr(key("heating.", twin::to_string(b.heating_system[i])).c_str()));
    table_row(s.tr("building.heating_fuel"), s.tr(key("fuel.", twin::to_string(b.heating_fuel[i])).c_str()));
    table_row(s.tr("building.zone"), "#" + std::to_string(b.zone[i]));
    ImGui::EndTable();
  }
  if (ImGui::Button(s.tr("building.clear"), ImVec2(-1.0f, 0.0f))) actions->clear_selection = true;
  ImGui::End();
}

}  // namespace render
