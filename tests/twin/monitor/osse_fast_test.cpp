// The fast inversion path (osse.cpp: the Jacobian kept factored, S assembled per profile group in the LLT's
// storage, only the posterior pieces the outputs need) against the textbook dense formulas written out here
// on a small case: x̂ = x_a + B Gᵀ S⁻¹ (y − G x_a), A = B − B Gᵀ S⁻¹ G B, DOFS = trace(B Gᵀ S⁻¹ G) (not the
// m − Σ R_ii (S⁻¹)_ii the code uses), with G from state_jacobian and B built element by element. The case has
// everything the grouping must get right: two sectors sharing one profile (by value, in separate vectors),
// a third with its own, flat sectors with zero cells, per-cell release heights with some cells at 0 m (their
// ground columns are copied), low-cost bias elements, in-situ receptors at three heights and a column receptor.
// And the shared-exponential footprint builder equal to the one-profile builder bit for bit (state_jacobian,
// hence simulate_observations, unchanged).
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "twin/monitor/osse.hpp"
#include "twin/monitor/reconcile.hpp"

namespace twin::monitor {
namespace {

constexpr int kNx = 7, kNy = 6;
constexpr double kCell = 500.0;

std::vector<double> profile(double phase, int hours) {
  std::vector<double> p(static_cast<std::size_t>(hours));
  for (int h = 0; h < hours; ++h) p[static_cast<std::size_t>(h)] = 1.0 + 0.5 * std::sin(0.7 * h + phase);
  return p;
}

MonitorSetup small_city() {
  MonitorSetup s;
  s.grid = {-1750.0, -1500.0, kCell, kNx, kNy};
  const std::size_t n = kNx * kNy;
  s.prior_cell_t.assign(n, SectorValues{});
  s.release_height_m.assign(n, 0.0);
  for (std::size_t c = 0; c < n; ++c) {
    SectorValues& v = s.prior_cell_t[c];
    v[static_cast<int>(GridSector::Residential)] = 1.0e4 + 500.0 * static_cast<double>(c % 5);
    if (c % 3 == 0) v[static_cast<int>(GridSector::Commercial)] = 6.0e3;
    if (c / kNx == 2) v[static_cast<int>(GridSector::Transport)] = 8.0e3;
    if (c % 4 == 1) v[static_cast<int>(GridSector::LandUse)] = -2.0e3;  // a sink: sd from |prior|
    if (c % 2 == 1) s.release_height_m[c] = 10.0 + static_cast<double>(c);
  }
  s.prior_cell_t[15][static_cast<int>(GridSector::Industry)] = 1.5e5;
  s.release_height_m[15] = 60.0;
  const int hours = 8;
  for (int h = 0; h < hours; ++h) {
    HourMet m;
    m.u10_m_s = 2.5 + 0.4 * h;
    m.wind_from_deg = 40.0 * h + 15.0;
    m.stability = h % 3 == 0 ? Stability::B : (h % 3 == 1 ? Stability::C : Stability::D);
    m.daytime = true;
    s.met.push_back(m);
  }
  s.profiles[static_cast<int>(GridSector::Residential)] = profile(0.3, hours);
  s.profiles[static_cast<int>(GridSector::Commercial)] = profile(0.3, hours);  // equal by value: one group
  s.profiles[static_cast<int>(GridSector::Transport)] = profile(1.9, hours);
  s.lowcost_sensors = 2;
  return s;
}

// Receptors around and inside the grid: rooftops (30 m), low-cost (10 m, with bias elements), a mobile (3 m)
// and a satellite column (z < 0); every hour; enhancements made up (the comparison does not need a truth).
std::vector<MonitorObservation> observations(const MonitorSetup& s) {
  struct Site { double x, y, z; int lowcost; };
  const Site sites[] = {{0.0, 0.0, 30.0, -1}, {1200.0, 900.0, 30.0, -1}, {-1400.0, -800.0, 10.0, 0},
                        {900.0, -1300.0, 10.0, 1}, {-300.0, 1100.0, 3.0, -1}, {400.0, 200.0, -1.0, -1}};
  std::vector<MonitorObservation> obs;
  for (std::size_t h = 0; h < s.met.size(); ++h)
    for (const Site& st : sites) {
      MonitorObservation o;
      o.receptor = {st.x, st.y, st.z, static_cast<int>(h)};
      o.lowcost_sensor = st.lowcost;
      o.day = 0.5 * static_cast<double>(h);
      o.sigma_ppm = st.lowcost >= 0 ? 1.6 : (st.z < 0.0 ? 1.0 : 0.1);
      o.enhancement_ppm = 0.8 + 0.37 * std::sin(1.3 * static_cast<double>(obs.size()));
      obs.push_back(o);
    }
  return obs;
}

// B element by element (osse.hpp): sector blocks sd_a sd_b exp(−d/L) within a sector, the unexplained block
// σ_u² I, the bias elements σ_offset², σ_slope².
Eigen::MatrixXd dense_prior(const MonitorSetup& s, const StateLayout& l, Eigen::VectorXd* x_a) {
  const Eigen::Index N = static_cast<Eigen::Index>(l.size), n = static_cast<Eigen::Index>(l.n_cells);
  Eigen::MatrixXd B = Eigen::MatrixXd::Zero(N, N);
  *x_a = Eigen::VectorXd::Zero(N);
  for (std::size_t b = 0; b < l.sectors.size(); ++b) {
    const int k = l.sectors[b];
    const double rel = sector_relative_sd(static_cast<GridSector>(k));
    for (Eigen::Index p = 0; p < n; ++p) {
      const double vp = s.prior_cell_t[static_cast<std::size_t>(p)][static_cast<std::size_t>(k)];
      (*x_a)(static_cast<Eigen::Index>(b) * n + p) = vp;
      for (Eigen::Index q = 0; q < n; ++q) {
        const double vq = s.prior_cell_t[static_cast<std::size_t>(q)][static_cast<std::size_t>(k)];
        const double dx = static_cast<double>(p % kNx - q % kNx) * kCell, dy = static_cast<double>(p / kNx - q / kNx) * kCell;
        B(static_cast<Eigen::Index>(b) * n + p, static_cast<Eigen::Index>(b) * n + q) =
            rel * std::fabs(vp) * rel * std::fabs(vq) * std::exp(-std::sqrt(dx * dx + dy * dy) / s.correlation_length_m);
      }
    }
  }
  for (Eigen::Index c = 0; c < n; ++c)
    B(static_cast<Eigen::Index>(l.unexplained) + c, static_cast<Eigen::Index>(l.unexplained) + c) =
        s.unexplained_sd_t_per_yr * s.unexplained_sd_t_per_yr;
  for (Eigen::Index e = static_cast<Eigen::Index>(l.bias); e < N; e += 2) {
    B(e, e) = s.bias_offset_sd_ppm * s.bias_offset_sd_ppm;
    B(e + 1, e + 1) = s.bias_slope_sd_ppm_per_day * s.bias_slope_sd_ppm_per_day;
  }
  return B;
}

double rel_diff(double a, double b) { return std::fabs(a - b) / std::fmax(std::fabs(b), 1e-300); }

TEST(MonitorFastInversion, EqualsTheDenseFormulas) {
  const MonitorSetup s = small_city();
  const std::vector<MonitorObservation> obs = observations(s);
  const MonitorInversion inv = invert_monitoring(s, obs);
  ASSERT_EQ(inv.error, "");
  const StateLayout& l = inv.layout;
  // Residential, commercial, industry, transport, land use: 5 sector blocks, 3 profile groups (the two equal
  // profiles share one, transport its own, the flat sectors one).
  ASSERT_EQ(l.sectors.size(), 5u);
  EXPECT_EQ(inv.profile_factor.cols(), 3);

  const Eigen::MatrixXd G = state_jacobian(s, l, obs);
  ASSERT_EQ(G.rows(), static_cast<Eigen::Index>(obs.size()));
  Eigen::VectorXd x_a;
  const Eigen::MatrixXd B = dense_prior(s, l, &x_a);
  const Eigen::Index m = G.rows();
  Eigen::VectorXd r(m), y(m);
  for (Eigen::Index k = 0; k < m; ++k) {
    const MonitorObservation& o = obs[static_cast<std::size_t>(k)];
    r(k) = o.sigma_ppm * o.sigma_ppm + s.model_error_ppm * s.model_error_ppm;
    y(k) = o.enhancement_ppm;
  }
  const Eigen::MatrixXd BGt = B * G.transpose();
  Eigen::MatrixXd S = G * BGt;
  S.diagonal() += r;
  const Eigen::LLT<Eigen::MatrixXd> llt(S);
  ASSERT_EQ(llt.info(), Eigen::Success);
  const Eigen::VectorXd x_hat = x_a + BGt * llt.solve(y - G * x_a);
  const Eigen::MatrixXd K = llt.solve(BGt.transpose());  // S⁻¹ G B
  const Eigen::MatrixXd A = B - BGt * K;
  const double dofs = (BGt * llt.solve(G)).trace();

  EXPECT_LT(rel_diff(inv.dofs, dofs), 1e-9) << inv.dofs << " vs " << dofs;
  EXPECT_GT(dofs, 1.0);
  double worst_x = 0.0;
  for (Eigen::Index k = 0; k < x_hat.size(); ++k)
    worst_x = std::fmax(worst_x, std::fabs(inv.x_hat(k) - x_hat(k)) / std::fmax(std::sqrt(B(k, k)), 1e-12));
  EXPECT_LT(worst_x, 1e-9);  // per element, against its prior sd
  ASSERT_EQ(inv.sectors.size(), l.sectors.size() + 2);
  for (std::size_t b = 0; b <= l.sectors.size() + 1; ++b) {
    Eigen::VectorXd w = Eigen::VectorXd::Zero(B.rows());
    if (b <= l.sectors.size()) w.segment(static_cast<Eigen::Index>(b * l.n_cells), static_cast<Eigen::Index>(l.n_cells)).setOnes();
    else w = total_weights(l);
    const SectorEstimate& e = inv.sectors[b];
    EXPECT_LT(rel_diff(e.posterior_t, w.dot(x_hat)), 1e-9) << b;
    EXPECT_LT(rel_diff(e.posterior_sd_t, std::sqrt(w.dot(A * w))), 1e-9) << b;
    EXPECT_LT(rel_diff(e.prior_sd_t, std::sqrt(w.dot(B * w))), 1e-9) << b;
    EXPECT_LT(e.posterior_sd_t, e.prior_sd_t) << b;
  }
  for (Eigen::Index c = 0; c < static_cast<Eigen::Index>(l.n_cells); ++c) {
    const Eigen::Index k = static_cast<Eigen::Index>(l.unexplained) + c;
    EXPECT_LT(rel_diff(inv.unexplained_sd_t(c), std::sqrt(A(k, k))), 1e-9) << c;
  }
  // The operators behind aggregate() and design_network(): G v, Gᵀ z and A v.
  Eigen::VectorXd v(B.rows()), z(m);
  for (Eigen::Index k = 0; k < v.size(); ++k) v(k) = std::cos(0.37 * static_cast<double>(k));
  for (Eigen::Index k = 0; k < m; ++k) z(k) = std::sin(0.53 * static_cast<double>(k));
  EXPECT_LT((apply_jacobian(inv, v) - G * v).norm() / (G * v).norm(), 1e-12);
  EXPECT_LT((apply_jacobian_transpose(inv, z) - G.transpose() * z).norm() / (G.transpose() * z).norm(), 1e-12);
  EXPECT_LT((apply_posterior(inv, v) - A * v).norm() / (A * v).norm(), 1e-9);
  EXPECT_EQ(apply_jacobian(inv, Eigen::VectorXd::Zero(3)).size(), 0);  // wrong length: empty, no throw
  // The unexplained source window: the same as from the dense x̂.
  const UnexplainedSource us = find_unexplained_source(s, inv);
  MonitorInversion dense_inv = inv;
  dense_inv.x_hat = x_hat;
  const UnexplainedSource ref = find_unexplained_source(s, dense_inv);
  EXPECT_EQ(us.cells, ref.cells);
  EXPECT_LT(std::fabs(us.t_per_yr - ref.t_per_yr), 1e-9 * std::fmax(std::fabs(ref.t_per_yr), 1.0));
}

TEST(MonitorFastInversion, SharedExponentialFootprintsEqualOneProfileBuildsBitForBit) {
  const MonitorSetup s = small_city();
  const std::vector<MonitorObservation> obs = observations(s);
  FootprintInputs in;
  in.grid = s.grid;
  in.release_height_m = s.release_height_m;
  in.met = s.met;
  for (const MonitorObservation& o : obs) in.receptors.push_back(o.receptor);
  const std::vector<double>& pa = s.profiles[static_cast<int>(GridSector::Residential)];
  const std::vector<double>& pb = s.profiles[static_cast<int>(GridSector::Transport)];
  std::vector<char> odd(cell_count(s.grid), 0);
  for (std::size_t c = 1; c < odd.size(); c += 2) odd[c] = 1;
  const std::vector<Eigen::MatrixXd> three = build_footprints_dense(in, {&pa, nullptr, &pb});
  const std::vector<Eigen::MatrixXd> masked = build_footprints_dense(in, {nullptr}, odd);
  ASSERT_EQ(three.size(), 3u);
  ASSERT_EQ(masked.size(), 1u);
  const Eigen::MatrixXd flat = build_footprint_dense(in);
  FootprintInputs with_a = in, with_b = in;
  with_a.profiles = {pa};
  with_b.profiles = {pb};
  EXPECT_EQ((three[0] - build_footprint_dense(with_a)).cwiseAbs().maxCoeff(), 0.0);
  EXPECT_EQ((three[1] - flat).cwiseAbs().maxCoeff(), 0.0);
  EXPECT_EQ((three[2] - build_footprint_dense(with_b)).cwiseAbs().maxCoeff(), 0.0);
  EXPECT_GT(flat.cwiseAbs().maxCoeff(), 0.0);
  for (Eigen::Index c = 0; c < flat.cols(); ++c) {
    const Eigen::VectorXd expected = odd[static_cast<std::size_t>(c)] ? Eigen::VectorXd(flat.col(c)) : Eigen::VectorXd::Zero(flat.rows());
    const double d = (masked[0].col(c) - expected).cwiseAbs().maxCoeff();
    EXPECT_EQ(d, 0.0) << c;
  }
  // state_jacobian: each block is its own one-profile operator, the unexplained block the ground one.
  const StateLayout l = state_layout(s);
  const Eigen::MatrixXd G = state_jacobian(s, l, obs);
  const Eigen::Index n = static_cast<Eigen::Index>(l.n_cells), m = G.rows();
  for (std::size_t b = 0; b < l.sectors.size(); ++b) {
    FootprintInputs one = in;
    const std::vector<double>& p = s.profiles[static_cast<std::size_t>(l.sectors[b])];
    if (!p.empty()) one.profiles = {p};
    EXPECT_EQ((G.block(0, static_cast<Eigen::Index>(b) * n, m, n) - build_footprint_dense(one)).cwiseAbs().maxCoeff(), 0.0) << b;
  }
  FootprintInputs ground = in;
  ground.release_height_m = {0.0};
  EXPECT_EQ((G.block(0, static_cast<Eigen::Index>(l.unexplained), m, n) - build_footprint_dense(ground)).cwiseAbs().maxCoeff(), 0.0);
  // Bad input: empty, no throw.
  EXPECT_TRUE(build_footprints_dense(in, {}).empty());
  EXPECT_TRUE(build_footprints_dense(in, {nullptr}, std::vector<char>(3, 1)).empty());
  const std::vector<double> short_profile(2, 1.0);
  EXPECT_TRUE(build_footprints_dense(in, {&short_profile}).empty());
}

}  // namespace
}  // namespace twin::monitor
