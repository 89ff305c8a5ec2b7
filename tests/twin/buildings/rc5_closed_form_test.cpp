// The 5R1C model (ISO 13790 Annex C) against closed forms: steady state Φ = H_total·ΔT, and the
// hourly energy balance closing over a year.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "twin/buildings/rc5.hpp"

namespace twin::buildings {
namespace {

Rc5Def box() {
  Rc5Def d;
  d.floor_area_m2 = 100.0;
  d.h_ve_w_k = 40.0;
  d.h_tr_w_w_k = 30.0;
  d.h_tr_op_w_k = 60.0;
  return d;
}

TEST(Rc5, SteadyStateHeatingEqualsTotalConductanceTimesDeltaT) {
  const Rc5Network net = make_rc5_network(box());
  // H_tr,em and H_tr,ms in series give back H_tr,op (eq. 63).
  EXPECT_NEAR(1.0 / (1.0 / net.h_tr_em + 1.0 / net.h_tr_ms), 60.0, 1e-9);
  double theta_m = 20.0;
  Rc5HourResult r;
  for (int h = 0; h < 24 * 200; ++h) {
    r = rc5_step(net, theta_m, Rc5HourInput{-5.0, 0.0, 0.0, 20.0, 1e9});
    theta_m = r.theta_m_end_c;
  }
  // Closed form of the network seen from the air node: H_ve in parallel with H_tr,is in series with
  // (H_tr,w + H_tr,op), times ΔT = 20 − (−5) K (H_tr,is = 3.45 · 4.5 A_f, ISO 13790 eq. 9).
  const double h_is = 3.45 * 4.5 * 100.0;
  const double h_total = 40.0 + 1.0 / (1.0 / h_is + 1.0 / (30.0 + 60.0));
  EXPECT_NEAR(r.heat_cool_w, h_total * 25.0, 1e-6);
  EXPECT_NEAR(r.theta_air_c, 20.0, 1e-12);
}

TEST(Rc5, FreeFloatingSteadyStateRisesByGainsOverConductance) {
  const Rc5Network net = make_rc5_network(box());
  double theta_m = 0.0;
  Rc5HourResult r;
  for (int h = 0; h < 24 * 200; ++h) {
    r = rc5_step(net, theta_m, Rc5HourInput{0.0, 1300.0, 0.0, -1e9, 1e9});
    theta_m = r.theta_m_end_c;
  }
  // At steady state every watt leaves through H_ve, H_tr,w and H_tr,em, except the share
  // H_tr,w / (9.1 A_t) of the radiant gains that eq. C.3 sends straight back out through the windows.
  const double loss = net.h_ve * r.theta_air_c + net.h_tr_w * r.theta_s_c + net.h_tr_em * r.theta_m_c;
  const double window_share = net.h_tr_w / (9.1 * net.a_t_m2) * 650.0;
  EXPECT_NEAR(loss + window_share, 1300.0, 1e-6);
}

TEST(Rc5, AnnualEnergyBalanceCloses) {
  const Rc5Network net = make_rc5_network(box());
  const int hours = 8760;
  double theta_m = 15.0;
  const double start = theta_m;
  double in_j = 0, out_j = 0;
  for (int h = 0; h < hours; ++h) {
    const double te = 10.0 + 15.0 * std::sin(2 * std::numbers::pi * h / 8760.0) + 5.0 * std::sin(2 * std::numbers::pi * h / 24.0);
    const double gains = 500.0 + 400.0 * std::sin(2 * std::numbers::pi * h / 24.0);
    const double sol = std::max(0.0, 2000.0 * std::sin(2 * std::numbers::pi * (h % 24 - 6) / 24.0));
    const Rc5HourResult r = rc5_step(net, theta_m, Rc5HourInput{te, gains, sol, 20.0, 26.0});
    in_j += (r.heat_cool_w + gains + sol) * 3600.0;
    out_j += net.h_tr_w / (9.1 * net.a_t_m2) * (0.5 * gains + sol) * 3600.0;  // eq. C.3's window share
    out_j += (net.h_ve * (r.theta_air_c - te) + net.h_tr_w * (r.theta_s_c - te) + net.h_tr_em * (r.theta_m_c - te)) *
             3600.0;
    theta_m = r.theta_m_end_c;
  }
  const double stored_j = net.c_m_j_k * (theta_m - start);
  // The Crank–Nicolson form of Annex C conserves energy exactly; only rounding remains.
  EXPECT_NEAR(in_j - out_j, stored_j, 1e-9 * std::abs(in_j));
}

}  // namespace
}  // namespace twin::buildings
