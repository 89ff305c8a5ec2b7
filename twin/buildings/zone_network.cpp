#include "twin/buildings/zone_network.hpp"

#include <cassert>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace twin::buildings {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;

struct Builder {
  const ZoneSpec& spec;
  std::vector<double> capacity{0.0};  // node 0: air (filled at the end)
  std::vector<std::array<double, 3>> links;  // a, b, conductance
  std::vector<std::array<double, 4>> boundary;  // node, to air, to sky, to ground
  std::vector<ExteriorRadiation> radiation;
  std::vector<ExteriorConvectionFilm> convection;

  int add_node(double capacity_j_per_k) {
    capacity.push_back(capacity_j_per_k);
    return static_cast<int>(capacity.size()) - 1;
  }

  // External film of an exposed surface: convection to outdoor air, long-wave split between the
  // sky (view factor (1+cos β)/2) and the ground, taken at outdoor air temperature.
  void add_exterior_film(int node, double area_m2, double tilt_deg, double azimuth_deg, double height_m,
                         double roughness_multiplier, double emissivity, bool sees_sky) {
    const SurfaceCoefficients& h = spec.coefficients;
    convection.push_back(ExteriorConvectionFilm{node, area_m2, tilt_deg, azimuth_deg, height_m, roughness_multiplier,
                                                h.exterior_convective});
    const double h_re = emissivity * h.exterior_radiative_blackbody;
    const double sky_view = sees_sky ? (1 + std::cos(tilt_deg * kDegToRad)) / 2 : 0.0;
    radiation.push_back(ExteriorRadiation{node, area_m2, emissivity, sky_view, h_re});
    boundary.push_back({double(node), area_m2 * (h.exterior_convective + h_re * (1 - sky_view)),
                        area_m2 * h_re * sky_view, 0.0});
  }

  // An opaque element as a node chain; returns the surface with its nodes filled in.
  ZoneSurface add_opaque(ZoneSurface s, const Construction& c, double time_step_s, FloorBoundary outer) {
    const NodeChain chain = discretise_construction(c, time_step_s);
    const int n = static_cast<int>(chain.node_capacity_j_per_m2k.size());
    const int first = outer == FloorBoundary::kGround ? 1 : 0;  // ground: outer face held at T_ground
    int previous = -1;
    for (int i = first; i < n; ++i) {
      const int node = add_node(s.area_m2 * chain.node_capacity_j_per_m2k[i]);
      if (i == first) {
        if (outer == FloorBoundary::kGround) {
          boundary.push_back({double(node), 0.0, 0.0, s.area_m2 * chain.link_conductance_w_per_m2k[0]});
        } else if (outer == FloorBoundary::kOutdoorAir) {
          // Centroid height: mid-wall for walls, the roof (or a raised floor) at the eaves / ground.
          const double height_m = s.tilt_deg < 45 ? spec.height_m : s.tilt_deg > 135 ? 0.0 : spec.height_m / 2;
          add_exterior_film(node, s.area_m2, s.tilt_deg, s.azimuth_deg, height_m,
                            roughness_multiplier(c.roughness_exterior), c.thermal_emissivity_exterior, s.sun_exposed);
        }
        s.exterior_node = outer == FloorBoundary::kGround ? -1 : node;
      } else {
        links.push_back({double(previous), double(node), s.area_m2 * chain.link_conductance_w_per_m2k[i - 1]});
      }
      previous = node;
    }
    s.interior_node = previous;
    s.interior_solar_absorptance = c.solar_absorptance_interior;
    return s;
  }
};

}  // namespace

double air_density_kg_per_m3(double elevation_m, double temperature_c) {
  const double pressure_pa = 101325.0 * std::pow(1.0 - 2.25577e-5 * elevation_m, 5.2559);
  return pressure_pa / (287.055 * (temperature_c + 273.15));
}

