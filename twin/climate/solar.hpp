// Solar geometry and irradiance on surfaces.
//  - solar_position: sun altitude/azimuth at the middle of an hour (NOAA / Spencer equations of
//    time and declination; accurate to a few hundredths of a degree, ample for hourly loads).
//  - irradiance_on_surface: beam + sky diffuse + ground-reflected irradiance on a tilted surface
//    (Perez 1990 anisotropic sky, or Hay–Davies; the model used is named in the .cpp).
// Hours of a year are mapped to a calendar by solar_position's reference year (below).
// Angles in degrees at the API; surface azimuth measured from north, clockwise (south = 180).
#pragma once

#include <cstdint>
#include <vector>

#include "twin/climate/weather.hpp"

namespace twin::climate {

struct SunPosition {
  double altitude_deg = 0;  // above the horizon; negative at night
  double azimuth_deg = 0;   // from north, clockwise
  double extraterrestrial_normal_w_m2 = 0;  // I0 on a plane normal to the sun, at this date
  double declination_deg = 0;
  double equation_of_time_min = 0;  // apparent minus mean solar time
  double hour_angle_deg = 0;        // 0 at solar noon, positive in the afternoon
};

// Solar constant, W/m² (Kopp & Lean 2011, Geophys. Res. Lett. 38, L01706).
inline constexpr double kSolarConstant_w_m2 = 1361.0;

// The calendar year whose sun a year-less hour_of_year means: typical-year files mix years, and the
// sun's date drifts by up to ~0.75 day over the 4-year leap cycle; 2019 sits mid-cycle. Leap-year
// data (8784 h) use 2020.
inline constexpr int kReferenceYear = 2019;
inline constexpr int kReferenceLeapYear = 2020;

// Sun at the midpoint of hour `hour_of_year` (0 = 1 Jan 00:00–01:00 local standard time).
SunPosition solar_position(const Location& location, std::uint32_t hour_of_year);
// The same for a leap year's calendar (29 February is day 60) when `leap_year` is true.
SunPosition solar_position(const Location& location, std::uint32_t hour_of_year, bool leap_year);

// Sun at any instant: `local_standard_hour` (0–24, decimal) of a calendar date, local standard time.
// NOAA Solar Calculator equations (after Meeus, Astronomical Algorithms, 1991): geocentric, no
// refraction; within ~0.01° of NREL SPA in 1950–2050.
SunPosition solar_position_at(const Location& location, int year, int month, int day,
                              double local_standard_hour);

// Solar noon, sunrise and sunset of a day in local standard time, hours (sun centre on the
// geometric horizon, no refraction). polar_day/polar_night: the sun never sets/rises that day.
struct SunTimes {
  double solar_noon_h = 12;
  double sunrise_h = 6;
  double sunset_h = 18;
  bool polar_day = false;
  bool polar_night = false;
};
SunTimes sun_times(const Location& location, int year, int month, int day);

struct Surface {
  double tilt_deg = 90;      // 0 = horizontal facing up, 90 = vertical wall
  double azimuth_deg = 180;  // direction the surface faces, from north clockwise
};

// Cosine of the angle between the sun and the normal of `surface` (negative: sun behind it).
double cos_incidence(const SunPosition& sun, const Surface& surface);

struct SurfaceIrradiance {
  double beam_wh_m2 = 0;
  double sky_diffuse_wh_m2 = 0;
  double ground_reflected_wh_m2 = 0;
  double incidence_deg = 90;  // angle between the beam and the surface normal
  double total_wh_m2() const { return beam_wh_m2 + sky_diffuse_wh_m2 + ground_reflected_wh_m2; }
};

// Beam: DNI × max(0, cos θ) while the sun is up. Sky diffuse: Perez et al. (1990) anisotropic model
// (all-sites composite coefficients); isotropic when the sun is down. Ground: isotropic reflection of
// GHI with the hour's albedo, GHI ρ (1 − cos β)/2. On a horizontal surface the total is exactly
// DNI·sin(altitude) + DHI (the data's own GHI where the file's components close).
SurfaceIrradiance irradiance_on_surface(const WeatherYear& weather, std::uint32_t hour,
                                        const Surface& surface);

// The whole year on one surface (8760 values of total irradiance, Wh/m²).
std::vector<double> hourly_irradiance_on_surface(const WeatherYear& weather, const Surface& surface);

}  // namespace twin::climate
