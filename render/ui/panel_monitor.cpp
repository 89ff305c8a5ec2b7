// The monitoring panel (see panel_monitor.hpp).
#include "render/ui/panel_monitor.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"
#include "render/ui/touch_scroll.hpp"

namespace render {
namespace mon = twin::monitor;

void MonitorUiState::remember(const char* name) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  for (auto& [key, r] : rects)
    if (key == name) {
      r = {a.x, a.y, b.x, b.y};
      return;
    }
  rects.emplace_back(name, std::array<float, 4>{a.x, a.y, b.x, b.y});
}

ImU32 monitor_heat_colour(double t, double min_t, double max_t, int alpha) {
  if (t < 0.0) return IM_COL32(40, 170, 80, alpha);  // a sink
  if (!(t > 0.0) || !(max_t > min_t) || !(min_t > 0.0)) return IM_COL32(0, 0, 0, 0);
  const double f = std::clamp(std::log10(t / min_t) / std::log10(max_t / min_t), 0.0, 1.0);
  // Yellow → orange → dark red.
  const int r = static_cast<int>(255.0 - 95.0 * f), g = static_cast<int>(235.0 * (1.0 - f) + 20.0 * f);
  const int b = static_cast<int>(90.0 * (1.0 - f) + 30.0 * f);
  return IM_COL32(r, g, b, alpha);
}

ImU32 monitor_plume_colour(double ppm, double max_ppm) {
  if (!(ppm > 0.0) || !(max_ppm > 0.0) || ppm < 1e-3 * max_ppm) return IM_COL32(0, 0, 0, 0);
  const double f = std::clamp(std::log10(ppm / max_ppm) / 3.0 + 1.0, 0.0, 1.0);  // 3 decades: 0 … 1
  return IM_COL32(static_cast<int>(120.0 + 110.0 * f), static_cast<int>(80.0 * (1.0 - f) + 40.0),
                  static_cast<int>(220.0 - 80.0 * f), static_cast<int>(15.0 + 170.0 * f * f));
}

