#include "twin/buildings/zone_simulation.hpp"

#include <algorithm>
#include <cmath>

#include "twin/buildings/zone_network.hpp"
#include "twin/buildings/zone_solar.hpp"

namespace twin::buildings {

namespace {

constexpr double kJoulesPerKwh = 3.6e6;

// Film coefficients that depend on temperature (interior natural convection, exterior long-wave)
// are held in the matrix at a reference value; the difference to the current coefficient, taken at
// the start of the step, enters the right-hand side as sources (equal and opposite for a film
// between two nodes, so energy is conserved exactly). Returns the net heat brought in from outside
// (sky and ground long-wave) by the corrections, W.
double add_film_corrections(const ZoneSpec& spec, const ZoneNetwork& net, const Eigen::VectorXd& theta,
                            double outdoor_c, double sky_c, Eigen::VectorXd& rhs) {
  const SurfaceCoefficients& h = spec.coefficients;
  const double air_c = theta[ZoneNetwork::kAirNode];
  for (const InteriorFilm& film : net.interior_films) {
    const double difference_k = theta[film.node] - air_c;
    const double delta = interior_convective_coefficient(h, film.orientation, difference_k) - film.reference_w_per_m2k;
    const double flow_w = delta * film.area_m2 * difference_k;  // surface → air
    rhs[film.node] -= flow_w;
    rhs[ZoneNetwork::kAirNode] += flow_w;
  }
  for (const WindowGap& gap : net.window_gaps) {
    const double to = theta[gap.outer_node], ti = theta[gap.inner_node];
    const double g = glazing_conductance_w_per_m2k(spec.windows[gap.window].glazing, to, ti, gap.height_m);
    const double flow_w = (g - gap.reference_w_per_m2k) * gap.area_m2 * (ti - to);  // inner → outer
    rhs[gap.inner_node] -= flow_w;
    rhs[gap.outer_node] += flow_w;
  }
  if (h.interior_radiative_exact) {
    // h_ri is the coefficient at 20 °C (ISO: ε·4σT³ with T = 293 K); between surfaces a and b it is
    // scaled to the exact linearisation σ(T_a² + T_b²)(T_a + T_b) of σ(T_a⁴ − T_b⁴).
    constexpr double kRef = 293.15;
    for (const auto& [a, b, g] : net.interior_radiation) {
      const double ta = theta[int(a)] + 273.15, tb = theta[int(b)] + 273.15;
      const double ratio = (ta * ta + tb * tb) * (ta + tb) / (4 * kRef * kRef * kRef);
      const double flow_w = g * (ratio - 1) * (ta - tb);  // a → b
      rhs[int(a)] -= flow_w;
      rhs[int(b)] += flow_w;
    }
  }
  double from_outside_w = 0;
  for (const ExteriorRadiation& r : net.exterior_radiation) {
    const double ts = theta[r.node];
    const double sky = r.sky_view * (exterior_radiative_coefficient(h, r.emissivity, ts, sky_c) - r.reference_w_per_m2k) * (sky_c - ts);
    const double ground = (1 - r.sky_view) * (exterior_radiative_coefficient(h, r.emissivity, ts, outdoor_c) - r.reference_w_per_m2k) * (outdoor_c - ts);
    const double flow_w = r.area_m2 * (sky + ground);
    rhs[r.node] += flow_w;
    from_outside_w += flow_w;
  }
  return from_outside_w;
}

std::vector<std::string> check_weather(const climate::WeatherYear& w, bool needs_wind) {
  std::vector<std::string> errors;
  const std::size_t n = w.dry_bulb_c.size();
  if (n == 0) errors.push_back("weather: no hours");
  const auto same_size = [&](const std::vector<double>& v, const char* name) {
    if (v.size() != n) errors.push_back(std::string("weather.") + name + ": " + std::to_string(v.size()) +
                                        " values for " + std::to_string(n) + " hours");
  };
  same_size(w.sky_temperature_c, "sky_temperature_c");
  same_size(w.global_horizontal_wh_m2, "global_horizontal_wh_m2");
  same_size(w.direct_normal_wh_m2, "direct_normal_wh_m2");
  same_size(w.diffuse_horizontal_wh_m2, "diffuse_horizontal_wh_m2");
  if (needs_wind) {  // ExteriorConvection::kDoe2
    same_size(w.wind_speed_m_s, "wind_speed_m_s");
    same_size(w.wind_direction_deg, "wind_direction_deg");
  }
  for (std::size_t h = 0; h < n && errors.empty(); ++h) {
    if (!std::isfinite(w.dry_bulb_c[h]) || !std::isfinite(w.sky_temperature_c[h]))
      errors.push_back("weather: non-finite temperature at hour " + std::to_string(h));
  }
  if (!std::isfinite(w.location.elevation_m)) errors.push_back("weather.location.elevation_m: not finite");
  return errors;
}

}  // namespace

ZoneResult simulate_zone(const ZoneSpec& spec, const climate::WeatherYear& weather) {
  ZoneResult result;
  result.errors = check_zone_spec(spec);
  const bool wind_films = spec.coefficients.exterior_convection == ExteriorConvection::kDoe2;
  for (std::string& e : check_weather(weather, wind_films)) result.errors.push_back(std::move(e));
  if (!result.errors.empty()) return result;

  const ZoneNetwork net = build_zone_network(spec, weather.location.elevation_m);
  const ZoneSolar solar(spec, net);
  // Implicit Euler: (C/Δt + K) θ' = C/Δt θ + b. K is constant, so one LU serves the whole year;
  // s = (C/Δt + K)⁻¹ e_air is the air-temperature response to 1 W of ideal heating.
  const double dt_s = 3600.0 / spec.substeps_per_hour;
  const Eigen::VectorXd capacity_per_dt = net.capacity_j_per_k / dt_s;
  Eigen::MatrixXd system = net.conductance_w_per_k;
  system.diagonal() += capacity_per_dt;
  const Eigen::PartialPivLU<Eigen::MatrixXd> lu(system);
  const Eigen::VectorXd air_response = lu.solve(Eigen::VectorXd::Unit(net.node_count, ZoneNetwork::kAirNode));
  // Exterior convection that varies with wind (ExteriorConvection::kDoe2): the matrix holds the
  // reference h_ce; each step's change d_i = A_i (h_i − h_ref) on the diagonal of the k exterior
  // nodes is solved exactly (implicitly) by the Woodbury identity
  //   (M + U D Uᵀ)⁻¹ b = y − Z (I + D Uᵀ Z)⁻¹ D Uᵀ y,  y = M⁻¹ b,  Z = M⁻¹ U  (k×k solve per step).
  const int k_ext = wind_films ? static_cast<int>(net.exterior_convection.size()) : 0;
  Eigen::MatrixXd ext_z(net.node_count, k_ext), ext_zz(k_ext, k_ext);
  for (int i = 0; i < k_ext; ++i)
    ext_z.col(i) = lu.solve(Eigen::VectorXd::Unit(net.node_count, net.exterior_convection[i].node));
  for (int i = 0; i < k_ext; ++i)
    for (int j = 0; j < k_ext; ++j) ext_zz(i, j) = ext_z(net.exterior_convection[i].node, j);
  Eigen::VectorXd ext_d(k_ext), ext_y(k_ext);
  Eigen::MatrixXd ext_s(k_ext, k_ext);
  Eigen::VectorXd step_air_response = air_response;
  const std::uint32_t hours = weather.hours();
  const int substeps = spec.substeps_per_hour;
  const double gain_convective_w = spec.internal_gains_w * (1 - spec.internal_gains_radiative_fraction);
  const double gain_radiative_w = spec.internal_gains_w * spec.internal_gains_radiative_fraction;
  result.node_count = net.node_count;
  result.solar_lost_fraction = net.solar_lost_fraction;
  result.heating_w.assign(hours, 0.0);
  result.cooling_w.assign(hours, 0.0);
  result.air_temperature_c.assign(hours, 0.0);

  Eigen::VectorXd theta = Eigen::VectorXd::Constant(net.node_count, spec.initial_temperature_c);
  Eigen::VectorXd sources_w(net.node_count), rhs(net.node_count), boundary_flow_w(net.node_count);
  ZoneEnergyBalance& bal = result.balance;  // accumulated in joules, converted at the end

  const auto run_hour = [&](std::uint32_t h, bool record) {
    sources_w.setZero();
    sources_w[ZoneNetwork::kAirNode] += gain_convective_w;
    sources_w += gain_radiative_w * net.radiative_gain_map;
    const SolarHour sun = solar.add_sources(weather, h, sources_w);
    const std::uint32_t previous = (h + hours - 1) % hours;
    double heating_w = 0, cooling_w = 0, air_c = 0;
    for (int k = 1; k <= substeps; ++k) {
      const double f = static_cast<double>(k) / substeps;
      const double outdoor_c = weather.dry_bulb_c[previous] + f * (weather.dry_bulb_c[h] - weather.dry_bulb_c[previous]);
      const double sky_c = weather.sky_temperature_c[previous] +
                           f * (weather.sky_temperature_c[h] - weather.sky_temperature_c[previous]);
      rhs = capacity_per_dt.cwiseProduct(theta) + sources_w + outdoor_c * net.to_outdoor_air_w_per_k +
            sky_c * net.to_sky_w_per_k + spec.ground_temperature_c * net.to_ground_w_per_k;
      double correction_from_outside_w = add_film_corrections(spec, net, theta, outdoor_c, sky_c, rhs);
      double s_air = air_response[ZoneNetwork::kAirNode];
      if (k_ext > 0) {
        const double wind_m_s = weather.wind_speed_m_s[previous] + f * (weather.wind_speed_m_s[h] - weather.wind_speed_m_s[previous]);
        const double wind_dir_deg = weather.wind_direction_deg[h];  // directions are not interpolated (wrap-around)
        for (int i = 0; i < k_ext; ++i) {
          const ExteriorConvectionFilm& film = net.exterior_convection[i];
          const double h_now = exterior_convective_coefficient(spec.coefficients, film, wind_m_s, wind_dir_deg,
                                                               theta[film.node] - outdoor_c);
          ext_d[i] = film.area_m2 * (h_now - film.reference_w_per_m2k);
          rhs[film.node] += ext_d[i] * outdoor_c;
        }
        ext_s = ext_d.asDiagonal() * ext_zz;
        ext_s.diagonal().array() += 1.0;
        const Eigen::PartialPivLU<Eigen::MatrixXd> s_lu(ext_s);
        theta = lu.solve(rhs);
        for (int i = 0; i < k_ext; ++i) ext_y[i] = ext_d[i] * theta[net.exterior_convection[i].node];
        theta -= ext_z * s_lu.solve(ext_y);
        for (int i = 0; i < k_ext; ++i) ext_y[i] = ext_d[i] * air_response[net.exterior_convection[i].node];
        step_air_response = air_response - ext_z * s_lu.solve(ext_y);
        s_air = step_air_response[ZoneNetwork::kAirNode];
      } else {
        theta = lu.solve(rhs);
      }
      double hvac_w = 0;
      if (spec.hvac_enabled) {
        const double air_ff = theta[ZoneNetwork::kAirNode];
        if (air_ff < spec.heating_setpoint_c) hvac_w = (spec.heating_setpoint_c - air_ff) / s_air;
        else if (air_ff > spec.cooling_setpoint_c) hvac_w = (spec.cooling_setpoint_c - air_ff) / s_air;
        theta += hvac_w * step_air_response;
      }
      heating_w += std::max(hvac_w, 0.0);
      cooling_w += std::max(-hvac_w, 0.0);
      air_c += theta[ZoneNetwork::kAirNode];
      if (record) {
        boundary_flow_w = net.to_outdoor_air_w_per_k.cwiseProduct(Eigen::VectorXd::Constant(net.node_count, outdoor_c) - theta) +
                          net.to_sky_w_per_k.cwiseProduct(Eigen::VectorXd::Constant(net.node_count, sky_c) - theta) +
                          net.to_ground_w_per_k.cwiseProduct(Eigen::VectorXd::Constant(net.node_count, spec.ground_temperature_c) - theta);
        for (int i = 0; i < k_ext; ++i)
          correction_from_outside_w += ext_d[i] * (outdoor_c - theta[net.exterior_convection[i].node]);
        const double infiltration_w = net.infiltration_w_per_k * (outdoor_c - theta[ZoneNetwork::kAirNode]);
        const double dt = dt_s;
        bal.infiltration_kwh += infiltration_w * dt;
        bal.exterior_exchange_kwh += (boundary_flow_w.sum() - infiltration_w + correction_from_outside_w) * dt;
        bal.heating_kwh += std::max(hvac_w, 0.0) * dt;
        bal.cooling_kwh += std::max(-hvac_w, 0.0) * dt;
        bal.solar_absorbed_kwh += sun.absorbed_w * dt;
        bal.solar_transmitted_kwh += sun.transmitted_w * dt;
        bal.internal_gains_kwh += spec.internal_gains_w * dt;
      }
    }
    if (record) {
      result.heating_w[h] = heating_w / substeps;
      result.cooling_w[h] = cooling_w / substeps;
      result.air_temperature_c[h] = air_c / substeps;
    }
  };

  // Warm-up: the last days of the year lead into 1 January, so the mass starts the year settled.
  const std::uint32_t warmup_hours = std::min<std::uint32_t>(hours, static_cast<std::uint32_t>(spec.warmup_days) * 24);
  for (std::uint32_t h = hours - warmup_hours; h < hours; ++h) run_hour(h, false);
  const double stored_start_j = net.capacity_j_per_k.dot(theta);
  for (std::uint32_t h = 0; h < hours; ++h) run_hour(h, true);
  bal.storage_change_kwh = net.capacity_j_per_k.dot(theta) - stored_start_j;
  for (double* j : {&bal.solar_absorbed_kwh, &bal.solar_transmitted_kwh, &bal.internal_gains_kwh, &bal.heating_kwh,
                    &bal.cooling_kwh, &bal.infiltration_kwh, &bal.exterior_exchange_kwh, &bal.storage_change_kwh})
    *j /= kJoulesPerKwh;

  double sum_c = 0;
  result.min_air_temperature_c = result.max_air_temperature_c = result.air_temperature_c[0];
  for (std::uint32_t h = 0; h < hours; ++h) {
    result.heating_mwh += result.heating_w[h] / 1e6;
    result.cooling_mwh += result.cooling_w[h] / 1e6;
    if (result.heating_w[h] / 1e3 > result.peak_heating_kw) {
      result.peak_heating_kw = result.heating_w[h] / 1e3;
      result.peak_heating_hour = h;
    }
    if (result.cooling_w[h] / 1e3 > result.peak_cooling_kw) {
      result.peak_cooling_kw = result.cooling_w[h] / 1e3;
      result.peak_cooling_hour = h;
    }
    const double t = result.air_temperature_c[h];
    sum_c += t;
    if (t < result.min_air_temperature_c) { result.min_air_temperature_c = t; result.min_air_temperature_hour = h; }
    if (t > result.max_air_temperature_c) { result.max_air_temperature_c = t; result.max_air_temperature_hour = h; }
  }
  result.mean_air_temperature_c = sum_c / hours;
  return result;
}

}  // namespace twin::buildings
