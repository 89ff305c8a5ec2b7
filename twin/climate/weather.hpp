// Hourly weather of one year (8760 hours, or 8784 for a leap year if a file has them): what the
// building model and PV read. Filled by the EPW reader (epw_reader.hpp) or synthesised from monthly
// normals (typical_year.hpp). Hour h covers [h, h+1) local standard time from 1 January 00:00;
// irradiances are the energy over that hour (Wh/m², numerically the mean W/m²), as in EPW files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace twin::climate {

struct Location {
  std::string name;          // e.g. "Beijing"
  std::string country;
  double latitude_deg = 0;   // north positive
  double longitude_deg = 0;  // east positive
  double time_zone_h = 0;    // offset of local standard time from UTC, hours (Beijing +8)
  double elevation_m = 0;
};

struct WeatherYear {
  Location location;
  std::string source;        // e.g. "EPW: CHN_Beijing.Beijing.545110_IWEC.epw" or "synthetic: normals …"
  std::vector<double> dry_bulb_c;             // air temperature, °C
  std::vector<double> dew_point_c;            // °C
  std::vector<double> relative_humidity_pct;  // 0–100
  std::vector<double> pressure_pa;            // station pressure
  std::vector<double> global_horizontal_wh_m2;
  std::vector<double> direct_normal_wh_m2;
  std::vector<double> diffuse_horizontal_wh_m2;
  std::vector<double> wind_speed_m_s;
  std::vector<double> wind_direction_deg;     // from north, clockwise
  std::vector<double> sky_temperature_c;      // effective sky temperature for long-wave exchange
  std::vector<double> ground_reflectance;     // albedo 0–1 (EPW field when present, else 0.2)

  std::uint32_t hours() const { return static_cast<std::uint32_t>(dry_bulb_c.size()); }
};

}  // namespace twin::climate
