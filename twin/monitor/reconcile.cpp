// Reconciliation and network design (reconcile.hpp).
#include "twin/monitor/reconcile.hpp"

#include <algorithm>
#include <cmath>

#include "twin/pathway/det_math.hpp"

namespace twin::monitor {
namespace {

double centre_x(const GridGeometry& g, std::size_t c) {
  return g.x0_m + (static_cast<double>(c % static_cast<std::size_t>(g.nx)) + 0.5) * g.cell_m;
}
double centre_y(const GridGeometry& g, std::size_t c) {
  return g.y0_m + (static_cast<double>(c / static_cast<std::size_t>(g.nx)) + 0.5) * g.cell_m;
}

}  // namespace

double normal_cdf(double z) {
  const double a = std::fabs(z);
  const double t = 1.0 / (1.0 + 0.2316419 * a);
  const double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const double tail = 0.3989422804014327 * pathway::det_exp(-0.5 * a * a) * poly;  // 1/√(2π) e^(−z²/2) · poly
  return z >= 0.0 ? 1.0 - tail : tail;
}

std::vector<ResidualCell> residual_map(const MonitorSetup& s, const MonitorInversion& inv) {
  std::vector<ResidualCell> out;
  if (!inv.error.empty()) return out;
  for (std::size_t c = 0; c < inv.layout.n_cells; ++c)
    out.push_back({c, centre_x(s.grid, c), centre_y(s.grid, c),
                   inv.x_hat(static_cast<Eigen::Index>(inv.layout.unexplained + c)),
                   inv.unexplained_sd_t(static_cast<Eigen::Index>(c))});
  return out;
}

UnexplainedSource find_unexplained_source(const MonitorSetup& s, const MonitorInversion& inv) {
  UnexplainedSource u;
  if (!inv.error.empty()) return u;
  const StateLayout& l = inv.layout;
  const GridGeometry& g = s.grid;
  const auto mean = [&](std::size_t c) { return inv.x_hat(static_cast<Eigen::Index>(l.unexplained + c)); };
  const auto cell = [&](int i, int j) {
    return static_cast<std::size_t>(j) * static_cast<std::size_t>(g.nx) + static_cast<std::size_t>(i);
  };
  // The 3 × 3 window (clipped at the edges) with the largest summed posterior mean.
  int bi = -1, bj = -1;
  double best = 0.0;
  for (int j = 0; j < g.ny; ++j)
    for (int i = 0; i < g.nx; ++i) {
      double sum = 0.0;
      for (int jj = std::max(0, j - 1); jj <= std::min(g.ny - 1, j + 1); ++jj)
        for (int ii = std::max(0, i - 1); ii <= std::min(g.nx - 1, i + 1); ++ii) sum += mean(cell(ii, jj));
      if (sum > best) {
        best = sum;
        bi = i;
        bj = j;
      }
    }
  if (bi < 0) return u;
  Eigen::VectorXd w = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(l.size));
  double sx = 0.0, sy = 0.0, st = 0.0;
  for (int j = std::max(0, bj - 1); j <= std::min(g.ny - 1, bj + 1); ++j)
    for (int i = std::max(0, bi - 1); i <= std::min(g.nx - 1, bi + 1); ++i) {
      const std::size_t c = cell(i, j);
      u.cells.push_back(c);
      w(static_cast<Eigen::Index>(l.unexplained + c)) = 1.0;
      const double t = mean(c);
      if (t > 0.0) {  // the place: the centroid of the window's positive part
        sx += t * centre_x(g, c);
        sy += t * centre_y(g, c);
        st += t;
      }
    }
  const SectorEstimate e = aggregate(inv, w);
  u.found = true;
  u.x_m = sx / st;
  u.y_m = sy / st;
  u.t_per_yr = e.posterior_t;
  u.uncertainty_t_per_yr = e.posterior_sd_t;
  u.confidence = e.posterior_sd_t > 0.0 ? normal_cdf(e.posterior_t / e.posterior_sd_t) : 1.0;
  return u;
}

std::vector<KeyEmitterCheck> check_key_emitters(const MonitorSetup& s, const MonitorInversion& inv,
                                                const std::vector<ReportedEmitter>& emitters) {
  std::vector<KeyEmitterCheck> out;
  if (!inv.error.empty()) return out;
  const StateLayout& l = inv.layout;
  for (const ReportedEmitter& e : emitters) {
    KeyEmitterCheck k{e.name, e.x_m, e.y_m, e.reported_t, 0.0, 0.0, false, false};
    int i = 0, j = 0;
    if (!cell_of(s.grid, e.x_m, e.y_m, &i, &j)) {
      k.outside_grid = true;
      out.push_back(k);
      continue;
    }
    const std::size_t c = static_cast<std::size_t>(j) * static_cast<std::size_t>(s.grid.nx) + static_cast<std::size_t>(i);
    Eigen::VectorXd w = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(l.size));
    for (std::size_t b = 0; b < l.sectors.size(); ++b) {
      const auto sec = static_cast<GridSector>(l.sectors[b]);
      if (sec == GridSector::Industry || sec == GridSector::IndustrialProcesses || sec == GridSector::EnergySupply)
        w(static_cast<Eigen::Index>(b * l.n_cells + c)) = 1.0;
    }
    w(static_cast<Eigen::Index>(l.unexplained + c)) = 1.0;
    const SectorEstimate a = aggregate(inv, w);
    k.posterior_t = e.reported_t + (a.posterior_t - a.prior_t);
    k.posterior_sd_t = a.posterior_sd_t;
    k.flagged = std::fabs(k.posterior_t - k.reported_t) > 2.0 * k.posterior_sd_t;
    out.push_back(k);
  }
  return out;
}

