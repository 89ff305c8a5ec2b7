// The community wedge (issue 12): "if X % of residents do this, the city's peak moves by Y years and Z t".
// A resident's savings (personal.hpp) become per-resident energy changes (household ÷ persons), fed to the
// pathway as its community-actions lever (twin/pathway/community_actions.hpp); the pathway runs with and
// without them under the same scenario, so every year's grid path and factors apply.
// Waste sorting and second-hand goods are not energy changes and are not fed to the pathway (second-hand
// goods are embodied emissions outside the territorial account; waste would need the landfill stock).
#pragma once

#include "twin/inclusion/personal.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/community_actions.hpp"
#include "twin/pathway/scenario.hpp"

namespace twin::inclusion {

// Per-resident energy change and PV of the energy actions of `result` (Σ delta_kwh and pv_kwh of the
// actions with in_wedge, ÷ household persons), participation 0 (set by community_wedge).
pathway::CommunityActions community_actions_of(const PersonalResult& result);

struct CommunityWedge {
  double participation_share = 0.0;  // 0–1
  int peak_year_without = 0, peak_year_with = 0;
  int peak_year_shift = 0;  // with − without (negative: the peak comes earlier)
  double peak_t_without = 0.0, peak_t_with = 0.0;
  double peak_t_change = 0.0;        // with − without, tCO2 (gross)
  double cumulative_t_change = 0.0;  // Σ net 2020–2060, with − without, tCO2
  std::string error;                 // invalid share or actions
};

// Runs the pathway without and with `actions` at `participation_share` (0–1; the target of
// actions.participation_pct, its start year and ramp kept).
CommunityWedge community_wedge(const pathway::Baseline& baseline, const pathway::Scenario& scenario,
                               const pathway::CommunityActions& actions, double participation_share);

}  // namespace twin::inclusion
