#include "twin/buildings/rc5.hpp"

#include <cassert>

namespace twin::buildings {
namespace {
constexpr double kHis_w_m2k = 3.45;  // h_is, §7.2.2.2
constexpr double kHms_w_m2k = 9.1;   // h_ms, §12.2.2
constexpr double kAtPerAf = 4.5;     // Λ_at = A_t/A_f, §7.2.2.2

struct Linear {  // temperatures for a given Φ_HC
  double air, s, m_end, m_mean;
};

// §C.3 eqs. C.2–C.11 with θ_sup = θ_e; Φ_hc enters with Φ_ia (air node).
Linear solve(const Rc5Network& n, double theta_m_prev, double theta_e, double phi_ia, double phi_st, double phi_m,
             double phi_hc) {
  const double phi_a = phi_ia + phi_hc;
  const double phi_mtot = phi_m + n.h_tr_em * theta_e +
                          n.h_tr_3 * (phi_st + n.h_tr_w * theta_e + n.h_tr_1 * (phi_a / n.h_ve + theta_e)) / n.h_tr_2;
  const double c = n.c_m_j_k / 3600.0;
  const double m_end = (theta_m_prev * (c - 0.5 * (n.h_tr_3 + n.h_tr_em)) + phi_mtot) / (c + 0.5 * (n.h_tr_3 + n.h_tr_em));
  const double m_mean = 0.5 * (m_end + theta_m_prev);
  const double s = (n.h_tr_ms * m_mean + phi_st + n.h_tr_w * theta_e + n.h_tr_1 * (theta_e + phi_a / n.h_ve)) /
                   (n.h_tr_ms + n.h_tr_w + n.h_tr_1);
  const double air = (n.h_tr_is * s + n.h_ve * theta_e + phi_a) / (n.h_tr_is + n.h_ve);
  return {air, s, m_end, m_mean};
}
}  // namespace

Rc5Network make_rc5_network(const Rc5Def& d) {
  assert(d.floor_area_m2 > 0 && d.h_ve_w_k > 0 && d.h_tr_op_w_k > 0 && "rc5: empty network");
  Rc5Network n{};
  n.a_m_m2 = d.mass_area_per_floor * d.floor_area_m2;
  n.a_t_m2 = kAtPerAf * d.floor_area_m2;
  n.c_m_j_k = d.capacity_j_per_k_m2 * d.floor_area_m2;
  n.h_ve = d.h_ve_w_k;
  n.h_tr_w = d.h_tr_w_w_k;
  n.h_tr_is = kHis_w_m2k * n.a_t_m2;                                  // eq. 9
  n.h_tr_ms = kHms_w_m2k * n.a_m_m2;                                  // eq. 64
  n.h_tr_em = 1.0 / (1.0 / d.h_tr_op_w_k - 1.0 / n.h_tr_ms);          // eq. 63
  n.h_tr_1 = 1.0 / (1.0 / n.h_ve + 1.0 / n.h_tr_is);                  // C.6
  n.h_tr_2 = n.h_tr_1 + n.h_tr_w;                                     // C.7
  n.h_tr_3 = 1.0 / (1.0 / n.h_tr_2 + 1.0 / n.h_tr_ms);                // C.8
  return n;
}

Rc5HourResult rc5_step(const Rc5Network& n, double theta_m_prev, const Rc5HourInput& in) {
  // Split of gains, eqs. C.1–C.3: half the internal gains convective to the air, the rest and the
  // solar gains radiant, shared between the mass and the surface nodes.
  const double phi_ia = 0.5 * in.internal_w;
  const double radiant = 0.5 * in.internal_w + in.solar_w;
  const double phi_m = n.a_m_m2 / n.a_t_m2 * radiant;
  const double phi_st = (1.0 - n.a_m_m2 / n.a_t_m2 - n.h_tr_w / (kHms_w_m2k * n.a_t_m2)) * radiant;
  const Linear free = solve(n, theta_m_prev, in.theta_e_c, phi_ia, phi_st, phi_m, 0.0);
  Rc5HourResult r;
  double target = free.air;
  if (free.air < in.heating_setpoint_c) target = in.heating_setpoint_c;
  if (free.air > in.cooling_setpoint_c) target = in.cooling_setpoint_c;
  if (target == free.air) {
    r = {0.0, free.air, free.s, free.m_mean, free.m_end};
    return r;
  }
  // Sensitivity dθ_air/dΦ_HC (same for every hour): the network response to 1 W with no other input.
  const Linear unit = solve(n, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
  const double phi = (target - free.air) / unit.air;
  r.heat_cool_w = phi;
  r.theta_air_c = target;
  r.theta_s_c = free.s + phi * unit.s;
  r.theta_m_end_c = free.m_end + phi * unit.m_end;
  r.theta_m_c = 0.5 * (r.theta_m_end_c + theta_m_prev);
  return r;
}

double rc5_run(const Rc5Network& net, const Rc5Series& s, std::uint32_t warmup_h, double theta_m_c,
               std::span<double> heat_cool_w) {
  const auto n = static_cast<std::uint32_t>(s.theta_e_c.size());
  assert(heat_cool_w.size() == n && s.internal_w.size() == n && s.solar_w.size() == n &&
         s.heating_setpoint_c.size() == n && s.cooling_setpoint_c.size() == n && "rc5_run: series lengths differ");
  if (n == 0) return theta_m_c;
  if (warmup_h > n) warmup_h = n;
  for (std::uint32_t k = 0; k < warmup_h + n; ++k) {
    const std::uint32_t h = k < warmup_h ? n - warmup_h + k : k - warmup_h;
    const Rc5HourInput in{s.theta_e_c[h], s.internal_w[h], s.solar_w[h], s.heating_setpoint_c[h],
                          s.cooling_setpoint_c[h]};
    const Rc5HourResult r = rc5_step(net, theta_m_c, in);
    theta_m_c = r.theta_m_end_c;
    if (k >= warmup_h) heat_cool_w[h] = r.heat_cool_w;
  }
  return theta_m_c;
}

}  // namespace twin::buildings
