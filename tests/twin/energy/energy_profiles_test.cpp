// Per-unit profiles: the wind power curve and shear law, utility PV per kWp, valley filling, and the
// load shapes.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "twin/buildings/pv.hpp"
#include "twin/climate/typical_year.hpp"
#include "twin/energy/load_shapes.hpp"
#include "twin/energy/renewables.hpp"
#include "twin/energy/valley_fill.hpp"

namespace twin::energy {
namespace {

// Curve 3 / 12 / 25 m/s: 7.5 m/s → (7.5³ − 3³) / (12³ − 3³) = (421.875 − 27) / (1728 − 27)
// = 394.875 / 1701 = 0.232 142 857…
TEST(EnergyWind, PowerCurveByHand) {
  WindDef w;
  EXPECT_EQ(wind_power_fraction(w, 2.99), 0.0);
  EXPECT_EQ(wind_power_fraction(w, 3.0), 0.0);
  EXPECT_NEAR(wind_power_fraction(w, 7.5), 394.875 / 1701.0, 1e-15);
  EXPECT_EQ(wind_power_fraction(w, 12.0), 1.0);
  EXPECT_EQ(wind_power_fraction(w, 24.9), 1.0);
  EXPECT_EQ(wind_power_fraction(w, 25.0), 0.0);  // cut out
}

// 5 m/s at 10 m, p = 0.15, hub 100 m: 5 × 10^0.15 = 5 × 1.412 537 544 6… = 7.062 687 723…
// The shared reference (GasDispersion.jl's test, shared/data/dispersion/SOURCE.md): 3 m/s at 1 m to
// 10 m with p = 0.15 (rural class D) is 4.237 612 633 868 263 m/s.
TEST(EnergyWind, PowerLawShear) {
  WindDef w;
  EXPECT_NEAR(hub_wind_speed_m_s(w, 5.0), 7.0626877231, 1e-9);
  w.reference_height_m = 1.0;
  w.hub_height_m = 10.0;
  EXPECT_NEAR(hub_wind_speed_m_s(w, 3.0), 4.237612633868263, 1e-12);
  EXPECT_EQ(hub_wind_speed_m_s(w, 0.0), 0.0);
}

TEST(EnergyUtilityPv, PerKwpIsTheRooftopModelPerSquareMetreAtUnitEfficiency) {
  const climate::WeatherYear w = climate::typical_year(climate::ClimateCity::Beijing);
  UtilityPvDef def;
  const std::vector<double> per_kwp = utility_pv_kwh_per_kwp(w, def);
  buildings::PvDef roof = buildings::default_pv_def();
  roof.tilt_deg = def.tilt_deg;
  roof.performance_ratio = def.performance_ratio;
  const std::vector<double> per_m2 = buildings::pv_hourly_kwh_per_roof_m2(w, roof);
  ASSERT_EQ(per_kwp.size(), 8760u);
  double year = 0;
  for (std::size_t h = 0; h < per_kwp.size(); ++h) {
    // Per m² of roof = per kWp × usable share × module efficiency (same irradiance and derating).
    ASSERT_NEAR(per_m2[h], per_kwp[h] * roof.usable_roof_share * roof.module_efficiency, 1e-12) << h;
    ASSERT_LE(per_kwp[h], 1.0) << h;  // never above nameplate × 1 h
    if (w.global_horizontal_wh_m2[h] == 0.0) {
      ASSERT_EQ(per_kwp[h], 0.0) << h;
    }
    year += per_kwp[h];
  }
  EXPECT_GT(year, 1100.0);  // Beijing: China's resource zone II–III, 1 100–1 500 kWh/kWp (sanity bound)
  EXPECT_LT(year, 1500.0);
}

// load [5, 1, 3, 2], E = 4: sorted 1, 2, 3, 5; k = 2 gives (4 + 3)/2 = 3.5 > 3, k = 3 gives
// (4 + 6)/3 = 10/3 ≤ 5 → level 10/3; additions [0, 7/3, 1/3, 4/3], Σ = 4.
TEST(EnergyValleyFill, RaisesTheLowestHoursToOneLevel) {
  const std::vector<double> load = {5, 1, 3, 2};
  std::vector<double> add(4);
  fill_valleys(load, 4.0, add);
  EXPECT_EQ(add[0], 0.0);
  EXPECT_NEAR(add[1], 7.0 / 3.0, 1e-15);
  EXPECT_NEAR(add[2], 1.0 / 3.0, 1e-15);
  EXPECT_NEAR(add[3], 4.0 / 3.0, 1e-15);
  fill_valleys(load, 100.0, add);  // fills all: level (100 + 11)/4 = 27.75
  EXPECT_NEAR(add[0] + add[1] + add[2] + add[3], 100.0, 1e-12);
  EXPECT_NEAR(add[0], 22.75, 1e-12);
  fill_valleys(load, 0.0, add);
  for (double a : add) EXPECT_EQ(a, 0.0);
  const std::vector<double> negative = {-10, 0};  // net load below zero (PV surplus) is filled first
  std::vector<double> add2(2);
  fill_valleys(negative, 4.0, add2);
  EXPECT_EQ(add2[0], 4.0);
  EXPECT_EQ(add2[1], 0.0);
}

TEST(EnergyLoadShapes, ShapesSumToOneAndFollowTheirProfiles) {
  const climate::WeatherYear w = climate::typical_year(climate::ClimateCity::Beijing);
  LoadShapeDef def;
  def.industry_shifts = ShiftPattern::One;
  const LoadShapes s = make_load_shapes(w, def);
  for (const std::vector<double>* v : {&s.ev_home, &s.ev_work, &s.ev_fast, &s.industry, &s.heat_pump, &s.flat}) {
    double sum = 0;
    for (double x : *v) sum += x;
    EXPECT_NEAR(sum, 1.0, 1e-12);
  }
  // 1 Jan 2019 is a Tuesday; 5 Jan a Saturday.
  EXPECT_EQ(weekday_of(0), 1);
  EXPECT_EQ(weekday_of(4), 5);
  // One-shift industry: 10 h on Tuesday (weight 6) vs 02 h (weight 1); Saturday at 0.7.
  EXPECT_NEAR(s.industry[10] / s.industry[2], 6.0, 1e-12);
  EXPECT_NEAR(s.industry[4 * 24 + 10] / s.industry[10], 0.7, 1e-12);
  // Heat pumps: zero above 18 °C, proportional to 18 − T below.
  for (std::size_t h = 0; h < w.hours(); ++h)
    if (w.dry_bulb_c[h] >= 18.0) {
      ASSERT_EQ(s.heat_pump[h], 0.0) << h;
    }
}

}  // namespace
}  // namespace twin::energy
