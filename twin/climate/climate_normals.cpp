// Embedded copy of assets/climate/monthly_normals.csv (generated from it; the test
// ClimateNormals.EmbeddedTableEqualsCsv keeps the two identical). Sources: assets/climate/README.md.
#include "twin/climate/climate_normals.hpp"

#include <cassert>

namespace twin::climate {
namespace {

constexpr const char* kSource =
    "CMA 1981-2010 surface climate normals (approx.); GHI approx. from CMA radiation stations/NASA POWER";
constexpr const char* kPeriod = "1981-2010";

// Per month: temp_mean_c, temp_daily_range_c, rh_pct, ghi_kwh_m2_month, wind_m_s.
constexpr std::array<CityNormals, 5> kNormals = {{
    {ClimateCity::Harbin, "harbin", ClimateZone::SevereCold, 45.75, 126.77, 142.3,
     {{
      {-17.6, 11.3, 70.0, 56.0, 2.5},
      {-12.8, 12.2, 64.0, 83.0, 2.8},
      {-3.7, 11.8, 54.0, 128.0, 3.4},
      {7.0, 12.8, 45.0, 150.0, 4.2},
      {14.8, 12.6, 48.0, 172.0, 4.0},
      {20.7, 11.0, 62.0, 170.0, 3.2},
      {23.4, 9.3, 76.0, 160.0, 2.7},
      {21.7, 9.9, 79.0, 146.0, 2.5},
      {15.3, 11.7, 71.0, 122.0, 2.8},
      {6.5, 11.8, 62.0, 89.0, 3.2},
      {-4.3, 10.6, 64.0, 59.0, 3.2},
      {-14.3, 10.4, 70.0, 45.0, 2.6},
     }},
     kSource, kPeriod},
    {ClimateCity::Beijing, "beijing", ClimateZone::Cold, 39.80, 116.47, 31.3,
     {{
      {-3.1, 10.3, 44.0, 72.0, 2.6},
      {0.3, 10.6, 44.0, 90.0, 2.7},
      {6.7, 11.4, 46.0, 127.0, 3.1},
      {14.8, 12.4, 46.0, 152.0, 3.2},
      {20.8, 12.3, 53.0, 175.0, 2.9},
      {24.9, 10.8, 61.0, 165.0, 2.5},
      {26.7, 8.5, 75.0, 148.0, 2.2},
      {25.5, 8.6, 77.0, 140.0, 2.0},
      {20.8, 10.0, 68.0, 123.0, 2.0},
      {13.7, 10.8, 61.0, 98.0, 2.3},
      {5.0, 10.3, 57.0, 71.0, 2.6},
      {-0.9, 10.1, 49.0, 62.0, 2.6},
     }},
     kSource, kPeriod},
    {ClimateCity::Shanghai, "shanghai", ClimateZone::HotSummerColdWinter, 31.20, 121.43, 4.6,
     {{
      {4.8, 7.2, 74.0, 70.0, 2.6},
      {6.6, 7.0, 74.0, 78.0, 2.8},
      {10.0, 7.6, 73.0, 102.0, 3.0},
      {15.3, 8.1, 72.0, 124.0, 2.9},
      {20.7, 7.9, 72.0, 138.0, 2.7},
      {24.6, 6.7, 79.0, 120.0, 2.6},
      {28.6, 7.0, 78.0, 152.0, 2.8},
      {28.3, 6.8, 78.0, 148.0, 2.7},
      {24.9, 6.9, 75.0, 117.0, 2.5},
      {19.7, 7.7, 71.0, 100.0, 2.3},
      {13.7, 7.9, 72.0, 76.0, 2.4},
      {7.4, 7.6, 71.0, 69.0, 2.5},
     }},
     kSource, kPeriod},
    {ClimateCity::Guangzhou, "guangzhou", ClimateZone::HotSummerWarmWinter, 23.17, 113.33, 41.0,
     {{
      {13.6, 8.6, 70.0, 80.0, 1.9},
      {15.1, 7.6, 76.0, 65.0, 1.9},
      {18.0, 6.5, 82.0, 68.0, 1.8},
      {22.2, 6.3, 83.0, 78.0, 1.8},
      {25.9, 6.8, 82.0, 105.0, 1.8},
      {27.6, 6.8, 83.0, 110.0, 1.8},
      {28.8, 7.4, 80.0, 140.0, 1.8},
      {28.7, 7.4, 81.0, 135.0, 1.6},
      {27.6, 7.7, 77.0, 130.0, 1.7},
      {25.0, 8.3, 70.0, 125.0, 1.9},
      {20.5, 8.9, 67.0, 102.0, 1.9},
      {15.6, 9.1, 65.0, 92.0, 2.0},
     }},
     kSource, kPeriod},
    {ClimateCity::Kunming, "kunming", ClimateZone::Mild, 25.02, 102.68, 1891.4,
     {{
      {8.8, 14.4, 67.0, 118.0, 2.2},
      {10.9, 15.0, 60.0, 130.0, 2.7},
      {14.3, 14.8, 55.0, 165.0, 2.8},
      {17.5, 13.8, 56.0, 170.0, 2.6},
      {19.8, 11.6, 64.0, 165.0, 2.3},
      {20.1, 8.6, 77.0, 125.0, 1.9},
      {20.0, 7.4, 82.0, 118.0, 1.6},
      {19.6, 7.6, 83.0, 125.0, 1.5},
      {18.1, 7.9, 81.0, 110.0, 1.5},
      {15.6, 8.6, 80.0, 105.0, 1.6},
      {12.0, 10.7, 77.0, 105.0, 1.8},
      {8.9, 12.9, 72.0, 102.0, 1.9},
     }},
     kSource, kPeriod},
}};

}  // namespace

const char* to_string(ClimateZone zone) {
  switch (zone) {
    case ClimateZone::SevereCold: return "severe_cold";
    case ClimateZone::Cold: return "cold";
    case ClimateZone::HotSummerColdWinter: return "hot_summer_cold_winter";
    case ClimateZone::HotSummerWarmWinter: return "hot_summer_warm_winter";
    case ClimateZone::Mild: return "mild";
  }
  return "unknown";
}

const char* to_string(ClimateCity city) { return city_normals(city).name; }

const CityNormals& city_normals(ClimateCity city) {
  const auto i = static_cast<std::size_t>(city);
  assert(i < kNormals.size() && kNormals[i].city == city && "city_normals: unknown city");
  return kNormals[i];
}

std::span<const CityNormals> all_city_normals() { return kNormals; }

}  // namespace twin::climate
