// The monitoring panel (监测, issue 11 item 6): the emission grid's cell size, the map layer (the emissions
// heat map by total or by one sector, the plume of an hour, or none), the stations on/off, the hour of the
// plume and its animation, and a table: the gridded totals by sector beside the pathway's base-year scope 1
// (the check that the grid is the inventory), the stations by kind, the hour's wind and stability and the
// plume's figures; and the observing-system experiment (a hidden source placed by a tap, run over frames, its
// reconciliation table, unexplained source and key emitters' check). Opened by a toggle beside the energy, scenario and inclusion toggles. Like every panel
// it only reports what the user asked for.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "render/ui/i18n.hpp"
#include "twin/monitor/emission_grid.hpp"

namespace render {

class PanelRects;

inline constexpr std::array<double, 3> kMonitorCellSizesM{250.0, 500.0, 1000.0};
inline constexpr int kMonitorHours = 8760;

// The page's observing-system experiment (render/mesh/monitor_experiment.hpp) as the panel shows it.
struct MonitorExperimentRow {
  std::string sector;  // snake_case sector, "unexplained" or "total"
  double prior_t = 0.0, prior_sd_t = 0.0, posterior_t = 0.0, posterior_sd_t = 0.0, z = 0.0;
};
struct MonitorExperimentEmitter {
  std::string name;
  double reported_t = 0.0, posterior_t = 0.0, posterior_sd_t = 0.0;
  bool outside_grid = false, flagged = false;
};
struct MonitorExperimentView {
  std::string state = "idle";   // "idle", "running", "done", "error"
  double progress = 0.0;        // 0–1 while running
  std::string error;
  bool placing = false;         // the next tap on the map places the hidden source
  bool hidden_set = false;
  double hidden_x_m = 0.0, hidden_y_m = 0.0, hidden_t_per_yr = 0.0;
  double cell_m = 0.0;
  int days = 0, observations = 0;
  double dofs = 0.0, truth_t = 0.0, compute_ms = 0.0;
  std::vector<MonitorExperimentRow> rows;  // each sector, unexplained, total
  bool source_found = false;
  double source_x_m = 0.0, source_y_m = 0.0, source_t = 0.0, source_sd_t = 0.0, source_confidence = 0.0;
  std::vector<MonitorExperimentEmitter> emitters;
  double layer_max_t = 0.0;     // the prior/posterior/residual layer's scale (t/yr per cell) while shown
};

struct MonitorView {
  double cell_m = 500.0;
  std::string layer = "total";  // "off", "total", a GridSector name, "plume", "prior", "posterior", "residual"
  bool stations_on = true;
  int hour = 12;                // hour of the year, 0–8759
  bool playing = false;
  std::string error;            // the grid could not be built (then nothing else is shown)
  twin::monitor::SectorValues grid_t{};     // Σ cells + outside, by sector (t/yr)
  twin::monitor::SectorValues inventory_t{};  // the pathway base year's scope 1 (+ the plants' memo)
  std::array<int, 4> stations_by_kind{};    // tower, rooftop, lowcost, mobile
  bool met_ready = false;
  double u10_m_s = 0.0, from_deg = 0.0;
  char stability = 'D';
  double plume_progress = 0.0;  // 0–1 while the hour's field is computed over frames
  double max_ppm = 0.0, mean_ppm = 0.0, compute_ms = 0.0;
  int stride = 1;
  // The heat map's legend (t/yr per cell, log scale) while it is shown.
  double legend_min_t = 0.0, legend_max_t = 0.0;
  MonitorExperimentView experiment;
};

struct MonitorActions {
  std::optional<bool> set_open;
  std::optional<double> set_cell_m;
  std::optional<std::string> set_layer;
  std::optional<bool> set_stations;
  std::optional<int> set_hour;
  std::optional<bool> set_playing;
  std::optional<bool> set_placing;   // the experiment's hidden source: tap the map to place it
  bool clear_hidden = false;
  bool run_experiment = false;
};

struct MonitorUiState {
  bool open = false;
  // CSS px of the last frame (tests): "toggle", "cell_250" …, "layer", "stations", "hour", "play", "panel".
  std::vector<std::pair<std::string, std::array<float, 4>>> rects;
  void remember(const char* name);  // ImGui's last item
};

void draw_monitor_toggle(const Strings& s, ImVec2 pos, ImVec2 pivot, MonitorUiState* state, MonitorActions* actions,
                         PanelRects* rects);
void draw_monitor_panel(const Strings& s, const MonitorView& view, ImVec2 pos, ImVec2 size, MonitorUiState* ui,
                        MonitorActions* actions, PanelRects* rects);

// The heat map's colour of a cell's t/yr on the log scale [min_t, max_t] (> 0); sinks (< 0) in green.
ImU32 monitor_heat_colour(double t, double min_t, double max_t, int alpha);
// The residual layer's colour (posterior − prior, t/yr per cell) on a signed linear scale ±max_abs_t: red more
// than the inventory, blue less, transparent near 0.
ImU32 monitor_residual_colour(double t, double max_abs_t);
// The plume's colour of an enhancement on a log scale up to max_ppm (below max/1000: transparent).
ImU32 monitor_plume_colour(double ppm, double max_ppm);

}  // namespace render
