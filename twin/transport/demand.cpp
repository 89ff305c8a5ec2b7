// run_travel_demand: the steps of demand.hpp in order. Matrices are dense zone×zone, row-major.
#include "twin/transport/demand.hpp"

#include <array>
#include <string>
#include <utility>

#include "twin/transport/demand_inputs.hpp"
#include "twin/transport/gravity.hpp"
#include "twin/transport/metro_network.hpp"
#include "twin/transport/mode_choice.hpp"
#include "twin/transport/transit_loading.hpp"
#include "twin/transport/trip_generation.hpp"

namespace twin::transport {
namespace {

constexpr int at(Mode m) { return static_cast<int>(m); }

// A result holding only the error (the contract: nothing else is set then).
DemandResult failed(std::string error) {
  DemandResult r;
  r.error = std::move(error);
  return r;
}

}  // namespace

DemandResult run_travel_demand(const DemandInputs& in, const DemandParameters& p) {
  DemandResult r;
  if (std::string e = check_demand_inputs(in, p); !e.empty()) return failed(std::move(e));
  const Zones& zones = *in.zones;
  const std::uint32_t n = zones.size();
  const std::uint64_t nn = static_cast<std::uint64_t>(n) * n;

  std::array<TripEnds, kPurposeCount> ends;
  if (std::string e = generate_trip_ends(zones, p, &ends); !e.empty()) return failed(std::move(e));

  std::vector<double> time_min, distance_km;
  fill_intrazonal(in, p.mode, &time_min, &distance_km);
  const MetroNetwork metro = build_metro_network(in.lines, p.mode, in.policy.transit_headway_factor);
  const ZoneStationAccess access = nearest_stations(zones, metro, p.mode);

  ModeChoiceInputs mc;
  mc.zone_count = n;
  mc.car_time_min = &time_min;
  mc.car_distance_km = &distance_km;
  mc.zone_is_central = &in.zone_is_central;
  mc.metro = &metro;
  mc.access = &access;
  mc.transit_headway_factor = in.policy.transit_headway_factor;
  mc.congestion_charge_yuan = in.policy.congestion_charge_yuan;
  mc.parking_price_yuan = in.policy.parking_price_yuan;
  ModeChoiceResult choice;
  choose_modes(mc, p.mode, &choice);
  const std::vector<std::uint32_t>& metro_from = choice.metro_from_station;
  const std::vector<std::uint32_t>& metro_to = choice.metro_to_station;

  // Distribution per purpose on the logsum, then split by mode and turned into daily OD and AM
  // peak-hour OD (h·[f·PA + (1 − f)·PAᵀ]).
  for (auto& m : r.trips_od) m.assign(nn, 0.0);
  std::array<std::vector<double>, kModeCount> peak_od;
  for (auto& m : peak_od) m.assign(nn, 0.0);
  for (int k = 0; k < kPurposeCount; ++k) {
    const PurposeParameters& q = p.purpose[k];
    PurposeDiagnostics& diag = r.purpose[k];
    diag.trips_per_day = ends[k].total;
    diag.target_mean_trip_km = q.target_mean_trip_km;
    if (!(ends[k].total > 0.0)) continue;
    std::vector<double> pa;
    GravityCalibration cal;
    const std::string e = distribute_calibrated(ends[k].production, ends[k].attraction, choice.composite_cost_min,
                                                distance_km, q.target_mean_trip_km, in.beta_guess_per_min[k], p.solver,
                                                &pa, &cal);
    if (!e.empty()) return failed(std::string("purpose ") + to_string(static_cast<Purpose>(k)) + ": " + e);
    diag.gravity_iterations = cal.furness.iterations;
    diag.gravity_max_relative_error = cal.furness.max_relative_error;
    diag.gravity_converged = cal.furness.converged;
    diag.beta_per_min = cal.beta_per_min;
    diag.calibration_steps = cal.steps;
    diag.calibration_reached = cal.reached;
    diag.mean_trip_km = cal.mean_trip_km;
    for (int m = 0; m < kModeCount; ++m) {
      const std::vector<double>& prob = choice.probability[m];
      for (std::uint32_t i = 0; i < n; ++i) {
        for (std::uint32_t j = 0; j < n; ++j) {
          const std::uint64_t ij = static_cast<std::uint64_t>(i) * n + j, ji = static_cast<std::uint64_t>(j) * n + i;
          const double x = prob[ij] * pa[ij];  // production i → attraction j, this mode
          r.trips_od[m][ij] += 0.5 * x;
          r.trips_od[m][ji] += 0.5 * x;
          peak_od[m][ij] += q.peak_hour_share * q.peak_from_home_share * x;
          peak_od[m][ji] += q.peak_hour_share * (1.0 - q.peak_from_home_share) * x;
        }
      }
    }
  }

  // Activity and shares.
  const VehicleParameters& v = p.vehicle;
  TravelActivity& act = r.activity;
  for (double pop : zones.population) act.population += pop;
  double all_trips = 0.0;
  for (int m = 0; m < kModeCount; ++m) {
    double trips = 0.0, pkm = 0.0;
    for (std::uint32_t i = 0; i < n; ++i) {
      for (std::uint32_t j = 0; j < n; ++j) {
        const std::uint64_t ij = static_cast<std::uint64_t>(i) * n + j;
        const double t = r.trips_od[m][ij];
        if (t == 0.0) continue;
        trips += t;
        pkm += t * (m == at(Mode::Metro) ? metro.path(metro_from[ij], metro_to[ij]).rail_km : distance_km[ij]);
      }
    }
    act.trips_per_day[m] = trips;
    act.passenger_km_per_day[m] = pkm;
    r.mean_trip_km[m] = trips > 0.0 ? pkm / trips : 0.0;
    all_trips += trips;
  }
  for (int m = 0; m < kModeCount; ++m) r.mode_share[m] = all_trips > 0.0 ? act.trips_per_day[m] / all_trips : 0.0;
  const double taxi_vehicle_per_pax = 1.0 / (v.taxi_occupancy * (1.0 - v.taxi_empty_km_share));
  act.vehicle_km_per_day[at(Mode::Car)] = act.passenger_km_per_day[at(Mode::Car)] / v.car_occupancy;
  act.vehicle_km_per_day[at(Mode::Taxi)] = act.passenger_km_per_day[at(Mode::Taxi)] * taxi_vehicle_per_pax;
  act.vehicle_km_per_day[at(Mode::Bus)] = act.passenger_km_per_day[at(Mode::Bus)] / v.bus_average_load_pax;
  act.vehicle_km_per_day[at(Mode::Metro)] = metro_train_km_per_day(metro, v);

  // Peak-hour road vehicles (pcu). Empty taxi running is put on the occupied trips' OD pairs.
  r.car_vehicle_peak_od.assign(nn, 0.0);
  for (std::uint64_t k = 0; k < nn; ++k) {
    r.car_vehicle_peak_od[k] = peak_od[at(Mode::Car)][k] / v.car_occupancy * v.car_pcu +
                               peak_od[at(Mode::Taxi)][k] * taxi_vehicle_per_pax * v.taxi_pcu;
  }

  // Peak-hour metro station OD → line loads.
  const std::uint32_t S = metro.station_count();
  std::vector<double> station_od(static_cast<std::uint64_t>(S) * S, 0.0);
  for (std::uint32_t i = 0; i < n && S > 0; ++i) {
    for (std::uint32_t j = 0; j < n; ++j) {
      const std::uint64_t ij = static_cast<std::uint64_t>(i) * n + j;
      const double t = peak_od[at(Mode::Metro)][ij];
      if (t > 0.0) station_od[static_cast<std::uint64_t>(metro_from[ij]) * S + metro_to[ij]] += t;
    }
  }
  r.line_segment_load_pax_h = load_metro_lines(metro, station_od).busier_pax;

  double covered = 0.0;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (access.walk_km[i] <= p.mode.metro_access_max_km) covered += zones.population[i];
  }
  r.metro_zone_coverage = act.population > 0.0 ? covered / act.population : 0.0;
  return r;
}

}  // namespace twin::transport
