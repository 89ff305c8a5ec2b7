// The transport worker's summary row (doubles): what wasm/worker/transport_worker.cpp writes and
// the page's App (wasm/app_transport.cpp) reads. Both sides include this header.
#pragma once

#include "twin/transport/mode.hpp"

namespace transport_layout {

inline constexpr int kM = twin::transport::kModeCount;
inline constexpr int kModeShare = 0;              // [mode] share of person trips
inline constexpr int kTrips = kModeShare + kM;    // [mode] person trips per day
inline constexpr int kPassengerKm = kTrips + kM;  // [mode] person-km per day
inline constexpr int kVehicleKm = kPassengerKm + kM;  // [mode] vehicle-km per day
inline constexpr int kPopulation = kVehicleKm + kM;
inline constexpr int kIterations = kPopulation + 1;   // assignment iterations
inline constexpr int kRelativeGap = kIterations + 1;  // final relative gap
inline constexpr int kConverged = kRelativeGap + 1;   // 1 or 0
inline constexpr int kRunMs = kConverged + 1;         // the model's own run time
inline constexpr int kSummary = kRunMs + 1;

}  // namespace transport_layout
