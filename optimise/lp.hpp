// A small dense linear program and its solution by COIN-OR Clp (ClpSimplex, primal simplex). The one
// place that includes Clp's headers: the optimiser builds an LpProblem and reads an LpSolution.
//   minimise  Σ objective[j]·x[j]
//   subject to row.lower ≤ Σ row.coefficients[j]·x[j] ≤ row.upper   for every row
//              column_lower[j] ≤ x[j] ≤ column_upper[j]
// Infinite bounds are ±std::numeric_limits<double>::infinity() (mapped to Clp's COIN_DBL_MAX).
#pragma once

#include <string>
#include <vector>

namespace optimise {

struct LpRow {
  std::string name;                   // for messages, e.g. "peak: gross(2031) <= gross(2030)"
  std::vector<double> coefficients;   // one per column (dense: the optimiser's LPs are a few dozen columns)
  double lower = 0.0;
  double upper = 0.0;
};

struct LpProblem {
  std::vector<double> objective;      // one per column; its size is the number of columns
  std::vector<double> column_lower, column_upper;
  std::vector<LpRow> rows;
};

enum class LpStatus { Optimal, Infeasible, Unbounded, Failed };
const char* lp_status_name(LpStatus status);

struct LpSolution {
  LpStatus status = LpStatus::Failed;
  std::vector<double> x;              // the columns' values (Optimal only)
  double objective = 0.0;
  std::string message;                // why, when not Optimal (malformed problem, Clp's status)
};

// Solves with Clp's primal simplex, its log silenced. A malformed problem (sizes that disagree, NaN,
// lower > upper) is reported as Failed with the place, never passed to Clp.
LpSolution solve_lp(const LpProblem& problem);

}  // namespace optimise
