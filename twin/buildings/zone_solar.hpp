// Hourly solar heat sources of the zone network. Irradiance on every exposed surface comes from
// climate::irradiance_on_surface (the one solar model shared with PV). Opaque: absorbed on the
// outer face, α_sol,e · I_tot (ISO 52016-1 §6.5.13.2). Windows: beam at its incidence angle, sky and
// ground diffuse at their equivalent angles (glazing.hpp); absorbed in the panes → window nodes;
// transmitted → ZoneNetwork::transmitted_solar_map.
#pragma once

#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "twin/buildings/zone_network.hpp"
#include "twin/climate/weather.hpp"

namespace twin::buildings {

struct SolarHour {
  double transmitted_w = 0;  // entering through all windows
  double absorbed_w = 0;     // everything that ends up in a node (incl. transmitted, less losses)
};

class ZoneSolar {
 public:
  ZoneSolar(const ZoneSpec& spec, const ZoneNetwork& network);
  // Adds hour `hour`'s solar heat (W) to node_w and returns the totals.
  SolarHour add_sources(const climate::WeatherYear& weather, std::uint32_t hour, Eigen::VectorXd& node_w) const;

 private:
  struct WindowOptics {
    GlazingOptics sky;
    GlazingOptics ground;
  };
  const ZoneSpec& spec_;
  const ZoneNetwork& network_;
  std::vector<WindowOptics> diffuse_;  // per surface (used for windows)
};

}  // namespace twin::buildings
