#include "twin/pathway/transport_from_model.hpp"

namespace twin::pathway {

PhasedActivityChange phased_change_from_runs(const StructuralRun& run, const transport::TravelActivity& with_policy,
                                             const transport::TravelActivity& base) {
  PhasedActivityChange change;
  change.cause = run.cause;
  change.start_year = run.start_year;
  change.ramp_years = run.ramp_years;
  for (int m = 0; m < transport::kModeCount; ++m) {
    change.delta.trips_per_day[m] = with_policy.trips_per_day[m] - base.trips_per_day[m];
    change.delta.passenger_km_per_day[m] = with_policy.passenger_km_per_day[m] - base.passenger_km_per_day[m];
    change.delta.vehicle_km_per_day[m] = with_policy.vehicle_km_per_day[m] - base.vehicle_km_per_day[m];
  }
  return change;
}

std::string fill_transport_baseline(const City& city, const Scenario& scenario, TransportBaseline* out,
                                    const transport::TransportModelOptions& options) {
  const std::vector<StructuralRun> runs = structural_runs(scenario);
  const int total = 1 + static_cast<int>(runs.size());
  // Each run reports its own 0…1 progress; scale it into this run's share of the whole.
  auto options_for = [&](int k) {
    transport::TransportModelOptions o = options;
    if (options.on_progress)
      o.on_progress = [&options, k, total](double f, const char* stage) {
        return options.on_progress((k + f) / total, stage);
      };
    return o;
  };
  const transport::TransportResult base = transport::run_transport_model(city, {}, options_for(0));
  if (!base.error.empty()) return base.error;
  TransportBaseline filled;
  filled.base = base.activity;
  for (int k = 0; k < static_cast<int>(runs.size()); ++k) {
    const transport::TransportResult r = transport::run_transport_model(city, runs[k].policy, options_for(k + 1));
    if (!r.error.empty()) return runs[k].cause + ": " + r.error;
    filled.changes.push_back(phased_change_from_runs(runs[k], r.activity, base.activity));
  }
  *out = std::move(filled);
  return {};
}

}  // namespace twin::pathway
