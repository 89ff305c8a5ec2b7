// Synthetic weather for the zone tests (no files: the same tests run in wasm under Node).
#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>

#include "twin/climate/solar.hpp"
#include "twin/climate/weather.hpp"

namespace twin::buildings::test {

// `hours` of constant air and sky temperature and no sun, at Denver's position and elevation.
inline climate::WeatherYear constant_weather(int hours, double air_c, double sky_c) {
  climate::WeatherYear w;
  w.location = climate::Location{"Test", "-", 39.83, -104.65, -7.0, 1650.0};
  w.source = "synthetic";
  w.dry_bulb_c.assign(hours, air_c);
  w.sky_temperature_c.assign(hours, sky_c);
  w.dew_point_c.assign(hours, air_c - 10);
  w.relative_humidity_pct.assign(hours, 50);
  w.pressure_pa.assign(hours, 83000);
  w.global_horizontal_wh_m2.assign(hours, 0);
  w.direct_normal_wh_m2.assign(hours, 0);
  w.diffuse_horizontal_wh_m2.assign(hours, 0);
  w.wind_speed_m_s.assign(hours, 3);
  w.wind_direction_deg.assign(hours, 0);
  w.ground_reflectance.assign(hours, 0.2);
  return w;
}

// A year with seasonal and daily temperature swings, a sky 15–25 K below the air and, when
// `sunny`, a clear-ish sky: DNI 800 (sin h)^0.3, DHI 100 sin h for sun altitude h.
inline climate::WeatherYear synthetic_year(bool sunny) {
  climate::WeatherYear w = constant_weather(8760, 0, 0);
  for (int h = 0; h < 8760; ++h) {
    const double day = h / 24.0, hour = h % 24;
    const double air = 10 - 12 * std::cos(2 * std::numbers::pi * (day - 15) / 365) -
                       6 * std::cos(2 * std::numbers::pi * (hour - 3) / 24);
    w.dry_bulb_c[h] = air;
    w.sky_temperature_c[h] = air - 20 - 5 * std::sin(2 * std::numbers::pi * day / 7);
    w.dew_point_c[h] = air - 8;
    if (!sunny) continue;
    const double sin_alt = std::sin(climate::solar_position(w.location, h).altitude_deg * std::numbers::pi / 180);
    if (sin_alt <= 0) continue;
    w.direct_normal_wh_m2[h] = 800 * std::pow(sin_alt, 0.3);
    w.diffuse_horizontal_wh_m2[h] = 100 * sin_alt;
    w.global_horizontal_wh_m2[h] = w.direct_normal_wh_m2[h] * sin_alt + w.diffuse_horizontal_wh_m2[h];
  }
  return w;
}

}  // namespace twin::buildings::test
