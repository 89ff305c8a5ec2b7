// The carbon-inclusion panel; see panel_inclusion.hpp.
#include "render/ui/panel_inclusion.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "render/ui/panel_format.hpp"
#include "render/ui/panel_widgets.hpp"
#include "render/ui/panels.hpp"
#include "render/ui/touch_scroll.hpp"

namespace render {
namespace {

namespace ti = twin::inclusion;

// A section heading: a gap, the label and a rule (ImGui 1.86 has no SeparatorText).
void heading(const char* label) {
  ImGui::Spacing();
  ImGui::TextUnformatted(label);
  ImGui::Separator();
}

bool chip(const char* label, bool on) {
  if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool pressed = ImGui::Button(label);
  if (on) ImGui::PopStyleColor();
  return pressed;
}

// A row of chips, one per commute mode; returns the mode pressed.
std::optional<ti::CommuteMode> mode_row(const Strings& s, const char* id, ti::CommuteMode current) {
  std::optional<ti::CommuteMode> picked;
  ImGui::PushID(id);
  for (int m = 0; m < ti::kCommuteModeCount; ++m) {
    const auto mode = static_cast<ti::CommuteMode>(m);
    const std::string label = std::string(s.tr(("incl.mode." + std::string(ti::to_string(mode))).c_str())) + "##" +
                              std::to_string(m);
    if (m > 0 && ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(label.c_str(), nullptr, true).x +
                                                        3.0f * ImGui::GetStyle().FramePadding.x)
      ImGui::SameLine();
    if (chip(label.c_str(), mode == current)) picked = mode;
  }
  ImGui::PopID();
  return picked;
}

// A full-width slider of a double with a label above it; true when moved.
bool slider(const char* label, double* value, double lo, double hi, const char* format) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(-1.0f);
  const std::string id = std::string("##") + label;
  double v = *value;
  if (!ImGui::SliderScalar(id.c_str(), ImGuiDataType_Double, &v, &lo, &hi, format, ImGuiSliderFlags_AlwaysClamp) ||
      !std::isfinite(v))
    return false;
  *value = std::clamp(v, lo, hi);
  return true;
}

int units_of(const ti::PersonalActions& a, ti::Appliance which) {
  for (const ti::ApplianceSwap& s : a.appliances)
    if (s.appliance == which) return s.units;
  return 0;
}

void set_units(ti::PersonalActions* a, ti::Appliance which, int units) {
  auto it = std::find_if(a->appliances.begin(), a->appliances.end(), [&](const ti::ApplianceSwap& s) { return s.appliance == which; });
  if (units <= 0) {
    if (it != a->appliances.end()) a->appliances.erase(it);
  } else if (it == a->appliances.end()) {
    a->appliances.push_back({which, units});
  } else {
    it->units = units;
  }
}

// The choices, editing a copy; true when anything changed.
bool draw_choices(const Strings& s, ti::PersonalActions* a) {
  bool changed = false;
  // Commute: the first switch (a file may hold more; they are kept and counted).
  heading(s.tr("incl.commute"));
  if (a->commutes.empty()) {
    if (ImGui::Button(s.tr("incl.commute_add"))) {
      a->commutes.push_back({ti::CommuteMode::CarPetrol, ti::CommuteMode::Metro, 10.0, 250.0});
      changed = true;
    }
  } else {
    ti::CommuteSwitch& c = a->commutes.front();
    ImGui::TextDisabled("%s", s.tr("incl.commute_from"));
    if (auto m = mode_row(s, "from", c.from); m && *m != c.to) c.from = *m, changed = true;
    ImGui::TextDisabled("%s", s.tr("incl.commute_to"));
    if (auto m = mode_row(s, "to", c.to); m && *m != c.from) c.to = *m, changed = true;
    changed |= slider(s.tr("incl.km"), &c.one_way_km, 0.0, 50.0, "%.0f km");
    changed |= slider(s.tr("incl.days"), &c.days_per_yr, 0.0, 366.0, "%.0f");
    if (ImGui::Button(s.tr("incl.commute_remove"))) {
      a->commutes.erase(a->commutes.begin());
      changed = true;
    }
  }
  // Set-points.
  heading(s.tr("incl.setpoints"));
  bool on = a->setpoints.has_value();
  if (ImGui::Checkbox(s.tr("incl.setpoints_on"), &on)) {
    if (on)
      a->setpoints = ti::SetpointChange{90.0, ti::DwellingHeating::DistrictHeat, a->setpoints ? a->setpoints->vintage
                                                                                             : ti::SetpointChange{}.vintage,
                                        1.0, 1.0};
    else
      a->setpoints.reset();
    changed = true;
  }
  if (a->setpoints) {
    ti::SetpointChange& sp = *a->setpoints;
    for (int h = 0; h < static_cast<int>(ti::DwellingHeating::Count); ++h) {
      const auto heating = static_cast<ti::DwellingHeating>(h);
      const std::string label = std::string(s.tr(("incl.heat." + std::string(ti::to_string(heating))).c_str())) + "##heat" +
                                std::to_string(h);
      if (h > 0 && ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(label.c_str(), nullptr, true).x +
                                                          3.0f * ImGui::GetStyle().FramePadding.x)
        ImGui::SameLine();
      if (chip(label.c_str(), sp.heating == heating)) sp.heating = heating, changed = true;
    }
    changed |= slider(s.tr("incl.area"), &sp.dwelling_area_m2, 20.0, 300.0, "%.0f m²");
    changed |= slider(s.tr("incl.heating_lower"), &sp.heating_lower_c, 0.0, 4.0, "%.1f °C");
    changed |= slider(s.tr("incl.cooling_raise"), &sp.cooling_raise_c, 0.0, 4.0, "%.1f °C");
  }
  // Rooftop PV, appliances, waste, second-hand.
  heading(s.tr("incl.home"));
  changed |= slider(s.tr("incl.pv"), &a->rooftop_pv_kwp, 0.0, 20.0, "%.1f kWp");
  const struct {
    ti::Appliance appliance;
    const char* key;
    int max;
  } kAppliances[] = {{ti::Appliance::AirConditioner, "incl.ac", 5},
                     {ti::Appliance::Refrigerator, "incl.fridge", 2},
                     {ti::Appliance::WashingMachine, "incl.washer", 2}};
  for (const auto& k : kAppliances) {
    double units = units_of(*a, k.appliance);
    if (slider(s.tr(k.key), &units, 0.0, k.max, "%.0f")) {
      set_units(a, k.appliance, static_cast<int>(std::lround(units)));
      changed = true;
    }
  }
  changed |= slider(s.tr("incl.waste"), &a->waste_sorted_kg_per_yr, 0.0, 500.0, "%.0f kg");
  changed |= slider(s.tr("incl.secondhand"), &a->secondhand_items_per_yr, 0.0, 50.0, "%.0f");
  return changed;
}

std::string kg_text(double kg) { return format_number(kg, kg < 100.0 ? 1 : 0); }

void draw_results(const Strings& s, const InclusionView& v, InclusionUiState* ui, InclusionActions* actions) {
  const float font = ImGui::GetFontSize();
  if (!v.error.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.10f, 1.0f), "%s", v.error.c_str());
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::SetWindowFontScale(1.25f);
  ImGui::TextUnformatted(s.format("incl.total", {{"kg", kg_text(v.total_kg_co2_per_yr)}}).c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopTextWrapPos();
  ImGui::TextUnformatted(s.format("incl.points", {{"p", format_number(v.points, 0)}}).c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", s.format("incl.year", {{"year", std::to_string(v.year)}}).c_str());
  ImGui::PopTextWrapPos();
  // The card and the QR code of these choices, near the top (the figures' details scroll below).
  ImGui::Spacing();
  if (ImGui::Button(s.tr("incl.card"), ImVec2(-1.0f, 2.2f * font))) actions->make_card = true;
  ui->card_min = ImGui::GetItemRectMin();
  ui->card_max = ImGui::GetItemRectMax();
  if (v.qr != nullptr) {
    draw_qr_code(*v.qr, std::min(ImGui::GetContentRegionAvail().x, 10.0f * font), &ui->qr_min, &ui->qr_max);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", s.tr("incl.qr_hint"));
    ImGui::PopTextWrapPos();
  } else {
    ui->qr_min = ui->qr_max = ImVec2(0, 0);
  }
  ImGui::Spacing();
  if (v.lines != nullptr) {
    for (const InclusionLine& line : *v.lines) {
      const std::string base = line.key.substr(0, line.key.find('['));
      ImGui::BulletText("%s: %s kg", s.tr(("incl.action." + base).c_str()), kg_text(line.kg_co2_per_yr).c_str());
    }
    ImGui::Checkbox(s.tr("incl.how"), &ui->show_steps);
    if (ui->show_steps) {
      ImGui::PushTextWrapPos(0.0f);
      for (const InclusionLine& line : *v.lines) {
        const std::string base = line.key.substr(0, line.key.find('['));
        ImGui::TextUnformatted(s.tr(("incl.action." + base).c_str()));
        for (const std::string& step : line.steps) ImGui::TextDisabled("  %s", step.c_str());
      }
      ImGui::PopTextWrapPos();
    }
  }
  // The community wedge.
  heading(s.tr("incl.wedge_title"));
  double pct = v.wedge.participation_pct;
  if (slider(s.tr("incl.participation"), &pct, 0.0, 100.0, "%.0f %%")) actions->set_participation_pct = pct;
  if (v.wedge.valid) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.format("incl.wedge_line", {{"pct", format_number(v.wedge.participation_pct, 0)},
                                                        {"from", std::to_string(v.wedge.peak_year_without)},
                                                        {"to", std::to_string(v.wedge.peak_year_with)},
                                                        {"dp", format_number(-v.wedge.peak_t_change / 1e4, 2)},
                                                        {"dc", format_number(-v.wedge.cumulative_t_change / 1e4, 1)}})
                               .c_str());
    ImGui::PopTextWrapPos();
  }
}

}  // namespace

