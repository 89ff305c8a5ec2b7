// The energy panel (issue 9, "On screen"): for the pathway's scrubbed year, (a) the hourly electricity
// balance of a chosen week — stacked supply (rooftop PV, utility PV, wind, local thermal/CHP, storage
// discharge, imports) against demand, with storage charging, exports and curtailment above the demand
// line; (b) the year's figures (self-sufficiency, curtailment, peak import, the electricity factor);
// (c) a Sankey of delivered energy from carrier to sector (PathwayYear::energy). Opened and closed by
// a toggle button. Like every panel it never changes the model: it reports what the user asked for.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "render/ui/chart.hpp"
#include "render/ui/i18n.hpp"
#include "twin/energy/energy_year.hpp"
#include "twin/pathway/pathway.hpp"

namespace render {

inline constexpr int kWeekHours = 168;
// Weeks of a year of `hours` (the last one may be short): 53 for 8760 h.
inline int energy_week_count(std::uint32_t hours) {
  return static_cast<int>((hours + kWeekHours - 1) / kWeekHours);
}

// What the shown year's balance was computed from (annual figures; kWh unless named).
struct EnergyBalanceInputs {
  int year = 0;
  double buildings_electricity_kwh = 0;  // gross of rooftop PV self-use
  double rooftop_pv_kwh = 0;
  double district_heat_kwh = 0;
  double ev_kwh = 0, industry_kwh = 0, heat_pump_kwh = 0, other_kwh = 0;
  double grid_factor_kg_per_kwh = 0;
  double coal_capacity_share = 1;  // of the city's coal-fired condensing plants still running
};

struct EnergyBalanceView {
  const twin::energy::EnergyYearResult* result = nullptr;  // null: not computed yet
  const twin::pathway::PathwayYear* pathway_year = nullptr;
  std::uint64_t version = 0;  // changes whenever result changes
  int year = 2030;
  int week = 0;
  int weeks = 53;
  double progress = 0;  // of the hourly building simulation the balance waits for
  bool failed = false;
};

struct EnergyActions {
  std::optional<bool> set_open;
  std::optional<int> set_week;
};

// Lives as long as the app: open or not, and the chart's cache.
struct EnergyUiState {
  bool open = false;
  StackedAreaChart chart;
  std::vector<std::vector<double>> layers;  // supply by source over the week, kW
  std::vector<double> demand_kw, demand_charge_kw, demand_charge_export_kw, top_kw;
  std::uint64_t layers_version = ~std::uint64_t{0};
  int layers_week = -1;
  double y_top_kw = 1;
  ImVec2 plot_min{0, 0}, plot_max{0, 0};    // CSS px, last frame (for tests)
  ImVec2 panel_min{0, 0}, panel_max{0, 0};  // CSS px, last frame; zero when closed
};

// The supply layers, bottom to top, and their colours.
inline constexpr int kEnergySupplyLayers = 6;  // rooftop PV, utility PV, wind, thermal + CHP, discharge, import
ImU32 energy_supply_colour(int layer);

class PanelRects;
// The toggle button, at pos with ImGui's pivot.
void draw_energy_toggle(const Strings& strings, ImVec2 pos, ImVec2 pivot, const EnergyUiState& state,
                        EnergyActions* actions, PanelRects* rects);
// The panel in the screen rectangle it may use (CSS px).
void draw_energy_panel(const Strings& strings, const EnergyBalanceView& view, ImVec2 pos, ImVec2 size,
                       EnergyUiState* state, EnergyActions* actions, PanelRects* rects);

}  // namespace render
