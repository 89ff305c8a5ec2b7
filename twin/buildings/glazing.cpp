#include "twin/buildings/glazing.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>
#include <vector>

namespace twin::buildings {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;

struct Stack {  // one polarisation
  double transmittance = 0;
  double reflect_front = 0;
  double reflect_back = 0;
  std::vector<double> absorbed_front;  // per pane, light entering from the front
  std::vector<double> absorbed_back;   // per pane, light entering from the back
};

// Normal-incidence interface reflectance r0 = ((n-1)/(n+1))², D&B eq. 5.1.4.
double normal_reflectance(double n) { return ((n - 1) / (n + 1)) * ((n - 1) / (n + 1)); }

// Absorption-only transmittance τ_a of one pane at normal incidence, from its measured τ:
// solve τ = τ_a (1-r)² / (1 - r² τ_a²) (D&B eq. 5.3.1) for τ_a.
double normal_absorption_transmittance(double tau, double n) {
  const double r = normal_reflectance(n);
  const double a = tau * r * r;
  const double b = (1 - r) * (1 - r);
  if (a == 0) return tau / b;
  return (-b + std::sqrt(b * b + 4 * a * tau)) / (2 * a);
}

Stack stack_one_polarisation(int panes, double interface_r, double tau_a) {
  // One pane: D&B eqs. 5.3.1–5.3.3 for a single polarisation component.
  const double denom = 1 - interface_r * interface_r * tau_a * tau_a;
  const double t = tau_a * (1 - interface_r) * (1 - interface_r) / denom;
  const double rr = interface_r + interface_r * (1 - interface_r) * (1 - interface_r) * tau_a * tau_a / denom;
  const double a = 1 - t - rr;
  Stack s{t, rr, rr, {a}, {a}};
  // Adding method: put one more identical pane behind the stack.
  for (int k = 1; k < panes; ++k) {
    const double d = 1 - s.reflect_back * rr;
    Stack next;
    next.transmittance = s.transmittance * t / d;
    next.reflect_front = s.reflect_front + s.transmittance * s.transmittance * rr / d;
    next.reflect_back = rr + t * t * s.reflect_back / d;
    for (std::size_t j = 0; j < s.absorbed_front.size(); ++j) {
      next.absorbed_front.push_back(s.absorbed_front[j] + s.transmittance * rr / d * s.absorbed_back[j]);
      next.absorbed_back.push_back(s.absorbed_back[j] * t / d);
    }
    next.absorbed_front.push_back(a * s.transmittance / d);
    next.absorbed_back.push_back(a + a * s.reflect_back * t / d);
    s = std::move(next);
  }
  return s;
}

}  // namespace

double max_pane_transmittance(double n) {
  const double r = normal_reflectance(n);
  return (1 - r) / (1 + r);
}

