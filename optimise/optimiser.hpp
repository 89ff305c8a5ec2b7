// Least-cost lever settings that peak the city by a year, reach neutrality by another and keep the
// cumulative emissions under a budget (issue 10, item 6). Method (README.md): linearise the pathway
// around the current settings by finite differences (one extra pathway run per lever), solve the LP
//   minimise Σ cost_l · |range_l| · x_l,   x_l ∈ [0, 1] the share of lever l's range used,
// with COIN-OR Clp, re-run the exact pathway at the LP's settings, and if a goal is missed (the
// pathway is not linear: levers interact), re-linearise there and solve again (successive LP).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "twin/pathway/baseline.hpp"
#include "twin/pathway/milestones.hpp"
#include "twin/pathway/scenario.hpp"

namespace optimise {

using twin::pathway::LeverId;

// A lever the optimiser may move: its target goes from the base scenario's target (x = 0) to
// `max_target` (x = 1), with the base scenario's start year and ramp. `cost_yuan_per_unit` is the cost of
// moving the target by one unit of the lever away from the base target towards max_target (NPV or
// annualised yuan: the caller says, the optimiser only adds them up). max_target may lie below the base
// target for levers that cut emissions downwards (e.g. non_heating_intensity_change_pct).
struct LeverOption {
  LeverId lever = LeverId::RetrofitRatePctPerYr;
  double cost_yuan_per_unit = 0.0;  // finite; < 0 for a lever that saves more than it costs (the LP
                                    // then uses all of it: the variables are bounded, so it stays bounded)
  double max_target = 0.0;          // inside the lever's bounds, ≠ the base target
};

struct Goal {
  // Gross emissions never rise after this year (so the peak, Milestones::peak_year, is at or before it).
  int peak_by_year = 2030;
  // Net emissions of this year at most PathwayOptions::neutrality_threshold_pct_of_peak × the peak.
  std::optional<int> neutral_by_year;
  // Cumulative net emissions 2020–2060 (Milestones::cumulative_t) at most this, tCO2.
  std::optional<double> budget_t;
  int max_iterations = 8;  // successive-LP rounds (1 – 50)
};

enum class OptimiseStatus {
  Optimal,       // the LP's settings meet every goal in the exact pathway
  Infeasible,    // no settings within the levers' ranges meet the goals (message: which constraint)
  NotConverged,  // every round's settings missed a goal in the exact pathway (unmet_goals says which)
  InvalidInput,  // message: which option/goal field and what is wrong
};
const char* optimise_status_name(OptimiseStatus status);

struct LeverPlan {
  LeverId lever = LeverId::RetrofitRatePctPerYr;
  double share = 0.0;      // x ∈ [0, 1]
  double target = 0.0;     // base target + x × (max_target − base target), in the lever's unit
  double cost_yuan = 0.0;  // cost_yuan_per_unit × |target − base target|
};

struct OptimiseResult {
  OptimiseStatus status = OptimiseStatus::InvalidInput;
  std::string message;
  twin::pathway::Scenario scenario;     // the base scenario with the planned targets
  std::vector<LeverPlan> levers;        // one per option, in the options' order
  double objective_yuan = 0.0;          // the last LP's objective = Σ levers' cost_yuan
  twin::pathway::Milestones milestones; // of the exact pathway of `scenario`
  int iterations = 0;                   // LP rounds run
  bool goals_met_exactly = false;
  std::vector<std::string> unmet_goals; // in the exact pathway, e.g. "peak by 2030: peak in 2034"
};

// `base` must be a valid scenario (validate_scenario), else InvalidInput.
OptimiseResult optimise(const twin::pathway::Baseline& baseline, const twin::pathway::Scenario& base,
                        std::span<const LeverOption> options, const Goal& goal);

}  // namespace optimise
