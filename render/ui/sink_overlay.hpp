// The city's carbon sinks on the map (issue 9, "plants and sinks on the map"): every ground polygon that
// counts as a sink (parks and green space, forest, farmland: twin/sinks/sink_areas.hpp) outlined in its
// type's colour, the largest ones labelled with their area and yearly removal, drawn on ImGui's
// background list (over the 3D city, under the panels). The layer is switched in the display panel,
// which also lists the totals by type.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "render/ui/i18n.hpp"
#include "twin/city/city.hpp"
#include "twin/sinks/sink_rates.hpp"

namespace render {

// One sink polygon of the city: its ring in the city frame (metres), type, area and removal.
struct SinkPolygon {
  twin::sinks::SinkType type = twin::sinks::SinkType::UrbanGreenSpace;
  std::vector<twin::Vec2> ring;
  twin::Vec2 centroid;     // vertex mean (a label anchor, not the area centroid)
  double area_ha = 0.0;
  double removal_t = 0.0;  // tCO2 per year at the type's rate (positive)
};

// Every sink polygon of the city's ground cover, largest first.
std::vector<SinkPolygon> sink_polygons(const twin::City& city);

struct SinkTotal {
  twin::sinks::SinkType type;
  double area_ha = 0.0;
  double removal_t = 0.0;
};
// Totals by type (types with no area left out), in SinkType order: twin/sinks' own areas of the city
// (sink_areas_of, what the pathway counts) × the rates.
std::vector<SinkTotal> sink_totals(const twin::City& city);

// What the display panel shows about the layer.
struct SinkLayerView {
  bool on = false;
  const std::vector<SinkTotal>* totals = nullptr;
};

// One polygon as drawn this frame: its ring on screen (CSS px) and, for the few largest, a label.
struct SinkShape {
  twin::sinks::SinkType type;
  std::vector<ImVec2> ring;
  bool labelled = false;
  ImVec2 label_at{0, 0};
  std::string label;
};

ImU32 sink_colour(twin::sinks::SinkType type);
// i18n key of a sink type's name ("sink.forest", …).
std::string sink_i18n_key(twin::sinks::SinkType type);

void draw_sink_overlay(ImDrawList* draw_list, const std::vector<SinkShape>& shapes, float font_size);

}  // namespace render
