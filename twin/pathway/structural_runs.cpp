// structural_runs() (see structural_runs.hpp).
#include "twin/pathway/structural_runs.hpp"

namespace twin::pathway {

std::vector<StructuralRun> structural_runs(const Scenario& scenario) {
  std::vector<StructuralRun> runs;
  constexpr LeverId kStructural[] = {LeverId::TransitHeadwayChangePct, LeverId::CongestionChargeYuan,
                                     LeverId::ParkingPriceYuan};
  for (LeverId id : kStructural) {
    const LeverDef& def = lever_def(id);
    const LeverSetting& s = scenario.lever(id);
    if (s.target == def.default_value) continue;
    StructuralRun run;
    run.cause = def.key;
    run.start_year = s.start_year;
    run.ramp_years = s.ramp_years;
    // The run takes the lever's target; intermediate years scale the change linearly (the ramp).
    if (id == LeverId::TransitHeadwayChangePct) run.policy.transit_headway_factor = 1.0 + s.target / 100.0;
    else if (id == LeverId::CongestionChargeYuan) run.policy.congestion_charge_yuan = s.target;
    else run.policy.parking_price_yuan = s.target;
    runs.push_back(std::move(run));
  }
  for (const NewTransitLine& line : scenario.new_lines) {
    StructuralRun run;
    run.cause = line.line.name;
    run.policy.extra_lines.push_back(line.line);
    run.start_year = line.opening_year;
    run.ramp_years = 0;
    runs.push_back(std::move(run));
  }
  return runs;
}

transport::TransportPolicy combined_policy(const Scenario& scenario) {
  transport::TransportPolicy policy;
  for (const StructuralRun& run : structural_runs(scenario)) {
    if (run.policy.transit_headway_factor != 1.0) policy.transit_headway_factor = run.policy.transit_headway_factor;
    if (run.policy.congestion_charge_yuan != 0.0) policy.congestion_charge_yuan = run.policy.congestion_charge_yuan;
    if (run.policy.parking_price_yuan != 0.0) policy.parking_price_yuan = run.policy.parking_price_yuan;
    policy.extra_lines.insert(policy.extra_lines.end(), run.policy.extra_lines.begin(), run.policy.extra_lines.end());
  }
  return policy;
}

}  // namespace twin::pathway
