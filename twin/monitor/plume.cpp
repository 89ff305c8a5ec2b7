// plume_concentration_g_m3() (plume.hpp). exp through det_exp so that native and wasm agree bit for bit.
#include "twin/monitor/plume.hpp"

#include <cmath>
#include <cstdio>

#include "twin/pathway/det_math.hpp"

namespace twin::monitor {
namespace {

constexpr double kPi = 3.14159265358979323846;

std::string bad(const char* field, double value, const char* rule) {
  char text[160];
  std::snprintf(text, sizeof text, "%s = %g: %s", field, value, rule);
  return text;
}

}  // namespace

std::string validate_plume(const PlumeSource& s, const PlumeMet& m, const Receptor& r) {
  if (!std::isfinite(s.q_g_s) || s.q_g_s < 0.0) return bad("q_g_s", s.q_g_s, "must be a finite emission rate >= 0");
  if (!std::isfinite(s.height_m) || s.height_m < 0.0 || s.height_m > 5000.0)
    return bad("h_m", s.height_m, "must be a release height in 0-5000 m");
  if (!std::isfinite(m.u_m_s) || m.u_m_s < 0.1 || m.u_m_s > 100.0)
    return bad("u_m_s", m.u_m_s, "must be a wind speed in 0.1-100 m/s (the plume model does not hold in calm air)");
  if (!std::isfinite(r.x_m) || std::fabs(r.x_m) > 1.0e6) return bad("x_m", r.x_m, "must be finite, within 1000 km");
  if (!std::isfinite(r.y_m) || std::fabs(r.y_m) > 1.0e6) return bad("y_m", r.y_m, "must be finite, within 1000 km");
  if (!std::isfinite(r.z_m) || r.z_m < 0.0 || r.z_m > 5000.0) return bad("z_m", r.z_m, "must be a height in 0-5000 m");
  return "";
}

double plume_concentration_g_m3(const PlumeSource& s, const PlumeMet& m, const Receptor& r) {
  if (!(r.x_m > 0.0) || s.q_g_s == 0.0) return 0.0;
  const Sigmas sg = briggs_sigmas(m.terrain, m.stability, r.x_m);
  const double lateral = pathway::det_exp(-(r.y_m * r.y_m) / (2.0 * sg.y_m * sg.y_m));
  const double below = r.z_m - s.height_m, above = r.z_m + s.height_m;
  const double vertical = pathway::det_exp(-(below * below) / (2.0 * sg.z_m * sg.z_m)) +
                          pathway::det_exp(-(above * above) / (2.0 * sg.z_m * sg.z_m));
  return s.q_g_s / (2.0 * kPi * m.u_m_s * sg.y_m * sg.z_m) * lateral * vertical;
}

}  // namespace twin::monitor