void draw_inclusion_toggle(const Strings& s, ImVec2 pos, ImVec2 pivot, const InclusionUiState& state,
                           InclusionActions* actions, PanelRects* rects) {
  const std::string label = std::string(s.tr(state.open ? "incl.close" : "incl.open")) + "###inclusion_toggle_button";
  if (panel_toggle_button("###inclusion_toggle", label.c_str(), pos, pivot, rects)) actions->set_open = !state.open;
}

void draw_inclusion_panel(const Strings& s, const InclusionView& v, ImVec2 pos, ImVec2 size, InclusionUiState* ui,
                          InclusionActions* actions, PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  const std::string title = std::string(s.tr("incl.title")) + "###inclusion";
  bool keep_open = true;
  const bool open = ImGui::Begin(title.c_str(), &keep_open,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (!keep_open) actions->set_open = false;
  if (!open) {
    ImGui::End();
    return;
  }
  const float width = ImGui::GetContentRegionAvail().x;
  const bool two_columns = width > 24.0f * ImGui::GetFontSize();
  ImGui::BeginChild("##inclusion_choices", ImVec2(two_columns ? 0.5f * width : 0.0f, two_columns ? 0.0f : 0.55f * ImGui::GetContentRegionAvail().y));
  ti::PersonalActions edited = v.actions;
  if (draw_choices(s, &edited)) actions->set_actions = std::move(edited);
  touch_drag_scroll();
  ImGui::EndChild();
  if (two_columns) ImGui::SameLine();
  ImGui::BeginChild("##inclusion_results", ImVec2(0.0f, 0.0f));
  draw_results(s, v, ui, actions);
  touch_drag_scroll();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace render
