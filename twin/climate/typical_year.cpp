// Synthetic typical year. Steps, each for the whole year:
//  1. calendar and sun (solar.hpp, reference year) — sunrise and solar noon per day;
//  2. daily clearness weights (AR(1)), hourly GHI = k_month · w_day · I0 sin α, k_month chosen so the
//     month's total equals the normal, hourly kt capped at 0.8; split by Erbs et al. (1982);
//  3. temperature = smooth seasonal curve (mid-month knots solved so that the interpolated curve's
//     monthly means are the normals) + interpolated daily AR(1) anomaly + diurnal cycle (minimum at
//     sunrise, maximum 2.5 h after solar noon, cosine branches as in the WAVE scheme of Reicosky et
//     al. 1989, Agric. For. Meteorol. 46) with a range scaled by the day's clearness; a last per-month
//     offset (hundredths of a degree) makes each monthly mean exact;
//  4. vapour pressure from the RH normal at the daily mean temperature, corrected per month so the
//     mean hourly RH matches; dew point by the inverse Magnus formula (sky.hpp);
//  5. wind: daily AR(1) factor × afternoon-peaking diurnal factor, scaled per month; direction:
//     winter north-westerly / summer south-easterly monsoon (East Asia) with daily scatter;
//  6. pressure from elevation (ASHRAE Handbook Fundamentals 2017, ch. 1 eq. 3); sky temperature by
//     Clark–Allen with opaque cover from the day's clearness; albedo 0.2.
#include "twin/climate/typical_year.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "twin/climate/sky.hpp"
#include "twin/climate/solar.hpp"

namespace twin::climate {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;
constexpr std::size_t kDays = 365;
constexpr std::size_t kHours = kDays * 24;
constexpr std::array<int, 12> kMonthDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// splitmix64 (Steele, Lea & Flood 2014): tiny, full-period, the same on every platform.
struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  // Approximately standard normal: Irwin–Hall sum of four uniforms, variance scaled to 1.
  double gaussian() {
    double s = uniform();
    s += uniform();
    s += uniform();
    s += uniform();
    return (s - 2.0) * 1.7320508075688772;  // sqrt(3)
  }
};

// Daily AR(1) series with lag-one correlation phi, unit variance, after a 60-day burn-in.
std::vector<double> ar1(SplitMix64& rng, double phi) {
  const double innovation = std::sqrt(1 - phi * phi);
  double a = 0;
  for (int i = 0; i < 60; ++i) a = phi * a + innovation * rng.gaussian();
  std::vector<double> out(kDays);
  for (double& v : out) {
    a = phi * a + innovation * rng.gaussian();
    v = a;
  }
  return out;
}

struct Calendar {
  std::array<std::size_t, 12> first_day{};
  std::array<std::size_t, kDays> month_of_day{};
  std::array<double, 12> mid_h{};  // month centres, hours from 1 Jan 00:00
  Calendar() {
    std::size_t d = 0;
    for (std::size_t m = 0; m < 12; ++m) {
      first_day[m] = d;
      mid_h[m] = (static_cast<double>(d) + kMonthDays[m] / 2.0) * 24.0;
      for (int k = 0; k < kMonthDays[m]; ++k) month_of_day[d++] = m;
    }
  }
  std::size_t month_of_hour(std::size_t h) const { return month_of_day[h / 24]; }
};

// Cyclic piecewise-linear interpolation of 12 mid-month knots at time t_h (hours).
double interpolate_monthly(const Calendar& cal, const std::array<double, 12>& knots, double t_h) {
  const double year_h = static_cast<double>(kHours);
  std::size_t hi = 0;
  while (hi < 12 && cal.mid_h[hi] <= t_h) ++hi;
  const std::size_t lo = (hi + 11) % 12;
  const std::size_t up = hi % 12;
  double t0 = cal.mid_h[lo], t1 = cal.mid_h[up];
  if (hi == 0) t0 -= year_h;
  if (hi == 12) t1 += year_h;
  const double f = (t_h - t0) / (t1 - t0);
  return knots[lo] + (knots[up] - knots[lo]) * f;
}

