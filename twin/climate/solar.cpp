// Solar position: NOAA Solar Calculator (NOAA Global Monitoring Laboratory, "NOAA_Solar_Calculations"
// spreadsheet, after J. Meeus, Astronomical Algorithms, 1991, ch. 24–25).
// Sky diffuse on tilted surfaces: Perez R., Ineichen P., Seals R., Michalsky J., Stewart R. (1990),
// "Modeling daylight availability and irradiance components from direct and global irradiance",
// Solar Energy 44(5) 271–289, Table 6 (all-sites composite F11…F23) — not Hay–Davies.
#include "twin/climate/solar.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace twin::climate {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

// Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

double wrap360(double a) {
  a = std::fmod(a, 360.0);
  return a < 0 ? a + 360.0 : a;
}

// Sun for day `days_1970` (local date) at `local_hour` local standard time.
SunPosition sun_at(const Location& loc, long days_1970, double local_hour) {
  const double jd = 2440587.5 + static_cast<double>(days_1970) + (local_hour - loc.time_zone_h) / 24.0;
  const double jc = (jd - 2451545.0) / 36525.0;  // Julian centuries from J2000.0
  const double l0 = wrap360(280.46646 + jc * (36000.76983 + jc * 0.0003032));  // mean longitude
  const double m = 357.52911 + jc * (35999.05029 - 0.0001537 * jc);             // mean anomaly
  const double e = 0.016708634 - jc * (0.000042037 + 0.0000001267 * jc);         // eccentricity
  const double mr = m * kDeg;
  const double c = std::sin(mr) * (1.914602 - jc * (0.004817 + 0.000014 * jc)) +
                   std::sin(2 * mr) * (0.019993 - 0.000101 * jc) + std::sin(3 * mr) * 0.000289;
  const double true_anomaly = (m + c) * kDeg;
  const double r_au = 1.000001018 * (1 - e * e) / (1 + e * std::cos(true_anomaly));
  const double omega = (125.04 - 1934.136 * jc) * kDeg;
  const double lambda = (l0 + c - 0.00569 - 0.00478 * std::sin(omega)) * kDeg;  // apparent longitude
  const double eps0 = 23.0 + (26.0 + (21.448 - jc * (46.815 + jc * (0.00059 - jc * 0.001813))) / 60.0) / 60.0;
  const double eps = (eps0 + 0.00256 * std::cos(omega)) * kDeg;  // corrected obliquity
  const double decl = std::asin(std::sin(eps) * std::sin(lambda));
  const double y = std::tan(eps / 2) * std::tan(eps / 2);
  const double l0r = l0 * kDeg;
  const double eot_min = 4.0 / kDeg *
                         (y * std::sin(2 * l0r) - 2 * e * std::sin(mr) + 4 * e * y * std::sin(mr) * std::cos(2 * l0r) -
                          0.5 * y * y * std::sin(4 * l0r) - 1.25 * e * e * std::sin(2 * mr));
  const double true_solar_min = local_hour * 60.0 + eot_min + 4.0 * loc.longitude_deg - 60.0 * loc.time_zone_h;
  const double hour_angle = (true_solar_min / 4.0 - 180.0) * kDeg;
  // Sun direction in east-north-up coordinates of the observer.
  const double phi = loc.latitude_deg * kDeg;
  const double east = -std::cos(decl) * std::sin(hour_angle);
  const double north = std::sin(decl) * std::cos(phi) - std::cos(decl) * std::cos(hour_angle) * std::sin(phi);
  const double up = std::sin(decl) * std::sin(phi) + std::cos(decl) * std::cos(hour_angle) * std::cos(phi);
  SunPosition s;
  s.altitude_deg = std::asin(std::clamp(up, -1.0, 1.0)) / kDeg;
  s.azimuth_deg = wrap360(std::atan2(east, north) / kDeg);
  s.extraterrestrial_normal_w_m2 = kSolarConstant_w_m2 / (r_au * r_au);
  s.declination_deg = decl / kDeg;
  s.equation_of_time_min = eot_min;
  const double ha_deg = std::remainder(true_solar_min / 4.0 - 180.0, 360.0);
  s.hour_angle_deg = ha_deg;
  return s;
}

// Perez et al. (1990) Table 6: sky-clearness bin upper edges and F11 F12 F13 F21 F22 F23.
constexpr std::array<double, 7> kEpsilonEdges = {1.065, 1.230, 1.500, 1.950, 2.800, 4.500, 6.200};
constexpr std::array<std::array<double, 6>, 8> kPerezF = {{
    {-0.008, 0.588, -0.062, -0.060, 0.072, -0.022},
    {0.130, 0.683, -0.151, -0.019, 0.066, -0.029},
    {0.330, 0.487, -0.221, 0.055, -0.064, -0.026},
    {0.568, 0.187, -0.295, 0.109, -0.152, -0.014},
    {0.873, -0.392, -0.362, 0.226, -0.462, 0.001},
    {1.132, -1.237, -0.412, 0.288, -0.823, 0.056},
    {1.060, -1.600, -0.359, 0.264, -1.127, 0.131},
    {0.678, -0.327, -0.250, 0.156, -1.377, 0.251},
}};

