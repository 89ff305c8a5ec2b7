// Bayesian linear inversion (issue 11, "Inversion"): y = H x + ε with prior x ~ N(x_a, B), ε ~ N(0, R).
//   x̂ = x_a + B Hᵀ (H B Hᵀ + R)⁻¹ (y − H x_a),   A = B − B Hᵀ (H B Hᵀ + R)⁻¹ H B,
//   AK = B Hᵀ (H B Hᵀ + R)⁻¹ H (= I − A B⁻¹),     DOFS = trace(AK).
// State layout: sector-major over a grid, element k = s · n_cells + cell (cell index j·nx + i).
// B = D C D with D = diag(sd) and C the correlation between cells of the same sector (0 across sectors):
//   Euclidean: exp(−d/L), d the distance between cell centres (dense B only);
//   Separable: exp(−(|Δx| + |Δy|)/L) = exp(−|Δx|/L)·exp(−|Δy|/L), a Kronecker product of two AR(1)
//              correlations, applied exactly in O(n) by a forward and a backward recursion per grid line.
// Solvers: dense (Cholesky in observation space when m ≤ n, else in state space) for up to a few thousand
// unknowns; for large ones H sparse and B applied as the separable operator (no n × n matrix), the
// observation-space system (H B Hᵀ + R) z = y − H x_a assembled and factored when m is moderate, else
// solved by conjugate gradients (see IterativeOptions). Aggregates wᵀx̂ and wᵀ A w without forming A.
#pragma once

#include <string>
#include <vector>

#include <Eigen/Dense>
#include <Eigen/Sparse>

#include "twin/monitor/grid_geometry.hpp"

namespace twin::monitor {

enum class Correlation { Euclidean, Separable };

struct PriorSpec {
  GridGeometry grid;
  int sectors = 1;
  Eigen::VectorXd x_a;         // prior mean, sectors · n_cells
  Eigen::VectorXd sd;          // prior standard deviations (> 0), same size
  double length_m = 0.0;       // correlation length L (0 = diagonal B)
  Correlation correlation = Correlation::Separable;
};

struct ObsSpec {
  Eigen::VectorXd y;           // observed enhancements (ppm)
  Eigen::VectorXd sigma;       // per-observation uncertainty (ppm, > 0)
  std::vector<int> kind;       // optional: per-observation kind index into kind_extra_sigma (empty = none)
  std::vector<double> kind_extra_sigma;  // added in quadrature per kind (model/representation error)
};

// "" when consistent, else what is wrong (field, index, value). H is m × n.
std::string validate_inversion(const PriorSpec& prior, const ObsSpec& obs, Eigen::Index h_rows, Eigen::Index h_cols);

Eigen::MatrixXd prior_covariance_dense(const PriorSpec& prior);
Eigen::VectorXd observation_variance(const ObsSpec& obs);  // diagonal of R
// B v by the separable recursion (O(n)); with Euclidean correlation (dense only) it returns an empty vector.
Eigen::VectorXd apply_prior_covariance(const PriorSpec& prior, const Eigen::VectorXd& v);

struct DenseResult {
  Eigen::VectorXd x_hat;
  Eigen::MatrixXd A;           // posterior covariance
  Eigen::MatrixXd AK;          // averaging kernel
  double dofs = 0.0;
  std::string error;           // non-empty (the rest empty) on bad input or a system not positive definite
};
// No exceptions (the page's wasm cannot catch them): errors come back in `error` — validate_inversion's
// message on bad input, or which system was not positive definite.
DenseResult invert_dense(const Eigen::MatrixXd& H, const PriorSpec& prior, const ObsSpec& obs);

// Large problems. With m ≤ assemble_max_observations the m × m system S = H B Hᵀ + R is assembled column
// by column (S e_r = H B Hᵀ e_r + R e_r: one B application and one sparse product per observation, O(n)
// memory) and factored (Cholesky); this is exact and, the system being ill-conditioned (many correlated
// hours of the same station), much faster than CG. Past that, conjugate gradients with a Jacobi
// preconditioner, S applied as H (B (Hᵀ z)) + R z.
struct IterativeOptions {
  double relative_tolerance = 1e-12;  // CG: ‖r‖ / ‖b‖ of the observation-space system
  int max_iterations = 5000;
  int assemble_max_observations = 4000;  // 0 = always CG
};
struct IterativeResult {
  Eigen::VectorXd x_hat;
  Eigen::VectorXd z;  // (H B Hᵀ + R)⁻¹ (y − H x_a)
  bool assembled = false;
  Eigen::LLT<Eigen::MatrixXd> s_llt;  // the factor of S when assembled
  double dofs = -1.0;                 // trace(AK) = m − Σ R_ii (S⁻¹)_ii when assembled, else −1 (not computed)
  int iterations = 0;                 // CG only
  double relative_residual = 0.0;
  std::string error;                  // non-empty on bad input, a system not positive definite, or CG not converged
};
IterativeResult invert_iterative(const Eigen::SparseMatrix<double, Eigen::RowMajor>& H, const PriorSpec& prior,
                                 const ObsSpec& obs, const IterativeOptions& opt = {});

// Posterior mean and variance of wᵀx: wᵀx̂ and wᵀBw − (HBw)ᵀ(HBHᵀ+R)⁻¹(HBw) (one more CG solve).
struct Aggregate {
  double prior_mean = 0.0, prior_sd = 0.0, posterior_mean = 0.0, posterior_sd = 0.0;
  std::string error;  // non-empty (the figures 0) on weights of the wrong size or a failed solve
};
Aggregate aggregate_dense(const DenseResult& r, const PriorSpec& prior, const Eigen::VectorXd& w);
Aggregate aggregate_iterative(const IterativeResult& r, const Eigen::SparseMatrix<double, Eigen::RowMajor>& H,
                              const PriorSpec& prior, const ObsSpec& obs, const Eigen::VectorXd& w,
                              const IterativeOptions& opt = {});

}  // namespace twin::monitor
