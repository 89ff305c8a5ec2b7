// The successive-LP loop of optimise() (optimiser.hpp):
//   round k: linearise the pathway at x (secant step 1 in round 1, i.e. each lever to its far end as the
//   issue suggests; 0.25 in round 2; 0.05 after, so later rounds see the local slope), solve the LP with
//   Clp, re-run the exact pathway at the LP's x. A missed goal: the next round linearises at the new x, and
//   each missed row's margin grows by the exact violation, so the LP asks for a little more where the
//   linear model was optimistic (the levers interact: e.g. heat pumps save less on a cleaner grid).
//   Goals met: kept as the best plan if cheaper than the best so far, and the next round polishes it from
//   there; a round that saves nothing ends the search (or max_iterations rounds).
// Infeasible LP in round 1 → Infeasible with the constraint named; in a later round (margins too tight or
// the model moved) → NotConverged with the last exact check.
#include "optimise/optimiser.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

#include "optimise/goal_rows.hpp"
#include "optimise/linearisation.hpp"

namespace optimise {

namespace tp = twin::pathway;

namespace {

std::string fmt(double v) {
  std::ostringstream s;
  s.precision(6);
  s << v;
  return s.str();
}

// Empty when the inputs are usable; else the field and what is wrong.
std::string check_inputs(const tp::Scenario& base, std::span<const LeverOption> options, const Goal& goal) {
  const std::vector<tp::ScenarioError> errors = tp::validate_scenario(base);
  if (!errors.empty())
    return "base scenario: " + errors.front().where + " " + errors.front().field + ": " + errors.front().message;
  if (options.empty()) return "options: no lever to move";
  std::vector<bool> seen(tp::kLeverCount, false);
  for (std::size_t l = 0; l < options.size(); ++l) {
    const LeverOption& o = options[l];
    const int id = static_cast<int>(o.lever);
    if (id < 0 || id >= tp::kLeverCount) return "options[" + std::to_string(l) + "].lever: unknown lever";
    const tp::LeverDef& def = tp::lever_def(o.lever);
    const std::string where = "options[" + std::to_string(l) + "] (" + def.key + ")";
    if (seen[id]) return where + ": the lever appears twice";
    seen[id] = true;
    if (!std::isfinite(o.cost_yuan_per_unit))
      return where + ".cost_yuan_per_unit: " + fmt(o.cost_yuan_per_unit) + " is not a finite cost";
    if (!std::isfinite(o.max_target) || o.max_target < def.min_value || o.max_target > def.max_value)
      return where + ".max_target: " + fmt(o.max_target) + " is outside the lever's bounds [" + fmt(def.min_value) +
             ", " + fmt(def.max_value) + "]";
    if (o.max_target == base.lever(o.lever).target)
      return where + ".max_target: equals the base scenario's target " + fmt(o.max_target) + " (an empty range)";
  }
  if (goal.peak_by_year < tp::kFirstYear || goal.peak_by_year > tp::kLastYear)
    return "goal.peak_by_year: " + std::to_string(goal.peak_by_year) + " is outside 2020-2060";
  if (goal.neutral_by_year && (*goal.neutral_by_year < tp::kFirstYear || *goal.neutral_by_year > tp::kLastYear))
    return "goal.neutral_by_year: " + std::to_string(*goal.neutral_by_year) + " is outside 2020-2060";
  if (goal.budget_t && !(std::isfinite(*goal.budget_t) && *goal.budget_t > 0.0))
    return "goal.budget_t: " + fmt(*goal.budget_t) + " is not a finite budget > 0 t";
  if (goal.max_iterations < 1 || goal.max_iterations > 50)
    return "goal.max_iterations: " + std::to_string(goal.max_iterations) + " is outside 1-50";
  return {};
}

// The exact pathway against the goal: unmet goals as text, and each violated row's amount (t) added to
// the margins.
std::vector<std::string> check_goals(const PathwayPoint& p, const Goal& goal, double f, GoalMargins* margins) {
  std::vector<std::string> unmet;
  const tp::Milestones& m = p.milestones;
  // The goal as stated (optimiser.hpp): gross never rises after peak_by_year; this implies
  // Milestones::peak_year ≤ peak_by_year, which is reported when it fails too.
  int first_rise = 0;
  for (int y = goal.peak_by_year - tp::kFirstYear + 1; y < tp::kYearCount; ++y)
    if (p.gross_t[y] > p.gross_t[y - 1]) {
      margins->peak_t[y] += p.gross_t[y] - p.gross_t[y - 1];
      if (first_rise == 0) first_rise = tp::kFirstYear + y;
    }
  if (first_rise != 0)
    unmet.push_back("peak by " + std::to_string(goal.peak_by_year) + ": gross rises from " +
                    std::to_string(first_rise - 1) + " to " + std::to_string(first_rise) + " (peak in " +
                    std::to_string(m.peak_year) + ")");
  if (goal.neutral_by_year) {
    const int n = *goal.neutral_by_year;
    if (m.neutrality_year == 0 || m.neutrality_year > n)
      unmet.push_back("neutral by " + std::to_string(n) + ": " +
                      (m.neutrality_year == 0 ? std::string("not reached by 2060")
                                              : "reached in " + std::to_string(m.neutrality_year)));
    const double excess = p.net_t[n - tp::kFirstYear] - f * m.peak_t;
    if (excess > 0.0) margins->neutral_t += excess;
  }
  if (goal.budget_t && m.cumulative_t > *goal.budget_t) {
    unmet.push_back("budget: cumulative " + fmt(m.cumulative_t) + " t > " + fmt(*goal.budget_t) + " t");
    margins->budget_t += m.cumulative_t - *goal.budget_t;
  }
  return unmet;
}

}  // namespace

const char* optimise_status_name(OptimiseStatus status) {
  switch (status) {
    case OptimiseStatus::Optimal: return "optimal";
    case OptimiseStatus::Infeasible: return "infeasible";
    case OptimiseStatus::NotConverged: return "not_converged";
    case OptimiseStatus::InvalidInput: return "invalid_input";
  }
  return "invalid_input";
}

OptimiseResult optimise(const tp::Baseline& baseline, const tp::Scenario& base, std::span<const LeverOption> options,
                        const Goal& goal) {
  OptimiseResult out;
  out.scenario = base;
  out.message = check_inputs(base, options, goal);
  if (!out.message.empty()) return out;

  const double f = base.options.neutrality_threshold_pct_of_peak / 100.0;
  std::vector<double> range;
  for (const LeverOption& o : options) range.push_back(o.max_target - base.lever(o.lever).target);
  std::vector<double> x(options.size(), 0.0);
  GoalMargins margins;
  margins.peak_t.assign(tp::kYearCount, 0.0);
  // A hair below each bound, so that rounding in the exact pathway cannot turn "flat" into "rising".
  const double hair_t = 1e-9 * tp::evaluate_pathway(baseline, base).milestones.peak_t;
  for (double& m : margins.peak_t) m = hair_t;
  margins.neutral_t = margins.budget_t = hair_t;

  OptimiseResult last = out;              // the latest round's settings
  std::optional<OptimiseResult> best;     // the cheapest settings that met every goal exactly
  std::string stop;
  for (int round = 1; round <= goal.max_iterations; ++round) {
    const double step = round == 1 ? 1.0 : (round == 2 ? 0.25 : 0.05);
    const Linearisation lin = linearise(baseline, base, options, x, step);
    const GoalRows rows = goal_rows(lin, goal, f, margins);
    const LpSolution lp = solve_lp(goal_lp(options, range, rows));
    if (lp.status != LpStatus::Optimal) {
      if (lp.status == LpStatus::Infeasible && round == 1) {
        out.status = OptimiseStatus::Infeasible;
        out.iterations = 1;
        out.message = diagnose_infeasible(options, range, rows);
        out.milestones = lin.at.milestones;
        return out;
      }
      stop = std::string("round ") + std::to_string(round) + ": the LP is " + lp_status_name(lp.status) +
             (lp.status == LpStatus::Infeasible ? " (" + diagnose_infeasible(options, range, rows) + ")" : "");
      break;
    }
    last.iterations = round;
    for (std::size_t l = 0; l < x.size(); ++l) x[l] = std::clamp(lp.x[l], 0.0, 1.0);
    last.scenario = scenario_at(base, options, x);
    last.objective_yuan = lp.objective;
    last.levers.clear();
    for (std::size_t l = 0; l < options.size(); ++l) {
      const double from = base.lever(options[l].lever).target;
      const double target = last.scenario.lever(options[l].lever).target;
      last.levers.push_back({options[l].lever, x[l], target, options[l].cost_yuan_per_unit * std::fabs(target - from)});
    }
    const PathwayPoint exact = point_of(tp::evaluate_pathway(baseline, last.scenario));
    last.milestones = exact.milestones;
    last.unmet_goals = check_goals(exact, goal, f, &margins);
    last.goals_met_exactly = last.unmet_goals.empty();
    if (last.goals_met_exactly) {
      // Polish: once the goals hold, later rounds linearise locally and keep a cheaper plan only if it
      // holds too; no saving (below one part in 10⁹) ends the search.
      const bool cheaper = !best || last.objective_yuan < best->objective_yuan * (1.0 - 1e-9);
      if (!cheaper) break;
      best = last;
      // The next linearisation is exact at this plan: the margins learnt far from it no longer apply.
      for (double& m : margins.peak_t) m = hair_t;
      margins.neutral_t = margins.budget_t = hair_t;
    }
  }
  if (best) {
    const int rounds = last.iterations;
    out = *best;
    out.iterations = rounds;
    out.status = OptimiseStatus::Optimal;
    out.message = "goals met exactly; " + std::to_string(rounds) + " LP rounds";
    return out;
  }
  out = last;
  out.status = OptimiseStatus::NotConverged;
  out.message = stop.empty() ? "goals still missed after " + std::to_string(goal.max_iterations) +
                                   " rounds: " + last.unmet_goals.front()
                             : stop + "; the last settings are returned";
  return out;
}

}  // namespace optimise
