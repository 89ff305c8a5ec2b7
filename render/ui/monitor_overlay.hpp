// The monitoring layers on the map (issue 11 item 6), drawn on ImGui's background list (over the 3D city,
// under the panels) from shapes the app projects each frame: the emission heat map or the plume of an hour
// as translucent cell quads, the stations as markers by kind (tower ▲, rooftop ■, low-cost ●, mobile ◆)
// labelled with their ids where there is room, the mobile transects' routes and a satellite overpass's
// footprints, the plume's puffs drifting downwind, and the wind arrow; the experiment's
// prior/posterior/residual cells and its hidden and unexplained sources.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "twin/monitor/stations.hpp"

namespace render {

struct MonitorQuad {
  ImVec2 corner[4];  // screen CSS px, in order round the cell
  ImU32 colour;
};

struct MonitorStationMark {
  twin::monitor::StationKind kind;
  ImVec2 at;
  std::string id;
  bool labelled = false;
};

struct MonitorPuff {
  ImVec2 at;
  float radius_px;
  int alpha;  // 0–255
};

// The experiment's sources: the hidden one the visitor placed (the truth, a star) and the unexplained source
// the inversion found (a cross with its uncertainty circle: the 3 × 3-cell window it was summed over).
struct MonitorSourceMark {
  bool hidden = false;      // true: the placed (true) source; false: the inversion's estimate
  ImVec2 at;
  float circle_px = 0.0f;   // radius of the uncertainty circle (0: none)
  std::string label;
};

// The observing campaigns beyond the stations (render/mesh/monitor_campaign_lines.hpp): the mobile
// transects' road routes and one satellite overpass's footprints, as `monitor simulate` samples them.
struct MonitorCampaignMarks {
  std::vector<std::vector<ImVec2>> transects;  // screen polylines (parts behind the camera left out)
  std::vector<MonitorQuad> footprints;         // outlines of the soundings' 1.6 × 2.2 km footprints
};

struct MonitorOverlay {
  std::vector<MonitorQuad> cells;
  MonitorCampaignMarks campaigns;
  std::vector<MonitorStationMark> stations;
  std::vector<MonitorPuff> puffs;
  bool wind = false;
  ImVec2 wind_tail{0, 0}, wind_head{0, 0};  // the arrow points downwind
  std::string wind_label;
  std::vector<MonitorSourceMark> sources;
};

ImU32 monitor_station_colour(twin::monitor::StationKind kind);
// The marker's half-size in px at a font size (what a test may probe inside).
inline float monitor_station_radius(float font_size) { return 0.45f * font_size; }

void draw_monitor_overlay(ImDrawList* draw_list, const MonitorOverlay& overlay, float font_size);

}  // namespace render
