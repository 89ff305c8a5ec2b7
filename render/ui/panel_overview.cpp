// Overview panel: the city's headline statistics, top left.
#include <imgui.h>

#include <string>

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"

namespace render {

void draw_overview_panel(const PanelView& view, PanelActions* actions, PanelRects* rects) {
  const Strings& s = view.strings;
  const twin::CityStats& st = view.stats;
  const PanelMetrics m = panel_metrics();
  ImGui::SetNextWindowPos(ImVec2(m.margin, m.margin), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(m.side_width, 0.0f), ImGuiCond_Always);
  // "###overview" keeps the window's identity (and collapsed state) across languages.
  const std::string title = (view.city.name.empty() ? std::string() : view.city.name + " · ") +
                            s.tr("overview.title") + "###overview";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (!open) {
    ImGui::End();
    return;
  }
  if (view.city.synthetic) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.72f, 0.30f, 0.05f, 1.0f));
    ImGui::TextWrapped("%s", s.tr("app.synthetic"));
    ImGui::PopStyleColor();
  } else {
    // An imported city: real footprints and roads, with inferred values flagged per building.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.10f, 0.42f, 0.30f, 1.0f));
    ImGui::TextWrapped("%s", s.tr("app.imported"));
    ImGui::PopStyleColor();
    if (!view.city.location.source_crs_label.empty())
      ImGui::TextDisabled("%s %s", s.tr("overview.crs"), view.city.location.source_crs_label.c_str());
    if (view.cursor_lon_lat)
      ImGui::TextDisabled("%s %.6f°E %.6f°N", s.tr("overview.cursor"), (*view.cursor_lon_lat)[0],
                          (*view.cursor_lon_lat)[1]);
  }
  const ImGuiTableFlags table_flags = ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("headline", 2, table_flags)) {
    table_row(s.tr("overview.population"), format_big(s, "fmt.big_persons", st.population));
    table_row(s.tr("overview.jobs"), format_big(s, "fmt.big_jobs", st.jobs));
    table_row(s.tr("overview.buildings"), format_with_unit(s, "fmt.count", st.building_count, 0));
    table_row(s.tr("overview.floor_area"), format_big(s, "fmt.big_area", st.floor_area_m2));
    table_row(s.tr("overview.built_up_area"), format_with_unit(s, "fmt.km2", st.built_up_area_km2, 1));
    table_row(s.tr("overview.road_length"), format_with_unit(s, "fmt.km", st.road_length_km, 0));
    table_row(s.tr("overview.metro_lines"), format_with_unit(s, "fmt.lines", st.metro_line_count, 0));
    table_row(s.tr("overview.metro_stations"),
              format_with_unit(s, "fmt.stations", st.metro_station_count, 0));
    ImGui::EndTable();
  }
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  if (ImGui::CollapsingHeader((std::string(s.tr("overview.floor_area_by_use")) + "###by_use").c_str()) &&
      ImGui::BeginTable("by_use", 2, table_flags)) {
    for (int u = 0; u < static_cast<int>(twin::BuildingUse::Count); ++u) {
      const std::string key = std::string("use.") + twin::to_string(static_cast<twin::BuildingUse>(u));
      table_row(s.tr(key.c_str()), format_big(s, "fmt.big_area", st.floor_area_by_use_m2[u]));
    }
    ImGui::EndTable();
  }
  ImGui::SetNextItemOpen(true, ImGuiCond_Once);
  if (ImGui::CollapsingHeader((std::string(s.tr("overview.road_by_class")) + "###by_class").c_str()) &&
      ImGui::BeginTable("by_class", 2, table_flags)) {
    for (int c = 0; c < static_cast<int>(twin::RoadClass::Count); ++c) {
      const std::string key = std::string("road.") + twin::to_string(static_cast<twin::RoadClass>(c));
      table_row(s.tr(key.c_str()), format_with_unit(s, "fmt.km", st.road_length_by_class_km[c], 1));
    }
    ImGui::EndTable();
  }
  draw_city_chooser(view, actions);
  ImGui::End();
}

}  // namespace render
