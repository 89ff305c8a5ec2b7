// campaign_lines() (monitor_campaign_lines.hpp).
#include "render/mesh/monitor_campaign_lines.hpp"

#include "twin/monitor/campaign.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/stations.hpp"

namespace render {

namespace mon = twin::monitor;

CampaignLines campaign_lines(const twin::City& city, twin::Vec2 extent_min, twin::Vec2 extent_max) {
  CampaignLines out;
  twin::Vec2 clo, chi;
  if (!mon::city_extent(city, &clo, &chi)) {
    out.error = "the city has no buildings and no roads";
    return out;
  }
  // As cli/monitor_osse.cpp: the crossings span the 500-m grid's box, through the centre of the city's own
  // extent; the swath runs through that centre too.
  constexpr double kCliCellM = 500.0;
  const mon::GridGeometry g = mon::grid_over_extent(extent_min, extent_max, kCliCellM);
  const twin::Vec2 lo{g.x0_m, g.y0_m}, hi{g.x0_m + g.nx * g.cell_m, g.y0_m + g.ny * g.cell_m};
  const twin::Vec2 centre{0.5 * (clo.x_m + chi.x_m), 0.5 * (clo.y_m + chi.y_m)};
  for (int run = 0; run < 2; ++run) {
    twin::Vec2 from, to;
    mon::crossing_line(lo, hi, centre, run, &from, &to);
    std::vector<std::uint32_t> links;
    if (const std::string e = mon::transect_route(city.roads, from, to, &links); !e.empty()) {
      out.error = (run == 0 ? "west-east transect: " : "south-north transect: ") + e;
      return out;
    }
    std::vector<twin::Vec2> line;
    for (std::size_t k = 0; k < links.size(); ++k) {
      if (k == 0) line.push_back(city.roads.node_xy[city.roads.link_from[links[k]]]);
      line.push_back(city.roads.node_xy[city.roads.link_to[links[k]]]);
    }
    out.transects.push_back(std::move(line));
  }
  const mon::OverpassSpec spec = mon::overpass_spec();
  std::vector<mon::CampaignSample> soundings;
  if (const std::string e = mon::plan_overpass(g, centre, spec, 0, 0, &soundings); !e.empty()) {
    out.error = "overpass: " + e;
    return out;
  }
  for (const mon::CampaignSample& s : soundings) out.overpass_footprints.push_back({s.receptor.x_m, s.receptor.y_m});
  out.footprint_across_m = spec.satellite.footprint_across_m;
  out.footprint_along_m = spec.satellite.footprint_along_m;
  return out;
}

}  // namespace render