double interior_convective_coefficient(const SurfaceCoefficients& h, FilmOrientation orientation,
                                       double surface_minus_air_k) {
  // Heat flows upward (unstable layer) from a floor warmer than the air, or to a ceiling colder.
  const bool upward = orientation == FilmOrientation::kFloor ? surface_minus_air_k > 0 : surface_minus_air_k < 0;
  if (h.interior_convection == InteriorConvection::kIsoFixed) {
    if (orientation == FilmOrientation::kVertical) return h.interior_convective_wall;
    return upward ? h.interior_convective_upward : h.interior_convective_downward;
  }
  // Walton (1983), TARP; |cos Σ| = 1 for floor and ceiling. EnergyPlus floors h at 0.1 W/m²K.
  const double cube_root = std::cbrt(std::abs(surface_minus_air_k));
  double value = 1.31 * cube_root;
  if (orientation != FilmOrientation::kVertical)
    value = upward ? 9.482 * cube_root / (7.238 - 1.0) : 1.810 * cube_root / (1.382 + 1.0);
  return std::max(value, 0.1);
}

double interior_convective_reference(const SurfaceCoefficients& h, FilmOrientation orientation) {
  constexpr double kReferenceDifference_k = 3.0;
  if (orientation == FilmOrientation::kVertical)
    return interior_convective_coefficient(h, orientation, kReferenceDifference_k);
  return 0.5 * (interior_convective_coefficient(h, FilmOrientation::kFloor, kReferenceDifference_k) +
                interior_convective_coefficient(h, FilmOrientation::kFloor, -kReferenceDifference_k));
}

double walton_natural_convection(double tilt_deg, double surface_minus_air_k) {
  const double cube_root = std::cbrt(std::abs(surface_minus_air_k));
  const double cos_tilt = std::cos(tilt_deg * kDegToRad);
  if (std::abs(cos_tilt) < 1e-9) return 1.31 * cube_root;  // vertical
  // Unstable (heat flows upward): an upward-facing surface warmer than the air, or a downward-facing one colder.
  const bool unstable = (cos_tilt > 0) == (surface_minus_air_k > 0);
  const double c = std::abs(cos_tilt);
  return unstable ? 9.482 * cube_root / (7.238 - c) : 1.810 * cube_root / (1.382 + c);
}

double exterior_convective_coefficient(const SurfaceCoefficients& h, const ExteriorConvectionFilm& film,
                                       double wind_speed_10m_m_s, double wind_direction_deg,
                                       double surface_minus_air_k) {
  if (h.exterior_convection == ExteriorConvection::kFixed) return h.exterior_convective;
  // Wind at the centroid height: V_met (δ_met/z_met)^α_met (z/δ)^α, met station 10 m, α 0.14, δ 270 m.
  const double z_m = std::max(film.height_m, 0.0);
  const double wind_m_s = std::max(wind_speed_10m_m_s, 0.0) * std::pow(270.0 / 10.0, 0.14) *
                          std::pow(z_m / h.wind_boundary_layer_m, h.wind_profile_exponent);
  bool windward = true;
  if (std::abs(std::cos(film.tilt_deg * kDegToRad)) < 0.98) {
    double diff = std::fmod(std::abs(wind_direction_deg - film.azimuth_deg), 360.0);
    if (diff > 180.0) diff = 360.0 - diff;
    windward = diff <= 90.0;
  }
  const double forced = windward ? 3.26 * std::pow(wind_m_s, 0.89) : 3.55 * std::pow(wind_m_s, 0.617);
  const double natural = walton_natural_convection(film.tilt_deg, surface_minus_air_k);
  const double glass = std::sqrt(natural * natural + forced * forced);
  return natural + film.roughness_multiplier * (glass - natural);
}

double exterior_radiative_coefficient(const SurfaceCoefficients& h, double emissivity, double surface_c,
                                      double other_c) {
  if (h.exterior_longwave == ExteriorLongwave::kIsoFixed) return emissivity * h.exterior_radiative_blackbody;
  constexpr double kStefanBoltzmann = 5.670374419e-8;  // W/m²K⁴, CODATA 2018
  const double ts = surface_c + 273.15, tx = other_c + 273.15;
  return emissivity * kStefanBoltzmann * (ts * ts + tx * tx) * (ts + tx);
}

double view_factor_parallel(double a, double b, double c) {
  const double x = a / c, y = b / c, x2 = x * x, y2 = y * y;
  return 2 / (std::numbers::pi * x * y) *
         (0.5 * std::log((1 + x2) * (1 + y2) / (1 + x2 + y2)) + x * std::sqrt(1 + y2) * std::atan(x / std::sqrt(1 + y2)) +
          y * std::sqrt(1 + x2) * std::atan(y / std::sqrt(1 + x2)) - x * std::atan(x) - y * std::atan(y));
}

