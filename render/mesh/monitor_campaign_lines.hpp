// What the monitoring layer draws of the observing campaigns beyond the fixed stations (issue 11, item 6:
// "stations and transects on the map"): the routes of the mobile transects and the footprints of one
// satellite overpass, placed exactly as `carbontwin monitor simulate --transects/--overpasses` places them
// (twin/monitor/campaign.hpp: the crossings through the city's centre across the 500-m grid of the city's
// extent, the shortest road chain; the OCO-like swath through the centre). Pure: tested natively.
#pragma once

#include <string>
#include <vector>

#include "twin/city/city.hpp"

namespace render {

struct CampaignLines {
  std::string error;                                // non-empty: nothing else is usable
  std::vector<std::vector<twin::Vec2>> transects;   // west→east, then south→north: road nodes in driving order
  std::vector<twin::Vec2> overpass_footprints;      // sounding centres on the grid (local m)
  double footprint_across_m = 0.0, footprint_along_m = 0.0;
};

// extent_min/max: the city's and its sources' extent (render::MonitorCity, the CLI's grid extent).
CampaignLines campaign_lines(const twin::City& city, twin::Vec2 extent_min, twin::Vec2 extent_max);

}  // namespace render
