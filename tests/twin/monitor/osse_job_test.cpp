// The inversion as a job (osse.hpp start_inversion / advance_inversion / finish_inversion): run in slices of
// 1, 7 and 5,000 rows it gives invert_monitoring's result bit for bit (every output: x̂, the factored Jacobian,
// S's Cholesky factor, the sector sums, the unexplained sds, DOFS), on a case with two profile groups plus a
// flat one, per-cell release heights (some at 0 m), low-cost bias elements, a column receptor, and more than
// 256 observations (DOFS in two blocks). Bad inputs and bad use end the job with an error, never a throw.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "twin/monitor/osse.hpp"

namespace twin::monitor {
namespace {

constexpr int kNx = 7, kNy = 6;
constexpr double kCell = 500.0;

std::vector<double> job_profile(double phase, int hours) {
  std::vector<double> p(static_cast<std::size_t>(hours));
  for (int h = 0; h < hours; ++h) p[static_cast<std::size_t>(h)] = 1.0 + 0.5 * std::sin(0.7 * h + phase);
  return p;
}

MonitorSetup job_city() {
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
    if (c % 4 == 1) v[static_cast<int>(GridSector::LandUse)] = -2.0e3;
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
  s.profiles[static_cast<int>(GridSector::Residential)] = job_profile(0.3, hours);
  s.profiles[static_cast<int>(GridSector::Commercial)] = job_profile(0.3, hours);
  s.profiles[static_cast<int>(GridSector::Transport)] = job_profile(1.9, hours);
  s.lowcost_sensors = 2;
  return s;
}

// 36 receptors (a ring of rooftops, two low-cost, a column) × 8 hours = 288 observations (> 256: two DOFS blocks).
std::vector<MonitorObservation> job_observations(const MonitorSetup& s) {
  std::vector<MonitorObservation> obs;
  for (std::size_t h = 0; h < s.met.size(); ++h)
    for (int k = 0; k < 36; ++k) {
      MonitorObservation o;
      const double a = 0.1745 * k;  // 10° apart
      o.receptor = {1400.0 * std::cos(a), 1300.0 * std::sin(a), k == 35 ? -1.0 : 30.0, static_cast<int>(h)};
      o.lowcost_sensor = k < 2 ? k : -1;
      if (k < 2) o.receptor.z_m = 10.0;
      o.day = 0.5 * static_cast<double>(h);
      o.sigma_ppm = k < 2 ? 1.6 : (k == 35 ? 1.0 : 0.1);
      o.enhancement_ppm = 0.8 + 0.37 * std::sin(1.3 * static_cast<double>(obs.size()));
      obs.push_back(o);
    }
  return obs;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

template <class M>
void expect_bits(const M& a, const M& b, const char* what) {
  ASSERT_EQ(a.rows(), b.rows()) << what;
  ASSERT_EQ(a.cols(), b.cols()) << what;
  for (Eigen::Index j = 0; j < a.cols(); ++j)
    for (Eigen::Index i = 0; i < a.rows(); ++i)
      ASSERT_TRUE(same_bits(a(i, j), b(i, j))) << what << "(" << i << ", " << j << "): " << a(i, j) << " vs " << b(i, j);
}

void expect_same_inversion(const MonitorInversion& a, const MonitorInversion& b) {
  ASSERT_EQ(a.error, b.error);
  expect_bits(a.x_a, b.x_a, "x_a");
  expect_bits(a.x_hat, b.x_hat, "x_hat");
  expect_bits(a.prior_sd, b.prior_sd, "prior_sd");
  expect_bits(a.correlation, b.correlation, "correlation");
  expect_bits(a.footprint, b.footprint, "footprint");
  expect_bits(a.ground_footprint, b.ground_footprint, "ground_footprint");
  expect_bits(a.profile_factor, b.profile_factor, "profile_factor");
  expect_bits(a.bias_day, b.bias_day, "bias_day");
  const Eigen::MatrixXd la = a.s_llt.matrixL(), lb = b.s_llt.matrixL();
  expect_bits(la, lb, "cholesky factor of S");
  expect_bits(a.unexplained_sd_t, b.unexplained_sd_t, "unexplained_sd_t");
  EXPECT_EQ(a.block_group, b.block_group);
  EXPECT_EQ(a.bias_sensor, b.bias_sensor);
  EXPECT_TRUE(same_bits(a.dofs, b.dofs)) << a.dofs << " vs " << b.dofs;
  ASSERT_EQ(a.sectors.size(), b.sectors.size());
  for (std::size_t k = 0; k < a.sectors.size(); ++k) {
    EXPECT_EQ(a.sectors[k].sector, b.sectors[k].sector);
    EXPECT_TRUE(same_bits(a.sectors[k].posterior_t, b.sectors[k].posterior_t)) << k;
    EXPECT_TRUE(same_bits(a.sectors[k].posterior_sd_t, b.sectors[k].posterior_sd_t)) << k;
    EXPECT_TRUE(same_bits(a.sectors[k].prior_sd_t, b.sectors[k].prior_sd_t)) << k;
  }
}

MonitorInversion stepped(const MonitorSetup& s, const std::vector<MonitorObservation>& obs, std::size_t rows,
                         std::size_t* slices) {
  InversionJob job = start_inversion(s, obs);
  double last = -1.0;
  while (!advance_inversion(&job, rows)) {
    const double p = inversion_progress(job);
    EXPECT_GT(p, last);  // grows with every slice
    EXPECT_LT(p, 1.0);
    last = p;
  }
  EXPECT_EQ(inversion_progress(job), 1.0);
  *slices = job.slices;
  return finish_inversion(&job);
}

TEST(MonitorInversionJob, SteppedEqualsInvertMonitoringBitForBit) {
  const MonitorSetup s = job_city();
  const std::vector<MonitorObservation> obs = job_observations(s);
  ASSERT_EQ(obs.size(), 288u);
  const MonitorInversion whole = invert_monitoring(s, obs);
  ASSERT_EQ(whole.error, "");
  ASSERT_EQ(whole.profile_factor.cols(), 3);  // residential+commercial, transport, the flat ones
  std::size_t slices_1 = 0, slices_7 = 0, slices_big = 0;
  expect_same_inversion(stepped(s, obs, 1, &slices_1), whole);
  expect_same_inversion(stepped(s, obs, 7, &slices_7), whole);
  expect_same_inversion(stepped(s, obs, 5000, &slices_big), whole);
  // Slices at 1 row: prior 1 + correlation 42 rows + footprint 288 + ground 288 + factors 1 + per group (start,
  // Cholesky of M, X L, rank update: 4) + M's columns (U = 42 cells for residential+commercial, 7 for transport
  // (grid row 2), 12 for the flat land use (c % 4 == 1: 11) and industry (cell 15)) + unexplained, diagonal,
  // Cholesky, mean 4 + DOFS 2 blocks + unexplained sds 1 + sectors 1 = 1 + 42 + 576 + 1 + 12 + 61 + 4 + 2 + 2 = 701.
  EXPECT_EQ(slices_1, 701u);
  EXPECT_GT(slices_1, slices_7);
  EXPECT_GT(slices_7, slices_big);
}

TEST(MonitorInversionJob, WithoutCorrelationEqualsToo) {
  MonitorSetup s = job_city();
  s.correlation_length_m = 0.0;
  s.bias_elements = false;
  const std::vector<MonitorObservation> obs = job_observations(s);
  std::size_t slices = 0;
  expect_same_inversion(stepped(s, obs, 3, &slices), invert_monitoring(s, obs));
}

TEST(MonitorInversionJob, BadInputAndBadUseGiveErrors) {
  const MonitorSetup s = job_city();
  std::vector<MonitorObservation> obs = job_observations(s);
  obs[5].sigma_ppm = std::nan("");
  InversionJob bad = start_inversion(s, obs);
  EXPECT_TRUE(bad.done());
  EXPECT_EQ(bad.result.error, "observations[5].sigma_ppm must be in (0, 100]");
  EXPECT_TRUE(advance_inversion(&bad, 10));
  EXPECT_EQ(finish_inversion(&bad).error, invert_monitoring(s, obs).error);

  obs = job_observations(s);
  obs[3].receptor.hour = 99;
  EXPECT_EQ(start_inversion(s, obs).result.error, "transport: receptors[3].hour = 99 outside the 8 met hours");

  obs = job_observations(s);
  InversionJob job = start_inversion(s, obs);
  ASSERT_EQ(job.result.error, "");
  advance_inversion(&job, 4);
  EXPECT_EQ(finish_inversion(&job).error, "finish_inversion: the job is not finished");
  EXPECT_TRUE(advance_inversion(&job, 0));  // 0 rows: an error, the job stops
  EXPECT_EQ(finish_inversion(&job).error, "advance_inversion: rows must be ≥ 1");
  EXPECT_TRUE(advance_inversion(nullptr, 4));
  EXPECT_EQ(finish_inversion(nullptr).error, "finish_inversion: no job");
  InversionJob never;
  EXPECT_TRUE(advance_inversion(&never, 4));
  EXPECT_EQ(finish_inversion(&never).error, "finish_inversion: the job was never started (start_inversion)");

  InversionJob twice = start_inversion(s, obs);
  while (!advance_inversion(&twice, 100)) {}
  EXPECT_EQ(finish_inversion(&twice).error, "");
  EXPECT_EQ(finish_inversion(&twice).error, "finish_inversion: the result was taken");
}

}  // namespace
}  // namespace twin::monitor
