// Hourly dispersion meteorology (twin/monitor/met.hpp): the embedded Pasquill table and wind exponents
// equal assets/monitor (and the shared ISC3 urban exponents), hand-picked hours get the table's class, the
// power-law wind and the calm floor equal hand values, bad weather names the hour and field.
#include "twin/monitor/met.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace twin::monitor {
namespace {

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      else if (c == ',' && !quoted) fields.push_back(field), field.clear();
      else field += c;
    }
    fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

TEST(MonitorMet, EmbeddedPasquillTableEqualsCsv) {
  const auto rows = read_csv(CT_ASSETS_DIR "/monitor/pasquill_stability.csv");
  int n = 0;
  const PasquillRow* table = pasquill_rows(&n);
  ASSERT_EQ(n, 5);
  ASSERT_EQ(rows.size(), 8u);
  for (int b = 0; b < n; ++b) {
    EXPECT_EQ(rows[b][0], "wind_m_s");
    EXPECT_EQ(std::stod(rows[b][1]), table[b].wind_lower_m_s) << b;
    EXPECT_EQ(std::stod(rows[b][2]), table[b].wind_upper_m_s) << b;  // "inf" parses to +inf
    for (int c = 0; c < 5; ++c) EXPECT_EQ(rows[b][3 + c], table[b].letters[c]) << b << "," << c;
  }
  const InsolationThresholds t = insolation_thresholds();
  EXPECT_EQ(rows[5][3], "strong");
  EXPECT_EQ(std::stod(rows[5][1]), t.strong_above_w_m2);
  EXPECT_EQ(rows[6][3], "moderate");
  EXPECT_EQ(std::stod(rows[6][1]), t.moderate_above_w_m2);
  EXPECT_EQ(std::stod(rows[6][2]), t.strong_above_w_m2);
  EXPECT_EQ(std::stod(rows[7][2]), t.moderate_above_w_m2);
}

TEST(MonitorMet, WindExponentsEqualAssetsAndSharedUrbanSet) {
  const auto assets = read_csv(CT_ASSETS_DIR "/monitor/wind_profile_exponents.csv");
  const auto shared = read_csv(CT_SHARED_DATA_DIR "/dispersion/wind_profile_power_law_exponents.csv");
  ASSERT_EQ(assets.size(), 6u);
  ASSERT_EQ(shared.size(), 6u);
  for (int s = 0; s < 6; ++s) {
    const Stability st = static_cast<Stability>(s);
    EXPECT_EQ(assets[s][0], std::string(1, stability_letter(st)));
    EXPECT_EQ(shared[s][0], assets[s][0]);
    EXPECT_EQ(std::stod(assets[s][1]), wind_exponent_urban(st)) << s;
    EXPECT_EQ(std::stod(shared[s][2]), wind_exponent_urban(st)) << s;  // column p_urban_isc3
  }
}

TEST(MonitorMet, HandPickedHoursGetTheTableClass) {
  // Day: strong > 600, moderate 300–600, slight < 300 W/m²; two-letter classes → the more stable letter.
  EXPECT_EQ(pasquill_class(1.5, 700.0), Stability::A);  // < 2 m/s, strong
  EXPECT_EQ(pasquill_class(1.5, 400.0), Stability::B);  // < 2, moderate: A–B → B
  EXPECT_EQ(pasquill_class(2.5, 700.0), Stability::B);  // 2–3, strong: A–B → B
  EXPECT_EQ(pasquill_class(2.5, 100.0), Stability::C);  // 2–3, slight
  EXPECT_EQ(pasquill_class(4.0, 400.0), Stability::C);  // 3–5, moderate: B–C → C
  EXPECT_EQ(pasquill_class(4.0, 650.0), Stability::B);  // 3–5, strong
  EXPECT_EQ(pasquill_class(5.5, 100.0), Stability::D);  // 5–6, slight
  EXPECT_EQ(pasquill_class(7.0, 800.0), Stability::C);  // > 6, strong
  // Night (ghi = 0), the ≤ 4/8 cloud column.
  EXPECT_EQ(pasquill_class(1.0, 0.0), Stability::F);
  EXPECT_EQ(pasquill_class(2.5, 0.0), Stability::F);
  EXPECT_EQ(pasquill_class(4.0, 0.0), Stability::E);
  EXPECT_EQ(pasquill_class(5.5, 0.0), Stability::D);
  EXPECT_EQ(pasquill_class(9.0, 0.0), Stability::D);
}

climate::WeatherYear three_hours() {
  climate::WeatherYear w;
  w.dry_bulb_c = {10.0, 20.0, 0.0};
  w.pressure_pa = {101325.0, 100000.0, 99000.0};
  w.global_horizontal_wh_m2 = {0.0, 700.0, 350.0};
  w.wind_speed_m_s = {0.2, 1.5, 4.0};
  w.wind_direction_deg = {360.0, 90.0, 225.0};
  return w;
}

TEST(MonitorMet, HourlyMetFromWeatherYear) {
  const std::vector<HourMet> met = hourly_met(three_hours());
  ASSERT_EQ(met.size(), 3u);
  EXPECT_EQ(met[0].u10_m_s, 0.5);  // calm: 0.2 → 0.5 m/s
  EXPECT_EQ(met[0].stability, Stability::F);
  EXPECT_FALSE(met[0].daytime);
  EXPECT_EQ(met[0].wind_from_deg, 0.0);  // 360 → 0
  EXPECT_DOUBLE_EQ(met[0].temperature_k, 283.15);
  EXPECT_EQ(met[1].stability, Stability::A);
  EXPECT_TRUE(met[1].daytime);
  EXPECT_EQ(met[1].pressure_pa, 100000.0);
  EXPECT_EQ(met[2].stability, Stability::C);  // 4 m/s, 350 W/m²: B–C → C
  // u(40 m) in class D = 4 · (40/10)^0.25 = 4 · √2 = 5.656854249…
  HourMet d{4.0, 0.0, Stability::D, true};
  EXPECT_NEAR(wind_at_height_m_s(d, 40.0), 5.656854249492381, 1e-12);
  EXPECT_EQ(wind_at_height_m_s(d, 3.0), 4.0);  // below 10 m: the 10-m wind
}

TEST(MonitorMet, BadWeatherNamesHourAndField) {
  climate::WeatherYear w = three_hours();
  w.wind_speed_m_s[1] = std::nan("");
  const std::string e = validate_met_weather(w);
  EXPECT_NE(e.find("hour 1: wind_speed_m_s"), std::string::npos) << e;
  EXPECT_TRUE(hourly_met(w).empty());  // no exception, no partial result
  w = three_hours();
  w.pressure_pa.pop_back();
  EXPECT_NE(validate_met_weather(w).find("pressure_pa has 2 hours, expected 3"), std::string::npos) << validate_met_weather(w);
  EXPECT_TRUE(hourly_met(w).empty());
  EXPECT_EQ(validate_met_weather(three_hours()), "");
}

TEST(MonitorMet, DeterministicSinCosMatchesLibm) {
  for (double deg : {0.0, 30.0, 44.9, 45.0, 90.0, 135.0, 180.0, 225.0, 269.0, 300.0, 359.99, -30.0, 720.5}) {
    double s = 0.0, c = 0.0;
    det_sincos_deg(deg, &s, &c);
    const double r = deg * 3.14159265358979323846 / 180.0;
    EXPECT_NEAR(s, std::sin(r), 2e-15) << deg;
    EXPECT_NEAR(c, std::cos(r), 2e-15) << deg;
  }
}

}  // namespace
}  // namespace twin::monitor
