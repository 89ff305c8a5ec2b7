#include "twin/transport/mode_choice.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "twin/pathway/det_math.hpp"

namespace twin::transport {

double taxi_fare_yuan(double distance_km, const ModeChoiceParameters& m) {
  const double metered_km = std::max(0.0, distance_km - m.taxi_flag_km);
  const double long_km = std::max(0.0, distance_km - m.taxi_long_trip_km);
  return m.taxi_flag_fare_yuan + m.taxi_per_km_yuan * (metered_km + m.taxi_long_trip_surcharge * long_km);
}

MetroOption best_metro_option(const ModeChoiceInputs& in, const ModeChoiceParameters& m, std::uint32_t i,
                              std::uint32_t j) {
  MetroOption best;
  if (in.metro == nullptr || in.access == nullptr || in.metro->station_count() == 0) return best;
  const ZoneStationAccess& a = *in.access;
  for (std::uint32_t ko = 0; ko < a.candidates[i].size(); ++ko) {
    for (std::uint32_t kd = 0; kd < a.candidates[j].size(); ++kd) {
      const MetroPath& p = in.metro->path(a.candidates[i][ko], a.candidates[j][kd]);
      if (!p.available) continue;
      const double walk_km = a.candidate_walk_km[i][ko] + a.candidate_walk_km[j][kd];
      const double ovt_min = walk_km / m.walk_speed_kmh * 60.0 + p.wait_min + p.transfer_walk_min;
      const double u = m.asc[static_cast<int>(Mode::Metro)] +
                       m.beta_in_vehicle_per_min * (p.in_vehicle_min + m.transfer_penalty_min * p.transfers) +
                       m.beta_out_of_vehicle_per_min * ovt_min + m.beta_cost_per_yuan * metro_fare_yuan(p.rail_km, m);
      if (!best.available || u > best.utility) best = {true, u, a.candidates[i][ko], a.candidates[j][kd]};
    }
  }
  return best;
}

std::array<double, kModeCount> mode_utilities(const ModeChoiceInputs& in, const ModeChoiceParameters& m,
                                              std::uint32_t i, std::uint32_t j, MetroOption* metro_out) {
  constexpr double kUnavailable = -std::numeric_limits<double>::infinity();
  const std::uint64_t ij = static_cast<std::uint64_t>(i) * in.zone_count + j;
  const double d_km = (*in.car_distance_km)[ij];
  const double t_min = (*in.car_time_min)[ij];
  std::array<double, kModeCount> v;
  v.fill(kUnavailable);
  auto at = [](Mode mode) { return static_cast<int>(mode); };

  if (d_km <= m.walk_max_km) v[at(Mode::Walk)] = m.asc[at(Mode::Walk)] + m.beta_walk_per_min * d_km / m.walk_speed_kmh * 60.0;
  if (d_km <= m.bike_max_km) v[at(Mode::Bike)] = m.asc[at(Mode::Bike)] + m.beta_bike_per_min * d_km / m.bike_speed_kmh * 60.0;

  const double bus_walk_min = 2.0 * m.bus_access_walk_km / m.walk_speed_kmh * 60.0;
  const double bus_wait_min = std::min(0.5 * m.bus_headway_min * in.transit_headway_factor, m.bus_wait_cap_min);
  v[at(Mode::Bus)] = m.asc[at(Mode::Bus)] + m.beta_in_vehicle_per_min * t_min * m.bus_time_factor +
                     m.beta_out_of_vehicle_per_min * (bus_walk_min + bus_wait_min) + m.beta_cost_per_yuan * m.bus_fare_yuan;

  const MetroOption metro = best_metro_option(in, m, i, j);
  if (metro.available) v[at(Mode::Metro)] = metro.utility;
  if (metro_out != nullptr) *metro_out = metro;

  double central_ends = 0.0;
  if (in.zone_is_central != nullptr && !in.zone_is_central->empty()) {
    central_ends = static_cast<double>((*in.zone_is_central)[i] != 0) + static_cast<double>((*in.zone_is_central)[j] != 0);
  }
  const double car_cost_yuan = m.car_cost_yuan_per_km * d_km + m.car_parking_base_yuan + in.parking_price_yuan +
                               0.5 * central_ends * in.congestion_charge_yuan;
  v[at(Mode::Car)] = m.asc[at(Mode::Car)] + m.beta_in_vehicle_per_min * t_min +
                     m.beta_out_of_vehicle_per_min * m.car_access_egress_min + m.beta_cost_per_yuan * car_cost_yuan;
  v[at(Mode::Taxi)] = m.asc[at(Mode::Taxi)] + m.beta_in_vehicle_per_min * t_min +
                      m.beta_out_of_vehicle_per_min * m.taxi_wait_min + m.beta_cost_per_yuan * taxi_fare_yuan(d_km, m);
  return v;
}

void choose_modes(const ModeChoiceInputs& in, const ModeChoiceParameters& m, ModeChoiceResult* out) {
  const std::uint64_t nn = static_cast<std::uint64_t>(in.zone_count) * in.zone_count;
  for (auto& p : out->probability) p.assign(nn, 0.0);
  out->composite_cost_min.assign(nn, 0.0);
  out->metro_from_station.assign(nn, 0);
  out->metro_to_station.assign(nn, 0);
  for (std::uint32_t i = 0; i < in.zone_count; ++i) {
    for (std::uint32_t j = 0; j < in.zone_count; ++j) {
      MetroOption metro;
      const std::array<double, kModeCount> v = mode_utilities(in, m, i, j, &metro);
      double v_max = -std::numeric_limits<double>::infinity();
      for (double x : v) v_max = std::max(v_max, x);
      std::array<double, kModeCount> e{};
      double sum = 0.0;
      for (int k = 0; k < kModeCount; ++k) {
        e[k] = std::isfinite(v[k]) ? pathway::det_exp(v[k] - v_max) : 0.0;
        sum += e[k];
      }
      const std::uint64_t ij = static_cast<std::uint64_t>(i) * in.zone_count + j;
      for (int k = 0; k < kModeCount; ++k) out->probability[k][ij] = e[k] / sum;
      out->composite_cost_min[ij] = (v_max + pathway::det_log(sum)) / m.beta_in_vehicle_per_min;
      out->metro_from_station[ij] = metro.from_station;
      out->metro_to_station[ij] = metro.to_station;
    }
  }
}

}  // namespace twin::transport
