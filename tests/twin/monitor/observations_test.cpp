// Observations and sensor models (twin/monitor/observations.hpp, sensor_noise.hpp): CSV round trip and
// each error case; time → hour of year; background and enhancements; noise statistics and drift;
// transect spacing; satellite swath geometry; the sensor table equals its CSV.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>

#include "twin/monitor/observations.hpp"
#include "twin/monitor/sensor_noise.hpp"

namespace {

using namespace twin::monitor;

const std::string kHeader = "time_utc,lon,lat,height_m,co2_ppm,uncertainty_ppm,kind\n";

std::string first_error(const std::string& body) {
  const ObsCsv r = read_observations_csv(kHeader + body);
  return r.errors.empty() ? "" : to_string(r.errors.front());
}

TEST(MonitorObsTest, CsvRoundTrips) {
  std::vector<Observation> obs = {
      {"2026-01-01T00:00:00Z", 116.4, 39.9, false, 0, 0, 100.0, 425.25, 0.1, ObsKind::Tower},
      {"2026-07-15T13:00:00Z", 116.41, 39.91, false, 0, 0, 10.0, 447.5, 1.6, ObsKind::Lowcost},
      {"2026-07-15T05:30:00Z", 116.5, 40.0, false, 0, 0, 0.0, 421.125, 1.0, ObsKind::Satellite},
  };
  const std::string text = write_observations_csv(obs);
  const ObsCsv back = read_observations_csv(text);
  ASSERT_TRUE(back.errors.empty()) << to_string(back.errors.front());
  ASSERT_EQ(back.observations.size(), 3u);
  for (std::size_t k = 0; k < obs.size(); ++k) {
    EXPECT_EQ(back.observations[k].time_utc, obs[k].time_utc);
    EXPECT_EQ(back.observations[k].lon, obs[k].lon);
    EXPECT_EQ(back.observations[k].lat, obs[k].lat);
    EXPECT_EQ(back.observations[k].co2_ppm, obs[k].co2_ppm);
    EXPECT_EQ(back.observations[k].uncertainty_ppm, obs[k].uncertainty_ppm);
    EXPECT_EQ(back.observations[k].kind, obs[k].kind);
  }
  EXPECT_EQ(write_observations_csv(back.observations), text);
}

TEST(MonitorObsTest, EachErrorIsNamed) {
  EXPECT_EQ(first_error("2026-13-01T00:00:00Z,116,40,10,420,1,tower\n"), "line 2, time_utc: '2026-13-01T00:00:00Z': month 13 does not exist");
  EXPECT_EQ(first_error("2026-02-29T00:00:00Z,116,40,10,420,1,tower\n"),
            "line 2, time_utc: '2026-02-29T00:00:00Z': day 29 does not exist in that month");
  EXPECT_EQ(first_error("yesterday,116,40,10,420,1,tower\n"), "line 2, time_utc: 'yesterday' is not a time YYYY-MM-DDTHH:MM:SSZ");
  EXPECT_EQ(first_error("2026-01-01T08:00:00+08:00,116,40,10,420,1,tower\n"),
            "line 2, time_utc: '2026-01-01T08:00:00+08:00' has extra text after the time (only UTC, 'Z', is accepted)");
  EXPECT_EQ(first_error("2026-01-01T00:00:00Z,40,116,10,420,1,tower\n"),
            "line 2, lat: 116 is outside ±90; lon 40 and lat look swapped");
  EXPECT_EQ(first_error("2026-01-01T00:00:00Z,200,40,10,420,1,tower\n"), "line 2, lon: 200 is outside ±180");
  EXPECT_EQ(first_error("2026-01-01T00:00:00Z,116,40,10,NaN,1,tower\n"), "line 2, co2_ppm: 'NaN' is not a finite number");
  EXPECT_EQ(first_error("2026-01-01T00:00:00Z,116,40,10,420,-1,tower\n"), "line 2, uncertainty_ppm: -1 must be > 0");
  EXPECT_EQ(first_error("2026-01-01T00:00:00Z,116,40,10,420,1,drone\n"),
            "line 2, kind: 'drone' is not one of tower, rooftop, lowcost, mobile, satellite");
  EXPECT_EQ(first_error("2026-01-01T00:00:00Z,116,40,10,42000,1,tower\n"),
            "line 2, co2_ppm: 42000 ppm is outside the plausible 300–2000 ppm");
  EXPECT_EQ(first_error("2026-01-01T00:00:00Z,116,40,-5,420,1,tower\n"), "line 2, height_m: -5 m is outside 0–1000 m");
  EXPECT_EQ(to_string(read_observations_csv("time_utc,lon,lat\n").errors.front()), "line 1, header: no column 'height_m'");
}

TEST(MonitorObsTest, TimeToHourOfYear) {
  int y = 0, h = 0;
  ASSERT_EQ(parse_time_utc("2026-01-01T00:00:00Z", &y, &h), "");
  EXPECT_EQ(h, 0);
  ASSERT_EQ(parse_time_utc("2026-03-01T05:59:59Z", &y, &h), "");
  EXPECT_EQ(h, (31 + 28) * 24 + 5);  // 1421
  ASSERT_EQ(parse_time_utc("2026-12-31 23:00", &y, &h), "");
  EXPECT_EQ(h, 8759);
  EXPECT_EQ(y, 2026);
  // A leap year's 29 February counts as the 28th; 1 March is the same hour as in other years.
  ASSERT_EQ(parse_time_utc("2024-02-29T10:00:00Z", &y, &h), "");
  EXPECT_EQ(h, (31 + 27) * 24 + 10);
  ASSERT_EQ(parse_time_utc("2024-03-01T00:00:00Z", &y, &h), "");
  EXPECT_EQ(h, 59 * 24);
  EXPECT_EQ(time_utc_of_hour(2026, 1421), "2026-03-01T05:00:00Z");
}

TEST(MonitorObsTest, UpwindBackgroundAndEnhancements) {
  // Towers north (0, 10 km) and south (0, −10 km); the wind blows towards the north (v > 0), so it
  // comes from the south: the southern tower is the background.
  std::vector<Observation> obs = {
      {"2026-01-01T03:00:00Z", 0, 0, true, 0.0, 10000.0, 100, 431.0, 0.1, ObsKind::Tower},
      {"2026-01-01T03:00:00Z", 0, 0, true, 0.0, -10000.0, 100, 421.0, 0.1, ObsKind::Tower},
      {"2026-01-01T03:00:00Z", 0, 0, true, 0.0, 0.0, 10, 436.5, 1.6, ObsKind::Lowcost},
      {"2026-01-01T04:00:00Z", 0, 0, true, 0.0, 0.0, 10, 440.0, 1.6, ObsKind::Lowcost},  // no tower at 04:00
  };
  std::vector<double> u(8760, 0.0), v(8760, 3.0);
  const std::vector<double> bg = upwind_background_ppm(obs, twin::Vec2{0.0, 0.0}, u, v);
  EXPECT_EQ(bg[3], 421.0);
  EXPECT_TRUE(std::isnan(bg[4]));
  const std::vector<Enhancement> e = subtract_background(obs, bg);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].index, 2u);
  EXPECT_EQ(e[0].enhancement_ppm, 15.5);
  // A constant background: the towers' mean (431 + 421) / 2 = 426.
  EXPECT_EQ(constant_background_ppm(obs), 426.0);
  const std::vector<Enhancement> c = subtract_background(obs, {426.0});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].enhancement_ppm, 14.0);
}

