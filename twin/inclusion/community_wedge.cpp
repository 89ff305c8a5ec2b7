// community_actions_of() and community_wedge() (community_wedge.hpp).
#include "twin/inclusion/community_wedge.hpp"

#include <cmath>

#include "twin/pathway/pathway.hpp"

namespace twin::inclusion {

pathway::CommunityActions community_actions_of(const PersonalResult& result) {
  pathway::CommunityActions c;
  const double persons = result.household_persons > 0.0 ? result.household_persons : 1.0;
  for (const ActionSaving& a : result.actions) {
    if (!a.in_wedge) continue;
    for (int s = 0; s < emissions::kSectorCount; ++s)
      for (int k = 0; k < emissions::kCarrierCount; ++k) c.per_resident_kwh[s][k] += a.delta_kwh[s][k] / persons;
    c.per_resident_pv_kwh += a.pv_kwh / persons;
  }
  return c;
}

CommunityWedge community_wedge(const pathway::Baseline& baseline, const pathway::Scenario& scenario,
                               const pathway::CommunityActions& actions, double participation_share) {
  CommunityWedge w;
  w.participation_share = participation_share;
  if (!std::isfinite(participation_share) || participation_share < 0.0 || participation_share > 1.0) {
    w.error = "participation share must be finite and within 0–1";
    return w;
  }
  pathway::Scenario without = scenario;
  without.community_actions = {};
  pathway::Scenario with = scenario;
  with.community_actions = actions;
  with.community_actions.participation_pct.target = participation_share * 100.0;
  const auto errors = pathway::validate_community_actions(with.community_actions);
  if (!errors.empty()) {
    w.error = errors.front().field + ": " + errors.front().message;
    return w;
  }
  const pathway::Milestones a = pathway::evaluate_pathway(baseline, without).milestones;
  const pathway::Milestones b = pathway::evaluate_pathway(baseline, with).milestones;
  w.peak_year_without = a.peak_year;
  w.peak_year_with = b.peak_year;
  w.peak_year_shift = b.peak_year - a.peak_year;
  w.peak_t_without = a.peak_t;
  w.peak_t_with = b.peak_t;
  w.peak_t_change = b.peak_t - a.peak_t;
  w.cumulative_t_change = b.cumulative_t - a.cumulative_t;
  return w;
}

}  // namespace twin::inclusion
