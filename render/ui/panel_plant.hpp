// A plant picked on the map (issue 9, key emitters 重点排放单位): its rank, share of the city's plants, net
// tCO2 and energy of the base year, whether it reaches the national ETS threshold, and its own what-if —
// its own industry levers (efficiency, electrification, coal → gas, output cut, CCUS) while every other
// plant keeps the city's (twin/industry/key_emitters.hpp plant_what_if): the plant's new net, its new rank
// and share, and the change of the city's industry. Like every panel it only reports what was asked for.
#pragma once

#include <optional>
#include <string>

#include <imgui.h>

#include "render/ui/i18n.hpp"
#include "twin/industry/industry_model.hpp"

namespace render {

class PanelRects;

struct PlantPanelView {
  std::string name;
  std::string sector_key;  // i18n key of the sector, e.g. "industry.steel"
  bool synthetic = false;
  int year = 2020;
  int rank_before = 0, rank_after = 0, plant_count = 0;
  double share_before = 0.0, share_after = 0.0;
  double net_before_t = 0.0, net_after_t = 0.0;
  double energy_tce = 0.0;
  bool above_ets_threshold = false;
  double industry_before_t = 0.0, industry_after_t = 0.0;
  twin::industry::IndustryLevers levers;  // the plant's own
};

struct PlantPanelActions {
  std::optional<twin::industry::IndustryLevers> set_levers;
  bool close = false;
};

void draw_plant_panel(const Strings& s, const PlantPanelView& view, ImVec2 pos, float width, float max_height,
                      PlantPanelActions* actions, PanelRects* rects);

}  // namespace render
