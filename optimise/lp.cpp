// Clp behind solve_lp(): the dense rows become a column-major sparse matrix for
// ClpSimplex::loadProblem, then primal(). Clp's status codes (ClpModel::status(), Clp 1.17): 0 optimal,
// 1 primal infeasible, 2 dual infeasible (unbounded), 3 stopped on iterations, 4 stopped on errors.
#include "optimise/lp.hpp"

#include <cmath>
#include <limits>

#include "ClpSimplex.hpp"
#include "CoinFinite.hpp"

namespace optimise {
namespace {

double to_clp(double bound) {
  if (bound == std::numeric_limits<double>::infinity()) return COIN_DBL_MAX;
  if (bound == -std::numeric_limits<double>::infinity()) return -COIN_DBL_MAX;
  return bound;
}

// Empty when the problem is well formed; else the first problem found, with its place.
std::string check_problem(const LpProblem& p) {
  const std::size_t n = p.objective.size();
  if (n == 0) return "no columns";
  if (p.column_lower.size() != n || p.column_upper.size() != n)
    return "column bounds: " + std::to_string(p.column_lower.size()) + " lower and " +
           std::to_string(p.column_upper.size()) + " upper for " + std::to_string(n) + " columns";
  for (std::size_t j = 0; j < n; ++j) {
    if (!std::isfinite(p.objective[j])) return "objective[" + std::to_string(j) + "] is not finite";
    if (std::isnan(p.column_lower[j]) || std::isnan(p.column_upper[j]) || p.column_lower[j] > p.column_upper[j])
      return "column " + std::to_string(j) + ": bounds not a range";
  }
  for (std::size_t i = 0; i < p.rows.size(); ++i) {
    const LpRow& r = p.rows[i];
    const std::string where = "row " + std::to_string(i) + " (" + r.name + ")";
    if (r.coefficients.size() != n) return where + ": " + std::to_string(r.coefficients.size()) + " coefficients for " +
                                              std::to_string(n) + " columns";
    for (double a : r.coefficients)
      if (!std::isfinite(a)) return where + ": a coefficient is not finite";
    if (std::isnan(r.lower) || std::isnan(r.upper) || r.lower > r.upper) return where + ": bounds not a range";
  }
  return {};
}

}  // namespace

const char* lp_status_name(LpStatus status) {
  switch (status) {
    case LpStatus::Optimal: return "optimal";
    case LpStatus::Infeasible: return "infeasible";
    case LpStatus::Unbounded: return "unbounded";
    case LpStatus::Failed: return "failed";
  }
  return "failed";
}

LpSolution solve_lp(const LpProblem& p) {
  LpSolution out;
  out.message = check_problem(p);
  if (!out.message.empty()) return out;
  const int n = static_cast<int>(p.objective.size());
  const int m = static_cast<int>(p.rows.size());
  // Column-major sparse matrix (zeros left out).
  std::vector<CoinBigIndex> start{0};
  std::vector<int> index;
  std::vector<double> value;
  for (int j = 0; j < n; ++j) {
    for (int i = 0; i < m; ++i) {
      const double a = p.rows[i].coefficients[j];
      if (a != 0.0) {
        index.push_back(i);
        value.push_back(a);
      }
    }
    start.push_back(static_cast<CoinBigIndex>(index.size()));
  }
  std::vector<double> col_lo(n), col_up(n), row_lo(m), row_up(m);
  for (int j = 0; j < n; ++j) {
    col_lo[j] = to_clp(p.column_lower[j]);
    col_up[j] = to_clp(p.column_upper[j]);
  }
  for (int i = 0; i < m; ++i) {
    row_lo[i] = to_clp(p.rows[i].lower);
    row_up[i] = to_clp(p.rows[i].upper);
  }
  ClpSimplex model;
  model.setLogLevel(0);
  model.loadProblem(n, m, start.data(), index.data(), value.data(), col_lo.data(), col_up.data(),
                    p.objective.data(), row_lo.data(), row_up.data());
  model.primal();
  switch (model.status()) {
    case 0: out.status = LpStatus::Optimal; break;
    case 1: out.status = LpStatus::Infeasible; out.message = "primal infeasible"; return out;
    case 2: out.status = LpStatus::Unbounded; out.message = "unbounded (dual infeasible)"; return out;
    default:
      out.status = LpStatus::Failed;
      out.message = "Clp stopped with status " + std::to_string(model.status());
      return out;
  }
  const double* x = model.primalColumnSolution();
  out.x.assign(x, x + n);
  out.objective = model.objectiveValue();
  return out;
}

}  // namespace optimise
