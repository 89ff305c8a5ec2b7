// The grid mix path editor (issue 9, "supply-side pathway"): which grid's published factor the pathway
// starts from (national or one of the seven regional grids: Scenario::grid_region) and which non-fossil
// share of generation it follows year by year — the "current policies" baseline path or the user's own
// anchor years × shares (Scenario::grid_mix_path, twin/energy_mix/mix_path.hpp) — with the resulting grid
// factor of every year drawn beside it. Opened from the pathway chart's legend row. Like every panel it
// never changes the model: it leaves a MixPathRequest in its state, which the app applies after the frame.
// The twin's path holds one share per anchor (non-fossil); the fossil share shown is 1 − that share.
#pragma once

#include <imgui.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "render/ui/i18n.hpp"
#include "twin/emissions/factor_tables.hpp"
#include "twin/energy_mix/mix_path.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/scenario.hpp"

namespace render {

class PanelRects;

inline constexpr int kGridRegionCount = static_cast<int>(twin::emissions::GridRegion::Count);

// What the user asked for this frame (each part absent: no change). An empty path = the baseline path.
struct MixPathRequest {
  std::optional<twin::emissions::GridRegion> region;
  std::optional<std::vector<twin::energy_mix::MixPathPoint>> path;
};

// A screen rectangle, CSS px (x0, y0) – (x1, y1); all zero when not drawn last frame.
struct UiRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Lives as long as the app (inside PathwayUiState).
struct MixPathUiState {
  bool open = false;
  // Set by the app each frame it will apply requests (the planner's screen; the kiosk's chart has no
  // editor), cleared by the chart after drawing: the toggle shows only while requests are applied.
  bool armed = false;
  // The own path as edited: follows the scenario's path unless an edit made it invalid, in which case it
  // is kept (with its errors shown) and the scenario keeps its last valid path.
  std::vector<twin::energy_mix::MixPathPoint> draft;
  std::vector<twin::energy_mix::MixPathPoint> synced;  // the scenario's path the draft last followed
  bool own = false;                                    // the own-path editor is shown
  std::vector<twin::energy_mix::MixPathError> errors;  // of the draft
  std::optional<MixPathRequest> request;
  // Where things were drawn last frame (for tests and the JS API).
  UiRect toggle, window, baseline_button, own_button, add_button, factor_plot;
  std::array<UiRect, kGridRegionCount> region_buttons{};
  std::vector<UiRect> year_sliders, share_sliders, remove_buttons;
};

// The "current policies" anchors (twin/energy_mix/mix_tables.hpp) as an own path: where the own-path
// editor starts.
std::vector<twin::energy_mix::MixPathPoint> baseline_mix_path();

// The toggle in the chart's legend row: a finger-sized button naming the grid and path in use.
void draw_mix_path_toggle(const Strings& strings, const twin::pathway::Scenario& scenario, MixPathUiState* state);

// The editor window at pos (top-left) of the given size (it scrolls by dragging beyond); its rectangle is
// added to rects. Also keeps the draft following the scenario's path.
void draw_mix_path_window(const Strings& strings, const twin::pathway::Scenario& scenario,
                          const twin::pathway::PathwayResult& result, int year, ImVec2 pos, ImVec2 size,
                          MixPathUiState* state, PanelRects* rects);

}  // namespace render
