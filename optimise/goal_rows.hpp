// The goal as LP rows over the shares x (goal_rows.cpp), each Σ a_l·x_l ≤ rhs with the linearised pathway
// g(y; x) = g(y; x0) + Σ d_l(y)·(x_l − x0_l):
//   peak by P:      g(y) − g(y−1) ≤ −margin(y)                 for every y = P+1 … 2060 (gross never rises)
//   neutral by N:   net(N) − f·g(p0) ≤ −margin                  f = neutrality threshold % / 100; p0 the peak
//                   year at x0: g(p0) is the linearised peak there, and never above the true peak, so the
//                   row is on the safe side of the exact threshold (f × the largest gross)
//   budget B:       Σ_y net(y) ≤ B − margin
// Margins start at a hair (1e-9 of the peak, for rounding) and grow by the exact pathway's violation when a
// round's settings miss a goal (optimiser.cpp).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "optimise/linearisation.hpp"
#include "optimise/lp.hpp"

namespace optimise {

struct GoalMargins {
  std::vector<double> peak_t;  // per year (index year − 2020), for the peak rows
  double neutral_t = 0.0;
  double budget_t = 0.0;
};

enum class GoalKind { Peak, Neutral, Budget };

struct GoalRows {
  std::vector<LpRow> rows;
  std::vector<GoalKind> kinds;  // one per row
};

GoalRows goal_rows(const Linearisation& lin, const Goal& goal, double threshold_fraction, const GoalMargins& margins);

// The LP: objective Σ cost_l·|range_l|·x_l, x ∈ [0, 1], the rows above.
LpProblem goal_lp(std::span<const LeverOption> options, std::span<const double> range, const GoalRows& rows);

// Why the goal LP is infeasible, naming the constraint: the first row that no x ∈ [0, 1] satisfies even
// alone, else the first goal whose rows alone are infeasible, else "the goals together".
std::string diagnose_infeasible(std::span<const LeverOption> options, std::span<const double> range,
                                const GoalRows& rows);

}  // namespace optimise
