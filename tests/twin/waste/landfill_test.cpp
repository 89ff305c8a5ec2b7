// Landfill CH4 by IPCC 2006 first-order decay and by mass balance, against hand calculations.
#include "twin/waste/landfill.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace twin::waste {
namespace {

LandfillParams params(LandfillMethod method, double recovery = 0.0) {
  LandfillParams p;
  p.doc = 0.14;
  p.docf = 0.5;
  p.mcf = 1.0;
  p.f_ch4 = 0.5;
  p.ox = 0.1;
  p.k_per_yr = 0.09;
  p.recovery_share = recovery;
  p.method = method;
  return p;
}

TEST(WasteLandfill, FirstOrderDecayByHand) {
  // 1000 t deposited in year 1: DDOCm = 1000 × 0.14 × 0.5 × 1.0 = 70 t. With M = 13 nothing decays in
  // the year of deposit. Year 2: decomposed = 70 × (1 − e^−0.09) = 70 × 0.0860688147 = 6.0248170310 t;
  // CH4 generated = 6.0248170310 × 0.5 × 16/12 = 4.0165446873 t; emitted = × (1 − 0.1) = 3.6148902186 t.
  const LandfillParams p = params(LandfillMethod::FirstOrderDecay);
  LandfillState s;
  const LandfillYear y1 = landfill_year(s, 1000.0, p);
  EXPECT_DOUBLE_EQ(y1.ddocm_deposited_t, 70.0);
  EXPECT_EQ(y1.ch4_generated_t, 0.0);
  EXPECT_DOUBLE_EQ(s.ddocm_stock_t, 70.0);
  const LandfillYear y2 = landfill_year(s, 0.0, p);
  EXPECT_NEAR(y2.ddocm_decomposed_t, 6.024817031014027, 1e-12);
  EXPECT_NEAR(y2.ch4_generated_t, 4.016544687342685, 1e-12);
  EXPECT_NEAR(y2.ch4_emitted_t, 3.614890218608416, 1e-12);
  EXPECT_NEAR(y2.ch4_oxidised_t, 4.016544687342685 * 0.1, 1e-12);
  EXPECT_NEAR(s.ddocm_stock_t, 70.0 * 0.9139311852712282, 1e-12);
}

TEST(WasteLandfill, MassBalanceByHandWithRecovery) {
  // 1000 t × 0.14 × 0.5 × 1.0 × 0.5 × 16/12 = 46.6667 tCH4 generated in the year of deposit;
  // recovery 25 %: emitted = 46.6667 × 0.75 × 0.9 = 31.5 t.
  const LandfillParams p = params(LandfillMethod::MassBalance, 0.25);
  LandfillState s;
  const LandfillYear y = landfill_year(s, 1000.0, p);
  EXPECT_NEAR(y.ch4_generated_t, 140.0 / 3.0, 1e-12);
  EXPECT_NEAR(y.ch4_recovered_t, 35.0 / 3.0, 1e-12);
  EXPECT_NEAR(y.ch4_emitted_t, 31.5, 1e-12);
  EXPECT_NEAR(y.ch4_generated_t - y.ch4_recovered_t - y.ch4_oxidised_t, y.ch4_emitted_t, 1e-12);
  EXPECT_EQ(s.ddocm_stock_t, 0.0);  // mass balance keeps no stock
}

TEST(WasteLandfill, FirstOrderDecayReleasesWhatMassBalanceCountsAtOnce) {
  // Conservation: over 600 years one deposit decomposes fully (e^(−0.09·600) ≈ 4e-24), so the FOD
  // total equals the mass-balance figure to rounding.
  const LandfillParams p = params(LandfillMethod::FirstOrderDecay);
  LandfillState s;
  double total = landfill_year(s, 1000.0, p).ch4_emitted_t;
  for (int year = 0; year < 600; ++year) total += landfill_year(s, 0.0, p).ch4_emitted_t;
  EXPECT_NEAR(total, 70.0 * 0.5 * 16.0 / 12.0 * 0.9, 1e-9);
}

TEST(WasteLandfill, HistoryStockIsTheGeometricSeries) {
  // Constant deposits D for N years: stock = DDOCm(D) × (1 − q^N) / (1 − q), q = e^−k.
  const LandfillParams p = params(LandfillMethod::FirstOrderDecay);
  const double q = 0.9139311852712282;
  const LandfillState s = landfill_stock_from_history(1000.0, 30, 0.0, p);
  EXPECT_NEAR(s.ddocm_stock_t, 70.0 * (1.0 - std::pow(q, 30)) / (1.0 - q), 1e-9);
  // Growth 5 %/yr: deposit j years back = 1000 / 1.05^j; two years by hand:
  // stock = 70/1.05² × q + 70/1.05.
  const LandfillState g = landfill_stock_from_history(1000.0, 2, 0.05, p);
  EXPECT_NEAR(g.ddocm_stock_t, 70.0 / (1.05 * 1.05) * q + 70.0 / 1.05, 1e-9);
  EXPECT_EQ(landfill_stock_from_history(1000.0, 30, 0.0, params(LandfillMethod::MassBalance)).ddocm_stock_t, 0.0);
  // Steady state: with the history stock, a year with the same deposit emits as much as the mass
  // balance of that deposit times (1 − q^30), i.e. close to it after 30 years.
  LandfillState steady = s;
  const double fod = landfill_year(steady, 1000.0, p).ch4_emitted_t;
  EXPECT_NEAR(fod, 31.5 / 0.75 * (1.0 - std::pow(q, 30)), 1e-9);
}

}  // namespace
}  // namespace twin::waste
