// The app's Dear ImGui panels over a const view of the city: overview statistics (with the
// "synthetic" notice), display controls (language, colour mode, reset view), the picked building's
// attributes and the legend. Panels never change the model; they return what the user asked for.
#pragma once

#include <cstdint>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "render/mesh/palette.hpp"
#include "render/ui/i18n.hpp"
#include "render/ui/panel_energy.hpp"
#include "render/ui/panel_inclusion.hpp"
#include "render/ui/panel_monitor.hpp"
#include "render/ui/panel_pathway.hpp"
#include "render/ui/panel_scenarios.hpp"
#include "render/ui/sink_overlay.hpp"
#include "render/ui/panel_transport.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/city/city.hpp"
#include "twin/emissions/factor_set.hpp"
#include "twin/city/city_stats.hpp"

namespace render {

// Size of the UI font in CSS px at UI scale 1; panel sizes are multiples of it, so the whole UI
// scales with ImGui's font size (small windows shrink it, big exhibition screens enlarge it).
inline constexpr float kUiFontSize_px = 19.0f;

struct PanelMetrics {
  float margin;      // gap between panels and the window edge
  float side_width;  // width of the left and right columns
};
PanelMetrics panel_metrics();  // at the current font size; call inside a frame

// One building's annual energy from the energy worker (hourly 5R1C year, batched).
struct BuildingEnergy {
  double floor_area_m2 = 0;
  double eui_kwh_m2 = 0;            // delivered, all end uses
  double emissions_kg_m2 = 0;       // scope 1 + 2
  double pv_kwh = 0;                // rooftop PV potential
  double scope1_t = 0, scope2_t = 0;
  double heating_need_kwh = 0, cooling_need_kwh = 0;
  std::uint32_t archetype = 0;      // index into twin::buildings::archetype_rows()
  twin::buildings::EndUseCarrierKwh delivered_kwh{};
};

// The hourly simulation's state: progress while the worker runs, then every building's results.
struct EnergyView {
  double progress = 0;   // 0..1
  bool failed = false;   // the worker could not run: the energy modes stay off
  const std::vector<BuildingEnergy>* buildings = nullptr;  // null until the results are in
  const twin::emissions::FactorSet* factors = nullptr;
  std::uint32_t simulated_units = 0;  // 5R1C runs (batched groups)
  double run_ms = 0;                  // the worker's simulation time
  // EUI and emissions intensity per building in `year` under the current levers (null: the 2020 values).
  const std::vector<double>* eui_year = nullptr;
  const std::vector<double>* emissions_year = nullptr;
  int year = 2020;
  bool ready() const { return buildings != nullptr; }
};

// A bundled example city the user can switch to (web/cities/index.json).
struct ExampleCity {
  std::string id, name, name_en, file;
};

struct PanelView {
  const twin::City& city;
  const twin::CityStats& stats;
  const Strings& strings;
  ColorMode color_mode;
  std::int32_t selected;  // building index or -1
  const PathwayView* pathway = nullptr;      // lever panel and chart (omitted when null)
  PathwayUiState* pathway_state = nullptr;  // the chart's cache, owned by the app
  const EnergyView* energy = nullptr;       // hourly building energy (omitted when null)
  const TransportView* transport = nullptr;  // transport panel (omitted when null)
  TransportUiState* transport_state = nullptr;
  // Imported cities: WGS84 lon/lat under the pointer (absent off the map or for the synthetic city).
  std::optional<std::array<double, 2>> cursor_lon_lat;
  const std::vector<ExampleCity>* examples = nullptr;  // the city chooser (omitted when null or empty)
  // The energy panel of the pathway year and its toggle (omitted when either is null).
  const EnergyBalanceView* energy_balance = nullptr;
  EnergyUiState* energy_state = nullptr;
  // Saved scenarios, comparisons and the waterfall, and their toggle (omitted when either is null).
  const ScenarioView* scenarios = nullptr;
  ScenarioUiState* scenario_state = nullptr;
  const SinkLayerView* sinks = nullptr;  // the sinks layer's switch and totals (omitted when null)
  const bool* uncertainty_on = nullptr;  // the chart's uncertainty band switch (omitted when null)
  // Carbon inclusion (碳普惠) and its toggle (omitted when either is null).
  const InclusionView* inclusion = nullptr;
  InclusionUiState* inclusion_state = nullptr;
  // Monitoring (监测, issue 11) and its toggle (omitted when either is null).
  const MonitorView* monitor = nullptr;
  MonitorUiState* monitor_state = nullptr;
};

// What the user asked for this frame; the app applies it after the frame.
struct PanelActions {
  bool set_color_mode = false;
  ColorMode color_mode = ColorMode::ByUse;
  std::string language;  // empty: no change
  bool clear_selection = false;
  bool reset_camera = false;
  std::string open_city;  // a bundled example's file, or "default" for the synthetic city
  PathwayActions pathway;
  TransportActions transport;
  EnergyActions energy;
  ScenarioActions scenarios;
  std::optional<bool> set_sink_layer;
  std::optional<bool> set_uncertainty;
  InclusionActions inclusion;
  MonitorActions monitor;
};

// Screen rectangles (CSS px) the panels covered in the last frame. A pointer press inside one
// belongs to the UI, not to the 3D view (touch has no hover for ImGui to learn that from).
class PanelRects {
 public:
  void clear() { rects_.clear(); }
  void add_current_window();  // call between ImGui::Begin and End
  bool contains(float x, float y) const;
  float last_bottom() const { return rects_.empty() ? 0.0f : rects_.back().y1; }
  float last_top() const { return rects_.empty() ? 0.0f : rects_.back().y0; }
  float last_right() const { return rects_.empty() ? 0.0f : rects_.back().x1; }
  float last_left() const { return rects_.empty() ? 0.0f : rects_.back().x0; }

 private:
  struct Rect {
    float x0, y0, x1, y1;
  };
  std::vector<Rect> rects_;
};

void draw_panels(const PanelView& view, PanelActions* actions, PanelRects* rects);

// The individual panels; draw_panels places them.
void draw_overview_panel(const PanelView& view, PanelActions* actions, PanelRects* rects);
void draw_city_chooser(const PanelView& view, PanelActions* actions);  // inside the overview panel
void draw_controls_panel(const PanelView& view, PanelActions* actions, PanelRects* rects);
void draw_building_panel(const PanelView& view, PanelActions* actions, PanelRects* rects);
// At pos (CSS px) with ImGui's pivot (0,1 = bottom left), width in CSS px, height to fit.
void draw_legend_panel(const PanelView& view, PanelRects* rects, ImVec2 pos, ImVec2 pivot, float width);

}  // namespace render
