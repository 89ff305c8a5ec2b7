// Travel demand of the city on an average weekday: the first three steps of the four-step model
// and the transit part of the fourth, for one set of peak road travel times.
//
//   trip generation (trip_generation.hpp)   residents, jobs → daily productions/attractions, HBW/HBO/NHB
//   mode choice      (mode_choice.hpp)      logit over walk, bike, bus, metro, car, taxi per zone pair
//   distribution     (gravity.hpp)          doubly constrained gravity on the mode-choice logsum,
//                                           calibrated per purpose to a mean trip length
//   time of day                              AM peak hour = share of daily trips, with a from-home split
//   vehicles                                 car and taxi person trips → peak-hour pcu OD for the roads
//   transit loading  (transit_loading.hpp)  metro trips → station OD → per-segment line loads
//   activity                                 daily trips, passenger-km, vehicle-km by mode
//
// The road assignment (assignment.hpp) and the feedback of congested times belong to
// run_transport_model (transport_model.hpp), which calls run_travel_demand once per feedback round.
// Parameters and their sources: demand_parameters.hpp, assets/transport/*.csv.
// Deterministic: fixed loop orders, exp/log from twin/pathway/det_math (same bits in wasm).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/transport/activity.hpp"
#include "twin/transport/demand_parameters.hpp"
#include "twin/transport/mode.hpp"
#include "twin/transport/purpose.hpp"

namespace twin::transport {

// The demand-side levers of TransportPolicy.
struct DemandPolicy {
  double transit_headway_factor = 1.0;  // multiplies every metro line's and the bus headway (> 0)
  double congestion_charge_yuan = 0.0;  // per car trip ending in a central zone (≥ 0)
  double parking_price_yuan = 0.0;      // extra parking charge per car trip, every destination (≥ 0)
};

struct DemandInputs {
  const Zones* zones = nullptr;                // centroids, population, jobs (persons)
  std::vector<TransitLine> lines;              // the city's lines, then any new ones (load output order)
  std::vector<std::uint8_t> zone_is_central;   // per zone, 1 where the congestion charge applies; empty = none
  std::vector<double> car_time_min;            // zone×zone peak car time (row-major); 0 on the diagonal → filled
  std::vector<double> car_distance_km;         // zone×zone road distance; 0 on the diagonal → filled
  DemandPolicy policy;
  // Optional start of each purpose's deterrence calibration (0 = default guess); a feedback loop
  // passes the previous round's DemandResult::purpose[k].beta_per_min to save steps.
  std::array<double, kPurposeCount> beta_guess_per_min{};
};

struct PurposeDiagnostics {
  double trips_per_day = 0.0;
  int gravity_iterations = 0;              // Furness sweeps of the final solution
  double gravity_max_relative_error = 0.0; // of its row/column sums against productions/attractions
  bool gravity_converged = false;
  double beta_per_min = 0.0;               // calibrated deterrence exp(−β·cost)
  int calibration_steps = 0;               // gravity solutions tried
  bool calibration_reached = false;
  double mean_trip_km = 0.0;               // achieved (road km)
  double target_mean_trip_km = 0.0;
};

struct DemandResult {
  std::string error;  // non-empty when the inputs are invalid; nothing else is set then
  // Person trips per day by main mode, zone×zone row-major, origin → destination (home-based trips
  // count once each way: half of each production–attraction pair in each direction).
  std::array<std::vector<double>, kModeCount> trips_od;
  // AM peak hour: car + taxi vehicle trips in pcu (taxis with their empty running), zone×zone; what
  // the road assignment loads.
  std::vector<double> car_vehicle_peak_od;
  // Per line of DemandInputs::lines, per segment between consecutive stops (stops − 1 entries): AM
  // peak-hour passengers in the busier direction. Bus lines (bus is not line-based here): zeros.
  std::vector<std::vector<double>> line_segment_load_pax_h;
  TravelActivity activity;                  // daily; vehicle-km: car, taxi (with empty km), bus-km, metro train-km
  std::array<double, kModeCount> mode_share{};  // of daily person trips, sums to 1
  std::array<PurposeDiagnostics, kPurposeCount> purpose{};
  std::array<double, kModeCount> mean_trip_km{};  // by mode (metro: rail km ridden)
  double metro_zone_coverage = 0.0;         // share of residents within walking reach of a station
};

DemandResult run_travel_demand(const DemandInputs& in, const DemandParameters& p = default_demand_parameters());

}  // namespace twin::transport
