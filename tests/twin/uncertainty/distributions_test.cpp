// Inverse CDFs: reference values of Φ⁻¹, exact quantiles of the triangular, lognormal and uniform, the
// percentiles of 10^5 draws against the true ones within a tolerance from the sample size, and errors.
#include "twin/uncertainty/distributions.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "twin/uncertainty/counter_rng.hpp"
#include "twin/uncertainty/ensemble.hpp"

namespace twin::uncertainty {
namespace {

TEST(UncertaintyDistributions, InverseNormalMatchesTabulatedValues) {
  // Φ⁻¹ from standard tables (Abramowitz & Stegun 26.2; R's qnorm): 0.975 → 1.959963985,
  // 0.9 → 1.281551566, 1e-10 → −6.361340902. Acklam's relative error is < 1.15e-9.
  EXPECT_EQ(inverse_normal_cdf(0.5), 0.0);
  EXPECT_NEAR(inverse_normal_cdf(0.975), 1.959963985, 1.959963985 * 1.2e-9 + 1e-9);
  EXPECT_NEAR(inverse_normal_cdf(0.025), -1.959963985, 1.959963985 * 1.2e-9 + 1e-9);
  EXPECT_NEAR(inverse_normal_cdf(0.9), 1.281551566, 1.281551566 * 1.2e-9 + 1e-9);
  EXPECT_NEAR(inverse_normal_cdf(1e-10), -6.361340902, 6.361340902 * 1.2e-9 + 1e-9);
  EXPECT_EQ(inverse_normal_cdf(0.25), -inverse_normal_cdf(0.75));  // exact: 0.25 − 0.5 = −(0.75 − 0.5)
}

TEST(UncertaintyDistributions, ClosedFormQuantiles) {
  // Triangular(0, 1, 2): F(1) = 1/2, F(x) = x²/2 below the mode → quantile(1/8) = sqrt(1/4) = 0.5.
  const Distribution tri{DistributionKind::Triangular, 0.0, 1.0, 2.0};
  EXPECT_DOUBLE_EQ(quantile(tri, 0.5), 1.0);
  EXPECT_DOUBLE_EQ(quantile(tri, 0.125), 0.5);
  EXPECT_DOUBLE_EQ(quantile(tri, 0.875), 1.5);  // symmetric branch: 2 − sqrt(0.125 × 2 × 1)
  // Lognormal: median 3 at u = 1/2; u = 0.975 → 3 e^(0.2 × 1.959963985) = 3 × 1.4799271 = 4.4397812.
  const Distribution ln{DistributionKind::Lognormal, 3.0, 0.2, 0.0};
  EXPECT_DOUBLE_EQ(quantile(ln, 0.5), 3.0);
  EXPECT_NEAR(quantile(ln, 0.975), 3.0 * 1.4799271, 1e-6);
  const Distribution uni{DistributionKind::Uniform, -2.0, 6.0, 0.0};
  EXPECT_DOUBLE_EQ(quantile(uni, 0.25), 0.0);
  const Distribution nrm{DistributionKind::Normal, 10.0, 2.0, 0.0};
  EXPECT_DOUBLE_EQ(quantile(nrm, 0.5), 10.0);
}

// p-quantile of n draws: its standard error is sqrt(p(1 − p)/n) / f(x_p) (asymptotic normality of
// sample quantiles); allow 4 standard errors (a false failure about 1 in 16,000 runs per check — and
// the draws are fixed by the seed, so the test is deterministic anyway).
double tolerance(double p, double density, int n) { return 4.0 * std::sqrt(p * (1.0 - p) / n) / density; }

std::vector<double> draws(const Distribution& d, int n) {
  std::vector<double> x(n);
  for (int i = 0; i < n; ++i) x[i] = quantile(d, counter_uniform(99, i, 3));
  std::sort(x.begin(), x.end());
  return x;
}

TEST(UncertaintyDistributions, PercentilesOfUniformSamplesAreRecovered) {
  constexpr int kN = 100000;
  const std::vector<double> x = draws({DistributionKind::Uniform, 0.0, 1.0, 0.0}, kN);
  // Density 1: tolerance 4 sqrt(0.09/1e5) = 3.8e-3 at 10/90 %, 4 sqrt(0.25/1e5) = 6.3e-3 at 50 %.
  for (double p : {0.1, 0.5, 0.9}) EXPECT_NEAR(percentile_type7(x, p), p, tolerance(p, 1.0, kN)) << p;
}

TEST(UncertaintyDistributions, PercentilesOfNormalSamplesAreRecovered) {
  constexpr int kN = 100000;
  const std::vector<double> x = draws({DistributionKind::Normal, 0.0, 1.0, 0.0}, kN);
  // φ(1.281551566) = 0.1754983, φ(0) = 0.3989423: tolerances 0.0216 and 0.0159.
  EXPECT_NEAR(percentile_type7(x, 0.1), -1.281551566, tolerance(0.1, 0.1754983, kN));
  EXPECT_NEAR(percentile_type7(x, 0.5), 0.0, tolerance(0.5, 0.3989423, kN));
  EXPECT_NEAR(percentile_type7(x, 0.9), 1.281551566, tolerance(0.9, 0.1754983, kN));
}

TEST(UncertaintyDistributions, PercentilesOfTriangularSamplesAreRecovered) {
  constexpr int kN = 100000;
  const std::vector<double> x = draws({DistributionKind::Triangular, 0.0, 1.0, 2.0}, kN);
  // Triangular(0, 1, 2): x_0.1 = sqrt(0.2) = 0.4472136 with density 0.4472136; median 1, density 1.
  EXPECT_NEAR(percentile_type7(x, 0.1), std::sqrt(0.2), tolerance(0.1, std::sqrt(0.2), kN));
  EXPECT_NEAR(percentile_type7(x, 0.5), 1.0, tolerance(0.5, 1.0, kN));
  EXPECT_NEAR(percentile_type7(x, 0.9), 2.0 - std::sqrt(0.2), tolerance(0.9, std::sqrt(0.2), kN));
}

TEST(UncertaintyDistributions, BadParametersAreNamed) {
  EXPECT_EQ(validate_distribution({DistributionKind::Normal, 0.0, 1.0, 0.0}), "");
  EXPECT_NE(validate_distribution({DistributionKind::Normal, 0.0, -1.0, 0.0}).find("standard deviation"),
            std::string::npos);
  EXPECT_NE(validate_distribution({DistributionKind::Lognormal, 0.0, 0.1, 0.0}).find("median"), std::string::npos);
  EXPECT_NE(validate_distribution({DistributionKind::Triangular, 0.0, 3.0, 2.0}).find("mode"), std::string::npos);
  EXPECT_NE(validate_distribution({DistributionKind::Uniform, 1.0, 1.0, 0.0}).find("below max"), std::string::npos);
  EXPECT_NE(validate_distribution({DistributionKind::Normal, NAN, 1.0, 0.0}).find("p1"), std::string::npos);
}

}  // namespace
}  // namespace twin::uncertainty
