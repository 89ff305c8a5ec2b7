// Synthetic typical year: reproduces the normals, is deterministic, and looks like weather.
#include "twin/climate/typical_year.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "twin/climate/solar.hpp"

namespace twin::climate {
namespace {

constexpr std::array<int, 12> kMonthDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr double kDeg = 3.14159265358979323846 / 180.0;

struct Monthly {
  std::array<double, 12> mean{};
  std::array<double, 12> sum{};
};
Monthly monthly(const std::vector<double>& v) {
  Monthly out;
  std::size_t h = 0;
  for (std::size_t m = 0; m < 12; ++m) {
    const std::size_t n = static_cast<std::size_t>(kMonthDays[m]) * 24;
    for (std::size_t i = 0; i < n; ++i) out.sum[m] += v[h + i];
    out.mean[m] = out.sum[m] / static_cast<double>(n);
    h += n;
  }
  return out;
}

TEST(TypicalYear, ReproducesTheNormalsOfEveryCity) {
  for (const CityNormals& c : all_city_normals()) {
    SCOPED_TRACE(c.name);
    const WeatherYear w = typical_year(c.city);
    ASSERT_EQ(w.hours(), 8760u);
    const Monthly t = monthly(w.dry_bulb_c), g = monthly(w.global_horizontal_wh_m2), rh = monthly(w.relative_humidity_pct),
                  v = monthly(w.wind_speed_m_s);
    for (std::size_t m = 0; m < 12; ++m) {
      SCOPED_TRACE(m + 1);
      const MonthlyNormal& n = c.months[m];
      EXPECT_NEAR(t.mean[m], n.temp_mean_c, 0.1);  // brief: ±0.1 °C (the construction is exact)
      EXPECT_NEAR(g.sum[m] / 1000.0, n.ghi_kwh_m2_month, 0.01 * n.ghi_kwh_m2_month);  // ±1 %
      EXPECT_NEAR(rh.mean[m], n.rh_pct, 1.0);  // the 100 % cap can bite on humid nights
      EXPECT_NEAR(v.mean[m], n.wind_m_s, 0.01 * n.wind_m_s);
      // Mean daily range (max − min of each day's 24 hours): the day's range is scaled by its
      // clearness (0.6 + 0.4 w), and hourly sampling misses the very peak, so ±1 °C.
      double range = 0;
      const std::size_t first = [&] { std::size_t d = 0; for (std::size_t k = 0; k < m; ++k) d += kMonthDays[k]; return d; }();
      for (int d = 0; d < kMonthDays[m]; ++d) {
        const auto begin = w.dry_bulb_c.begin() + static_cast<long>((first + d) * 24);
        range += *std::max_element(begin, begin + 24) - *std::min_element(begin, begin + 24);
      }
      EXPECT_NEAR(range / kMonthDays[m], n.temp_daily_range_c, 1.0);
    }
  }
}

TEST(TypicalYear, DeterministicForASeed) {
  const WeatherYear a = typical_year(ClimateCity::Beijing, 7);
  const WeatherYear b = typical_year(ClimateCity::Beijing, 7);
  const WeatherYear c = typical_year(ClimateCity::Beijing, 8);
  EXPECT_EQ(a.dry_bulb_c, b.dry_bulb_c);
  EXPECT_EQ(a.global_horizontal_wh_m2, b.global_horizontal_wh_m2);
  EXPECT_EQ(a.dew_point_c, b.dew_point_c);
  EXPECT_EQ(a.wind_speed_m_s, b.wind_speed_m_s);
  EXPECT_NE(a.dry_bulb_c, c.dry_bulb_c);
  EXPECT_NE(a.source, c.source);
  const WeatherYear g = typical_year(ClimateCity::Beijing);
  EXPECT_EQ(g.location.name, "Beijing");
  EXPECT_DOUBLE_EQ(g.location.time_zone_h, 8.0);
}

TEST(TypicalYear, ZonesAreOrderedAsExpected) {
  auto january = [](ClimateCity city) { return monthly(typical_year(city).dry_bulb_c).mean[0]; };
  auto annual = [](ClimateCity city) {
    const auto& v = typical_year(city).dry_bulb_c;
    double s = 0;
    for (double x : v) s += x;
    return s / static_cast<double>(v.size());
  };
  EXPECT_LT(january(ClimateCity::Harbin), january(ClimateCity::Beijing));
  EXPECT_LT(january(ClimateCity::Beijing), january(ClimateCity::Shanghai));
  EXPECT_LT(january(ClimateCity::Shanghai), january(ClimateCity::Kunming));
  EXPECT_LT(january(ClimateCity::Kunming), january(ClimateCity::Guangzhou));
  EXPECT_LT(annual(ClimateCity::Harbin), annual(ClimateCity::Beijing));
  EXPECT_LT(annual(ClimateCity::Beijing), annual(ClimateCity::Kunming));
  EXPECT_LT(annual(ClimateCity::Kunming), annual(ClimateCity::Shanghai));
  EXPECT_LT(annual(ClimateCity::Shanghai), annual(ClimateCity::Guangzhou));
  // Kunming (mild zone) has the coolest July of the five.
  const double kunming_july = monthly(typical_year(ClimateCity::Kunming).dry_bulb_c).mean[6];
  for (ClimateCity c : {ClimateCity::Harbin, ClimateCity::Beijing, ClimateCity::Shanghai, ClimateCity::Guangzhou}) {
    EXPECT_LT(kunming_july, monthly(typical_year(c).dry_bulb_c).mean[6]);
  }
}

TEST(TypicalYear, DiurnalCycleAndContinuity) {
  for (const CityNormals& c : all_city_normals()) {
    SCOPED_TRACE(c.name);
    const WeatherYear w = typical_year(c.city);
    std::array<double, 24> by_hour{};
    for (std::size_t h = 0; h < w.hours(); ++h) by_hour[h % 24] += w.dry_bulb_c[h] / 365.0;
    const auto coldest = std::min_element(by_hour.begin(), by_hour.end()) - by_hour.begin();
    const auto warmest = std::max_element(by_hour.begin(), by_hour.end()) - by_hour.begin();
    EXPECT_GE(coldest, 4);  // minimum near sunrise
    EXPECT_LE(coldest, 7);
    EXPECT_GE(warmest, 13);  // maximum mid-afternoon (~15:00 Beijing time)
    EXPECT_LE(warmest, 16);
    for (std::size_t h = 1; h < w.hours(); ++h) {
      ASSERT_LT(std::fabs(w.dry_bulb_c[h] - w.dry_bulb_c[h - 1]), 7.0) << "hour " << h;
    }
  }
}

TEST(TypicalYear, IrradianceAndHumidityArePhysical) {
  for (const CityNormals& c : all_city_normals()) {
    SCOPED_TRACE(c.name);
    const WeatherYear w = typical_year(c.city);
    for (std::uint32_t h = 0; h < w.hours(); ++h) {
      const SunPosition sun = solar_position(w.location, h);
      const double ghi = w.global_horizontal_wh_m2[h], dni = w.direct_normal_wh_m2[h], dhi = w.diffuse_horizontal_wh_m2[h];
      if (sun.altitude_deg <= 0) {
        ASSERT_EQ(ghi, 0.0) << h;
        continue;
      }
      ASSERT_GE(dhi, 0.0);
      ASSERT_LE(dni, sun.extraterrestrial_normal_w_m2);
      ASSERT_LE(ghi, sun.extraterrestrial_normal_w_m2 * std::sin(sun.altitude_deg * kDeg));
      // Closure by construction, and the brief's check: a horizontal surface receives GHI.
      ASSERT_NEAR(dni * std::sin(sun.altitude_deg * kDeg) + dhi, ghi, 1e-9 * ghi);
      ASSERT_NEAR(irradiance_on_surface(w, h, {0.0, 180.0}).total_wh_m2(), ghi, 1e-9 * ghi);
    }
    for (std::uint32_t h = 0; h < w.hours(); ++h) {
      ASSERT_LE(w.dew_point_c[h], w.dry_bulb_c[h]);
      ASSERT_GE(w.relative_humidity_pct[h], 0.0);
      ASSERT_LE(w.relative_humidity_pct[h], 100.0);
      ASSERT_LT(w.sky_temperature_c[h], w.dry_bulb_c[h]);
      ASSERT_GE(w.wind_speed_m_s[h], 0.0);
      ASSERT_GE(w.wind_direction_deg[h], 0.0);
      ASSERT_LT(w.wind_direction_deg[h], 360.0);
    }
    EXPECT_GT(w.pressure_pa[0], 70000.0);  // Kunming at 1891 m: ~81 kPa
    EXPECT_LT(w.pressure_pa[0], 101325.0);
  }
  // Beijing winter: a south wall collects more than the roof over January (low sun).
  const WeatherYear b = typical_year(ClimateCity::Beijing);
  double wall = 0, roof = 0;
  for (std::uint32_t h = 0; h < 31 * 24; ++h) {
    wall += irradiance_on_surface(b, h, {90.0, 180.0}).total_wh_m2();
    roof += irradiance_on_surface(b, h, {0.0, 180.0}).total_wh_m2();
  }
  EXPECT_GT(wall, roof);
}

// Erbs et al. (1982) eq. 1: 1 − 0.09 kt below 0.22, quartic to 0.80, 0.165 above; the pieces
// meet to within 0.01 at the joints.
TEST(TypicalYear, ErbsDiffuseFraction) {
  EXPECT_DOUBLE_EQ(erbs_diffuse_fraction(0.1), 0.991);
  EXPECT_NEAR(erbs_diffuse_fraction(0.5), 0.65915, 1e-12);
  EXPECT_DOUBLE_EQ(erbs_diffuse_fraction(0.9), 0.165);
  EXPECT_NEAR(erbs_diffuse_fraction(0.2200001), erbs_diffuse_fraction(0.22), 0.01);
  EXPECT_NEAR(erbs_diffuse_fraction(0.8000001), erbs_diffuse_fraction(0.80), 0.01);
}

}  // namespace
}  // namespace twin::climate
