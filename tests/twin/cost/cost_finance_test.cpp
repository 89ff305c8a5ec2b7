// Capital recovery factor, discount factors and NPV against hand calculations.
#include <gtest/gtest.h>

#include <vector>

#include "twin/cost/finance.hpp"

namespace twin::cost {
namespace {

TEST(CostFinance, CapitalRecoveryFactorEqualsTheAnnuityFormula) {
  // 1.08^25 = 6.848475196; CRF = 0.08 × 6.848475196 / 5.848475196 = 0.093678779.
  EXPECT_NEAR(capital_recovery_factor(0.08, 25), 0.0936787790519681, 1e-15);
  // 1.08^15 = 3.172169114; CRF = 0.08 × 3.172169114 / 2.172169114 = 0.116829545.
  EXPECT_NEAR(capital_recovery_factor(0.08, 15), 0.1168295449360200, 1e-15);
  // 1.08^30 = 10.062656889; CRF = 0.08 × 10.062656889 / 9.062656889 = 0.088827433.
  EXPECT_NEAR(capital_recovery_factor(0.08, 30), 0.0888274333872723, 1e-15);
  EXPECT_DOUBLE_EQ(capital_recovery_factor(0.0, 20), 1.0 / 20.0);  // no interest: straight line
  EXPECT_EQ(capital_recovery_factor(0.08, 0), 0.0);                // variable items: nothing to annualise
  EXPECT_DOUBLE_EQ(capital_recovery_factor(0.08, 1), 1.08);        // one year: repay with interest
}

TEST(CostFinance, DiscountingAndNpv) {
  EXPECT_EQ(discount_factor(0.08, 0), 1.0);
  EXPECT_NEAR(discount_factor(0.08, 2), 1.0 / (1.08 * 1.08), 1e-16);
  // 100 + 100/1.08 + 100/1.08² = 100 + 92.592593 + 85.733882 = 278.326475.
  const std::vector<double> flows{100.0, 100.0, 100.0};
  EXPECT_NEAR(net_present_value(flows, 0.08), 278.3264746227709, 1e-10);
  // The present value of an annuity of CRF per year for n years is 1 (years 1..n).
  std::vector<double> annuity(26, capital_recovery_factor(0.08, 25));
  annuity[0] = 0.0;
  EXPECT_NEAR(net_present_value(annuity, 0.08), 1.0, 1e-12);
}

}  // namespace
}  // namespace twin::cost