TEST(MonitorObsTest, NoiseStatisticsWithinSamplingError) {
  // 10^4 draws: the mean's standard error is σ/100, the σ estimate's about σ/141. Bounds at 4 standard errors.
  for (const SensorModel m : {high_precision_sensor(), lowcost_sensor()}) {
    const int n = 10000;
    double sum = 0.0, sum2 = 0.0;
    for (int k = 0; k < n; ++k) {
      const double r = sensor_reading_ppm(m, 420.0, 0.0, 42, 7, static_cast<std::uint64_t>(k)) - 420.0;
      sum += r;
      sum2 += r * r;
    }
    const double mean = sum / n, sd = std::sqrt(sum2 / n - mean * mean);
    EXPECT_LT(std::fabs(mean), 4.0 * m.noise_ppm / 100.0) << m.noise_ppm;
    EXPECT_LT(std::fabs(sd - m.noise_ppm), 4.0 * m.noise_ppm / 141.0) << m.noise_ppm;
  }
  // Reproducible: the same (seed, sensor, draw) gives the same reading; another seed does not.
  EXPECT_EQ(sensor_reading_ppm(lowcost_sensor(), 420.0, 3.0, 1, 2, 3), sensor_reading_ppm(lowcost_sensor(), 420.0, 3.0, 1, 2, 3));
  EXPECT_NE(sensor_reading_ppm(lowcost_sensor(), 420.0, 3.0, 1, 2, 3), sensor_reading_ppm(lowcost_sensor(), 420.0, 3.0, 9, 2, 3));
}

