// The deterministic exp/log agree with libm to a few ulps (twin/pathway/det_math.hpp).
#include "twin/pathway/det_math.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace twin::pathway {
namespace {

// 4e-15 relative ≈ 18 ulps: argument reduction and the series each round a few times.
constexpr double kRel = 4e-15;

TEST(PathwayDetMath, ExpAndLogMatchLibm) {
  for (double x = -40.0; x <= 40.0; x += 0.173) {
    EXPECT_NEAR(det_exp(x), std::exp(x), std::exp(x) * kRel) << x;
  }
  for (double x = 1e-6; x < 1e6; x *= 1.37) EXPECT_NEAR(det_log(x), std::log(x), 1e-15 + std::fabs(std::log(x)) * kRel) << x;
  EXPECT_EQ(det_exp(0.0), 1.0);
  EXPECT_EQ(det_log(1.0), 0.0);
  EXPECT_EQ(det_exp(-800.0), 0.0);
  EXPECT_NEAR(det_pow(0.5, 3.0), 0.125, 0.125 * kRel);
  EXPECT_EQ(det_pow(0.0, 3.0), 0.0);
}

}  // namespace
}  // namespace twin::pathway