// Sky diffuse on the surface, Wh/m² (Perez 1990, eq. 9 with a, b of eq. 9's notes; κ = 1.041).
double perez_sky_diffuse(double dhi, double dni, const SunPosition& sun, const Surface& surface) {
  if (dhi <= 0) return 0.0;
  const double tilt = surface.tilt_deg * kDeg;
  const double isotropic = dhi * (1 + std::cos(tilt)) / 2;
  if (sun.altitude_deg <= 0) return isotropic;  // no circumsolar disc below the horizon
  const double zenith = (90.0 - sun.altitude_deg) * kDeg;
  const double z3 = 1.041 * zenith * zenith * zenith;
  const double epsilon = ((dhi + dni) / dhi + z3) / (1 + z3);
  // Relative air mass, Kasten & Young (1989), Applied Optics 28(22) 4735.
  const double air_mass = 1.0 / (std::cos(zenith) + 0.50572 * std::pow(96.07995 - (90.0 - sun.altitude_deg), -1.6364));
  const double delta = dhi * air_mass / sun.extraterrestrial_normal_w_m2;  // sky brightness
  std::size_t bin = 0;
  while (bin < kEpsilonEdges.size() && epsilon >= kEpsilonEdges[bin]) ++bin;
  const auto& f = kPerezF[bin];
  const double f1 = std::max(0.0, f[0] + f[1] * delta + f[2] * zenith);
  const double f2 = f[3] + f[4] * delta + f[5] * zenith;
  // Circumsolar ratio a/b with b = max(cos 85°, cos Z). Below 5° altitude the disc is placed at 5°
  // for a as well as b, so that a/b is exactly 1 on a horizontal surface (Perez's b alone would
  // lose F1·DHI·(1 − cos Z / cos 85°) there and break GHI closure).
  SunPosition disc = sun;
  disc.altitude_deg = std::max(sun.altitude_deg, 5.0);
  const double a = std::max(0.0, cos_incidence(disc, surface));
  const double b = std::sin(disc.altitude_deg * kDeg);
  // The horizon-band term F2 can be negative; a surface never receives negative sky irradiance.
  return std::max(0.0, dhi * ((1 - f1) * (1 + std::cos(tilt)) / 2 + f1 * a / b + f2 * std::sin(tilt)));
}

}  // namespace

SunPosition solar_position_at(const Location& location, int year, int month, int day, double local_standard_hour) {
  return sun_at(location, days_from_civil(year, month, day), local_standard_hour);
}

SunPosition solar_position(const Location& location, std::uint32_t hour_of_year, bool leap_year) {
  const int year = leap_year ? kReferenceLeapYear : kReferenceYear;
  const long day = days_from_civil(year, 1, 1) + static_cast<long>(hour_of_year / 24);
  return sun_at(location, day, static_cast<double>(hour_of_year % 24) + 0.5);
}

SunPosition solar_position(const Location& location, std::uint32_t hour_of_year) {
  return solar_position(location, hour_of_year, false);
}

SunTimes sun_times(const Location& location, int year, int month, int day) {
  const long d = days_from_civil(year, month, day);
  // Solar noon: hour angle zero; two fixed-point steps settle the equation of time to < 1 ms.
  double noon_h = 12.0;
  SunPosition s;
  for (int i = 0; i < 3; ++i) {
    s = sun_at(location, d, noon_h);
    noon_h = (720.0 - 4.0 * location.longitude_deg - s.equation_of_time_min + 60.0 * location.time_zone_h) / 60.0;
  }
  SunTimes t;
  t.solar_noon_h = noon_h;
  // Sunrise hour angle of the geometric centre, cos ω0 = −tan φ tan δ (Duffie & Beckman eq. 1.6.10).
  const double cos_w0 = -std::tan(location.latitude_deg * kDeg) * std::tan(s.declination_deg * kDeg);
  t.polar_day = cos_w0 < -1.0;
  t.polar_night = cos_w0 > 1.0;
  const double w0_h = std::acos(std::clamp(cos_w0, -1.0, 1.0)) / kDeg / 15.0;
  t.sunrise_h = noon_h - w0_h;
  t.sunset_h = noon_h + w0_h;
  return t;
}

double cos_incidence(const SunPosition& sun, const Surface& surface) {
  // Duffie & Beckman (2013) eq. 1.6.3 in altitude/azimuth form.
  const double alt = sun.altitude_deg * kDeg;
  const double tilt = surface.tilt_deg * kDeg;
  return std::sin(alt) * std::cos(tilt) +
         std::cos(alt) * std::sin(tilt) * std::cos((sun.azimuth_deg - surface.azimuth_deg) * kDeg);
}

SurfaceIrradiance irradiance_on_surface(const WeatherYear& weather, std::uint32_t hour, const Surface& surface) {
  assert(hour < weather.hours() && "irradiance_on_surface: hour out of range");
  const bool leap = weather.hours() == 8784;
  const SunPosition sun = solar_position(weather.location, hour, leap);
  const double dni = weather.direct_normal_wh_m2[hour];
  const double dhi = weather.diffuse_horizontal_wh_m2[hour];
  const double ghi = weather.global_horizontal_wh_m2[hour];
  const double albedo = hour < weather.ground_reflectance.size() ? weather.ground_reflectance[hour] : 0.2;
  const double cos_theta = cos_incidence(sun, surface);
  SurfaceIrradiance out;
  out.incidence_deg = std::acos(std::clamp(cos_theta, -1.0, 1.0)) / kDeg;
  out.beam_wh_m2 = sun.altitude_deg > 0 ? dni * std::max(0.0, cos_theta) : 0.0;
  out.sky_diffuse_wh_m2 = perez_sky_diffuse(dhi, dni, sun, surface);
  out.ground_reflected_wh_m2 = ghi * albedo * (1 - std::cos(surface.tilt_deg * kDeg)) / 2;
  return out;
}

std::vector<double> hourly_irradiance_on_surface(const WeatherYear& weather, const Surface& surface) {
  std::vector<double> out(weather.hours());
  for (std::uint32_t h = 0; h < weather.hours(); ++h) out[h] = irradiance_on_surface(weather, h, surface).total_wh_m2();
  return out;
}

}  // namespace twin::climate
