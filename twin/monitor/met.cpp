#include "twin/monitor/met.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "twin/pathway/det_math.hpp"

namespace twin::monitor {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// = assets/monitor/pasquill_stability.csv (NOAA ARL READY page, after Pasquill 1961).
constexpr PasquillRow kRows[] = {
    {0.0, 2.0, {"A", "A-B", "B", "E", "F"}},
    {2.0, 3.0, {"A-B", "B", "C", "E", "F"}},
    {3.0, 5.0, {"B", "B-C", "C", "D", "E"}},
    {5.0, 6.0, {"C", "C-D", "D", "D", "D"}},
    {6.0, kInf, {"C", "D", "D", "D", "D"}},
};
// = assets/monitor/wind_profile_exponents.csv (ISC3 urban), classes A–F.
constexpr double kUrbanP[kStabilityCount] = {0.15, 0.15, 0.20, 0.25, 0.30, 0.30};

// "A-B" → the more stable letter (B).
Stability letter_class(const char* s) {
  char last = s[0];
  for (const char* p = s; *p; ++p)
    if (*p != '-') last = *p;
  return *stability_from_letter(std::string_view(&last, 1));
}

}  // namespace

const PasquillRow* pasquill_rows(int* count) {
  *count = static_cast<int>(sizeof(kRows) / sizeof(kRows[0]));
  return kRows;
}

InsolationThresholds insolation_thresholds() { return {}; }

Stability pasquill_class(double u10_m_s, double ghi_w_m2) {
  int n = 0;
  const PasquillRow* rows = pasquill_rows(&n);
  int band = n - 1;
  for (int b = 0; b < n; ++b)
    if (u10_m_s < rows[b].wind_upper_m_s) {
      band = b;
      break;
    }
  const InsolationThresholds t = insolation_thresholds();
  int col = 4;  // night, ≤ 4/8 cloud (cloud cover unknown: the conservative column)
  if (ghi_w_m2 > 0.0) col = ghi_w_m2 > t.strong_above_w_m2 ? 0 : ghi_w_m2 > t.moderate_above_w_m2 ? 1 : 2;
  return letter_class(rows[band].letters[col]);
}

double wind_exponent_urban(Stability s) { return kUrbanP[static_cast<int>(s)]; }

double wind_at_height_m_s(const HourMet& met, double height_m) {
  const double h = height_m > 10.0 ? height_m : 10.0;
  const double u = met.u10_m_s * pathway::det_pow(h / 10.0, wind_exponent_urban(met.stability));
  return u < kCalmWindFloor_m_s ? kCalmWindFloor_m_s : u;
}

std::string validate_met_weather(const climate::WeatherYear& w) {
  const std::size_t n = w.hours();
  const std::pair<const std::vector<double>*, const char*> columns[] = {
      {&w.wind_speed_m_s, "wind_speed_m_s"},
      {&w.wind_direction_deg, "wind_direction_deg"},
      {&w.global_horizontal_wh_m2, "global_horizontal_wh_m2"},
      {&w.pressure_pa, "pressure_pa"}};
  for (const auto& [v, name] : columns)
    if (v->size() != n)
      return std::string("hourly_met: WeatherYear.") + name + " has " + std::to_string(v->size()) + " hours, expected " +
             std::to_string(n);
  for (std::size_t h = 0; h < n; ++h) {
    const auto bad = [&](const char* field, double v) {
      return "hourly_met: hour " + std::to_string(h) + ": " + field + " = " + std::to_string(v) + " is not valid";
    };
    const double u = w.wind_speed_m_s[h], dir = w.wind_direction_deg[h], ghi = w.global_horizontal_wh_m2[h];
    const double p = w.pressure_pa[h], t = w.dry_bulb_c[h];
    if (!(u >= 0.0 && u < 100.0)) return bad("wind_speed_m_s", u);
    if (!(dir >= 0.0 && dir <= 360.0)) return bad("wind_direction_deg", dir);
    if (!(ghi >= 0.0 && ghi < 2000.0)) return bad("global_horizontal_wh_m2", ghi);
    if (!(p > 30000.0 && p < 120000.0)) return bad("pressure_pa", p);
    if (!(t > -90.0 && t < 70.0)) return bad("dry_bulb_c", t);
  }
  return "";
}

std::vector<HourMet> hourly_met(const climate::WeatherYear& w) {
  if (!validate_met_weather(w).empty()) return {};
  const std::size_t n = w.hours();
  std::vector<HourMet> out(n);
  for (std::size_t h = 0; h < n; ++h) {
    const double u = w.wind_speed_m_s[h], dir = w.wind_direction_deg[h], ghi = w.global_horizontal_wh_m2[h];
    const double p = w.pressure_pa[h], t = w.dry_bulb_c[h];
    HourMet& m = out[h];
    m.u10_m_s = u < kCalmWindFloor_m_s ? kCalmWindFloor_m_s : u;
    m.wind_from_deg = dir >= 360.0 ? 0.0 : dir;
    m.daytime = ghi > 0.0;
    m.stability = pasquill_class(u, ghi);  // the class from the measured wind, before the calm floor
    m.temperature_k = t + 273.15;
    m.pressure_pa = p;
  }
  return out;
}

void det_sincos_deg(double deg, double* s, double* c) {
  // Reduce to [0, 360), then to r in [−45°, 45°] and a quadrant q: angle = q·90° + r.
  double a = deg - 360.0 * std::floor(deg / 360.0);
  const double q = std::floor((a + 45.0) / 90.0);
  const double r = (a - 90.0 * q) * (3.14159265358979323846 / 180.0);  // |r| ≤ π/4
  const double r2 = r * r;
  // Taylor series to r^17 / r^16: truncation < 1e-17 for |r| ≤ π/4.
  double sn = 1.0, cs = 1.0;
  for (int k = 8; k >= 1; --k) {
    sn = 1.0 - sn * r2 / ((2.0 * k) * (2.0 * k + 1.0));
    cs = 1.0 - cs * r2 / ((2.0 * k - 1.0) * (2.0 * k));
  }
  sn *= r;
  const int qi = static_cast<int>(q) & 3;
  const double S[4] = {sn, cs, -sn, -cs}, C[4] = {cs, -sn, -cs, sn};
  *s = S[qi];
  *c = C[qi];
}

}  // namespace twin::monitor
