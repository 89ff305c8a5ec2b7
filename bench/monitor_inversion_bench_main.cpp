// The footprint Jacobian and the Bayesian inversion (twin/monitor) at 1,000, 10,000 and 100,000 unknowns:
// 250 m cells (40 × 25, 100 × 100, 400 × 250), ground sources, 20 surface stations × 24 hours = 480
// observations, winds turning through the day. Prints JSON lines of medians (bench/median_timer.hpp).
// The target: 10,000 unknowns ≤ 1 s natively (Jacobian + inversion).
//   ct_bench_monitor_inversion [RUNS]
#include <cstdio>
#include <cstdlib>
#include <random>

#include "bench/median_timer.hpp"
#include "twin/monitor/footprint.hpp"
#include "twin/monitor/inversion.hpp"

namespace {

namespace mon = twin::monitor;

mon::FootprintInputs problem(int nx, int ny) {
  mon::FootprintInputs in;
  in.grid = {0.0, 0.0, 250.0, nx, ny};
  in.release_height_m = {0.0};
  for (int h = 0; h < 24; ++h) {
    mon::HourMet m;
    m.u10_m_s = 2.0 + 0.15 * h;
    m.wind_from_deg = 180.0 + 7.5 * h;
    m.stability = h >= 8 && h <= 17 ? mon::Stability::C : mon::Stability::E;
    in.met.push_back(m);
  }
  const double w = nx * 250.0, hgt = ny * 250.0;
  for (int k = 0; k < 20; ++k) {
    const double fx = 0.1 + 0.8 * ((k * 37) % 100) / 100.0, fy = 0.1 + 0.8 * ((k * 61 + 13) % 100) / 100.0;
    for (int h = 0; h < 24; ++h) in.receptors.push_back({fx * w, fy * hgt, 10.0, h});
  }
  return in;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
  if (runs < 1) {
    std::fprintf(stderr, "usage: ct_bench_monitor_inversion [RUNS >= 1]\n");
    return 2;
  }
  const int sizes[3][2] = {{40, 25}, {100, 100}, {400, 250}};
  for (const auto& s : sizes) {
    const mon::FootprintInputs in = problem(s[0], s[1]);
    const int n = s[0] * s[1];
    Eigen::SparseMatrix<double, Eigen::RowMajor> H;
    const bench::Timing tj = bench::time_median(runs, [&] { H = mon::build_footprint_sparse(in, 1e-6); });
    mon::PriorSpec prior;
    prior.grid = in.grid;
    prior.length_m = 1000.0;
    prior.x_a = Eigen::VectorXd::Constant(n, 2.0e4);
    prior.sd = 0.5 * prior.x_a;
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> scale(0.6, 1.6);
    Eigen::VectorXd truth(n);
    for (int c = 0; c < n; ++c) truth(c) = prior.x_a(c) * scale(rng);
    mon::ObsSpec obs;
    obs.y = H * truth;
    obs.sigma = Eigen::VectorXd::Constant(obs.y.size(), 0.2);
    mon::IterativeOptions opt;
    mon::IterativeResult r;
    const bench::Timing ti = bench::time_median(runs, [&] { r = mon::invert_iterative(H, prior, obs, opt); });
    mon::Aggregate total;
    const bench::Timing ta = bench::time_median(runs, [&] {
      total = mon::aggregate_iterative(r, H, prior, obs, Eigen::VectorXd::Ones(n), opt);
    });
    std::printf("{\"case\": \"monitor_inversion\", \"unknowns\": %d, \"observations\": %d, \"runs\": %d, "
                "\"jacobian_median_ms\": %.2f, \"nonzeros\": %lld, \"solve_median_ms\": %.2f, \"dofs\": %.2f, "
                "\"total_sd_median_ms\": %.2f, \"sum_median_ms\": %.2f, \"prior_total\": %.6g, "
                "\"posterior_total\": %.6g, \"posterior_sd\": %.6g, \"truth_total\": %.6g}\n",
                n, static_cast<int>(obs.y.size()), runs, tj.median_ms, static_cast<long long>(H.nonZeros()),
                ti.median_ms, r.dofs, ta.median_ms, tj.median_ms + ti.median_ms + ta.median_ms,
                total.prior_mean, total.posterior_mean, total.posterior_sd, truth.sum());
    if (n <= 1000) {
      Eigen::MatrixXd Hd = Eigen::MatrixXd(H);
      mon::DenseResult d;
      const bench::Timing td = bench::time_median(runs, [&] { d = mon::invert_dense(Hd, prior, obs); });
      std::printf("{\"case\": \"monitor_inversion_dense\", \"unknowns\": %d, \"observations\": %d, \"runs\": %d, "
                  "\"dense_median_ms\": %.2f, \"dofs\": %.4f, \"max_abs_diff_vs_assembled\": %.3g}\n",
                  n, static_cast<int>(obs.y.size()), runs, td.median_ms, d.dofs,
                  (d.x_hat - r.x_hat).cwiseAbs().maxCoeff());
    }
  }
  return 0;
}
