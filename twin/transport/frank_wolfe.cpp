// Bi-conjugate Frank–Wolfe (Mitradjieva & Lindberg 2013): a link-based method kept as an
// independent check of Algorithm B. Each iteration finds the all-or-nothing flows y at the current
// costs, combines y with the two previous search points into one that is conjugate to the previous
// directions under the Hessian diag(c'(x)), and line-searches the Beckmann objective along it.
// When the conjugate weights degenerate it falls back to the plain Frank–Wolfe direction y − x, so
// every step still decreases the objective.
#include <algorithm>
#include <cmath>
#include <vector>

#include "twin/transport/assignment_problem.hpp"

namespace twin::transport::detail {

namespace {

// All-or-nothing: every OD's trips on one shortest path at the given costs.
void all_or_nothing(const AssignmentProblem& p, const double* cost, ShortestPathWorkspace& ws,
                    ShortestPathTree& tree, std::vector<double>& y) {
  std::fill(y.begin(), y.end(), 0.0);
  for (const std::uint32_t o : p.origins) {
    shortest_paths_from(p.graph, cost, o, ws, tree);
    for (std::uint32_t d = 0; d < p.zone_count; ++d) {
      const double trips = p.trips(o, d);
      if (d == o || trips <= 0.0) continue;
      for (std::uint32_t n = d; n != o;) {
        const std::uint32_t a = tree.pred_link[n];
        y[a] += trips;
        n = p.graph.link_from[a];
      }
    }
  }
}

// Step τ in [0, 1] minimising Σ ∫ c along x + τ·d: bisection on the (increasing) derivative.
double line_search(const AssignmentProblem& p, const std::vector<double>& x, const std::vector<double>& d) {
  const std::uint32_t links = p.link_count();
  auto slope = [&](double tau) {
    double s = 0.0;
    for (std::uint32_t a = 0; a < links; ++a)
      if (d[a] != 0.0) s += bpr_cost(p.bpr[a], x[a] + tau * d[a]) * d[a];
    return s;
  };
  if (slope(1.0) <= 0.0) return 1.0;
  double lo = 0.0, hi = 1.0;
  for (int k = 0; k < 60 && hi - lo > 1e-15; ++k) {
    const double mid = 0.5 * (lo + hi);
    (slope(mid) > 0.0 ? hi : lo) = mid;
  }
  return 0.5 * (lo + hi);
}

}  // namespace

void run_biconjugate_frank_wolfe(const AssignmentProblem& p, IterationMonitor& monitor, AssignmentResult& result) {
  const std::uint32_t links = p.link_count();
  std::vector<double>& x = result.link_flow;
  x.assign(links, 0.0);
  std::vector<double> cost(links), hess(links), y(links), s(links), s1(links), s2(links), d(links);
  ShortestPathWorkspace ws;
  ShortestPathTree tree;
  compute_costs(p, x.data(), cost.data());
  all_or_nothing(p, cost.data(), ws, tree, x);
  double tau_prev = 1.0;
  int conjugate_points = 0;  // how many previous search points (0, 1 or 2) are usable
  for (;;) {
    compute_costs(p, x.data(), cost.data());
    if (!monitor.report(x.data(), cost.data())) break;
    all_or_nothing(p, cost.data(), ws, tree, y);
    for (std::uint32_t a = 0; a < links; ++a) hess[a] = bpr_derivative(p.bpr[a], x[a]);

    bool conjugate = false;
    if (conjugate_points >= 2 && tau_prev < 1.0) {
      // Bi-conjugate: s = β0 y + β1 s1 + β2 s2, conjugate to the previous two directions.
      double mu_num = 0, mu_den = 0, nu_num = 0, nu_den = 0;
      for (std::uint32_t a = 0; a < links; ++a) {
        const double dbar = s1[a] - x[a];
        const double dbarbar = tau_prev * s1[a] - x[a] + (1.0 - tau_prev) * s2[a];
        const double dfw = y[a] - x[a];
        mu_num += dbarbar * hess[a] * dfw;
        mu_den += dbarbar * hess[a] * (s2[a] - s1[a]);
        nu_num += dbar * hess[a] * dfw;
        nu_den += dbar * hess[a] * dbar;
      }
      if (mu_den != 0.0 && nu_den != 0.0) {
        const double mu = std::max(0.0, -mu_num / mu_den);
        const double nu = std::max(0.0, -nu_num / nu_den + mu * tau_prev / (1.0 - tau_prev));
        const double b0 = 1.0 / (1.0 + mu + nu), b1 = nu * b0, b2 = mu * b0;
        if (std::isfinite(b0) && std::isfinite(b1) && std::isfinite(b2)) {
          for (std::uint32_t a = 0; a < links; ++a) s[a] = b0 * y[a] + b1 * s1[a] + b2 * s2[a];
          conjugate = true;
        }
      }
    } else if (conjugate_points >= 1 && tau_prev < 1.0) {
      // Conjugate: s = α s1 + (1 − α) y, conjugate to the previous direction.
      double num = 0, den = 0;
      for (std::uint32_t a = 0; a < links; ++a) {
        const double dbar = s1[a] - x[a];
        num += dbar * hess[a] * (y[a] - x[a]);
        den += dbar * hess[a] * (y[a] - s1[a]);
      }
      if (den != 0.0) {
        const double alpha = std::min(std::max(num / den, 0.0), 1.0 - 1e-6);
        for (std::uint32_t a = 0; a < links; ++a) s[a] = alpha * s1[a] + (1.0 - alpha) * y[a];
        conjugate = true;
      }
    }
    // A conjugate point must still give a descent direction; otherwise start over from y.
    double descent = 0.0;
    if (conjugate) {
      for (std::uint32_t a = 0; a < links; ++a) descent += cost[a] * (s[a] - x[a]);
      if (!(descent < 0.0)) conjugate = false;
    }
    if (!conjugate) {
      s = y;
      conjugate_points = 0;
    }
    for (std::uint32_t a = 0; a < links; ++a) d[a] = s[a] - x[a];
    const double tau = line_search(p, x, d);
    for (std::uint32_t a = 0; a < links; ++a) x[a] += tau * d[a];
    s2.swap(s1);
    s1 = s;
    tau_prev = tau;
    conjugate_points = std::min(conjugate_points + 1, 2);
  }
}

}  // namespace twin::transport::detail
