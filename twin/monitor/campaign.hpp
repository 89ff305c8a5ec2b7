// Observing campaigns beyond fixed stations (issue 11, item 2): mobile transects along the city's roads
// (the seed's 移动巡检) and satellite XCO2 overpasses (OCO-like swaths) as receptors for the monitoring
// pipeline (osse.hpp). Figures: assets/monitor/campaign.csv (cited; the rest in sensors.csv).
//  * Route rule (transect_route): the shortest chain of directed road links (by straight length) from the
//    road node nearest one end of a line across the city to the node nearest its other end. The default
//    crossings (crossing_line) run through the city's centre: west→east for even runs, south→north for odd.
//  * Mobile samples: every spacing_m along the route from its start, at t = distance / speed, each an
//    in-situ receptor at the vehicle's inlet height; hour = start hour + ⌊t / 3600 s⌋.
//  * Overpass: the ground track through a point at the track heading, long enough to cross the whole grid
//    (its diagonal, centred on the point); soundings of satellite_swath(); those whose centre lies outside
//    the grid are not receptors (the grid is the inversion's domain) and are counted, never silent. Each
//    sounding is a column receptor (z < 0: XCO2 enhancement over the dry-air column) at the footprint's
//    centre (CarbonTwin simplification: the 1.6 × 2.2 km footprint is not averaged over its area).
// Deterministic: no randomness here; the noise is drawn by simulate_observations() from its seed.
// Bad inputs give an error string (never a throw: the wasm build cannot catch).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/monitor/footprint.hpp"
#include "twin/monitor/grid_geometry.hpp"
#include "twin/monitor/observations.hpp"
#include "twin/monitor/sensor_noise.hpp"

namespace twin::monitor {

struct CampaignRow {
  const char* key;
  double value;
};
std::vector<CampaignRow> campaign_rows();  // = assets/monitor/campaign.csv (key, value)

struct MobileSpec {
  double speed_m_s = 0.0;       // campaign.csv mobile.speed_m_s
  double spacing_m = 0.0;       // campaign.csv mobile.spacing_m
  double inlet_height_m = 0.0;  // campaign.csv mobile.inlet_height_m
  SensorModel sensor;           // the analyser in the van: high precision (CRDS), sensors.csv
};
MobileSpec mobile_spec();

struct OverpassSpec {
  SatelliteSpec satellite;         // sensors.csv satellite.*
  double local_hour = 0.0;         // campaign.csv satellite.overpass_local_hour (13.6 = 13:36)
  int revisit_days = 0;            // campaign.csv satellite.revisit_days
  double track_heading_deg = 0.0;  // clockwise from north, campaign.csv satellite.track_heading_deg
};
OverpassSpec overpass_spec();

struct CampaignSample {
  FootprintReceptor receptor;   // mobile: z = inlet height; satellite: z = −1 (a column)
  ObsKind kind = ObsKind::Mobile;
  int run = 0;                  // the transect's or overpass's number (caller's)
  double seconds_into_hour = 0.0;
};

// The route (see the top): link indices in driving order. "" or what is wrong (no roads, inconsistent
// link arrays, a non-finite node, the ends snapping to one node, no directed path between them).
std::string transect_route(const RoadNetwork& roads, Vec2 from, Vec2 to, std::vector<std::uint32_t>* links);

// The default crossing of run k: the line through `centre` across the box [lo, hi], west→east (k even)
// or south→north (k odd).
void crossing_line(Vec2 lo, Vec2 hi, Vec2 centre, int run, Vec2* from, Vec2* to);

// Appends the samples of one transect along `links` starting at the top of hour `start_hour`.
// "" or what is wrong (spec values not > 0 / out of range, a bad route, start_hour < 0).
std::string plan_transect(const RoadNetwork& roads, const std::vector<std::uint32_t>& links, const MobileSpec& spec,
                          int start_hour, int run, std::vector<CampaignSample>* out);

// Appends the soundings of one overpass at hour `hour` whose centres lie on the grid; *outside (if not
// null) gets how many fell off it. "" or what is wrong (a bad grid or spec, a non-finite point, hour < 0,
// a swath that misses the grid altogether).
std::string plan_overpass(const GridGeometry& grid, Vec2 through, const OverpassSpec& spec, int hour, int run,
                          std::vector<CampaignSample>* out, int* outside = nullptr);

}  // namespace twin::monitor
