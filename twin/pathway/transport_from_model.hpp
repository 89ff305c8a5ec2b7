// Fills the pathway's transport part from runs of the city's transport model: the base run gives
// the base-year activity, and every structural run of the scenario (structural_runs.hpp) gives a
// phased change = its activity − the base activity. The CLI uses this directly; the browser runs
// the same policies in its worker and assembles the same TransportBaseline with
// phased_change_from_runs(), so both give the same numbers.
#pragma once

#include <string>

#include "twin/city/city.hpp"
#include "twin/pathway/scenario.hpp"
#include "twin/pathway/structural_runs.hpp"
#include "twin/pathway/transport_baseline.hpp"
#include "twin/transport/transport_model.hpp"

namespace twin::pathway {

// The change a structural run makes: its activity minus the base run's, phased like the run.
PhasedActivityChange phased_change_from_runs(const StructuralRun& run, const transport::TravelActivity& with_policy,
                                             const transport::TravelActivity& base);

// Runs the model for the base policy and every structural run of `scenario`; "" on success, else
// the model's error (out is then left unchanged). Progress is reported per run through options.
std::string fill_transport_baseline(const City& city, const Scenario& scenario, TransportBaseline* out,
                                    const transport::TransportModelOptions& options = {});

}  // namespace twin::pathway
