#include "twin/transport/gravity.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace twin::transport {
namespace {

const DemandSolverSettings kSettings{};

void expect_marginals(const std::vector<double>& t, const std::vector<double>& p, const std::vector<double>& a,
                      double rel) {
  const std::size_t n = p.size();
  for (std::size_t i = 0; i < n; ++i) {
    double row = 0.0, col = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
      row += t[i * n + j];
      col += t[j * n + i];
    }
    EXPECT_NEAR(row, p[i], rel * std::max(1.0, p[i])) << "row " << i;
    EXPECT_NEAR(col, a[i], rel * std::max(1.0, a[i])) << "column " << i;
  }
}

TEST(Gravity, FurnessMatchesBothMarginals) {
  const std::vector<double> p = {400.0, 250.0, 100.0, 250.0}, a = {100.0, 500.0, 300.0, 100.0};
  const std::vector<double> f = {1.0, 0.5, 0.2, 0.1,   //
                                 0.4, 1.0, 0.3, 0.05,  //
                                 0.2, 0.6, 1.0, 0.7,   //
                                 0.1, 0.1, 0.9, 1.0};
  std::vector<double> t;
  FurnessReport rep;
  ASSERT_EQ(furness(p, a, f, kSettings, &t, &rep), "");
  EXPECT_TRUE(rep.converged);
  EXPECT_LE(rep.max_relative_error, kSettings.furness_tolerance);
  EXPECT_GT(rep.iterations, 1);
  expect_marginals(t, p, a, 1e-8);
}

// With f ≡ 1 the solution is the independence table T_ij = P_i A_j / T, reached in one sweep.
TEST(Gravity, UniformDeterrenceGivesTheProductTable) {
  const std::vector<double> p = {30.0, 70.0}, a = {60.0, 40.0}, f(4, 1.0);
  std::vector<double> t;
  FurnessReport rep;
  ASSERT_EQ(furness(p, a, f, kSettings, &t, &rep), "");
  EXPECT_EQ(rep.iterations, 1);
  EXPECT_NEAR(t[0], 18.0, 1e-12);
  EXPECT_NEAR(t[1], 12.0, 1e-12);
  EXPECT_NEAR(t[2], 42.0, 1e-12);
  EXPECT_NEAR(t[3], 28.0, 1e-12);
}

TEST(Gravity, ZeroRowsAndColumnsStayZero) {
  const std::vector<double> p = {100.0, 0.0, 50.0}, a = {60.0, 90.0, 0.0};
  const std::vector<double> f = {1.0, 0.3, 0.2, 0.3, 1.0, 0.4, 0.2, 0.4, 1.0};
  std::vector<double> t;
  FurnessReport rep;
  ASSERT_EQ(furness(p, a, f, kSettings, &t, &rep), "");
  EXPECT_TRUE(rep.converged);
  for (int j = 0; j < 3; ++j) EXPECT_EQ(t[1 * 3 + j], 0.0);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(t[i * 3 + 2], 0.0);
  expect_marginals(t, p, a, 1e-8);
}

TEST(Gravity, RejectsBadInput) {
  std::vector<double> t;
  FurnessReport rep;
  const std::vector<double> f(4, 1.0);
  EXPECT_NE(furness({1.0, -1.0}, {0.0, 0.0}, f, kSettings, &t, &rep), "");                 // negative
  EXPECT_NE(furness({1.0, std::nan("")}, {1.0, 1.0}, f, kSettings, &t, &rep), "");         // NaN
  EXPECT_NE(furness({1.0, 1.0}, {1.0, 1.5}, f, kSettings, &t, &rep), "");                  // unbalanced
  EXPECT_NE(furness({1.0, 1.0}, {1.0, 1.0}, {1.0, 1.0, 1.0}, kSettings, &t, &rep), "");    // size
  EXPECT_NE(furness({1.0, 1.0}, {1.0, 1.0}, {1.0, std::nan(""), 1.0, 1.0}, kSettings, &t, &rep), "");
  // Zone 1 produces trips but its only reachable partner attracts none.
  EXPECT_NE(furness({1.0, 1.0}, {2.0, 0.0}, {1.0, 0.0, 0.0, 1.0}, kSettings, &t, &rep), "");
  EXPECT_TRUE(t.empty());
  GravityCalibration cal;
  const std::vector<double> d = {0.5, 1.0, 1.0, 0.5};
  EXPECT_NE(distribute_calibrated({1.0, 1.0}, {1.0, 1.0}, {1.0, std::nan(""), 1.0, 1.0}, d, 1.0, 0.0, kSettings, &t, &cal), "");
  EXPECT_NE(distribute_calibrated({1.0, 1.0}, {1.0, 1.0}, {1.0, 2.0, 2.0, 1.0}, {0.5, -1.0, 1.0, 0.5}, 1.0, 0.0, kSettings, &t, &cal), "");
  EXPECT_NE(distribute_calibrated({1.0, 1.0}, {1.0, 1.0}, {1.0, 2.0, 2.0, 1.0}, d, 0.0, 0.0, kSettings, &t, &cal), "");
}

