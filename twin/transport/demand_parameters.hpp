// Typed parameters of the travel-demand model (trip generation, gravity distribution, logit mode
// choice, vehicle conversion, transit service). default_demand_parameters() builds them from the
// embedded tables (demand_tables.hpp), i.e. from assets/transport/*.csv, each row with its source.
#pragma once

#include <array>
#include <string>

#include "twin/transport/demand_tables.hpp"
#include "twin/transport/mode.hpp"
#include "twin/transport/purpose.hpp"

namespace twin::transport {

struct PurposeParameters {
  // Trip ends per day. Productions: home end of home-based trips, origin of NHB trips.
  double production_per_resident = 0.0;
  double production_per_job = 0.0;
  double attraction_per_resident = 0.0;  // relative weights: attractions are scaled to productions
  double attraction_per_job = 0.0;
  double target_mean_trip_km = 0.0;      // the gravity deterrence is calibrated to this (road km)
  double peak_hour_share = 0.0;          // fraction of the purpose's daily trips in the AM peak hour
  double peak_from_home_share = 0.5;     // of those, the fraction going production → attraction
};

struct ModeChoiceParameters {
  std::array<double, kModeCount> asc{};           // alternative-specific constants (walk = 0)
  std::array<double, kModeCount> target_share{};  // base-year shares the ASCs are calibrated to
  double beta_in_vehicle_per_min = 0.0;           // car, taxi, bus and metro riding time
  double beta_out_of_vehicle_per_min = 0.0;       // access/egress walking, waiting, transfer walks
  double beta_walk_per_min = 0.0;                 // walking as the main mode
  double beta_bike_per_min = 0.0;                 // cycling as the main mode
  double beta_cost_per_yuan = 0.0;                // fares, fuel, parking, congestion charge
  double transfer_penalty_min = 0.0;              // per metro transfer, in in-vehicle minutes
  double walk_speed_kmh = 0.0, bike_speed_kmh = 0.0, metro_speed_kmh = 0.0;
  double walk_max_km = 0.0, bike_max_km = 0.0;    // mode unavailable beyond
  double bus_time_factor = 0.0;                   // bus riding time = car time × factor
  double bus_access_walk_km = 0.0;                // each end
  double bus_headway_min = 0.0, bus_wait_cap_min = 0.0, bus_fare_yuan = 0.0;
  double metro_access_max_km = 0.0;               // walking distance to the nearest station, each end
  double walk_detour_factor = 0.0;                // walking route / straight line
  double metro_transfer_walk_min = 0.0;
  double metro_fare_base_yuan = 0.0;
  std::array<double, 4> metro_fare_band_km{};     // upper ends of the distance bands
  double metro_fare_extra_band_km = 0.0, metro_fare_step_yuan = 0.0;
  double taxi_flag_fare_yuan = 0.0, taxi_flag_km = 0.0, taxi_per_km_yuan = 0.0;
  double taxi_long_trip_km = 0.0, taxi_long_trip_surcharge = 0.0, taxi_wait_min = 0.0;
  double car_cost_yuan_per_km = 0.0, car_parking_base_yuan = 0.0, car_access_egress_min = 0.0;
  double intrazonal_speed_kmh = 0.0;              // fills a zero intrazonal car time
};

struct VehicleParameters {
  double car_occupancy = 0.0;        // persons per car
  double taxi_occupancy = 0.0;       // passengers per occupied taxi trip
  double taxi_empty_km_share = 0.0;  // empty vehicle-km / all taxi vehicle-km (空驶率)
  double car_pcu = 1.0, taxi_pcu = 1.0;
  double bus_average_load_pax = 0.0;  // passenger-km per bus-km
  double metro_service_h = 0.0, metro_peak_service_h = 0.0, metro_offpeak_headway_factor = 0.0;
};

// Numerical settings (not from the tables).
struct DemandSolverSettings {
  int furness_max_iterations = 200;
  double furness_tolerance = 1e-9;        // max relative marginal error to stop
  int calibration_max_steps = 40;
  double calibration_tolerance = 1e-4;    // relative error of the mean trip length to stop
};

struct DemandParameters {
  std::array<PurposeParameters, kPurposeCount> purpose{};
  ModeChoiceParameters mode;
  VehicleParameters vehicle;
  DemandSolverSettings solver;
};

// Parameters from table rows; every expected key must be present exactly once, else `error` names
// the first missing or duplicated one (and the result is partly filled).
DemandParameters demand_parameters_from_rows(std::span<const DemandTableRow> trip_rows,
                                             std::span<const DemandTableRow> mode_rows, std::string* error);

// From the embedded tables, built once.
const DemandParameters& default_demand_parameters();

}  // namespace twin::transport
