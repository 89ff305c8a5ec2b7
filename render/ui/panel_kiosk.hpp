// The exhibition kiosk's screen (issue 12, "Kiosk mode"): the city stays visible in the middle; a title
// card (saying the district is synthetic) and the headline (peak year, peak, neutrality, what the
// choices changed) on top; at the bottom the three choices as big finger-sized cards with what they did
// said in words, and the pathway chart. While the attract loop plays, a caption invites a touch.
// Landscape and portrait screens from 1080p to 4K. Like every panel it only reports what was asked for.
#pragma once

#include <array>
#include <optional>
#include <string>

#include <imgui.h>

#include "render/kiosk/kiosk_director.hpp"
#include "render/ui/panel_inclusion.hpp"
#include "render/ui/i18n.hpp"
#include "render/ui/panel_pathway.hpp"

namespace render {

class PanelRects;

struct KioskHeadline {
  bool peaked = false;
  int peak_year = 0;
  double peak_t = 0;
  int neutral_year = 0;  // 0: not within 2060
};

struct KioskPanelView {
  const Strings& strings;
  bool synthetic_city = true;
  std::array<bool, kKioskChoiceCount> choices{};
  bool attract = false;
  double attract_s = 0.0;          // seconds into the attract loop (the caption's pulse)
  std::string caption;             // what the last change did, in words (or the story's line)
  KioskHeadline now, start;        // the current pathway and the start state's
  bool transport_busy = false;     // the metro choice is being computed
  const PathwayView* pathway = nullptr;
  PathwayUiState* pathway_state = nullptr;
  // "What can I do?" (碳普惠): the title card's button opens it in place of the choices (omitted when null).
  const InclusionView* inclusion = nullptr;
  InclusionUiState* inclusion_state = nullptr;
};

struct KioskActions {
  std::optional<std::pair<int, bool>> set_choice;  // index, on
  bool reset = false;                              // "重新开始"
  std::string language;                            // empty: no change
  PathwayActions pathway;                          // the chart's year scrubber
  InclusionActions inclusion;
};

// Where the choice cards were drawn (CSS px), for tests that touch them.
struct KioskRects {
  std::array<ImVec4, kKioskChoiceCount> choices{};  // x0, y0, x1, y1
  ImVec4 reset{}, language{}, inclusion{};
};

// The kiosk's UI scale: from the shorter side of the screen (720 CSS px = 1), 1–3.
float kiosk_ui_scale(double css_width, double css_height);

void draw_kiosk_panels(const KioskPanelView& view, KioskActions* actions, PanelRects* rects, KioskRects* out_rects);

}  // namespace render
