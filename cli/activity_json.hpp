// Travel-activity files (JSON, docs/scenario.md "Transport"): a base-year daily activity for the
// pathway's transport part, as twin::transport::run_transport_model would produce it.
#pragma once

#include <string>
#include <vector>

#include "twin/transport/activity.hpp"

namespace cli {

// {"population": P, "vehicle_km_per_day": {"car": …, "taxi": …, "bus": …, "metro": …},
//  "passenger_km_per_day": {mode: …}, "trips_per_day": {mode: …}}; modes not given are 0.
// Returns false and fills `errors` with JSON paths on bad input (population must be > 0, values
// finite and ≥ 0).
bool activity_from_json(const std::string& text, twin::transport::TravelActivity* activity,
                        std::vector<std::string>* errors);

}  // namespace cli
