// Helpers of the optimiser tests: the goal as a predicate on an exact pathway, and a scenario at shares x,
// written independently of optimise/ so that the tests check the optimiser against them.
#pragma once

#include <vector>

#include "optimise/optimiser.hpp"
#include "twin/pathway/pathway.hpp"

namespace optimise::test {

// Goal (optimiser.hpp): gross never rises after peak_by_year; neutrality reached by neutral_by_year;
// cumulative net within the budget.
inline bool meets_goal(const twin::pathway::PathwayResult& r, const Goal& g) {
  for (int y = g.peak_by_year - twin::pathway::kFirstYear + 1; y < twin::pathway::kYearCount; ++y)
    if (r.years[y].gross_t > r.years[y - 1].gross_t) return false;
  if (g.budget_t && r.milestones.cumulative_t > *g.budget_t) return false;
  if (g.neutral_by_year && (r.milestones.neutrality_year == 0 || r.milestones.neutrality_year > *g.neutral_by_year))
    return false;
  return true;
}

inline twin::pathway::Scenario scenario_with(const twin::pathway::Scenario& base, const std::vector<LeverOption>& options,
                                             const std::vector<double>& x) {
  twin::pathway::Scenario s = base;
  for (std::size_t l = 0; l < options.size(); ++l) {
    const double from = base.lever(options[l].lever).target;
    s.lever(options[l].lever).target = from + x[l] * (options[l].max_target - from);
  }
  return s;
}

}  // namespace optimise::test
