// Monthly climate normals of one representative city for each of China's five building-climate
// zones (GB 50176-2016 / GB 50178-93 thermal design zoning). The values are the embedded copy of
// assets/climate/monthly_normals.csv (the core reads no files); tests/twin/climate compares the two
// row by row so they cannot drift. Sources and rounding: assets/climate/README.md.
#pragma once

#include <array>
#include <span>

namespace twin::climate {

enum class ClimateZone { SevereCold, Cold, HotSummerColdWinter, HotSummerWarmWinter, Mild };
enum class ClimateCity { Harbin, Beijing, Shanghai, Guangzhou, Kunming };

// Stable snake_case names, as in the CSV: "severe_cold", "cold", "hot_summer_cold_winter",
// "hot_summer_warm_winter", "mild"; "harbin", "beijing", "shanghai", "guangzhou", "kunming".
const char* to_string(ClimateZone zone);
const char* to_string(ClimateCity city);

struct MonthlyNormal {
  double temp_mean_c = 0;         // mean air temperature
  double temp_daily_range_c = 0;  // mean daily maximum minus mean daily minimum
  double rh_pct = 0;              // mean relative humidity
  double ghi_kwh_m2_month = 0;    // global horizontal irradiation, month total
  double wind_m_s = 0;            // mean wind speed at 10 m
};

struct CityNormals {
  ClimateCity city;
  const char* name;  // as to_string(city)
  ClimateZone zone;
  double latitude_deg;
  double longitude_deg;
  double elevation_m;
  std::array<MonthlyNormal, 12> months;  // January first
  const char* source;
  const char* period;  // e.g. "1981-2010"
};

inline constexpr double kChinaStandardTime_h = 8.0;

const CityNormals& city_normals(ClimateCity city);
std::span<const CityNormals> all_city_normals();  // in ClimateCity order

}  // namespace twin::climate
