// Transport panel (left column, above the legend): mode shares of the base and the current policy as
// two stacked bars, key figures with their change from the base, the traffic-layer switch with its
// v/c legend, the model's progress, and drawing a new metro line (draw → tap stations → build).
// Reads a plain view the app fills from the model's results; returns what the user asked for.
#pragma once

#include <imgui.h>

#include <array>
#include <string>

#include "render/ui/i18n.hpp"
#include "twin/transport/mode.hpp"

namespace render {

class PanelRects;

struct TransportFigures {
  std::array<double, twin::transport::kModeCount> mode_share{};  // sums to 1
  double car_vehicle_km_per_day = 0;
  int congested_links = 0;  // v/c ≥ kCongestedVc
  double mean_vc = 0;       // over links with flow
};
inline constexpr double kCongestedVc = 0.9;

struct TransportView {
  bool has_base = false, has_current = false;
  TransportFigures base, current;
  double run_ms = 0;
  bool busy = false;        // a run is under way
  double progress = 0;      // 0..1 of that run
  std::string stage;        // its stage name, as the model reports it
  bool failed = false;      // the last run failed
  bool traffic_layer = true;
  bool drawing = false;     // tapping stations of a new line
  int draft_stations = 0;
  int added_lines = 0;
  // The pathway effect of the structural changes (new lines, headway, charges) in effect_year:
  // transport tailpipe (scope 1) and electricity (scope 2) emissions, t/yr, against none of them.
  bool has_effect = false;
  int effect_year = 0;
  double effect_tailpipe_t = 0, effect_electricity_t = 0;
};

struct TransportActions {
  bool toggle_traffic = false;
  bool start_drawing = false, undo_station = false, build_line = false, cancel_drawing = false;
  bool remove_added_lines = false;
};

// Screen rectangles (CSS px) of the panel's buttons in the last frame, for tests that tap them.
struct TransportUiState {
  struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool shown = false;
  };
  Rect draw, undo, build, cancel, traffic, remove;
};

// Colour of a mode in the chart (also its legend swatch).
ImU32 mode_colour(int mode);

// At pos with pivot (0,1 = bottom left), width in CSS px, height to fit.
void draw_transport_panel(const Strings& strings, const TransportView& view, ImVec2 pos, ImVec2 pivot, float width,
                          TransportActions* actions, TransportUiState* ui, PanelRects* rects);

}  // namespace render
