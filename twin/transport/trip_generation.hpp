// Step 1 of the four-step model: daily trip ends per zone and purpose from residents and jobs,
// with production and attraction rates from assets/transport/trip_rates.csv. Attractions are
// scaled so that, per purpose, they sum to the productions (productions are the more reliable
// side: they come from household-survey trip rates).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/transport/demand_parameters.hpp"

namespace twin::transport {

struct TripEnds {
  std::vector<double> production;  // trips/day per zone
  std::vector<double> attraction;  // trips/day per zone, balanced: Σ attraction = Σ production
  double total = 0.0;              // Σ production
};

// Empty string on success. Errors: population/jobs of different lengths, a negative or non-finite
// value, or a purpose with productions but no attracting zone.
std::string generate_trip_ends(const Zones& zones, const DemandParameters& p,
                               std::array<TripEnds, kPurposeCount>* out);

}  // namespace twin::transport