TEST(MonitorObsTest, DriftIsLinearInTime) {
  // Same draw, different ages: the difference is drift × days exactly (0.038 ppm/day × 100 days = 3.8 ppm).
  const SensorModel m = lowcost_sensor();
  const double r0 = sensor_reading_ppm(m, 420.0, 0.0, 5, 1, 1);
  const double r100 = sensor_reading_ppm(m, 420.0, 100.0, 5, 1, 1);
  const double r200 = sensor_reading_ppm(m, 420.0, 200.0, 5, 1, 1);
  EXPECT_NEAR(r100 - r0, 3.8, 1e-9);
  EXPECT_NEAR(r200 - r100, r100 - r0, 1e-9);
  EXPECT_EQ(high_precision_sensor().drift_ppm_per_day, 0.0);
}

TEST(MonitorObsTest, TransectPointsAreSpacedAsAsked) {
  // An L-shaped path: 250 m east, then 130 m north (380 m). Every 100 m: distances 0, 100, 200, 300;
  // the point at 300 m is 50 m up the second leg, at (250, 50). At 10 m/s: t = 0, 10, 20, 30 s.
  const std::vector<twin::Vec2> path = {{0, 0}, {250, 0}, {250, 130}};
  std::vector<TransectPoint> pts;
  ASSERT_EQ(sample_transect(path, 100.0, 10.0, &pts), "");
  ASSERT_EQ(pts.size(), 4u);
  EXPECT_EQ(pts[1].x_m, 100.0);
  EXPECT_EQ(pts[2].x_m, 200.0);
  EXPECT_EQ(pts[3].x_m, 250.0);
  EXPECT_EQ(pts[3].y_m, 50.0);
  EXPECT_EQ(pts[3].t_s, 30.0);
  EXPECT_EQ(sample_transect(path, 0.0, 10.0, &pts), "spacing must be a finite number > 0");
  EXPECT_EQ(sample_transect(path, 10.0, -1.0, &pts), "speed must be a finite number > 0");
  // A road path from links: link 0 (n0→n1), link 1 (n1→n2); link 2 (n0→n2) does not follow link 0.
  twin::RoadNetwork roads;
  roads.node_xy = {{0, 0}, {100, 0}, {100, 100}};
  roads.link_from = {0, 1, 0};
  roads.link_to = {1, 2, 2};
  std::vector<twin::Vec2> p;
  ASSERT_EQ(road_path(roads, {0, 1}, &p), "");
  EXPECT_EQ(p.size(), 3u);
  EXPECT_EQ(road_path(roads, {0, 2}, &p), "link 2 does not start where link 0 ends");
  EXPECT_EQ(road_path(roads, {7}, &p), "link 7 does not exist");
}

TEST(MonitorObsTest, SatelliteSwathGeometry) {
  const SatelliteSpec s = oco_like_satellite();  // 8 footprints of 1.6 km across, 2.2 km along
  std::vector<Sounding> snd;
  // A track going north from (0, −5000) over 10 km: frames at 0, 2.2, 4.4, 6.6, 8.8 km → 5 × 8 soundings.
  ASSERT_EQ(satellite_swath(twin::Vec2{0.0, -5000.0}, twin::Vec2{0.0, 2.0}, 10000.0, s, &snd), "");
  ASSERT_EQ(snd.size(), 40u);
  // Across = left of north = west: footprint 0 at −3.5 × 1.6 km = 5.6 km west... (x = +5600 for p = 0
  // since across = (−ay, ax) = (−1, 0) and offset (0 − 3.5) × 1600 = −5600 → x = 5600).
  EXPECT_NEAR(snd[0].x_m, 5600.0, 1e-9);
  EXPECT_NEAR(snd[7].x_m, -5600.0, 1e-9);
  EXPECT_NEAR(snd[8].y_m, -5000.0 + 2200.0, 1e-9);
  EXPECT_EQ(snd[39].frame, 4);
  EXPECT_EQ(satellite_swath(twin::Vec2{0, 0}, twin::Vec2{0, 0}, 1000.0, s, &snd),
            "the track direction must be a finite non-zero vector");
}

TEST(MonitorObsTest, SensorTableEqualsItsCsv) {
  std::ifstream in(CT_ASSETS_DIR "/monitor/sensors.csv");
  std::string line;
  std::getline(in, line);
  const auto rows = sensor_rows();
  std::size_t k = 0;
  while (std::getline(in, line)) {
    ASSERT_LT(k, rows.size());
    const std::size_t a = line.find(','), b = line.find(',', a + 1);
    EXPECT_EQ(line.substr(0, a), rows[k].key);
    EXPECT_EQ(std::stod(line.substr(a + 1, b - a - 1)), rows[k].value) << rows[k].key;
    ++k;
  }
  EXPECT_EQ(k, rows.size());
}

}  // namespace
