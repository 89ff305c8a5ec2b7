#include "twin/transport/trip_generation.hpp"

#include <cmath>

namespace twin::transport {

std::string generate_trip_ends(const Zones& zones, const DemandParameters& p,
                               std::array<TripEnds, kPurposeCount>* out) {
  const std::uint32_t n = zones.size();
  if (zones.jobs.size() != zones.population.size()) return "zones: jobs and population differ in length";
  for (std::uint32_t i = 0; i < n; ++i) {
    const double pop = zones.population[i], jobs = zones.jobs[i];
    if (!std::isfinite(pop) || !std::isfinite(jobs) || pop < 0.0 || jobs < 0.0) {
      return "zone " + std::to_string(i) + ": population and jobs must be finite and non-negative";
    }
  }
  for (int k = 0; k < kPurposeCount; ++k) {
    const PurposeParameters& q = p.purpose[k];
    TripEnds& e = (*out)[k];
    e.production.assign(n, 0.0);
    e.attraction.assign(n, 0.0);
    double production_sum = 0.0, attraction_sum = 0.0;
    for (std::uint32_t i = 0; i < n; ++i) {
      e.production[i] = q.production_per_resident * zones.population[i] + q.production_per_job * zones.jobs[i];
      e.attraction[i] = q.attraction_per_resident * zones.population[i] + q.attraction_per_job * zones.jobs[i];
      production_sum += e.production[i];
      attraction_sum += e.attraction[i];
    }
    e.total = production_sum;
    if (production_sum <= 0.0) {
      e.attraction.assign(n, 0.0);
      continue;
    }
    if (!(attraction_sum > 0.0)) {
      return std::string("purpose ") + to_string(static_cast<Purpose>(k)) +
             ": trips are produced but no zone attracts them (no jobs?)";
    }
    const double scale = production_sum / attraction_sum;
    for (std::uint32_t i = 0; i < n; ++i) e.attraction[i] *= scale;
  }
  return {};
}

}  // namespace twin::transport
