// change_phase() and activity_in_year() (see transport_baseline.hpp).
#include "twin/pathway/transport_baseline.hpp"

#include <algorithm>

namespace twin::pathway {

double change_phase(const PhasedActivityChange& change, int year) {
  if (year < change.start_year) return 0.0;
  if (change.ramp_years <= 0 || year >= change.start_year + change.ramp_years) return 1.0;
  return static_cast<double>(year - change.start_year) / change.ramp_years;
}

transport::TravelActivity activity_in_year(const TransportBaseline& transport, int year, double population_factor) {
  transport::TravelActivity a = transport.base;
  for (const PhasedActivityChange& c : transport.changes) {
    const double f = change_phase(c, year);
    if (f == 0.0) continue;
    for (int m = 0; m < transport::kModeCount; ++m) {
      a.trips_per_day[m] += f * c.delta.trips_per_day[m];
      a.passenger_km_per_day[m] += f * c.delta.passenger_km_per_day[m];
      a.vehicle_km_per_day[m] += f * c.delta.vehicle_km_per_day[m];
    }
  }
  a.population = transport.base.population * population_factor;
  for (int m = 0; m < transport::kModeCount; ++m) {
    a.trips_per_day[m] = std::max(0.0, a.trips_per_day[m]) * population_factor;
    a.passenger_km_per_day[m] = std::max(0.0, a.passenger_km_per_day[m]) * population_factor;
    a.vehicle_km_per_day[m] = std::max(0.0, a.vehicle_km_per_day[m]) * population_factor;
  }
  return a;
}

}  // namespace twin::pathway
