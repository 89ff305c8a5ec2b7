// Checks of DemandInputs and the filling of intrazonal car skims (internal to run_travel_demand,
// exposed for the tests).
#pragma once

#include <string>
#include <vector>

#include "twin/transport/demand.hpp"

namespace twin::transport {

// Empty string when the inputs can be run; else the first problem, with the zone or cell.
std::string check_demand_inputs(const DemandInputs& in, const DemandParameters& p);

// Copies of the car skims with zero diagonal cells filled: distance = half the square root of the
// zone's bounding-box area (the mean distance between two random points of a square of side s is
// ≈ 0.52 s), or half the distance to the nearest other centroid when the zone has no bounds;
// time = distance / intrazonal speed.
void fill_intrazonal(const DemandInputs& in, const ModeChoiceParameters& m, std::vector<double>* time_min,
                     std::vector<double>* distance_km);

}  // namespace twin::transport
