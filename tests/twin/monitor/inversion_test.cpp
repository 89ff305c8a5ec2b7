// The Bayesian inversion (twin/monitor/inversion.hpp): the scalar case equals the closed form; H = I with
// diagonal B, R gives the precision-weighted mean (both the observation-space and the state-space branch);
// an observing-system experiment on a small city recovers the total within 2σ, its uncertainty shrinks as
// receptors are added, 0 < DOFS < n; the separable B operator equals the dense B; conjugate gradients equal
// the dense solver to 1e-8 on 500 unknowns.
#include "twin/monitor/inversion.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>

#include "twin/monitor/footprint.hpp"

namespace twin::monitor {
namespace {

PriorSpec diag_prior(int n, std::initializer_list<double> xa, std::initializer_list<double> sd) {
  PriorSpec p;
  p.grid = {0.0, 0.0, 1000.0, n, 1};
  p.x_a = Eigen::Map<const Eigen::VectorXd>(xa.begin(), n);
  p.sd = Eigen::Map<const Eigen::VectorXd>(sd.begin(), n);
  return p;
}

TEST(MonitorInversion, ScalarEqualsClosedForm) {
  // h = 2, b = 2² = 4, r = 0.5² = 0.25, x_a = 10, y = 23:
  // x̂ = 10 + 4·2·(23 − 20)/(4·4 + 0.25) = 10 + 24/16.25 = 11.476923076923…; A = b r/(h² b + r) = 1/16.25.
  const PriorSpec p = diag_prior(1, {10.0}, {2.0});
  ObsSpec o;
  o.y = Eigen::VectorXd::Constant(1, 23.0);
  o.sigma = Eigen::VectorXd::Constant(1, 0.5);
  const Eigen::MatrixXd H = Eigen::MatrixXd::Constant(1, 1, 2.0);
  const DenseResult r = invert_dense(H, p, o);
  EXPECT_NEAR(r.x_hat(0), 10.0 + 24.0 / 16.25, 1e-14);
  EXPECT_NEAR(r.A(0, 0), 1.0 / 16.25, 1e-15);
  EXPECT_NEAR(r.dofs, 16.0 / 16.25, 1e-14);  // h² b / (h² b + r)
}

TEST(MonitorInversion, IdentityIsPrecisionWeightedMean) {
  const PriorSpec p = diag_prior(3, {1.0, 2.0, 3.0}, {1.0, 2.0, 0.5});
  ObsSpec o;
  o.y = Eigen::Vector3d(2.0, 0.0, 4.0);
  o.sigma = Eigen::Vector3d(1.0, 1.0, 2.0);
  const DenseResult r = invert_dense(Eigen::MatrixXd::Identity(3, 3), p, o);  // m = n: observation space
  for (int k = 0; k < 3; ++k) {
    const double b = p.sd(k) * p.sd(k), rr = o.sigma(k) * o.sigma(k);
    EXPECT_NEAR(r.x_hat(k), (p.x_a(k) / b + o.y(k) / rr) / (1.0 / b + 1.0 / rr), 1e-14) << k;
    EXPECT_NEAR(r.A(k, k), 1.0 / (1.0 / b + 1.0 / rr), 1e-14) << k;
  }
  // Two observations of each element (m = 6 > n = 3: the state-space branch), the second one kind 1 with
  // an added 1.0 in quadrature.
  Eigen::MatrixXd H2(6, 3);
  H2 << Eigen::MatrixXd::Identity(3, 3), Eigen::MatrixXd::Identity(3, 3);
  ObsSpec o2;
  o2.y.resize(6);
  o2.y << 2.0, 0.0, 4.0, 1.0, 1.0, 1.0;
  o2.sigma = Eigen::VectorXd::Constant(6, 1.0);
  o2.kind = {0, 0, 0, 1, 1, 1};
  o2.kind_extra_sigma = {0.0, 1.0};
  const DenseResult r2 = invert_dense(H2, p, o2);
  for (int k = 0; k < 3; ++k) {
    const double b = p.sd(k) * p.sd(k);
    const double prec = 1.0 / b + 1.0 / 1.0 + 1.0 / 2.0;
    EXPECT_NEAR(r2.x_hat(k), (p.x_a(k) / b + o2.y(k) / 1.0 + o2.y(k + 3) / 2.0) / prec, 1e-12) << k;
    EXPECT_NEAR(r2.A(k, k), 1.0 / prec, 1e-12) << k;
  }
}

TEST(MonitorInversion, SeparableOperatorEqualsDenseB) {
  PriorSpec p;
  p.grid = {0.0, 0.0, 500.0, 7, 4};
  p.sectors = 2;
  p.length_m = 1200.0;
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> u(0.5, 2.0);
  p.x_a = Eigen::VectorXd::Zero(56);
  p.sd.resize(56);
  for (auto& v : p.sd) v = u(rng);
  Eigen::VectorXd v(56);
  for (auto& e : v) e = u(rng) - 1.0;
  const Eigen::VectorXd dense = prior_covariance_dense(p) * v;
  const Eigen::VectorXd op = apply_prior_covariance(p, v);
  EXPECT_LE((dense - op).cwiseAbs().maxCoeff(), 1e-12 * dense.cwiseAbs().maxCoeff());
  p.correlation = Correlation::Euclidean;
  EXPECT_EQ(apply_prior_covariance(p, v).size(), 0);  // the operator form is separable only; no exception
}

// A 10 × 10 city of 500 m cells, ground sources; `stations` receptors around it over 6 hours of varied wind.
struct Osse {
  FootprintInputs fp;
  PriorSpec prior;
  Eigen::VectorXd truth;
};

Osse make_osse(int stations, int nx, int ny) {
  Osse s;
  s.fp.grid = {0.0, 0.0, 500.0, nx, ny};
  s.fp.release_height_m = {0.0};
  const double dirs[6] = {270.0, 240.0, 300.0, 90.0, 180.0, 20.0};
  for (int h = 0; h < 6; ++h) {
    HourMet m;
    m.u10_m_s = 3.0;
    m.wind_from_deg = dirs[h];
    m.stability = h < 3 ? Stability::C : Stability::D;
    s.fp.met.push_back(m);
  }
  const double w = nx * 500.0, hgt = ny * 500.0;
  for (int k = 0; k < stations; ++k) {
    // stations on a ring through the city's quarter points, and its edge
    const double fx = 0.15 + 0.7 * ((k * 37) % 100) / 100.0, fy = 0.15 + 0.7 * ((k * 61 + 13) % 100) / 100.0;
    for (int h = 0; h < 6; ++h) s.fp.receptors.push_back({fx * w, fy * hgt, 10.0, h});
  }
  const int n = nx * ny;
  s.prior.grid = s.fp.grid;
  s.prior.length_m = 1000.0;
  s.prior.x_a = Eigen::VectorXd::Constant(n, 2.0e5);  // 200 kt/yr a cell: a 20 Mt/yr city of 100 cells
  s.prior.sd = 0.5 * s.prior.x_a;
  std::mt19937_64 rng(20261204);
  std::uniform_real_distribution<double> scale(0.6, 1.6);
  s.truth.resize(n);
  for (int c = 0; c < n; ++c) s.truth(c) = s.prior.x_a(c) * scale(rng);
  return s;
}

ObsSpec observe(const Eigen::MatrixXd& H, const Eigen::VectorXd& truth, double sigma_ppm, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> noise(0.0, sigma_ppm);
  ObsSpec o;
  o.y = H * truth;
  for (auto& v : o.y) v += noise(rng);
  o.sigma = Eigen::VectorXd::Constant(o.y.size(), sigma_ppm);
  return o;
}

TEST(MonitorInversion, ObservingSystemExperimentRecoversTheTotal) {
  double last_sd = 1e300;
  for (int stations : {2, 6, 16}) {
    const Osse s = make_osse(stations, 10, 10);
    const Eigen::MatrixXd H = build_footprint_dense(s.fp);
    const ObsSpec o = observe(H, s.truth, 0.2, 7);
    const DenseResult r = invert_dense(H, s.prior, o);
    const Aggregate tot = aggregate_dense(r, s.prior, Eigen::VectorXd::Ones(100));
    const double truth_total = s.truth.sum();
    EXPECT_LE(std::fabs(tot.posterior_mean - truth_total), 2.0 * tot.posterior_sd)
        << stations << " stations: " << tot.posterior_mean << " vs " << truth_total << " ± " << tot.posterior_sd;
    EXPECT_LT(tot.posterior_sd, tot.prior_sd) << stations;
    EXPECT_LT(tot.posterior_sd, last_sd) << stations;  // more receptors, less uncertainty
    last_sd = tot.posterior_sd;
    EXPECT_GT(r.dofs, 0.0);
    EXPECT_LT(r.dofs, 100.0);
    EXPECT_LE(r.dofs, static_cast<double>(H.rows()) + 1e-9);
  }
}

TEST(MonitorInversion, IterativeEqualsDenseAt500Unknowns) {
  const Osse s = make_osse(8, 25, 20);  // 500 unknowns, 48 observations
  const Eigen::MatrixXd H = build_footprint_dense(s.fp);
  const auto Hs = build_footprint_sparse(s.fp, 0.0);
  const ObsSpec o = observe(H, s.truth, 0.2, 9);
  const DenseResult d = invert_dense(H, s.prior, o);
  const Eigen::VectorXd w = Eigen::VectorXd::Ones(500);
  const Aggregate ad = aggregate_dense(d, s.prior, w);
  for (int assemble_max : {0, 4000}) {  // conjugate gradients, then the assembled observation-space system
    IterativeOptions opt;
    opt.assemble_max_observations = assemble_max;
    const IterativeResult it = invert_iterative(Hs, s.prior, o, opt);
    EXPECT_EQ(it.assembled, assemble_max > 0);
    if (it.assembled) {
      EXPECT_NEAR(it.dofs, d.dofs, 1e-8 * d.dofs);
    } else {
      EXPECT_LE(it.relative_residual, 1e-12);
    }
    EXPECT_LE((it.x_hat - d.x_hat).cwiseAbs().maxCoeff(), 1e-8 * d.x_hat.cwiseAbs().maxCoeff()) << assemble_max;
    const Aggregate ai = aggregate_iterative(it, Hs, s.prior, o, w, opt);
    EXPECT_NEAR(ai.posterior_mean, ad.posterior_mean, 1e-8 * std::fabs(ad.posterior_mean)) << assemble_max;
    EXPECT_NEAR(ai.posterior_sd, ad.posterior_sd, 1e-8 * ad.posterior_sd) << assemble_max;
    EXPECT_NEAR(ai.prior_sd, ad.prior_sd, 1e-10 * ad.prior_sd);
  }
}

TEST(MonitorInversion, BadInputNamesTheField) {
  PriorSpec p = diag_prior(2, {1.0, 2.0}, {1.0, -1.0});
  ObsSpec o;
  o.y = Eigen::Vector2d(1.0, 2.0);
  o.sigma = Eigen::Vector2d(1.0, 1.0);
  const Eigen::MatrixXd H = Eigen::MatrixXd::Identity(2, 2);
  auto message = [&](const Eigen::MatrixXd& h) {
    const DenseResult r = invert_dense(h, p, o);
    EXPECT_EQ(r.x_hat.size(), r.error.empty() ? h.cols() : 0);  // a failed inversion carries no figures
    return r.error.empty() ? std::string("no error") : r.error;
  };
  EXPECT_NE(message(H).find("prior.sd[1] = -1"), std::string::npos) << message(H);
  p.sd(1) = 1.0;
  o.y(0) = std::nan("");
  EXPECT_NE(message(H).find("obs.y[0]"), std::string::npos) << message(H);
  o.y(0) = 1.0;
  EXPECT_NE(message(Eigen::MatrixXd::Identity(2, 3)).find("H has 3 columns"), std::string::npos);
  o.sigma(1) = 0.0;
  EXPECT_NE(message(H).find("obs.sigma[1]"), std::string::npos) << message(H);
}

}  // namespace
}  // namespace twin::monitor