double view_factor_perpendicular(double edge, double w_from, double w_to) {
  const double w = w_from / edge, h = w_to / edge, w2 = w * w, h2 = h * h, s = std::sqrt(w2 + h2);
  const double log_term = std::log((1 + w2) * (1 + h2) / (1 + w2 + h2)) +
                          w2 * std::log(w2 * (1 + w2 + h2) / ((1 + w2) * (w2 + h2))) +
                          h2 * std::log(h2 * (1 + h2 + w2) / ((1 + h2) * (h2 + w2)));
  return 1 / (std::numbers::pi * w) * (w * std::atan(1 / w) + h * std::atan(1 / h) - s * std::atan(1 / s) + 0.25 * log_term);
}

void add_link(Eigen::MatrixXd& k, int a, int b, double g) {
  k(a, a) += g;
  k(b, b) += g;
  k(a, b) -= g;
  k(b, a) -= g;
}

ZoneNetwork build_zone_network(const ZoneSpec& spec, double elevation_m) {
  assert(check_zone_spec(spec).empty() && "simulate only specs that pass check_zone_spec");
  const double time_step_s = 3600.0 / spec.substeps_per_hour;
  Builder b{spec, {0.0}, {}, {}, {}, {}};
  ZoneNetwork net;
  for (int f = 0; f < kFacadeCount; ++f) {
    ZoneSurface s;
    s.kind = SurfaceKind::kWall;
    s.facade = f;
    s.area_m2 = facade_area_m2(spec, Facade(f)) - facade_window_area_m2(spec, Facade(f));
    s.azimuth_deg = std::fmod(180.0 + 90.0 * f + spec.rotation_deg, 360.0);
    if (s.azimuth_deg < 0) s.azimuth_deg += 360.0;
    net.surfaces.push_back(b.add_opaque(s, spec.walls[f], time_step_s, FloorBoundary::kOutdoorAir));
  }
  for (std::size_t w = 0; w < spec.windows.size(); ++w) {
    const WindowSpec& window = spec.windows[w];
    ZoneSurface s = net.surfaces[static_cast<int>(window.facade)];
    s.kind = SurfaceKind::kWindow;
    s.window = static_cast<int>(w);
    s.area_m2 = window.width_m * window.height_m;
    s.exterior_node = b.add_node(0.0);  // ISO 52016-1 §6.5.7.3: windows carry no mass
    s.interior_node = b.add_node(0.0);
    // Glass is "very smooth" (R_f = 1); centroid taken at mid-wall height.
    b.add_exterior_film(s.exterior_node, s.area_m2, s.tilt_deg, s.azimuth_deg, spec.height_m / 2, 1.0,
                        window.glazing.thermal_emissivity, true);
    b.links.push_back({double(s.exterior_node), double(s.interior_node),
                       s.area_m2 * window.glazing.conductance_w_per_m2k});
    if (window.glazing.gap_width_m > 0)
      net.window_gaps.push_back(WindowGap{s.exterior_node, s.interior_node, static_cast<int>(w), s.area_m2,
                                          window.height_m, window.glazing.conductance_w_per_m2k});
    net.surfaces.push_back(s);
  }
  ZoneSurface roof;
  roof.kind = SurfaceKind::kRoof;
  roof.area_m2 = spec.length_m * spec.depth_m;
  roof.tilt_deg = 0;
  net.ceiling_surface = static_cast<int>(net.surfaces.size());
  net.surfaces.push_back(b.add_opaque(roof, spec.roof, time_step_s, FloorBoundary::kOutdoorAir));
  ZoneSurface floor = roof;
  floor.kind = SurfaceKind::kFloor;
  floor.tilt_deg = 180;
  floor.sun_exposed = false;
  net.floor_surface = static_cast<int>(net.surfaces.size());
  net.surfaces.push_back(b.add_opaque(floor, spec.floor, time_step_s, spec.floor_boundary));

  // Zone air: volume at the site's air density (infiltration counts zone-air volume changes).
  const double volume_m3 = spec.length_m * spec.depth_m * spec.height_m;
  const double rho_cp = air_density_kg_per_m3(elevation_m, spec.infiltration_air_temperature_c) *
                        kAirSpecificHeat_j_per_kgk;
  b.capacity[0] = rho_cp * volume_m3 + spec.furniture_heat_capacity_j_per_k;
  net.infiltration_w_per_k = rho_cp * spec.infiltration_ach * volume_m3 / 3600.0;

  const int n = static_cast<int>(b.capacity.size());
  net.node_count = n;
  net.capacity_j_per_k = Eigen::Map<Eigen::VectorXd>(b.capacity.data(), n);
  net.conductance_w_per_k = Eigen::MatrixXd::Zero(n, n);
  net.to_outdoor_air_w_per_k = Eigen::VectorXd::Zero(n);
  net.to_sky_w_per_k = Eigen::VectorXd::Zero(n);
  net.to_ground_w_per_k = Eigen::VectorXd::Zero(n);
  for (const auto& [a, c, g] : b.links) add_link(net.conductance_w_per_k, int(a), int(c), g);
  net.to_outdoor_air_w_per_k[ZoneNetwork::kAirNode] += net.infiltration_w_per_k;
  for (const auto& [node, air, sky, ground] : b.boundary) {
    net.to_outdoor_air_w_per_k[int(node)] += air;
    net.to_sky_w_per_k[int(node)] += sky;
    net.to_ground_w_per_k[int(node)] += ground;
  }
  net.conductance_w_per_k.diagonal() += net.to_outdoor_air_w_per_k + net.to_sky_w_per_k + net.to_ground_w_per_k;

  // Interior: convection films at their reference coefficients, radiation between all interior
  // surfaces, ISO 52016-1 eq. (35).
  double total_area_m2 = 0;
  for (const ZoneSurface& s : net.surfaces) total_area_m2 += s.area_m2;
  net.exterior_radiation = b.radiation;
  net.exterior_convection = b.convection;
  for (const ZoneSurface& s : net.surfaces) {
    const FilmOrientation o = s.kind == SurfaceKind::kFloor  ? FilmOrientation::kFloor
                              : s.kind == SurfaceKind::kRoof ? FilmOrientation::kCeiling
                                                             : FilmOrientation::kVertical;
    const InteriorFilm film{s.interior_node, s.area_m2, o, interior_convective_reference(spec.coefficients, o)};
    add_link(net.conductance_w_per_k, ZoneNetwork::kAirNode, film.node, film.area_m2 * film.reference_w_per_m2k);
    net.interior_films.push_back(film);
  }
  if (spec.coefficients.interior_longwave == InteriorLongwave::kAreaWeighted) {
    for (std::size_t i = 0; i < net.surfaces.size(); ++i)
      for (std::size_t j = i + 1; j < net.surfaces.size(); ++j)
        add_link(net.conductance_w_per_k, net.surfaces[i].interior_node, net.surfaces[j].interior_node,
                 spec.coefficients.interior_radiative * net.surfaces[i].area_m2 * net.surfaces[j].area_m2 / total_area_m2);
  } else {
    // Box faces 0..3 = facades (south, west, north, east), 4 = ceiling, 5 = floor. Facades 0/2 are
    // length_m wide, 1/3 depth_m; all height_m tall. A·F between whole faces, then shared out by area.
    const double l = spec.length_m, d = spec.depth_m, hgt = spec.height_m;
    const auto face_of = [&](const ZoneSurface& s) {
      return s.kind == SurfaceKind::kRoof ? 4 : s.kind == SurfaceKind::kFloor ? 5 : s.facade;
    };
    const auto face_area = [&](int f) { return f >= 4 ? l * d : (f % 2 == 0 ? l : d) * hgt; };
    const auto face_view = [&](int i, int j) -> double {  // F from face i to face j
      if (i == j) return 0.0;
      const bool i_h = i >= 4, j_h = j >= 4;
      if (i_h && j_h) return view_factor_parallel(l, d, hgt);
      if (!i_h && !j_h) {
        if ((i + j) % 2 == 0) return i % 2 == 0 ? view_factor_parallel(l, hgt, d) : view_factor_parallel(d, hgt, l);
        const double wi = i % 2 == 0 ? l : d, wj = j % 2 == 0 ? l : d;  // adjacent facades share a vertical edge
        return view_factor_perpendicular(hgt, wi, wj);
      }
      if (i_h) {  // horizontal face to a facade: shared edge = facade width
        const double edge = j % 2 == 0 ? l : d, across = j % 2 == 0 ? d : l;
        return view_factor_perpendicular(edge, across, hgt);
      }
      const double edge = i % 2 == 0 ? l : d, across = i % 2 == 0 ? d : l;
      return view_factor_perpendicular(edge, hgt, across);
    };
    for (std::size_t i = 0; i < net.surfaces.size(); ++i)
      for (std::size_t j = i + 1; j < net.surfaces.size(); ++j) {
        const int fi = face_of(net.surfaces[i]), fj = face_of(net.surfaces[j]);
        if (fi == fj) continue;  // coplanar (a wall and its windows)
        // A_i F_ij = (A_i/A_fi)(A_j/A_fj) A_fi F_fi,fj: each face's exchange shared out by area.
        const double af = face_area(fi) * face_view(fi, fj);
        const double g = spec.coefficients.interior_radiative * af * net.surfaces[i].area_m2 / face_area(fi) *
                         net.surfaces[j].area_m2 / face_area(fj);
        add_link(net.conductance_w_per_k, net.surfaces[i].interior_node, net.surfaces[j].interior_node, g);
        net.interior_radiation.push_back({double(net.surfaces[i].interior_node), double(net.surfaces[j].interior_node), g});
      }
  }

  // Radiative internal gains: area-weighted over the interior surfaces (ISO 52016-1 §6.5.6.3).
  net.radiative_gain_map = Eigen::VectorXd::Zero(n);
  for (const ZoneSurface& s : net.surfaces) net.radiative_gain_map[s.interior_node] += s.area_m2 / total_area_m2;

  // Transmitted solar: first hit (floor, or all surfaces by area), then diffuse reflections spread
  // by area; geometric series in closed form. Windows seen from inside absorb in their panes,
  // transmit (lost) and reflect at the equivalent diffuse incidence angle of a vertical surface.
  const std::size_t m = net.surfaces.size();
  std::vector<double> absorb(m), reflect(m), first_hit(m), outer_share(m, 0.0);
  for (std::size_t k = 0; k < m; ++k) {
    const ZoneSurface& s = net.surfaces[k];
    if (s.kind == SurfaceKind::kWindow) {
      const GlazingOptics o = glazing_optics(spec.windows[s.window].glazing,
                                             sky_diffuse_equivalent_incidence_deg(90.0), true);
      absorb[k] = o.absorbed_inner + o.absorbed_outer + o.absorbed_middle;
      reflect[k] = o.reflectance;
      outer_share[k] = absorb[k] > 0 ? (o.absorbed_outer + o.absorbed_middle / 2) / absorb[k] : 0.0;
    } else {
      absorb[k] = s.interior_solar_absorptance;
      reflect[k] = 1 - absorb[k];
    }
    first_hit[k] = spec.solar_distribution == SolarDistribution::kFloorFirst
                       ? (static_cast<int>(k) == net.floor_surface ? 1.0 : 0.0)
                       : s.area_m2 / total_area_m2;
  }
  double first_reflected = 0, mean_reflectance = 0;
  for (std::size_t k = 0; k < m; ++k) {
    first_reflected += reflect[k] * first_hit[k];
    mean_reflectance += reflect[k] * net.surfaces[k].area_m2 / total_area_m2;
  }
  const double diffuse_total = first_reflected / (1 - mean_reflectance);
  net.transmitted_solar_map = Eigen::VectorXd::Zero(n);
  for (std::size_t k = 0; k < m; ++k) {
    const ZoneSurface& s = net.surfaces[k];
    const double absorbed = absorb[k] * (first_hit[k] + diffuse_total * s.area_m2 / total_area_m2);
    net.transmitted_solar_map[s.interior_node] += absorbed * (1 - outer_share[k]);
    if (outer_share[k] > 0) net.transmitted_solar_map[s.exterior_node] += absorbed * outer_share[k];
  }
  net.solar_lost_fraction = 1 - net.transmitted_solar_map.sum();
  return net;
}

}  // namespace twin::buildings
