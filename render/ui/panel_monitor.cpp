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

ImU32 monitor_residual_colour(double t, double max_abs_t) {
  if (!(max_abs_t > 0.0) || !std::isfinite(t)) return IM_COL32(0, 0, 0, 0);
  const double f = std::clamp(t / max_abs_t, -1.0, 1.0);
  if (std::fabs(f) < 0.02) return IM_COL32(0, 0, 0, 0);
  const int alpha = static_cast<int>(40.0 + 170.0 * std::fabs(f));
  return f > 0.0 ? IM_COL32(215, 48, 39, alpha) : IM_COL32(49, 110, 200, alpha);
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
  for (const char* k : {"prior", "posterior", "residual"}) keys.push_back(k);  // the experiment's layers
  const auto name_of = [&](const std::string& k) -> std::string {
    if (k == "off" || k == "total" || k == "plume" || k == "prior" || k == "posterior" || k == "residual")
      return s.tr(("mon.layer." + k).c_str());
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

// The layer's legend: a colour ramp and its ends in t/yr per cell.
void draw_experiment_legend(const Strings& s, const MonitorView& v) {
  const double top = v.experiment.layer_max_t;
  if (!(top > 0.0)) return;
  const bool residual = v.layer == "residual";
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x * 0.6f, h = 0.7f * ImGui::GetFontSize();
  for (int k = 0; k < 32; ++k) {
    const double f = (k + 0.5) / 32.0;
    const ImU32 c = residual ? monitor_residual_colour((2.0 * f - 1.0) * top, top)
                             : monitor_heat_colour(top / 1000.0 * std::pow(1000.0, f), top / 1000.0, top, 255);
    dl->AddRectFilled(ImVec2(p.x + w * k / 32.0f, p.y), ImVec2(p.x + w * (k + 1) / 32.0f, p.y + h), c);
  }
  ImGui::Dummy(ImVec2(w, h));
  ImGui::TextUnformatted(s.format(residual ? "mon.exp.legend_residual" : "mon.legend",
                                  {{"min", format_number(residual ? -top : top / 1000.0, residual ? 0 : 1)},
                                   {"max", format_number(top, 0)}})
                             .c_str());
}

// The observing-system experiment: the hidden source, run, progress, the reconciliation table, the
// unexplained source and the key emitters' check.
void draw_experiment(const Strings& s, const MonitorView& v, MonitorUiState* ui, MonitorActions* a) {
  const MonitorExperimentView& e = v.experiment;
  const float touch = 2.2f * ImGui::GetFontSize();
  ImGui::TextUnformatted(s.tr("mon.exp.title"));
  ImGui::TextWrapped("%s", s.tr("mon.exp.explain"));
  const std::string place = std::string(s.tr(e.placing ? "mon.exp.placing" : "mon.exp.place")) + "###mon_exp_place";
  if (ImGui::Button(place.c_str(), ImVec2(0.0f, touch))) a->set_placing = !e.placing;
  ui->remember("exp_place");
  if (e.hidden_set) {
    ImGui::SameLine();
    if (ImGui::Button((std::string(s.tr("mon.exp.clear")) + "###mon_exp_clear").c_str(), ImVec2(0.0f, touch)))
      a->clear_hidden = true;
    ui->remember("exp_clear");
    ImGui::TextWrapped("%s", s.format("mon.exp.hidden", {{"x", fmt("%.0f", e.hidden_x_m)},
                                                          {"y", fmt("%.0f", e.hidden_y_m)},
                                                          {"t", format_number(e.hidden_t_per_yr, 0)}})
                                 .c_str());
  }
  ImGui::BeginDisabled(e.state == "running");
  if (ImGui::Button((std::string(s.tr("mon.exp.run")) + "###mon_exp_run").c_str(), ImVec2(-1.0f, touch)))
    a->run_experiment = true;
  ui->remember("exp_run");
  ImGui::EndDisabled();
  if (e.state == "running") {
    ImGui::ProgressBar(static_cast<float>(e.progress), ImVec2(-1.0f, 0.0f),
                       s.format("mon.exp.busy", {{"pct", fmt("%.0f", 100.0 * e.progress)}}).c_str());
    return;
  }
  if (e.state == "error") {
    ImGui::TextWrapped("%s", e.error.c_str());
    return;
  }
  if (e.state != "done") return;
  ImGui::TextWrapped("%s", s.format("mon.exp.summary", {{"n", std::to_string(e.observations)},
                                                         {"days", std::to_string(e.days)},
                                                         {"cell", fmt("%.0f", e.cell_m)},
                                                         {"dofs", fmt("%.1f", e.dofs)},
                                                         {"ms", fmt("%.0f", e.compute_ms)}})
                               .c_str());
  // Short headers with the unit above, each figure's ± sd on a second line and the verdict wrapped in its
  // column: at 1280 px the panel is ~420 px wide and "1,234,567 ± 123,456" beside "Agrees (within 2 sd)" cut
  // the verdict and sd columns off.
  ImGui::TextDisabled("%s", s.tr("mon.exp.table_unit"));
  if (ImGui::BeginTable("##mon_exp_table", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(s.tr("mon.col.sector"), ImGuiTableColumnFlags_None, 1.0f);
    ImGui::TableSetupColumn(s.tr("mon.exp.col.prior"), ImGuiTableColumnFlags_None, 1.0f);
    ImGui::TableSetupColumn(s.tr("mon.exp.col.posterior"), ImGuiTableColumnFlags_None, 1.0f);
    ImGui::TableSetupColumn(s.tr("mon.exp.col.verdict"), ImGuiTableColumnFlags_None, 1.1f);
    ImGui::TableHeadersRow();
    for (const MonitorExperimentRow& r : e.rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string name = r.sector == "total" ? s.tr("mon.total")
                               : r.sector == "unexplained" ? s.tr("mon.exp.unexplained")
                                                           : s.tr(("mon.sector." + r.sector).c_str());
      ImGui::TextWrapped("%s", name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_number(r.prior_t, 0).c_str());
      ImGui::TextDisabled("± %s", format_number(r.prior_sd_t, 0).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_number(r.posterior_t, 0).c_str());
      ImGui::TextDisabled("± %s", format_number(r.posterior_sd_t, 0).c_str());
      ImGui::TableNextColumn();
      // |z| ≤ 2: the air agrees with the inventory within two posterior sd.
      ImGui::TextWrapped("%s", s.tr(r.z > 2.0 ? "mon.exp.more" : r.z < -2.0 ? "mon.exp.less" : "mon.exp.agrees"));
    }
    ImGui::EndTable();
  }
  ImGui::TextWrapped("%s", s.format("mon.exp.truth", {{"t", format_number(e.truth_t, 0)}}).c_str());
  if (e.source_found)
    ImGui::TextWrapped("%s", s.format("mon.exp.source", {{"x", fmt("%.0f", e.source_x_m)},
                                                          {"y", fmt("%.0f", e.source_y_m)},
                                                          {"t", format_number(e.source_t, 0)},
                                                          {"sd", format_number(e.source_sd_t, 0)},
                                                          {"conf", fmt("%.0f", 100.0 * e.source_confidence)}})
                                 .c_str());
  else
    ImGui::TextWrapped("%s", s.tr("mon.exp.no_source"));
  for (const MonitorExperimentEmitter& p : e.emitters)
    ImGui::TextWrapped("%s", s.format(p.outside_grid ? "mon.exp.emitter_outside"
                                      : p.flagged    ? "mon.exp.emitter_flagged"
                                                     : "mon.exp.emitter_ok",
                                      {{"name", p.name},
                                       {"reported", format_number(p.reported_t, 0)},
                                       {"posterior", format_number(p.posterior_t, 0)},
                                       {"sd", format_number(p.posterior_sd_t, 0)}})
                                 .c_str());
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
    draw_experiment_legend(s, v);
    ImGui::Separator();
    draw_experiment(s, v, ui, actions);
  }
  touch_drag_scroll();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace render
