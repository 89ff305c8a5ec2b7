// ISO 13790:2008 simple hourly method (5R1C network, Annex C): one thermal zone as five conductances
// and one capacity, the set-point-driven ideal heating/cooling need per hour (§C.4). Light enough for
// every building of a city; twin/buildings/zone_* is the detailed, BESTEST-validated model.
//
//   θ_e ─H_ve─ θ_air ─H_tr,is─ θ_s ─H_tr,ms─ θ_m ─H_tr,em─ θ_e        (θ_s ─H_tr,w─ θ_e)
//   gains: Φ_ia on θ_air (+ Φ_HC), Φ_st on θ_s, Φ_m on θ_m (eqs. C.1–C.3); C_m on θ_m.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace twin::buildings {

struct Rc5Def {
  double floor_area_m2 = 1.0;          // A_f, conditioned floor area
  double h_ve_w_k = 0.0;               // ventilation + infiltration, ρ_a c_a V̇ (§9.3)
  double h_tr_w_w_k = 0.0;             // windows (no mass), Σ U_w A_w
  double h_tr_op_w_k = 0.0;            // opaque elements, Σ b_tr U A (split into H_tr,em and H_tr,ms)
  double mass_area_per_floor = 3.0;    // A_m / A_f, Table 12 "heavy"
  double capacity_j_per_k_m2 = 260000.0;  // C_m / A_f, Table 12 "heavy"
};

// Conductances of the network, W/K (eqs. 9, 12, 64 and C.6–C.8).
struct Rc5Network {
  double h_ve, h_tr_w, h_tr_em, h_tr_ms, h_tr_is;
  double a_m_m2, a_t_m2, c_m_j_k;
  double h_tr_1, h_tr_2, h_tr_3;
};
Rc5Network make_rc5_network(const Rc5Def& def);

// Heat flows of one hour, W, and set-points (heating_setpoint_c = -1e9: no heating; cooling_setpoint_c
// = +1e9: no cooling).
struct Rc5HourInput {
  double theta_e_c = 0;
  double internal_w = 0;  // Φ_int
  double solar_w = 0;     // Φ_sol
  double heating_setpoint_c = -1e9;
  double cooling_setpoint_c = 1e9;
};

struct Rc5HourResult {
  double heat_cool_w = 0;   // Φ_HC,nd: > 0 heating, < 0 cooling
  double theta_air_c = 0;
  double theta_s_c = 0;
  double theta_m_c = 0;     // mean over the hour, (θ_m,t + θ_m,t-1)/2
  double theta_m_end_c = 0; // θ_m,t at the end of the hour
};

// One hour of §C.3 with the §C.4 control: θ_air free-floating, and if outside [heat, cool] set-point,
// the exact (unlimited) power that brings it to the set-point. The network is linear in Φ_HC, so the
// C.4 10 W/m² probe is replaced by the exact sensitivity, which gives the same Φ_HC,nd,un.
Rc5HourResult rc5_step(const Rc5Network& net, double theta_m_prev_c, const Rc5HourInput& in);

// Annual (or any length) run: hourly inputs, starting mass temperature; hourly heating/cooling need
// (W, averaged over the hour = Wh) written to heat_cool_w (same length as theta_e_c).
struct Rc5Series {
  std::span<const double> theta_e_c;
  std::span<const double> internal_w;
  std::span<const double> solar_w;
  std::span<const double> heating_setpoint_c;
  std::span<const double> cooling_setpoint_c;
};
// Runs `warmup_h` hours (the series' last hours, wrapping) first; returns θ_m at the end.
double rc5_run(const Rc5Network& net, const Rc5Series& series, std::uint32_t warmup_h, double theta_m_start_c,
               std::span<double> heat_cool_w);

}  // namespace twin::buildings
