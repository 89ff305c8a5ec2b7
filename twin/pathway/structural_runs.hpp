// Which transport-model runs a scenario needs: one per structural lever whose target differs from
// its default (transit_headway_change_pct, congestion_charge_yuan, parking_price_yuan) and one per
// new transit line. The caller (the app or the CLI) runs twin::transport::run_transport_model with
// each policy, subtracts the base run's activity and adds a PhasedActivityChange with the run's
// cause, start year and ramp to TransportBaseline::changes. Each run changes one thing against the
// base; their effects are added (interactions between policies are neglected).
#pragma once

#include <string>
#include <vector>

#include "twin/pathway/scenario.hpp"
#include "twin/transport/transport_model.hpp"

namespace twin::pathway {

struct StructuralRun {
  std::string cause;                  // lever key, or the new line's name
  transport::TransportPolicy policy;  // the base policy with this one change at its target
  int start_year = kFirstYear;        // phasing of the resulting change (the lever's ramp;
  int ramp_years = 0;                 // a new line: a step at its opening year)
};

// In lever order, then the new lines in scenario order.
std::vector<StructuralRun> structural_runs(const Scenario& scenario);

// Every structural lever at its target and every new line open at once: the policy shown on the map
// ("the city with all of the scenario's transport measures in place").
transport::TransportPolicy combined_policy(const Scenario& scenario);

}  // namespace twin::pathway
