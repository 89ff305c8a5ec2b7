// Travel activity of the city on an average day, as the transport model produces it and the fleet
// and pathway models consume it.
#pragma once

#include <array>

#include "twin/transport/mode.hpp"

namespace twin::transport {

struct TravelActivity {
  double population = 0.0;                                 // residents the demand was generated for
  std::array<double, kModeCount> trips_per_day{};         // person trips by main mode
  std::array<double, kModeCount> passenger_km_per_day{};  // person-km by mode
  // Vehicle-km: car, taxi (including empty running), bus (bus-km); metro: train-km; walk, bike: 0.
  std::array<double, kModeCount> vehicle_km_per_day{};
};

}  // namespace twin::transport