// Cyclic linear interpolation of a daily series (values at day centres) at hour-centre t_h.
double interpolate_daily(const std::vector<double>& daily, double t_h) {
  const double x = t_h / 24.0 - 0.5;  // in days from the first day's centre
  const double fl = std::floor(x);
  const auto i0 = static_cast<std::size_t>((static_cast<long>(fl) + static_cast<long>(kDays)) % static_cast<long>(kDays));
  const std::size_t i1 = (i0 + 1) % kDays;
  const double f = x - fl;
  return daily[i0] + (daily[i1] - daily[i0]) * f;
}

template <typename Fn>
std::array<double, 12> monthly_means(const Calendar& cal, Fn value_at_hour) {
  std::array<double, 12> sum{};
  for (std::size_t h = 0; h < kHours; ++h) sum[cal.month_of_hour(h)] += value_at_hour(h);
  for (std::size_t m = 0; m < 12; ++m) sum[m] /= kMonthDays[m] * 24.0;
  return sum;
}

// Diurnal temperature shape in [−1, 1]: −1 at sunrise, +1 at t_max, cosine branches.
double diurnal_shape(double t, double sunrise_h, double t_max_h) {
  if (t >= sunrise_h && t < t_max_h) return -std::cos(kPi * (t - sunrise_h) / (t_max_h - sunrise_h));
  const double since_max = t >= t_max_h ? t - t_max_h : t + 24.0 - t_max_h;
  return std::cos(kPi * since_max / (sunrise_h + 24.0 - t_max_h));
}

}  // namespace

double erbs_diffuse_fraction(double kt) {
  if (kt <= 0.22) return 1.0 - 0.09 * kt;
  if (kt <= 0.80) {
    return 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * kt * kt * kt + 12.336 * kt * kt * kt * kt;
  }
  return 0.165;
}