// Five zones on a line 1 km apart (intrazonal 0.5 km), cost 2 min/km: the calibrated β reproduces
// the target mean, and a shorter target needs a stronger deterrence.
TEST(Gravity, CalibrationHitsTheTargetMeanTripLength) {
  const int n = 5;
  std::vector<double> d(n * n), c(n * n);
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      d[i * n + j] = i == j ? 0.5 : std::abs(i - j);
      c[i * n + j] = 2.0 * d[i * n + j];
    }
  }
  const std::vector<double> p = {100.0, 200.0, 50.0, 300.0, 150.0}, a = {250.0, 100.0, 200.0, 50.0, 200.0};
  std::vector<double> t;
  GravityCalibration short_cal, long_cal;
  ASSERT_EQ(distribute_calibrated(p, a, c, d, 1.0, 0.0, kSettings, &t, &short_cal), "");
  EXPECT_TRUE(short_cal.reached);
  EXPECT_NEAR(short_cal.mean_trip_km, 1.0, 1.0 * kSettings.calibration_tolerance);
  expect_marginals(t, p, a, 1e-8);
  double td = 0.0, tt = 0.0;
  for (int k = 0; k < n * n; ++k) {
    td += t[k] * d[k];
    tt += t[k];
  }
  EXPECT_NEAR(td / tt, short_cal.mean_trip_km, 1e-9);
  ASSERT_EQ(distribute_calibrated(p, a, c, d, 1.5, 0.0, kSettings, &t, &long_cal), "");
  EXPECT_TRUE(long_cal.reached);
  EXPECT_GT(short_cal.beta_per_min, long_cal.beta_per_min);
  EXPECT_LT(short_cal.steps, 20);
  // A warm start at the answer needs one solution.
  ASSERT_EQ(distribute_calibrated(p, a, c, d, 1.5, long_cal.beta_per_min, kSettings, &t, &long_cal), "");
  EXPECT_EQ(long_cal.steps, 1);
}

// A target beyond what any β gives is reported as not reached, not as an error.
TEST(Gravity, UnreachableTargetIsReportedNotFailed) {
  const std::vector<double> d = {0.5, 2.0, 2.0, 0.5}, c = {1.0, 4.0, 4.0, 1.0};
  std::vector<double> t;
  GravityCalibration cal;
  ASSERT_EQ(distribute_calibrated({10.0, 10.0}, {10.0, 10.0}, c, d, 5.0, 0.0, kSettings, &t, &cal), "");
  EXPECT_FALSE(cal.reached);
  EXPECT_LT(cal.mean_trip_km, 5.0);
  // Unreachable pairs (+inf cost) carry no trips.
  const double inf = std::numeric_limits<double>::infinity();
  // Zone 0 can only stay; zone 1 fills the rest of zone 0's attraction: T = [[10, 0], [5, 5]].
  ASSERT_EQ(distribute_calibrated({10.0, 10.0}, {15.0, 5.0}, {1.0, inf, 4.0, 1.0}, d, 1.0, 0.0, kSettings, &t, &cal), "");
  EXPECT_EQ(t[1], 0.0);
  EXPECT_NEAR(t[0], 10.0, 1e-6);
  EXPECT_NEAR(t[2], 5.0, 1e-6);
}

}  // namespace
}  // namespace twin::transport
