// Step 3 of the four-step model: multinomial logit mode choice over walk, bike, bus, metro, car and
// taxi for every zone pair, with utilities linear in times and money:
//
//   V_m = ASC_m + β_ivt·(riding time) + β_ovt·(walk to/from, wait, transfer walk)
//         + β_ivt·(transfer penalty × transfers) + β_cost·(out-of-pocket cost)     (walk, bike: β_walk/β_bike × time)
//   P_m = exp V_m / Σ_k exp V_k,   logsum = ln Σ_k exp V_k  (exp/log from det_math: same bits in wasm)
//
// Level of service per mode (i → j, road distance d, peak car time t):
//   walk, bike: d / speed; unavailable beyond max_trip_km.
//   bus: t × time factor, walks of access_walk_km at both ends, wait min(headway/2, cap), flat fare.
//   metro: walk to the nearest station of each zone (unavailable beyond access_max_km or when both
//          zones share a station), the station-to-station path of metro_network.hpp, distance fare.
//   car: t, walk to/from the car, fuel per km + parking + policy parking + congestion charge (half of
//        the charge per trip end in the central area: a round trip pays it once per central end).
//   taxi: t, pick-up wait, metered fare (flag fall, per km, long-trip surcharge).
// The composite cost for distribution is logsum / β_ivt, in in-vehicle minutes.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "twin/transport/demand_parameters.hpp"
#include "twin/transport/metro_network.hpp"
#include "twin/transport/mode.hpp"

namespace twin::transport {

struct ModeChoiceInputs {
  std::uint32_t zone_count = 0;
  const std::vector<double>* car_time_min = nullptr;     // n×n, intrazonal filled
  const std::vector<double>* car_distance_km = nullptr;  // n×n, intrazonal filled
  const std::vector<std::uint8_t>* zone_is_central = nullptr;  // n or empty
  const MetroNetwork* metro = nullptr;
  const ZoneStationAccess* access = nullptr;
  double transit_headway_factor = 1.0;  // multiplies the bus headway (metro headways are in `metro`)
  double congestion_charge_yuan = 0.0;
  double parking_price_yuan = 0.0;
};

struct ModeChoiceResult {
  std::array<std::vector<double>, kModeCount> probability;  // n×n each; Σ_m = 1 per pair
  std::vector<double> composite_cost_min;                   // n×n: logsum / β_ivt
  // n×n: the stations each pair's metro trips use (best_metro_option; 0 where metro is unavailable),
  // for passenger-km and line loads.
  std::vector<std::uint32_t> metro_from_station, metro_to_station;
};

// The best metro trip of a pair over the candidate stations at both ends (walk, wait, ride,
// transfers and fare, as the metro utility weighs them). Unavailable without stations in reach at
// both ends or without a path between them.
struct MetroOption {
  bool available = false;
  double utility = 0.0;  // includes the metro ASC
  std::uint32_t from_station = 0, to_station = 0;
};
MetroOption best_metro_option(const ModeChoiceInputs& in, const ModeChoiceParameters& m, std::uint32_t i,
                              std::uint32_t j);

// Utilities of one pair (−inf for an unavailable mode); the metro option chosen goes to *metro
// when given.
std::array<double, kModeCount> mode_utilities(const ModeChoiceInputs& in, const ModeChoiceParameters& m,
                                              std::uint32_t i, std::uint32_t j, MetroOption* metro = nullptr);

// Taxi fare in yuan for a trip of distance_km.
double taxi_fare_yuan(double distance_km, const ModeChoiceParameters& m);

void choose_modes(const ModeChoiceInputs& in, const ModeChoiceParameters& m, ModeChoiceResult* out);

}  // namespace twin::transport
