// Goal rows of the least-cost LP and the diagnosis of an infeasible one (goal_rows.hpp).
#include "optimise/goal_rows.hpp"

#include <cmath>
#include <limits>
#include <sstream>

namespace optimise {

namespace tp = twin::pathway;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Constant of the linear model in year y: g(y; x0) − Σ d_l(y)·x0_l.
double constant(const std::vector<double>& at, const std::vector<std::vector<double>>& d,
                const std::vector<double>& x0, int y) {
  double c = at[y];
  for (std::size_t l = 0; l < d.size(); ++l) c -= d[l][y] * x0[l];
  return c;
}

std::string fmt(double v) {
  std::ostringstream s;
  s.precision(6);
  s << v;
  return s.str();
}

}  // namespace

GoalRows goal_rows(const Linearisation& lin, const Goal& goal, double f, const GoalMargins& margins) {
  GoalRows out;
  const std::size_t n = lin.d_gross.size();
  const int first = goal.peak_by_year - tp::kFirstYear + 1;
  for (int y = first; y < tp::kYearCount; ++y) {
    LpRow r;
    r.name = "peak by " + std::to_string(goal.peak_by_year) + ": gross(" + std::to_string(tp::kFirstYear + y) +
             ") <= gross(" + std::to_string(tp::kFirstYear + y - 1) + ")";
    for (std::size_t l = 0; l < n; ++l) r.coefficients.push_back(lin.d_gross[l][y] - lin.d_gross[l][y - 1]);
    r.lower = -kInf;
    r.upper = -(constant(lin.at.gross_t, lin.d_gross, lin.x0, y) - constant(lin.at.gross_t, lin.d_gross, lin.x0, y - 1)) -
              margins.peak_t[y];
    out.rows.push_back(std::move(r));
    out.kinds.push_back(GoalKind::Peak);
  }
  if (goal.neutral_by_year) {
    const int y = *goal.neutral_by_year - tp::kFirstYear;
    const int p0 = lin.at.milestones.peak_year - tp::kFirstYear;
    LpRow r;
    r.name = "neutral by " + std::to_string(*goal.neutral_by_year) + ": net(" + std::to_string(*goal.neutral_by_year) +
             ") <= " + fmt(100.0 * f) + " % of the peak (gross " + std::to_string(lin.at.milestones.peak_year) + ")";
    for (std::size_t l = 0; l < n; ++l) r.coefficients.push_back(lin.d_net[l][y] - f * lin.d_gross[l][p0]);
    r.lower = -kInf;
    r.upper = -(constant(lin.at.net_t, lin.d_net, lin.x0, y) - f * constant(lin.at.gross_t, lin.d_gross, lin.x0, p0)) -
              margins.neutral_t;
    out.rows.push_back(std::move(r));
    out.kinds.push_back(GoalKind::Neutral);
  }
  if (goal.budget_t) {
    LpRow r;
    r.name = "budget: cumulative net 2020-2060 <= " + fmt(*goal.budget_t) + " t";
    r.coefficients.assign(n, 0.0);
    double c = 0.0;
    for (int y = 0; y < tp::kYearCount; ++y) {
      for (std::size_t l = 0; l < n; ++l) r.coefficients[l] += lin.d_net[l][y];
      c += constant(lin.at.net_t, lin.d_net, lin.x0, y);
    }
    r.lower = -kInf;
    r.upper = *goal.budget_t - c - margins.budget_t;
    out.rows.push_back(std::move(r));
    out.kinds.push_back(GoalKind::Budget);
  }
  return out;
}

LpProblem goal_lp(std::span<const LeverOption> options, std::span<const double> range, const GoalRows& rows) {
  LpProblem p;
  for (std::size_t l = 0; l < options.size(); ++l) {
    p.objective.push_back(options[l].cost_yuan_per_unit * std::fabs(range[l]));
    p.column_lower.push_back(0.0);
    p.column_upper.push_back(1.0);
  }
  p.rows = rows.rows;
  return p;
}

std::string diagnose_infeasible(std::span<const LeverOption> options, std::span<const double> range,
                                const GoalRows& rows) {
  // A row alone: its smallest left-hand side over the box [0, 1]^n is Σ min(a_l, 0).
  for (const LpRow& r : rows.rows) {
    double least = 0.0;
    for (double a : r.coefficients) least += std::min(a, 0.0);
    if (least > r.upper)
      return r.name + " cannot hold: even with every lever at its best the linearised left side exceeds the bound by " +
             fmt(least - r.upper) + " t";
  }
  const char* names[] = {"the peak goal", "the neutrality goal", "the budget goal"};
  for (GoalKind kind : {GoalKind::Peak, GoalKind::Neutral, GoalKind::Budget}) {
    GoalRows alone;
    for (std::size_t i = 0; i < rows.rows.size(); ++i)
      if (rows.kinds[i] == kind) {
        alone.rows.push_back(rows.rows[i]);
        alone.kinds.push_back(kind);
      }
    if (alone.rows.empty()) continue;
    if (solve_lp(goal_lp(options, range, alone)).status == LpStatus::Infeasible)
      return std::string(names[static_cast<int>(kind)]) + " cannot be met by these levers within their ranges (its " +
             std::to_string(alone.rows.size()) + " rows together, e.g. \"" + alone.rows.front().name + "\")";
  }
  return "each goal can be met alone, but not all together with these levers within their ranges";
}

}  // namespace optimise
