// The scenarios panel (issue 10, "Scenarios"): save the current scenario under a name, share it as a
// link, download it as a file, and pick up to two saved ones to draw beside the current pathway in the
// chart (with the waterfall of why they differ). Opened by a toggle beside the energy panel's. The
// saved list lives in the browser (IndexedDB, web/scenarios.js); like every panel this one only reports
// what the user asked for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "render/mesh/qr_matrix.hpp"
#include "render/ui/i18n.hpp"

namespace render {

struct SavedScenarioRow {
  std::string name;
  std::string saved_at;  // ISO 8601, as the browser wrote it
};

// Why a compared scenario differs from the current one (twin/decision/attribution): one bar per lever
// (or lever group) for the chosen metric, t; sums to `total_t`.
struct WaterfallBar {
  std::string label;
  double delta_t = 0;
};
struct ScenarioWaterfall {
  std::string against;  // the compared scenario's name
  std::string metric;   // i18n key of the metric shown
  std::vector<WaterfallBar> bars;
  double total_t = 0;
  double eval_ms = 0;
  bool grouped = false;  // by sector (too many levers differ for an exact split per lever)
};

// The last least-cost plan (optimise/): what it says and which levers it moved.
struct PlanLine {
  std::string label;  // the lever's name
  std::string change; // "10 → 40 %"
  double cost_yuan = 0;
};
struct PlanView {
  bool found = false;
  std::string summary;  // status, goals, NPV; or why no plan exists
  std::vector<PlanLine> lines;
};

// The marginal abatement cost curve of a year (twin/cost/mac_curve.hpp): each lever moved alone to its
// ambitious setting, its abatement that year (bar width) and cost per tonne (bar height), cheapest first.
struct MacBar {
  std::string label;
  double abatement_t = 0;
  double cost_per_t = 0;
};
struct MacView {
  int year = 2030;
  std::vector<MacBar> bars;  // abating levers, ascending cost per tonne
  bool stale = false;        // the scenario changed since it was computed
  double eval_ms = 0;
};

struct ScenarioView {
  const std::vector<SavedScenarioRow>* saved = nullptr;
  const std::vector<std::string>* compared = nullptr;  // names drawn in the chart, ≤ 2
  const ScenarioWaterfall* waterfall = nullptr;        // null when nothing is compared
  std::string status;                                  // last outcome ("saved", a link copied, an error)
  const QrMatrix* share_qr = nullptr;                  // the shared link's QR code (null: none made yet)
  const PlanView* plan = nullptr;                      // the last "find the cheapest way" (null: none yet)
  const MacView* mac = nullptr;                        // the last MAC curve (null: none computed yet)
  int year = 2030;                                     // the chart's scrubbed year (the MAC curve's year)
};

struct ScenarioActions {
  std::optional<bool> set_open;
  std::string save_as;         // non-empty: save the current scenario under this name
  std::string load;            // a saved name to apply
  std::string remove;          // a saved name to delete
  std::string toggle_compare;  // a saved name to add to or drop from the chart
  bool share_link = false;     // make a link of the current scenario (copied to the clipboard)
  bool download = false;       // the current scenario as a .json file
  bool open_file = false;      // pick a scenario file to apply
  struct Goal {
    int peak_by = 2025;
    std::optional<int> neutral_by;
  };
  std::optional<Goal> find_cheapest;  // run the optimiser from the current scenario and apply its plan
  std::optional<int> mac_year;        // compute the MAC curve of this year
};

struct ScenarioUiState {
  bool open = false;
  char name[64] = {};  // the name field; empty: a default name is offered
  ImVec2 qr_min{0, 0}, qr_max{0, 0};  // the QR code's square with its quiet zone, CSS px, last frame
  int peak_by = 2025;                  // the goal fields of "find the cheapest way"
  bool neutral_on = false;
  int neutral_by = 2055;
  bool scroll_to_mac = false;          // set by the app when a new MAC curve arrives: scroll it into view
};

class PanelRects;
void draw_scenario_toggle(const Strings& strings, ImVec2 pos, ImVec2 pivot, const ScenarioUiState& state,
                          ScenarioActions* actions, PanelRects* rects);
void draw_scenario_panel(const Strings& strings, const ScenarioView& view, ImVec2 pos, ImVec2 size,
                         ScenarioUiState* state, ScenarioActions* actions, PanelRects* rects);

}  // namespace render
