// Reconciliation of top-down and bottom-up (issue 11, item 5: 一脑统管, 逆向溯源), from a monitoring inversion
// (osse.hpp): the residual map and the most likely unexplained source with a confidence, the key emitters'
// reported figures against the air, the sector table with z-scores, and network design (where one more
// station cuts the posterior sd of the city total most). Method notes in docs/monitoring.md.
#pragma once

#include <string>
#include <vector>

#include "twin/monitor/osse.hpp"

namespace twin::monitor {

// Standard normal CDF Φ(z) (Abramowitz & Stegun 26.2.17, |error| < 7.5e-8) through det_exp, so that native
// and wasm agree bit for bit.
double normal_cdf(double z);

struct ResidualCell {
  std::size_t cell = 0;
  double x_m = 0.0, y_m = 0.0;   // cell centre
  double t_per_yr = 0.0;         // posterior mean of the unexplained (additive) component
  double sd_t_per_yr = 0.0;      // its posterior sd
};
std::vector<ResidualCell> residual_map(const MonitorSetup& setup, const MonitorInversion& inv);

// The most likely source the inventory lacks: the 3 × 3 window of cells (clipped at the grid's edge) with the
// largest summed posterior mean of the unexplained component (the inversion spreads a point source over
// neighbouring cells, often with negative lobes beside it, so single cells or their positive parts alone
// overstate it); t = the window's summed posterior mean, uncertainty = its posterior sd (wᵀAw), place = the
// mean-weighted centroid of the window's positive cells, confidence = P(source > 0) = Φ(t / sd) under the
// Gaussian posterior.
struct UnexplainedSource {
  bool found = false;            // false when no window has a positive sum
  double x_m = 0.0, y_m = 0.0, t_per_yr = 0.0, uncertainty_t_per_yr = 0.0, confidence = 0.0;
  std::vector<std::size_t> cells;
};
UnexplainedSource find_unexplained_source(const MonitorSetup& setup, const MonitorInversion& inv);

// A plant's reported figure against the air: the posterior of its cell's point-source sectors (industry,
// industrial_processes, energy_supply) plus the cell's unexplained component, minus their prior, added to
// the reported figure (the cell's whole departure from the inventory is attributed to the plant); flagged
// when |posterior − reported| > 2 sd.
struct ReportedEmitter {
  std::string name;
  double x_m = 0.0, y_m = 0.0, reported_t = 0.0;
};
struct KeyEmitterCheck {
  std::string name;
  double x_m = 0.0, y_m = 0.0, reported_t = 0.0, posterior_t = 0.0, posterior_sd_t = 0.0;
  bool outside_grid = false, flagged = false;
};
std::vector<KeyEmitterCheck> check_key_emitters(const MonitorSetup& setup, const MonitorInversion& inv,
                                                const std::vector<ReportedEmitter>& emitters);

struct ReconcileRow {
  std::string sector;            // snake_case sector, "unexplained" or "total"
  double bottom_up_t = 0.0, top_down_t = 0.0, sd_t = 0.0;
  double z = 0.0;                // (top_down − bottom_up) / sd (0 when sd = 0)
};
std::vector<ReconcileRow> reconciliation_table(const MonitorInversion& inv);

// Network design. A candidate station at (x, y, height) observes the same hours as the observations; its
// hourly rows g_h of the state Jacobian are summarized by their mean ḡ with error variance σ²/T (T hours,
// σ² = noise² + model_error², independent hours): a rank-one update of the posterior covariance,
//   var'(wᵀx) = var(wᵀx) − (wᵀAḡ)² / (ḡᵀAḡ + σ²/T),  A' = A − (Aḡ)(Aḡ)ᵀ / (ḡᵀAḡ + σ²/T).
// Greedy: the best site is kept, A updated, and the next site chosen, `picks` times. Hours: up to 24 of
// the observations' distinct hours (every k-th) to bound the cost.
struct SiteGain {
  double x_m = 0.0, y_m = 0.0;
  double total_sd_before_t = 0.0, total_sd_after_t = 0.0;
};
struct CandidateSite {
  double x_m = 0.0, y_m = 0.0;
};
std::vector<SiteGain> design_network(const MonitorSetup& setup, const MonitorInversion& inv,
                                     const std::vector<MonitorObservation>& obs,
                                     const std::vector<CandidateSite>& candidates, double height_m,
                                     double noise_ppm, int picks = 5);
// Candidate sites: the grid's cell centres, every `stride`-th cell each way.
std::vector<CandidateSite> cell_centre_candidates(const GridGeometry& grid, int stride);

}  // namespace twin::monitor
