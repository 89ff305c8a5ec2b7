// The carbon-inclusion panel (碳普惠, issue 12 item 3): a resident picks everyday actions — the commute,
// heating and cooling set-points, rooftop PV, efficient appliances, waste sorting, second-hand clothes —
// and sees the kgCO2 a year they save (through the twin's own factors, twin/inclusion), the points, how
// each figure is computed, and the community wedge: what the city's peak does if X % of residents do the
// same. A QR code reopens the same choices on a phone; a button makes the personal card (PNG, by the
// page). Opened by a toggle beside the energy and scenario toggles, or from the kiosk's title card.
// Like every panel it only reports what the user asked for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "render/mesh/qr_matrix.hpp"
#include "render/ui/i18n.hpp"
#include "twin/inclusion/actions.hpp"

namespace render {

class PanelRects;

struct InclusionLine {
  std::string key;  // the action's key ("commute[0]", "setpoints", …)
  double kg_co2_per_yr = 0.0;
  double points = 0.0;
  std::vector<std::string> steps;  // "what = value unit (source)"
};

struct InclusionWedgeView {
  bool valid = false;
  double participation_pct = 0.0;
  int peak_year_without = 0, peak_year_with = 0;
  double peak_t_change = 0.0, cumulative_t_change = 0.0;
};

struct InclusionView {
  const twin::inclusion::PersonalActions& actions;
  int year = 2025;
  double total_kg_co2_per_yr = 0.0;
  double points = 0.0;
  std::string error;  // the actions are invalid (validate_actions' first error)
  const std::vector<InclusionLine>* lines = nullptr;
  InclusionWedgeView wedge;
  const QrMatrix* qr = nullptr;  // the link of these choices (null until the page made it)
};

struct InclusionActions {
  std::optional<twin::inclusion::PersonalActions> set_actions;
  std::optional<double> set_participation_pct;
  std::optional<bool> set_open;
  bool make_card = false;
};

struct InclusionUiState {
  bool open = false;
  bool show_steps = false;
  ImVec2 qr_min{0, 0}, qr_max{0, 0}, card_min{0, 0}, card_max{0, 0};  // CSS px, last frame (tests)
};

void draw_inclusion_toggle(const Strings& s, ImVec2 pos, ImVec2 pivot, const InclusionUiState& state,
                           InclusionActions* actions, PanelRects* rects);
void draw_inclusion_panel(const Strings& s, const InclusionView& view, ImVec2 pos, ImVec2 size, InclusionUiState* ui,
                          InclusionActions* actions, PanelRects* rects);

}  // namespace render
