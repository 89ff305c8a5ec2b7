#include "twin/monitor/inversion.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "twin/pathway/det_math.hpp"

namespace twin::monitor {
namespace {

using SpRow = Eigen::SparseMatrix<double, Eigen::RowMajor>;

std::string finite_positive(const Eigen::VectorXd& v, const char* name, bool positive) {
  for (Eigen::Index k = 0; k < v.size(); ++k)
    if (!std::isfinite(v(k)) || (positive && !(v(k) > 0.0)))
      return std::string(name) + "[" + std::to_string(k) + "] = " + std::to_string(v(k)) +
             (positive ? " (must be finite and > 0)" : " (must be finite)");
  return "";
}

// y_i = Σ_j ρ^|i−j| v_j along one line of `count` elements spaced `stride` apart: forward + backward − v.
void ar1_line(double* v, Eigen::Index count, Eigen::Index stride, double rho, std::vector<double>& f) {
  f.resize(static_cast<std::size_t>(count));
  double acc = 0.0;
  for (Eigen::Index k = 0; k < count; ++k) f[k] = acc = v[k * stride] + rho * acc;
  acc = 0.0;
  for (Eigen::Index k = count - 1; k >= 0; --k) {
    const double vk = v[k * stride];
    acc = vk + rho * acc;
    v[k * stride] = f[k] + acc - vk;
  }
}

std::string check(const PriorSpec& p, const ObsSpec& o, Eigen::Index m, Eigen::Index n) {
  const std::string e = validate_inversion(p, o, m, n);
  return e.empty() ? e : "inversion: " + e;
}

// The operator forms need the separable correlation (the Euclidean one is dense only).
std::string check_operator(const PriorSpec& p) {
  return p.correlation != Correlation::Separable && p.length_m > 0.0
             ? "inversion: the B operator needs Correlation::Separable (Euclidean is dense only)"
             : "";
}

Eigen::VectorXd cg_solve(const SpRow& H, const PriorSpec& prior, const Eigen::VectorXd& rdiag,
                         const Eigen::VectorXd& b, const IterativeOptions& opt, int* iters, double* rel,
                         std::string* error) {
  auto S = [&](const Eigen::VectorXd& z) -> Eigen::VectorXd {
    const Eigen::VectorXd ht = H.transpose() * z;
    return H * apply_prior_covariance(prior, ht) + rdiag.cwiseProduct(z);
  };
  // Jacobi preconditioner: diag(S) ≈ Σ_c H_rc² sd_c² + R (the correlation's off-diagonal part omitted).
  Eigen::VectorXd pinv = rdiag;
  for (Eigen::Index r = 0; r < H.outerSize(); ++r)
    for (SpRow::InnerIterator it(H, r); it; ++it) pinv(r) += it.value() * it.value() * prior.sd(it.col()) * prior.sd(it.col());
  pinv = pinv.cwiseInverse();
  Eigen::VectorXd z = Eigen::VectorXd::Zero(b.size()), r = b, zp = pinv.cwiseProduct(r), p = zp;
  const double bnorm = b.norm();
  double rz = r.dot(zp);
  *iters = 0;
  *rel = bnorm > 0.0 ? 1.0 : 0.0;
  if (bnorm == 0.0) return z;
  for (int k = 0; k < opt.max_iterations; ++k) {
    const Eigen::VectorXd Sp = S(p);
    const double alpha = rz / p.dot(Sp);
    z += alpha * p;
    r -= alpha * Sp;
    *iters = k + 1;
    *rel = r.norm() / bnorm;
    if (*rel <= opt.relative_tolerance) return z;
    zp = pinv.cwiseProduct(r);
    const double rz_new = r.dot(zp);
    p = zp + (rz_new / rz) * p;
    rz = rz_new;
  }
  char msg[160];
  std::snprintf(msg, sizeof msg, "inversion: conjugate gradients did not reach relative residual %.3g in %d iterations "
                "(last %.3g)", opt.relative_tolerance, opt.max_iterations, *rel);
  *error = msg;
  return z;
}

}  // namespace

std::string validate_inversion(const PriorSpec& p, const ObsSpec& o, Eigen::Index m, Eigen::Index n) {
  const GridGeometry& g = p.grid;
  if (g.nx <= 0 || g.ny <= 0 || !(g.cell_m > 0.0)) return "prior.grid: nx, ny, cell_m must be > 0";
  if (p.sectors < 1) return "prior.sectors must be ≥ 1";
  const Eigen::Index nstate = static_cast<Eigen::Index>(cell_count(g)) * p.sectors;
  if (p.x_a.size() != nstate) return "prior.x_a has " + std::to_string(p.x_a.size()) + " elements, expected " + std::to_string(nstate);
  if (p.sd.size() != nstate) return "prior.sd has " + std::to_string(p.sd.size()) + " elements, expected " + std::to_string(nstate);
  if (n != nstate) return "H has " + std::to_string(n) + " columns, expected " + std::to_string(nstate) + " (the state size)";
  if (o.y.size() != m) return "obs.y has " + std::to_string(o.y.size()) + " elements, H has " + std::to_string(m) + " rows";
  if (o.sigma.size() != m) return "obs.sigma has " + std::to_string(o.sigma.size()) + " elements, expected " + std::to_string(m);
  if (!(p.length_m >= 0.0 && std::isfinite(p.length_m))) return "prior.length_m must be finite and ≥ 0";
  std::string e = finite_positive(p.x_a, "prior.x_a", false);
  if (e.empty()) e = finite_positive(p.sd, "prior.sd", true);
  if (e.empty()) e = finite_positive(o.y, "obs.y", false);
  if (e.empty()) e = finite_positive(o.sigma, "obs.sigma", true);
  if (!e.empty()) return e;
  if (!o.kind.empty() && static_cast<Eigen::Index>(o.kind.size()) != m) return "obs.kind: size must equal the observations";
  for (std::size_t k = 0; k < o.kind.size(); ++k)
    if (o.kind[k] < 0 || static_cast<std::size_t>(o.kind[k]) >= o.kind_extra_sigma.size())
      return "obs.kind[" + std::to_string(k) + "] = " + std::to_string(o.kind[k]) + " has no kind_extra_sigma";
  for (std::size_t k = 0; k < o.kind_extra_sigma.size(); ++k)
    if (!(o.kind_extra_sigma[k] >= 0.0 && std::isfinite(o.kind_extra_sigma[k])))
      return "obs.kind_extra_sigma[" + std::to_string(k) + "] must be finite and ≥ 0";
  return "";
}

Eigen::VectorXd observation_variance(const ObsSpec& o) {
  Eigen::VectorXd r = o.sigma.cwiseProduct(o.sigma);
  for (std::size_t k = 0; k < o.kind.size(); ++k) {
    const double e = o.kind_extra_sigma[static_cast<std::size_t>(o.kind[k])];
    r(static_cast<Eigen::Index>(k)) += e * e;
  }
  return r;
}

Eigen::MatrixXd prior_covariance_dense(const PriorSpec& p) {
  const GridGeometry& g = p.grid;
  const Eigen::Index nc = static_cast<Eigen::Index>(cell_count(g)), n = nc * p.sectors;
  Eigen::MatrixXd B = Eigen::MatrixXd::Zero(n, n);
  for (int s = 0; s < p.sectors; ++s)
    for (Eigen::Index a = 0; a < nc; ++a)
      for (Eigen::Index b = 0; b < nc; ++b) {
        double c = a == b ? 1.0 : 0.0;
        if (a != b && p.length_m > 0.0) {
          const double dx = static_cast<double>(a % g.nx - b % g.nx) * g.cell_m;
          const double dy = static_cast<double>(a / g.nx - b / g.nx) * g.cell_m;
          const double d = p.correlation == Correlation::Euclidean ? std::sqrt(dx * dx + dy * dy)
                                                                   : std::fabs(dx) + std::fabs(dy);
          c = pathway::det_exp(-d / p.length_m);
        }
        const Eigen::Index ia = s * nc + a, ib = s * nc + b;
        B(ia, ib) = p.sd(ia) * c * p.sd(ib);
      }
  return B;
}

Eigen::VectorXd apply_prior_covariance(const PriorSpec& p, const Eigen::VectorXd& v) {
  if (!check_operator(p).empty() || v.size() != p.sd.size()) return {};
  Eigen::VectorXd w = p.sd.cwiseProduct(v);
  if (p.length_m > 0.0) {
    const double rho = pathway::det_exp(-p.grid.cell_m / p.length_m);
    const Eigen::Index nx = p.grid.nx, ny = p.grid.ny, nc = nx * ny;
    std::vector<double> f;
    for (int s = 0; s < p.sectors; ++s) {
      double* base = w.data() + s * nc;
      for (Eigen::Index j = 0; j < ny; ++j) ar1_line(base + j * nx, nx, 1, rho, f);  // along x
      for (Eigen::Index i = 0; i < nx; ++i) ar1_line(base + i, ny, nx, rho, f);      // along y
    }
  }
  return p.sd.cwiseProduct(w);
}

DenseResult invert_dense(const Eigen::MatrixXd& H, const PriorSpec& prior, const ObsSpec& obs) {
  DenseResult out;
  out.error = check(prior, obs, H.rows(), H.cols());
  if (!out.error.empty()) return out;
  const Eigen::MatrixXd B = prior_covariance_dense(prior);
  const Eigen::VectorXd rdiag = observation_variance(obs);
  const Eigen::VectorXd d = obs.y - H * prior.x_a;
  const auto fail = [&](const char* what) {
    DenseResult failed;
    failed.error = what;
    return failed;
  };
  const Eigen::Index m = H.rows(), n = H.cols();
  if (m <= n) {  // observation space: S = H B Hᵀ + R, m × m
    const Eigen::MatrixXd BHt = B * H.transpose();
    Eigen::MatrixXd S = H * BHt;
    S.diagonal() += rdiag;
    const Eigen::LLT<Eigen::MatrixXd> llt(S);
    if (llt.info() != Eigen::Success) return fail("inversion: H B Hᵀ + R is not positive definite");
    const Eigen::MatrixXd G = llt.solve(BHt.transpose()).transpose();  // B Hᵀ S⁻¹, n × m
    out.x_hat = prior.x_a + G * d;
    out.AK = G * H;
    out.A = B - G * BHt.transpose();
  } else {  // state space: A = (B⁻¹ + Hᵀ R⁻¹ H)⁻¹, x̂ = x_a + A Hᵀ R⁻¹ d
    const Eigen::LLT<Eigen::MatrixXd> bl(B);
    if (bl.info() != Eigen::Success) return fail("inversion: B is not positive definite");
    const Eigen::MatrixXd Binv = bl.solve(Eigen::MatrixXd::Identity(n, n));
    const Eigen::MatrixXd HtRinv = H.transpose() * rdiag.cwiseInverse().asDiagonal();
    const Eigen::MatrixXd P = Binv + HtRinv * H;
    const Eigen::LLT<Eigen::MatrixXd> pl(P);
    if (pl.info() != Eigen::Success) return fail("inversion: B⁻¹ + Hᵀ R⁻¹ H is not positive definite");
    out.A = pl.solve(Eigen::MatrixXd::Identity(n, n));
    out.x_hat = prior.x_a + out.A * (HtRinv * d);
    out.AK = Eigen::MatrixXd::Identity(n, n) - out.A * Binv;
  }
  out.dofs = out.AK.trace();
  return out;
}

IterativeResult invert_iterative(const SpRow& H, const PriorSpec& prior, const ObsSpec& obs,
                                 const IterativeOptions& opt) {
  IterativeResult out;
  out.error = check(prior, obs, H.rows(), H.cols());
  if (out.error.empty()) out.error = check_operator(prior);
  if (!out.error.empty()) return out;
  const Eigen::VectorXd rdiag = observation_variance(obs);
  const Eigen::VectorXd d = obs.y - H * prior.x_a;
  const Eigen::Index m = H.rows();
  if (m <= opt.assemble_max_observations) {
    Eigen::MatrixXd S(m, m);
    const SpRow Ht_rows = H;  // row r of H is column r of Hᵀ
    Eigen::VectorXd e = Eigen::VectorXd::Zero(H.cols());
    for (Eigen::Index r = 0; r < m; ++r) {
      for (SpRow::InnerIterator it(Ht_rows, r); it; ++it) e(it.col()) = it.value();
      S.col(r) = H * apply_prior_covariance(prior, e);
      for (SpRow::InnerIterator it(Ht_rows, r); it; ++it) e(it.col()) = 0.0;
    }
    S = 0.5 * (S + S.transpose());  // symmetric to rounding
    S.diagonal() += rdiag;
    out.s_llt.compute(S);
    if (out.s_llt.info() != Eigen::Success) {
      IterativeResult failed;
      failed.error = "inversion: H B Hᵀ + R is not positive definite";
      return failed;
    }
    out.assembled = true;
    out.z = out.s_llt.solve(d);
    const Eigen::MatrixXd Sinv = out.s_llt.solve(Eigen::MatrixXd::Identity(m, m));
    out.dofs = static_cast<double>(m) - rdiag.dot(Sinv.diagonal());
  } else {
    out.z = cg_solve(H, prior, rdiag, d, opt, &out.iterations, &out.relative_residual, &out.error);
    if (!out.error.empty()) return out;
  }
  const Eigen::VectorXd ht = H.transpose() * out.z;
  out.x_hat = prior.x_a + apply_prior_covariance(prior, ht);
  return out;
}

Aggregate aggregate_dense(const DenseResult& r, const PriorSpec& prior, const Eigen::VectorXd& w) {
  Aggregate a;
  if (!r.error.empty()) {
    a.error = r.error;
    return a;
  }
  if (w.size() != prior.x_a.size() || r.x_hat.size() != prior.x_a.size()) {
    a.error = "inversion: aggregate weights have the wrong size";
    return a;
  }
  const Eigen::MatrixXd B = prior_covariance_dense(prior);
  a.prior_mean = w.dot(prior.x_a);
  a.prior_sd = std::sqrt(w.dot(B * w));
  a.posterior_mean = w.dot(r.x_hat);
  a.posterior_sd = std::sqrt(std::fmax(0.0, w.dot(r.A * w)));
  return a;
}

Aggregate aggregate_iterative(const IterativeResult& r, const SpRow& H, const PriorSpec& prior, const ObsSpec& obs,
                              const Eigen::VectorXd& w, const IterativeOptions& opt) {
  Aggregate a;
  a.error = !r.error.empty() ? r.error : check(prior, obs, H.rows(), H.cols());
  if (a.error.empty()) a.error = check_operator(prior);
  if (a.error.empty() && (w.size() != prior.x_a.size() || r.x_hat.size() != prior.x_a.size()))
    a.error = "inversion: aggregate weights have the wrong size";
  if (!a.error.empty()) return a;
  const Eigen::VectorXd Bw = apply_prior_covariance(prior, w);
  const Eigen::VectorXd HBw = H * Bw;
  int iters = 0;
  double rel = 0.0;
  const Eigen::VectorXd s = r.assembled ? Eigen::VectorXd(r.s_llt.solve(HBw))
                                        : cg_solve(H, prior, observation_variance(obs), HBw, opt, &iters, &rel, &a.error);
  if (!a.error.empty()) return Aggregate{0.0, 0.0, 0.0, 0.0, a.error};
  a.prior_mean = w.dot(prior.x_a);
  const double wBw = w.dot(Bw);
  a.prior_sd = std::sqrt(wBw);
  a.posterior_mean = w.dot(r.x_hat);
  a.posterior_sd = std::sqrt(std::fmax(0.0, wBw - HBw.dot(s)));
  return a;
}

}  // namespace twin::monitor