WeatherYear typical_year(const CityNormals& normals, std::uint64_t seed) {
  const Calendar cal;
  SplitMix64 rng{seed ^ (0xC1A55EEDULL * (static_cast<std::uint64_t>(normals.city) + 1))};
  WeatherYear w;
  w.location = {normals.name, "CHN", normals.latitude_deg, normals.longitude_deg, kChinaStandardTime_h,
                normals.elevation_m};
  w.location.name[0] = static_cast<char>(w.location.name[0] - 'a' + 'A');
  w.source = std::string("synthetic typical year from monthly normals: ") + normals.name + " (" +
             to_string(normals.zone) + ", " + normals.period + "), seed " + std::to_string(seed);
  auto normal = [&](std::size_t m) -> const MonthlyNormal& { return normals.months[m]; };

  // 1. Sun.
  std::vector<SunPosition> sun(kHours);
  std::vector<double> sin_alt(kHours), shape_ghi(kHours);
  for (std::size_t h = 0; h < kHours; ++h) {
    sun[h] = solar_position(w.location, static_cast<std::uint32_t>(h));
    sin_alt[h] = sun[h].altitude_deg > 0 ? std::sin(sun[h].altitude_deg * kDeg) : 0.0;
    shape_ghi[h] = sun[h].extraterrestrial_normal_w_m2 * sin_alt[h];
  }
  std::vector<double> sunrise(kDays), t_max(kDays);
  for (std::size_t d = 0; d < kDays; ++d) {
    const std::size_t m = cal.month_of_day[d];
    const int day = static_cast<int>(d - cal.first_day[m]) + 1;
    const SunTimes t = sun_times(w.location, kReferenceYear, static_cast<int>(m) + 1, day);
    sunrise[d] = std::clamp(t.sunrise_h, 3.0, 9.0);
    t_max[d] = std::min(t.solar_noon_h + 2.5, 16.0);
  }

  // 2. Irradiance. Daily clearness weights, mean ~1, lag-one correlation 0.5.
  std::vector<double> clear = ar1(rng, 0.5);
  for (double& c : clear) c = std::clamp(1.0 + 0.3 * c, 0.3, 1.45);
  std::vector<double> kt(kHours, 0.0);
  for (std::size_t m = 0; m < 12; ++m) {
    const std::size_t h0 = cal.first_day[m] * 24, h1 = h0 + static_cast<std::size_t>(kMonthDays[m]) * 24;
    const double target_wh = normal(m).ghi_kwh_m2_month * 1000.0;
    // Scale k so Σ min(k·w_d, 0.8)·shape = target (a few fixed-point passes redistribute the cap).
    double k = 0.5;
    for (int pass = 0; pass < 8; ++pass) {
      double capped = 0, free = 0;
      for (std::size_t h = h0; h < h1; ++h) {
        const double x = k * clear[h / 24];
        (x >= 0.8 ? capped : free) += (x >= 0.8 ? 0.8 : clear[h / 24]) * shape_ghi[h];
      }
      k = free > 0 ? (target_wh - capped) / free : k;
    }
    for (std::size_t h = h0; h < h1; ++h) kt[h] = std::min(k * clear[h / 24], 0.8);
  }
  w.global_horizontal_wh_m2.assign(kHours, 0.0);
  w.direct_normal_wh_m2.assign(kHours, 0.0);
  w.diffuse_horizontal_wh_m2.assign(kHours, 0.0);
  for (std::size_t h = 0; h < kHours; ++h) {
    if (sin_alt[h] <= 0) continue;
    const double ghi = kt[h] * shape_ghi[h];
    const double dhi = erbs_diffuse_fraction(kt[h]) * ghi;
    w.global_horizontal_wh_m2[h] = ghi;
    w.diffuse_horizontal_wh_m2[h] = dhi;
    w.direct_normal_wh_m2[h] = (ghi - dhi) / sin_alt[h];
  }
  // Exact monthly totals: the kt cap leaves the last fixed-point residual; scale it away.
  for (std::size_t m = 0; m < 12; ++m) {
    double total = 0;
    const std::size_t h0 = cal.first_day[m] * 24, h1 = h0 + static_cast<std::size_t>(kMonthDays[m]) * 24;
    for (std::size_t h = h0; h < h1; ++h) total += w.global_horizontal_wh_m2[h];
    const double s = normal(m).ghi_kwh_m2_month * 1000.0 / total;
    for (std::size_t h = h0; h < h1; ++h) {
      w.global_horizontal_wh_m2[h] *= s;
      w.diffuse_horizontal_wh_m2[h] *= s;
      w.direct_normal_wh_m2[h] *= s;
    }
  }

  // 3. Temperature. Knots such that the interpolated seasonal curve has the normals as monthly means.
  std::array<double, 12> target{}, knots{};
  for (std::size_t m = 0; m < 12; ++m) knots[m] = target[m] = normal(m).temp_mean_c;
  for (int it = 0; it < 40; ++it) {
    const auto got = monthly_means(cal, [&](std::size_t h) { return interpolate_monthly(cal, knots, h + 0.5); });
    for (std::size_t m = 0; m < 12; ++m) knots[m] += target[m] - got[m];
  }
  std::array<double, 12> range_knots{};
  for (std::size_t m = 0; m < 12; ++m) range_knots[m] = normal(m).temp_daily_range_c;
  const double sigma_c = 1.0 + 0.04 * std::fabs(normals.latitude_deg);  // day-to-day spread
  std::vector<double> anomaly = ar1(rng, 0.7);
  for (double& a : anomaly) a *= sigma_c;
  w.dry_bulb_c.assign(kHours, 0.0);
  for (std::size_t d = 0; d < kDays; ++d) {
    const double range = interpolate_monthly(cal, range_knots, d * 24.0 + 12.0) * (0.6 + 0.4 * clear[d]);
    std::array<double, 24> s{};
    double mean_s = 0;
    for (std::size_t k = 0; k < 24; ++k) mean_s += (s[k] = diurnal_shape(k + 0.5, sunrise[d], t_max[d])) / 24.0;
    for (std::size_t k = 0; k < 24; ++k) {
      const double t_h = static_cast<double>(d * 24 + k) + 0.5;
      w.dry_bulb_c[d * 24 + k] = interpolate_monthly(cal, knots, t_h) + interpolate_daily(anomaly, t_h) +
                                 range / 2 * (s[k] - mean_s);
    }
  }
  const auto got_t = monthly_means(cal, [&](std::size_t h) { return w.dry_bulb_c[h]; });
  for (std::size_t h = 0; h < kHours; ++h) w.dry_bulb_c[h] += target[cal.month_of_hour(h)] - got_t[cal.month_of_hour(h)];

  // 4. Humidity: vapour pressure per day from the RH normal at the day's mean temperature.
  std::array<double, 12> rh_knots{};
  for (std::size_t m = 0; m < 12; ++m) rh_knots[m] = normal(m).rh_pct;
  std::vector<double> vapour(kHours);
  for (std::size_t d = 0; d < kDays; ++d) {
    double mean_t = 0;
    for (std::size_t k = 0; k < 24; ++k) mean_t += w.dry_bulb_c[d * 24 + k] / 24.0;
    const double e = interpolate_monthly(cal, rh_knots, d * 24.0 + 12.0) / 100.0 * saturation_vapour_pressure_pa(mean_t);
    for (std::size_t k = 0; k < 24; ++k) vapour[d * 24 + k] = e;
  }
  std::vector<double> es(kHours);
  for (std::size_t h = 0; h < kHours; ++h) es[h] = saturation_vapour_pressure_pa(w.dry_bulb_c[h]);
  w.relative_humidity_pct.assign(kHours, 0.0);
  for (int it = 0; it < 6; ++it) {
    for (std::size_t h = 0; h < kHours; ++h) w.relative_humidity_pct[h] = std::min(100.0, 100.0 * vapour[h] / es[h]);
    const auto got = monthly_means(cal, [&](std::size_t h) { return w.relative_humidity_pct[h]; });
    for (std::size_t h = 0; h < kHours; ++h) vapour[h] *= normal(cal.month_of_hour(h)).rh_pct / got[cal.month_of_hour(h)];
  }
  w.dew_point_c.resize(kHours);
  for (std::size_t h = 0; h < kHours; ++h) {
    w.relative_humidity_pct[h] = std::min(100.0, 100.0 * vapour[h] / es[h]);
    w.dew_point_c[h] = std::min(w.dry_bulb_c[h], dew_point_from_vapour_pressure_c(std::min(vapour[h], es[h])));
  }

  // 5. Wind.
  std::vector<double> gust = ar1(rng, 0.6);
  std::vector<double> wind_raw(kHours);
  for (std::size_t h = 0; h < kHours; ++h) {
    const double day_factor = std::clamp(1.0 + 0.35 * gust[h / 24], 0.2, 2.5);
    const double hour_of_day = static_cast<double>(h % 24) + 0.5;
    wind_raw[h] = day_factor * (1.0 + 0.25 * std::cos(2 * kPi * (hour_of_day - 14.0) / 24.0));
  }
  const auto wind_mean = monthly_means(cal, [&](std::size_t h) { return wind_raw[h]; });
  w.wind_speed_m_s.resize(kHours);
  for (std::size_t h = 0; h < kHours; ++h) {
    const std::size_t m = cal.month_of_hour(h);
    w.wind_speed_m_s[h] = normal(m).wind_m_s * wind_raw[h] / wind_mean[m];
  }
  // Prevailing direction (from): NW in the winter monsoon, SE in the summer monsoon.
  constexpr std::array<double, 12> kPrevailing = {315, 315, 330, 150, 150, 150, 150, 150, 30, 330, 315, 315};
  w.wind_direction_deg.resize(kHours);
  for (std::size_t d = 0; d < kDays; ++d) {
    const double dir = kPrevailing[cal.month_of_day[d]] + 90.0 * (rng.uniform() - 0.5);
    for (std::size_t k = 0; k < 24; ++k) w.wind_direction_deg[d * 24 + k] = std::fmod(dir + 360.0, 360.0);
  }

  // 6. Pressure, sky temperature, albedo.
  const double p = 101325.0 * std::pow(1.0 - 2.25577e-5 * normals.elevation_m, 5.2559);
  w.pressure_pa.assign(kHours, p);
  w.sky_temperature_c.resize(kHours);
  for (std::size_t h = 0; h < kHours; ++h) {
    const double day_kt = std::min(0.8, kt[h] > 0 ? kt[h] : kt[(h / 24) * 24 + 12]);
    const double opaque_tenths = std::clamp(10.0 * (0.75 - day_kt) / 0.5, 0.0, 10.0);
    w.sky_temperature_c[h] =
        sky_temperature_from_ir_c(sky_ir_clark_allen_w_m2(w.dry_bulb_c[h], w.dew_point_c[h], opaque_tenths));
  }
  w.ground_reflectance.assign(kHours, 0.2);
  return w;
}

WeatherYear typical_year(ClimateCity city, std::uint64_t seed) { return typical_year(city_normals(city), seed); }

}  // namespace twin::climate
