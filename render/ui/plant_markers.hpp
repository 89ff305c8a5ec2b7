// The city's industrial plants on the map (issue 9): a chimney marker per plant at its screen position,
// sized by its net emissions, the key emitters (重点排放单位 at or above the national ETS threshold)
// labelled with their rank and kt. Drawn on ImGui's background list: over the 3D city, under the panels.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace render {

struct PlantMarker {
  ImVec2 screen;       // CSS px
  double net_t = 0.0;  // the plant's net tCO2 of the year shown in the label
  int rank = 0;        // 1 = largest emitter of the city
  bool key = false;    // at or above the national ETS threshold (26,000 tCO2e)
  bool synthetic = false;
  std::string label;   // drawn beside key emitters, e.g. "1 · 化工 · 122 kt"
  bool label_fits = true;  // false: the label would run under a panel on either side, so it is left out
  bool label_left = false; // drawn left of the marker (it would run under a panel on the right)
};

// Marker radius in px for a plant of net_t tonnes: area proportional to emissions, between 0.35 and
// 1.2 font sizes (1 Mt ≈ the largest).
float plant_marker_radius(double net_t, float font_size);

void draw_plant_markers(ImDrawList* draw_list, const std::vector<PlantMarker>& markers, float font_size);

}  // namespace render