GlazingOptics glazing_optics(const Glazing& g, double incidence_deg, bool from_inside) {
  assert(g.pane_count >= 1 && g.refractive_index > 1);
  GlazingOptics out;
  if (!(incidence_deg < 89.999)) {  // grazing or from behind: everything reflected
    out.reflectance = 1;
    return out;
  }
  const double n = g.refractive_index;
  const double tau_a0 = normal_absorption_transmittance(g.pane_solar_transmittance, n);
  const double theta1 = std::max(incidence_deg, 0.0) * kDegToRad;
  const double theta2 = std::asin(std::sin(theta1) / n);  // Snell
  const double tau_a = std::pow(tau_a0, 1.0 / std::cos(theta2));  // Bouguer, D&B eq. 5.2.2
  double r_perp = 0, r_par = 0;
  if (theta1 < 1e-9) {
    r_perp = r_par = normal_reflectance(n);
  } else {  // Fresnel, D&B eqs. 5.1.1–5.1.2
    const double sm = std::sin(theta2 - theta1), sp = std::sin(theta2 + theta1);
    const double tm = std::tan(theta2 - theta1), tp = std::tan(theta2 + theta1);
    r_perp = sm * sm / (sp * sp);
    r_par = tm * tm / (tp * tp);
  }
  const Stack s1 = stack_one_polarisation(g.pane_count, r_perp, tau_a);
  const Stack s2 = stack_one_polarisation(g.pane_count, r_par, tau_a);
  out.transmittance = 0.5 * (s1.transmittance + s2.transmittance);
  out.reflectance = 0.5 * (s1.reflect_front + s2.reflect_front);
  const int last = g.pane_count - 1;
  for (int j = 0; j <= last; ++j) {
    // Identical panes: the stack seen from inside is the same stack; pane j from the room is
    // pane last-j from outside.
    const double absorbed = 0.5 * (s1.absorbed_front[j] + s2.absorbed_front[j]);
    const int pane_from_outside = from_inside ? last - j : j;
    if (pane_from_outside == 0) out.absorbed_outer += absorbed;
    else if (pane_from_outside == last) out.absorbed_inner += absorbed;
    else out.absorbed_middle += absorbed;
  }
  return out;
}

double sky_diffuse_equivalent_incidence_deg(double tilt_deg) {
  return 59.7 - 0.1388 * tilt_deg + 0.001497 * tilt_deg * tilt_deg;
}

double ground_diffuse_equivalent_incidence_deg(double tilt_deg) {
  return 90.0 - 0.5788 * tilt_deg + 0.002693 * tilt_deg * tilt_deg;
}

double glazing_conductance_w_per_m2k(const Glazing& g, double outer_c, double inner_c, double height_m) {
  if (!(g.gap_width_m > 0) || g.pane_count < 2) return g.conductance_w_per_m2k;
  constexpr double kStefanBoltzmann = 5.670374419e-8, kGravity = 9.807;
  const int gaps = g.pane_count - 1;
  const double glass_r = g.pane_count * g.pane_thickness_m / g.glass_conductivity_w_per_mk;
  // Gaps share the surface-to-surface difference; a first estimate with a fixed-point refinement
  // of the gap resistance (two passes are plenty: Nu depends weakly on ΔT).
  const double mean_k = (outer_c + inner_c) / 2 + 273.15;
  const double total_dt = std::abs(inner_c - outer_c);
  double gap_r = 1 / 6.0;
  for (int pass = 0; pass < 3; ++pass) {
    const double dt = total_dt * (gap_r / (glass_r / gaps + gap_r)) / gaps;
    // ISO 15099 Annex B, air: k, μ, c_p linear in T (K); ρ ideal gas, M 28.97 kg/kmol, 101 325 Pa.
    const double k = 2.873e-3 + 7.760e-5 * mean_k;
    const double mu = 3.723e-6 + 4.940e-8 * mean_k;
    const double cp = 1002.737 + 1.2324e-2 * mean_k;
    const double rho = 101325.0 * 28.97 / (8314.462 * mean_k);
    const double d = g.gap_width_m;
    const double ra = rho * rho * d * d * d * kGravity * cp * dt / (mu * k * mean_k);
    // Vertical cavity (ISO 15099 eqs. 42–44).
    const double nu1 = ra > 5e4 ? 0.0673838 * std::cbrt(ra)
                       : ra > 1e4 ? 0.028154 * std::pow(ra, 0.4134)
                                  : 1 + 1.7596678e-10 * std::pow(ra, 2.2984755);
    const double nu2 = 0.242 * std::pow(ra / (height_m / d), 0.272);
    const double h_convective = std::max(nu1, nu2) * k / d;
    const double h_radiative = 4 * kStefanBoltzmann * mean_k * mean_k * mean_k /
                               (2 / g.thermal_emissivity - 1);
    gap_r = 1 / (h_convective + h_radiative);
  }
  return 1 / (glass_r + gaps * gap_r);
}

}  // namespace twin::buildings