void draw_monitor_toggle(const Strings& s, ImVec2 pos, ImVec2 pivot, MonitorUiState* state, MonitorActions* actions,
                         PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
  ImGui::Begin("###monitor_toggle", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  const std::string label = std::string(s.tr(state->open ? "mon.close" : "mon.open")) + "###monitor_toggle_button";
  if (ImGui::Button(label.c_str(), ImVec2(0.0f, 2.2f * ImGui::GetFontSize()))) actions->set_open = !state->open;
  state->remember("toggle");
  ImGui::End();
}

namespace {

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

void draw_controls(const Strings& s, const MonitorView& v, MonitorUiState* ui, MonitorActions* a) {
  ImGui::TextUnformatted(s.tr("mon.cell"));
  for (double c : kMonitorCellSizesM) {
    ImGui::SameLine();
    const std::string label = fmt("%.0f m", c) + "###mon_cell_" + fmt("%.0f", c);
    if (ImGui::RadioButton(label.c_str(), v.cell_m == c)) a->set_cell_m = c;
    ui->remember(("cell_" + fmt("%.0f", c)).c_str());
  }
  // The layer: off, the heat map by total or by one sector, the plume of the hour.
  std::vector<std::string> keys{"off", "total"};
  for (int k = 0; k < mon::kGridSectorCount; ++k) keys.push_back(mon::to_string(static_cast<mon::GridSector>(k)));
  keys.push_back("plume");
  const auto name_of = [&](const std::string& k) -> std::string {
    if (k == "off" || k == "total" || k == "plume") return s.tr(("mon.layer." + k).c_str());
    return s.format("mon.layer.sector", {{"sector", s.tr(("mon.sector." + k).c_str())}});
  };
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("###mon_layer", (std::string(s.tr("mon.layer")) + ": " + name_of(v.layer)).c_str())) {
    for (const std::string& k : keys)
      if (ImGui::Selectable(name_of(k).c_str(), k == v.layer)) a->set_layer = k;
    ImGui::EndCombo();
  }
  ui->remember("layer");
  bool stations = v.stations_on;
  if (ImGui::Checkbox(s.tr("mon.stations"), &stations)) a->set_stations = stations;
  ui->remember("stations");
  // The hour as day of the year + hour of the day (the slider over 8760 hours is too coarse to aim).
  int day = v.hour / 24 + 1, hod = v.hour % 24;
  ImGui::SetNextItemWidth(0.45f * ImGui::GetContentRegionAvail().x);
  if (ImGui::SliderInt("###mon_day", &day, 1, 365, s.tr("mon.day"))) a->set_hour = (std::clamp(day, 1, 365) - 1) * 24 + hod;
  ui->remember("day");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(0.35f * ImGui::GetContentRegionAvail().x);
  if (ImGui::SliderInt("###mon_hour", &hod, 0, 23, s.tr("mon.hour"))) a->set_hour = (day - 1) * 24 + std::clamp(hod, 0, 23);
  ui->remember("hour");
  ImGui::SameLine();
  if (ImGui::Button((std::string(s.tr(v.playing ? "mon.pause" : "mon.play")) + "###mon_play").c_str()))
    a->set_playing = !v.playing;
  ui->remember("play");
}

void draw_table(const Strings& s, const MonitorView& v) {
  if (ImGui::BeginTable("##mon_totals", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(s.tr("mon.col.sector"));
    ImGui::TableSetupColumn(s.tr("mon.col.grid"));
    ImGui::TableSetupColumn(s.tr("mon.col.inventory"));
    ImGui::TableHeadersRow();
    double grid = 0.0, inventory = 0.0;
    for (int k = 0; k < mon::kGridSectorCount; ++k) {
      const std::string key = std::string("mon.sector.") + mon::to_string(static_cast<mon::GridSector>(k));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.tr(key.c_str()));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_number(v.grid_t[k], 0).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_number(v.inventory_t[k], 0).c_str());
      grid += v.grid_t[k];
      inventory += v.inventory_t[k];
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(s.tr("mon.total"));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_number(grid, 0).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_number(inventory, 0).c_str());
    ImGui::EndTable();
    // The check: the grid holds the inventory's scope 1 (cells + outside the grid), sector by sector.
    double worst = 0.0;
    for (int k = 0; k < mon::kGridSectorCount; ++k)
      worst = std::max(worst, std::fabs(v.grid_t[k] - v.inventory_t[k]) / std::max(1.0, std::fabs(v.inventory_t[k])));
    ImGui::TextWrapped("%s", s.format(worst < 1e-9 ? "mon.check_ok" : "mon.check_bad", {{"rel", fmt("%.1e", worst)}}).c_str());
  }
  ImGui::TextUnformatted(s.format("mon.stations_by_kind", {{"tower", std::to_string(v.stations_by_kind[0])},
                                                           {"rooftop", std::to_string(v.stations_by_kind[1])},
                                                           {"lowcost", std::to_string(v.stations_by_kind[2])},
                                                           {"mobile", std::to_string(v.stations_by_kind[3])}})
                             .c_str());
  if (v.met_ready)
    ImGui::TextUnformatted(s.format("mon.met", {{"u", fmt("%.1f", v.u10_m_s)},
                                                {"from", fmt("%.0f", v.from_deg)},
                                                {"class", std::string(1, v.stability)}})
                               .c_str());
  if (v.plume_progress < 1.0)
    ImGui::TextUnformatted(s.format("mon.plume_busy", {{"pct", fmt("%.0f", 100.0 * v.plume_progress)}}).c_str());
  else
    ImGui::TextWrapped("%s", s.format("mon.plume", {{"max", fmt("%.3g", v.max_ppm)},
                                                    {"mean", fmt("%.3g", v.mean_ppm)},
                                                    {"ms", fmt("%.0f", v.compute_ms)},
                                                    {"stride", fmt("%.0f", v.stride * v.cell_m)}})
                                 .c_str());
  if (v.legend_max_t > 0.0) {  // the heat map's colour ramp (log scale)
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x * 0.6f, h = 0.7f * ImGui::GetFontSize();
    for (int k = 0; k < 32; ++k) {
      const double t = v.legend_min_t * std::pow(v.legend_max_t / v.legend_min_t, (k + 0.5) / 32.0);
      dl->AddRectFilled(ImVec2(p.x + w * k / 32.0f, p.y), ImVec2(p.x + w * (k + 1) / 32.0f, p.y + h),
                        monitor_heat_colour(t, v.legend_min_t, v.legend_max_t, 255));
    }
    ImGui::Dummy(ImVec2(w, h));
    ImGui::TextUnformatted(s.format("mon.legend", {{"min", format_number(v.legend_min_t, 1)},
                                                   {"max", format_number(v.legend_max_t, 0)}})
                               .c_str());
  }
}

}  // namespace

void draw_monitor_panel(const Strings& s, const MonitorView& v, ImVec2 pos, ImVec2 size, MonitorUiState* ui,
                        MonitorActions* actions, PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  const std::string title = std::string(s.tr("mon.title")) + "###monitor";
  bool keep_open = true;
  const bool open = ImGui::Begin(title.c_str(), &keep_open,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  {
    const ImVec2 a = ImGui::GetWindowPos(), b = ImGui::GetWindowSize();
    ui->rects.erase(std::remove_if(ui->rects.begin(), ui->rects.end(), [](const auto& r) { return r.first == "panel"; }),
                    ui->rects.end());
    ui->rects.emplace_back("panel", std::array<float, 4>{a.x, a.y, a.x + b.x, a.y + b.y});
  }
  if (!keep_open) actions->set_open = false;
  if (!open) {
    ImGui::End();
    return;
  }
  ImGui::BeginChild("##monitor_body", ImVec2(0.0f, 0.0f));
  if (!v.error.empty()) {
    ImGui::TextWrapped("%s", v.error.c_str());
  } else {
    draw_controls(s, v, ui, actions);
    ImGui::Separator();
    draw_table(s, v);
  }
  touch_drag_scroll();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace render
