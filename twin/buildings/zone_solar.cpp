#include "twin/buildings/zone_solar.hpp"

#include "twin/climate/solar.hpp"

namespace twin::buildings {

ZoneSolar::ZoneSolar(const ZoneSpec& spec, const ZoneNetwork& network) : spec_(spec), network_(network) {
  for (const ZoneSurface& s : network.surfaces) {
    WindowOptics optics;
    if (s.kind == SurfaceKind::kWindow) {
      const Glazing& g = spec.windows[s.window].glazing;
      optics.sky = glazing_optics(g, sky_diffuse_equivalent_incidence_deg(s.tilt_deg));
      optics.ground = glazing_optics(g, ground_diffuse_equivalent_incidence_deg(s.tilt_deg));
    }
    diffuse_.push_back(optics);
  }
}

SolarHour ZoneSolar::add_sources(const climate::WeatherYear& weather, std::uint32_t hour,
                                 Eigen::VectorXd& node_w) const {
  SolarHour total;
  for (std::size_t k = 0; k < network_.surfaces.size(); ++k) {
    const ZoneSurface& s = network_.surfaces[k];
    if (!s.sun_exposed) continue;
    const climate::SurfaceIrradiance irr =
        climate::irradiance_on_surface(weather, hour, climate::Surface{s.tilt_deg, s.azimuth_deg});
    if (s.kind != SurfaceKind::kWindow) {
      const Construction& c = s.kind == SurfaceKind::kRoof ? spec_.roof : spec_.walls[s.facade];
      const double absorbed_w = c.solar_absorptance_exterior * s.area_m2 * irr.total_wh_m2();
      node_w[s.exterior_node] += absorbed_w;
      total.absorbed_w += absorbed_w;
      continue;
    }
    const GlazingOptics beam = glazing_optics(spec_.windows[s.window].glazing, irr.incidence_deg);
    const WindowOptics& d = diffuse_[k];
    const auto part = [&](double GlazingOptics::*field) {
      return s.area_m2 * (irr.beam_wh_m2 * (beam.*field) + irr.sky_diffuse_wh_m2 * (d.sky.*field) +
                          irr.ground_reflected_wh_m2 * (d.ground.*field));
    };
    const double middle_w = part(&GlazingOptics::absorbed_middle);
    const double outer_w = part(&GlazingOptics::absorbed_outer) + middle_w / 2;
    const double inner_w = part(&GlazingOptics::absorbed_inner) + middle_w / 2;
    const double transmitted_w = part(&GlazingOptics::transmittance);
    node_w[s.exterior_node] += outer_w;
    node_w[s.interior_node] += inner_w;
    total.transmitted_w += transmitted_w;
    total.absorbed_w += outer_w + inner_w;
  }
  node_w += total.transmitted_w * network_.transmitted_solar_map;
  total.absorbed_w += total.transmitted_w * (1 - network_.solar_lost_fraction);
  return total;
}

}  // namespace twin::buildings