std::vector<ReconcileRow> reconciliation_table(const MonitorInversion& inv) {
  std::vector<ReconcileRow> rows;
  for (const SectorEstimate& e : inv.sectors) {
    ReconcileRow r;
    r.sector = e.sector >= 0 ? to_string(static_cast<GridSector>(e.sector)) : (e.sector == -1 ? "unexplained" : "total");
    r.bottom_up_t = e.prior_t;
    r.top_down_t = e.posterior_t;
    r.sd_t = e.posterior_sd_t;
    r.z = e.posterior_sd_t > 0.0 ? (e.posterior_t - e.prior_t) / e.posterior_sd_t : 0.0;
    rows.push_back(r);
  }
  return rows;
}

std::vector<CandidateSite> cell_centre_candidates(const GridGeometry& g, int stride) {
  std::vector<CandidateSite> out;
  if (stride < 1) stride = 1;
  for (int j = stride / 2; j < g.ny; j += stride)
    for (int i = stride / 2; i < g.nx; i += stride)
      out.push_back({g.x0_m + (i + 0.5) * g.cell_m, g.y0_m + (j + 0.5) * g.cell_m});
  return out;
}

std::vector<SiteGain> design_network(const MonitorSetup& s, const MonitorInversion& inv,
                                     const std::vector<MonitorObservation>& obs,
                                     const std::vector<CandidateSite>& candidates, double height_m,
                                     double noise_ppm, int picks) {
  std::vector<SiteGain> out;
  if (!inv.error.empty() || candidates.empty() || obs.empty()) return out;
  std::vector<int> hours;
  for (const MonitorObservation& o : obs) hours.push_back(o.receptor.hour);
  std::sort(hours.begin(), hours.end());
  hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
  const std::size_t all_hours = hours.size();
  if (hours.size() > 24) {
    std::vector<int> sub;
    const std::size_t step = (hours.size() + 23) / 24;
    for (std::size_t k = 0; k < hours.size(); k += step) sub.push_back(hours[k]);
    hours = sub;
  }
  // Every candidate's rows for those hours in one Jacobian (no bias elements: a new high-precision site).
  std::vector<MonitorObservation> rows;
  for (const CandidateSite& c : candidates)
    for (int h : hours) {
      MonitorObservation o;
      o.receptor = {c.x_m, c.y_m, height_m, h};
      o.sigma_ppm = noise_ppm;
      rows.push_back(o);
    }
  const Eigen::MatrixXd Gc = state_jacobian(s, inv.layout, rows);
  if (Gc.size() == 0) return out;
  const Eigen::Index N = static_cast<Eigen::Index>(inv.layout.size), C = static_cast<Eigen::Index>(candidates.size());
  const Eigen::Index T = static_cast<Eigen::Index>(hours.size());
  Eigen::MatrixXd g(N, C), Ag(N, C);
  for (Eigen::Index c = 0; c < C; ++c) {
    g.col(c) = Gc.middleRows(c * T, T).colwise().mean().transpose();
    Ag.col(c) = apply_posterior(inv, g.col(c));
  }
  const double r = (noise_ppm * noise_ppm + s.model_error_ppm * s.model_error_ppm) / static_cast<double>(all_hours);
  const Eigen::VectorXd w = total_weights(inv.layout);
  double var = aggregate(inv, w).posterior_sd_t;
  var *= var;
  std::vector<bool> used(static_cast<std::size_t>(C), false);
  for (int p = 0; p < picks && p < C; ++p) {
    Eigen::Index best = -1;
    double best_gain = -1.0;
    for (Eigen::Index c = 0; c < C; ++c) {
      if (used[static_cast<std::size_t>(c)]) continue;
      const double wa = w.dot(Ag.col(c)), d = g.col(c).dot(Ag.col(c)) + r;
      const double gain = wa * wa / d;
      if (gain > best_gain) {
        best_gain = gain;
        best = c;
      }
    }
    if (best < 0) break;
    used[static_cast<std::size_t>(best)] = true;
    const double before = std::sqrt(std::fmax(var, 0.0));
    var -= best_gain;
    out.push_back({candidates[static_cast<std::size_t>(best)].x_m, candidates[static_cast<std::size_t>(best)].y_m, before,
                   std::sqrt(std::fmax(var, 0.0))});
    // A' = A − a aᵀ / d with a = A ḡ_best: every candidate's A ḡ_c loses a (aᵀ ḡ_c) / d.
    const Eigen::VectorXd a = Ag.col(best);
    const double d = g.col(best).dot(a) + r;
    const Eigen::RowVectorXd coef = (a.transpose() * g) / d;
    Ag -= a * coef;
  }
  return out;
}

}  // namespace twin::monitor
