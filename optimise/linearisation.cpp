// Finite differences of the pathway over the options (linearisation.hpp): 1 + options pathway runs.
#include "optimise/linearisation.hpp"

#include <algorithm>
#include <cassert>

namespace optimise {

namespace tp = twin::pathway;

PathwayPoint point_of(const tp::PathwayResult& result) {
  PathwayPoint p;
  for (const tp::PathwayYear& y : result.years) {
    p.gross_t.push_back(y.gross_t);
    p.net_t.push_back(y.net_t);
  }
  p.milestones = result.milestones;
  return p;
}

tp::Scenario scenario_at(const tp::Scenario& base, std::span<const LeverOption> options, std::span<const double> x) {
  assert(x.size() == options.size() && "one share per option");
  tp::Scenario s = base;
  for (std::size_t l = 0; l < options.size(); ++l) {
    const tp::LeverDef& def = tp::lever_def(options[l].lever);
    const double from = base.lever(options[l].lever).target;
    const double share = std::clamp(x[l], 0.0, 1.0);
    // Both ends are inside the lever's bounds; the clamp only guards the last bit of rounding.
    s.lever(options[l].lever).target =
        std::clamp(from + share * (options[l].max_target - from), def.min_value, def.max_value);
  }
  return s;
}

Linearisation linearise(const tp::Baseline& baseline, const tp::Scenario& base, std::span<const LeverOption> options,
                        std::span<const double> x0, double step) {
  assert(step > 0.0 && step <= 1.0 && "secant step inside (0, 1]");
  Linearisation lin;
  lin.x0.assign(x0.begin(), x0.end());
  lin.at = point_of(tp::evaluate_pathway(baseline, scenario_at(base, options, x0)));
  const std::size_t years = lin.at.gross_t.size();
  lin.d_gross.assign(options.size(), std::vector<double>(years, 0.0));
  lin.d_net.assign(options.size(), std::vector<double>(years, 0.0));
  std::vector<double> x(x0.begin(), x0.end());
  for (std::size_t l = 0; l < options.size(); ++l) {
    const double h = x0[l] <= 1.0 - step ? step : -std::min(step, x0[l]);
    if (h == 0.0) continue;  // (only when step > 0 and x0 = 0 = 1 − step: impossible; kept for safety)
    x[l] = x0[l] + h;
    const PathwayPoint moved = point_of(tp::evaluate_pathway(baseline, scenario_at(base, options, x)));
    for (std::size_t y = 0; y < years; ++y) {
      lin.d_gross[l][y] = (moved.gross_t[y] - lin.at.gross_t[y]) / h;
      lin.d_net[l][y] = (moved.net_t[y] - lin.at.net_t[y]) / h;
    }
    x[l] = x0[l];
  }
  return lin;
}

}  // namespace optimise
