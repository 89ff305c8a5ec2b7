// Building panel: attributes of the picked building, top right, left of the controls.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "twin/buildings/archetype.hpp"

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"

namespace render {
namespace {

namespace tb = twin::buildings;
namespace te = twin::emissions;

std::string mwh(const Strings& s, double kwh) { return format_with_unit(s, "fmt.mwh", kwh / 1000.0, kwh < 1e5 ? 1 : 0); }

// The picked building's annual energy, emissions and PV, and how they were computed.
void energy_section(const Strings& s, const EnergyView& energy, std::uint32_t i) {
  if (!energy.ready()) {
    ImGui::TextWrapped("%s", energy.failed ? s.tr("energy.failed")
                                           : s.format("energy.progress", {{"p", format_number(100.0 * energy.progress, 0)}}).c_str());
    return;
  }
  const BuildingEnergy& e = (*energy.buildings)[i];
  ImGui::TextDisabled("%s", s.tr("energy.title"));
  if (ImGui::BeginTable("energy", 2, ImGuiTableFlags_SizingStretchProp)) {
    // Labels fit their text every frame (they carry the year and change with the language).
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    // EUI and emissions intensity in the chosen year (the pathway's scrubber) under the current levers.
    const bool by_year = energy.eui_year && energy.emissions_year && i < energy.eui_year->size() &&
                         i < energy.emissions_year->size();
    const int year = by_year ? energy.year : 2020;
    const auto label = [&](const char* key) { return std::string(s.tr(key)) + " " + std::to_string(year); };
    table_row(label("energy.eui").c_str(),
              format_with_unit(s, "fmt.kwh_m2", by_year ? (*energy.eui_year)[i] : e.eui_kwh_m2, 0));
    table_row(label("energy.emissions_intensity").c_str(),
              format_with_unit(s, "fmt.kg_m2", by_year ? (*energy.emissions_year)[i] : e.emissions_kg_m2, 1));
    table_row(s.tr("energy.scope1"), format_with_unit(s, "fmt.t_co2", e.scope1_t, 1));
    table_row(s.tr("energy.scope2"), format_with_unit(s, "fmt.t_co2", e.scope2_t, 1));
    table_row(s.tr("energy.pv"), s.format("fmt.mwh_yr", {{"v", format_number(e.pv_kwh / 1000.0, 1)}}));
    ImGui::EndTable();
  }
  if (ImGui::CollapsingHeader(s.tr("energy.by_end_use"), ImGuiTreeNodeFlags_DefaultOpen) &&
      ImGui::BeginTable("end_uses", 2, ImGuiTableFlags_SizingStretchProp)) {
    for (int u = 0; u < tb::kEndUseCount; ++u) {
      double v = 0;
      for (double c : e.delivered_kwh[u]) v += c;
      table_row(s.tr((std::string("end_use.") + tb::to_string(static_cast<tb::EndUse>(u))).c_str()), mwh(s, v));
    }
    ImGui::EndTable();
  }
  if (ImGui::CollapsingHeader(s.tr("energy.by_carrier"), ImGuiTreeNodeFlags_DefaultOpen) &&
      ImGui::BeginTable("carriers", 2, ImGuiTableFlags_SizingStretchProp)) {
    for (te::Carrier c : {te::Carrier::Electricity, te::Carrier::DistrictHeat, te::Carrier::NaturalGas, te::Carrier::Coal,
                          te::Carrier::Lpg}) {
      double v = 0;
      for (int u = 0; u < tb::kEndUseCount; ++u) v += e.delivered_kwh[u][static_cast<int>(c)];
      table_row(s.tr((std::string("carrier.") + te::to_string(c)).c_str()), mwh(s, v));
    }
    ImGui::EndTable();
  }
  if (ImGui::CollapsingHeader(s.tr("energy.how"))) {
    const tb::Archetype& a = tb::archetype_rows()[e.archetype];
    const auto key = [](const char* prefix, const char* name) { return std::string(prefix) + name; };
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextWrapped("%s", s.format("how.archetype", {{"category", s.tr(key("arch.", twin::to_string(a.category)).c_str())},
                                                         {"vintage", s.tr(key("vintage.", tb::to_string(a.vintage)).c_str())},
                                                         {"zone", s.tr(key("zone.", tb::csv_key(a.zone)).c_str())}})
                                 .c_str());
    ImGui::TextWrapped("%s", s.format("how.envelope", {{"wall", format_number(a.u_wall_w_m2k, 2)},
                                                        {"roof", format_number(a.u_roof_w_m2k, 2)},
                                                        {"window", format_number(a.u_window_w_m2k, 1)},
                                                        {"wwr", format_number(a.window_to_wall, 2)}})
                                 .c_str());
    ImGui::TextWrapped("%s", s.format("how.model", {{"n", std::to_string(energy.simulated_units)}}).c_str());
    if (energy.factors != nullptr) {
      ImGui::TextWrapped("%s", s.format("how.factors", {{"year", std::to_string(energy.factors->year)}}).c_str());
      for (int c = 0; c < te::kCarrierCount; ++c) {
        double v = 0;
        for (int u = 0; u < tb::kEndUseCount; ++u) v += e.delivered_kwh[u][c];
        if (!(v > 0)) continue;  // only the carriers this building uses
        const te::Factor& f = energy.factors->of(static_cast<te::Carrier>(c));
        ImGui::BulletText("%s %s kg/kWh · %s%s", s.tr(key("carrier.", te::to_string(static_cast<te::Carrier>(c))).c_str()),
                          format_number(f.kg_per_kwh, 3).c_str(), f.source_id,
                          f.source_year > 0 ? (" " + std::to_string(f.source_year)).c_str() : "");
      }
    }
    ImGui::PopTextWrapPos();
  }
}

}  // namespace

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
  // Over the upper part of the view only (the middle of the city stays free for touch gestures),
  // above the pathway chart (same height formula as draw_panels); scrolls when taller.
  const float chart = std::clamp(0.36f * display.y, 11.0f * ImGui::GetFontSize(), 0.5f * display.y);
  const float max_height = std::max(10.0f * ImGui::GetFontSize(),
                                    std::min(0.42f * display.y, display.y - 3.0f * m.margin - chart));
  ImGui::SetNextWindowSizeConstraints(ImVec2(m.side_width, 0.0f), ImVec2(m.side_width, max_height));
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
  // With the hourly results in, the building's energy comes first (the panel scrolls), then its
  // attributes under a header.
  const bool energy_first = view.energy != nullptr && view.energy->ready();
  if (energy_first) {
    ImGui::TextUnformatted(("#" + std::to_string(i) + " · " + s.tr(key("use.", twin::to_string(b.use[i])).c_str())).c_str());
    energy_section(s, *view.energy, i);
  }
  const bool attributes = !energy_first || ImGui::CollapsingHeader(s.tr("building.attributes"), ImGuiTreeNodeFlags_DefaultOpen);
  if (attributes && ImGui::BeginTable("attributes", 2, ImGuiTableFlags_SizingStretchProp)) {
    // Imported cities: a value the source file did not give is marked as inferred.
    const std::uint8_t inferred = twin::building_inferred(b, i);
    const auto mark = [&](std::uint8_t flag, std::string text) {
      return (inferred & flag) ? text + " " + s.tr("building.inferred") : text;
    };
    table_row(s.tr("building.id"), std::to_string(i));
    if (i < b.source_id.size() && !b.source_id[i].empty()) table_row(s.tr("building.source_id"), b.source_id[i]);
    table_row(s.tr("building.use"), mark(twin::kInferredUse, s.tr(key("use.", twin::to_string(b.use[i])).c_str())));
    table_row(s.tr("building.floors"), mark(twin::kInferredFloors, format_with_unit(s, "fmt.floors", b.floors[i], 0)));
    table_row(s.tr("building.height"), mark(twin::kInferredHeight, format_with_unit(s, "fmt.m", b.height_m[i], 1)));
    table_row(s.tr("building.footprint_area"),
              format_with_unit(s, "fmt.m2", twin::building_footprint_area_m2(b, i), 0));
    table_row(s.tr("building.floor_area"),
              format_with_unit(s, "fmt.m2", twin::building_floor_area_m2(b, i), 0));
    table_row(s.tr("building.construction_year"), mark(twin::kInferredYear, std::to_string(b.construction_year[i])));
    table_row(s.tr("building.heating_system"),
              mark(twin::kInferredHeating, s.tr(key("heating.", twin::to_string(b.heating_system[i])).c_str())));
    table_row(s.tr("building.heating_fuel"), s.tr(key("fuel.", twin::to_string(b.heating_fuel[i])).c_str()));
    table_row(s.tr("building.zone"), "#" + std::to_string(b.zone[i]));
    ImGui::EndTable();
  }
  if (ImGui::Button(s.tr("building.clear"), ImVec2(-1.0f, 0.0f))) actions->clear_selection = true;
  if (view.energy != nullptr && !energy_first) {
    ImGui::Separator();
    energy_section(s, *view.energy, i);
  }
  ImGui::End();
}

}  // namespace render
