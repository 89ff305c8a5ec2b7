// Campaigns beyond stations (twin/monitor/campaign.hpp): the transect route follows the road links and
// takes the shortest chain; the samples are spaced and timed as the spec says; the swath's footprints lie
// where the geometry puts them; a column receptor sees a point source as the closed-form ∫C dz over the
// dry-air column; and two observing-system experiments on the 6 km test city of osse_test.cpp: transects
// added to the stations shrink the posterior sd of the total, satellite overpasses alone recover the
// total within 2σ. Bad inputs give errors naming what is wrong.
#include "twin/monitor/campaign.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "twin/monitor/osse.hpp"
#include "twin/monitor/stations.hpp"

namespace twin::monitor {
namespace {

constexpr double kCell = 500.0;
constexpr int kN = 12;  // 12 × 12 cells of 500 m: a 6 km city

// The test city of osse_test.cpp (same numbers): residential everywhere (20 kt/yr a cell, more towards
// the centre), transport on row j = 4 and column i = 7 (15 kt/yr a cell), a 300 kt/yr plant in (9, 9);
// afternoon hours 12–17 of `days` days, the wind turning day to day, 2–5 m/s, classes B–D.
MonitorSetup city(int days) {
  MonitorSetup s;
  s.grid = {-3000.0, -3000.0, kCell, kN, kN};
  s.prior_cell_t.assign(kN * kN, SectorValues{});
  for (int j = 0; j < kN; ++j)
    for (int i = 0; i < kN; ++i) {
      SectorValues& v = s.prior_cell_t[static_cast<std::size_t>(j * kN + i)];
      const double r = std::abs(i - 5.5) + std::abs(j - 5.5);
      v[static_cast<int>(GridSector::Residential)] = 2.0e4 * (1.5 - r / 11.0);
      if (j == 4 || i == 7) v[static_cast<int>(GridSector::Transport)] = 1.5e4;
    }
  s.prior_cell_t[9 * kN + 9][static_cast<int>(GridSector::Industry)] = 3.0e5;
  s.release_height_m = {0.0};
  for (int d = 0; d < days; ++d)
    for (int h = 0; h < 6; ++h) {
      HourMet m;
      m.u10_m_s = 2.0 + 0.5 * ((d * 7 + h) % 7);
      m.wind_from_deg = std::fmod(d * 97.0 + h * 11.0, 360.0);
      m.stability = (d + h) % 3 == 0 ? Stability::B : ((d + h) % 3 == 1 ? Stability::C : Stability::D);
      m.daytime = true;
      s.met.push_back(m);
    }
  return s;
}

double prior_total(const MonitorSetup& s) {
  double t = 0.0;
  for (const SectorValues& v : s.prior_cell_t)
    for (double x : v) t += x;
  return t;
}

// Roads of the test city: a lattice of two-way links between the cell centres (500 m apart).
RoadNetwork lattice_roads() {
  RoadNetwork r;
  for (int j = 0; j < kN; ++j)
    for (int i = 0; i < kN; ++i) r.node_xy.push_back({-2750.0 + kCell * i, -2750.0 + kCell * j});
  auto link = [&](int a, int b) {
    r.link_from.push_back(static_cast<std::uint32_t>(a));
    r.link_to.push_back(static_cast<std::uint32_t>(b));
  };
  for (int j = 0; j < kN; ++j)
    for (int i = 0; i < kN; ++i) {
      const int n = j * kN + i;
      if (i + 1 < kN) link(n, n + 1), link(n + 1, n);
      if (j + 1 < kN) link(n, n + kN), link(n + kN, n);
    }
  return r;
}

double distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
  const double dx = b.x_m - a.x_m, dy = b.y_m - a.y_m;
  const double len2 = dx * dx + dy * dy;
  double u = len2 > 0.0 ? ((p.x_m - a.x_m) * dx + (p.y_m - a.y_m) * dy) / len2 : 0.0;
  u = u < 0.0 ? 0.0 : (u > 1.0 ? 1.0 : u);
  return std::hypot(p.x_m - (a.x_m + u * dx), p.y_m - (a.y_m + u * dy));
}

double distance_to_roads(const RoadNetwork& r, Vec2 p) {
  double best = 1e300;
  for (std::size_t l = 0; l < r.link_from.size(); ++l)
    best = std::fmin(best, distance_to_segment(p, r.node_xy[r.link_from[l]], r.node_xy[r.link_to[l]]));
  return best;
}

TEST(MonitorCampaign, EmbeddedFiguresEqualCsv) {
  std::ifstream in(CT_ASSETS_DIR "/monitor/campaign.csv");
  ASSERT_TRUE(in.good());
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "key,value,unit,source,note");
  const auto rows = campaign_rows();
  std::size_t k = 0;
  while (std::getline(in, line)) {
    ASSERT_LT(k, rows.size());
    const std::size_t a = line.find(','), b = line.find(',', a + 1);
    EXPECT_EQ(line.substr(0, a), rows[k].key);
    EXPECT_EQ(std::stod(line.substr(a + 1, b - a - 1)), rows[k].value) << rows[k].key;
    ++k;
  }
  EXPECT_EQ(k, rows.size());
  EXPECT_EQ(overpass_spec().revisit_days, 16);
  EXPECT_EQ(mobile_spec().sensor.noise_ppm, high_precision_sensor().noise_ppm);
}

TEST(MonitorCampaign, RouteTakesTheShortestChainAndSamplesLieOnLinks) {
  // A (0,0) → B (1000,0) → C (1000,1000) → E (2000,1000), and the diagonal A → C: A→C→E is 1414.2 + 1000
  // = 2414.2 m against 3000 m by B. Every link also runs the other way; D (0,1000) is linked to A only.
  RoadNetwork r;
  r.node_xy = {{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {2000, 1000}};
  const std::vector<std::pair<int, int>> ls = {{0, 1}, {1, 2}, {0, 2}, {2, 4}, {0, 3}};
  for (const auto& [a, b] : ls) {
    r.link_from.push_back(a), r.link_to.push_back(b);
    r.link_from.push_back(b), r.link_to.push_back(a);
  }
  std::vector<std::uint32_t> route;
  ASSERT_EQ(transect_route(r, {-10.0, 5.0}, {2010.0, 990.0}, &route), "");
  ASSERT_EQ(route.size(), 2u);
  EXPECT_EQ(route[0], 4u);  // A → C
  EXPECT_EQ(route[1], 6u);  // C → E
  const MobileSpec spec = mobile_spec();
  std::vector<CampaignSample> s;
  ASSERT_EQ(plan_transect(r, route, spec, 7, 3, &s), "");
  // ⌊2414.21 / 100⌋ + 1 = 25 samples, 100 m apart along the route, t = d / 8.33 m/s (the last at
  // 2400 / 8.33 = 288.1 s: all in hour 7).
  ASSERT_EQ(s.size(), 25u);
  for (std::size_t k = 0; k < s.size(); ++k) {
    const Vec2 p{s[k].receptor.x_m, s[k].receptor.y_m};
    EXPECT_LT(distance_to_roads(r, p), 1e-6) << k;
    EXPECT_EQ(s[k].receptor.z_m, 3.0);
    EXPECT_EQ(s[k].receptor.hour, 7);
    EXPECT_EQ(s[k].kind, ObsKind::Mobile);
    EXPECT_EQ(s[k].run, 3);
    EXPECT_NEAR(s[k].seconds_into_hour, 100.0 * static_cast<double>(k) / 8.33, 1e-9);
  }
  // Sample 14 is 1400 m along A → C: (1400/√2, 1400/√2) = (989.95, 989.95); sample 15 (1500 m) is
  // 85.79 m past C on C → E: (1085.79, 1000).
  EXPECT_NEAR(s[14].receptor.x_m, 1400.0 / std::sqrt(2.0), 1e-9);
  EXPECT_NEAR(s[15].receptor.x_m, 1000.0 + 1500.0 - 1000.0 * std::sqrt(2.0), 1e-9);
  EXPECT_NEAR(s[15].receptor.y_m, 1000.0, 1e-9);
}

TEST(MonitorCampaign, LatticeCrossingFollowsTheRoads) {
  const RoadNetwork r = lattice_roads();
  for (int run = 0; run < 2; ++run) {
    Vec2 from, to;
    crossing_line({-3000.0, -3000.0}, {3000.0, 3000.0}, {0.0, 0.0}, run, &from, &to);
    std::vector<std::uint32_t> route;
    ASSERT_EQ(transect_route(r, from, to, &route), "") << run;
    std::vector<CampaignSample> s;
    ASSERT_EQ(plan_transect(r, route, mobile_spec(), 0, run, &s), "");
    // 11 links of 500 m between the edge nodes: 5500 m, 56 samples; the ends 250 m from the line's ends.
    ASSERT_EQ(s.size(), 56u) << run;
    for (const CampaignSample& c : s) EXPECT_LT(distance_to_roads(r, {c.receptor.x_m, c.receptor.y_m}), 1e-6);
    EXPECT_NEAR(std::hypot(s.front().receptor.x_m - from.x_m, s.front().receptor.y_m - from.y_m), std::hypot(250.0, 250.0), 1e-9);
  }
}

TEST(MonitorCampaign, SwathFootprintsWhereTheGeometrySays) {
  // Track due north through (0, 0) across the 6 km grid: length = diagonal 6000√2 = 8485.28 m, starting at
  // y = −4242.64; frames every 2200 m: y = −4242.64, −2042.64, 157.36, 2357.36 (⌊8485.28/2200⌋ + 1 = 4).
  // Across: 8 footprints 1600 m apart centred on the track, x = ±800, ±2400, ±4000, ±5600 (left of a
  // northward track is west: footprint p at x = −(p − 3.5)·1600). On the grid [−3000, 3000)²: frames 1–3
  // and |x| ≤ 2400: 3 × 4 = 12 soundings; 32 − 12 = 20 fall off it.
  const MonitorSetup s = city(1);
  std::vector<CampaignSample> out;
  int outside = -1;
  ASSERT_EQ(plan_overpass(s.grid, {0.0, 0.0}, overpass_spec(), 1, 0, &out, &outside), "");
  ASSERT_EQ(out.size(), 12u);
  EXPECT_EQ(outside, 20);
  const double half_diag = 3000.0 * std::sqrt(2.0);
  const double ys[3] = {-half_diag + 2200.0, -half_diag + 4400.0, -half_diag + 6600.0};
  const double xs[4] = {2400.0, 800.0, -800.0, -2400.0};  // p = 2, 3, 4, 5
  for (int f = 0; f < 3; ++f)
    for (int p = 0; p < 4; ++p) {
      const CampaignSample& c = out[static_cast<std::size_t>(f * 4 + p)];
      EXPECT_NEAR(c.receptor.x_m, xs[p], 1e-9) << f << "," << p;
      EXPECT_NEAR(c.receptor.y_m, ys[f], 1e-9) << f << "," << p;
      EXPECT_LT(c.receptor.z_m, 0.0);
      EXPECT_EQ(c.receptor.hour, 1);
      EXPECT_EQ(c.kind, ObsKind::Satellite);
    }
}

TEST(MonitorCampaign, ColumnOfAPointSourceEqualsClosedForm) {
  // One point source (a 100 m cell evaluated at its centre only) at the origin, 31,536 t/yr = 1000 g/s
  // (31,536 × 10⁶ g / 8760 h / 3600 s), ground level; wind 5 m/s from the west, class D, urban; a column
  // receptor 2000 m downwind on the centreline.
  //   σy = 0.16 · 2000 · (1 + 0.0004 · 2000)^−½ = 320 / √1.8 = 238.5139 m      (Briggs urban D)
  //   ∫C dz = Q / (√(2π) u σy) = 1000 / (2.506628 · 5 · 238.5139) = 0.3345233 g/m²
  //         = 0.3345233 / 44.010 g/mol = 7.601074e-3 mol CO2 / m²
  //   dry-air column p / (g M_air) = 101325 / (9.80665 · 0.0289647) = 356,719.5 mol/m²
  //   ΔXCO2 = 7.601074e-3 / 356,719.5 · 10⁶ = 0.0213083 ppm
  FootprintInputs in;
  in.grid = {-50.0, -50.0, 100.0, 1, 1};
  in.release_height_m = {0.0};
  in.subpoints_per_side = 1;
  HourMet m;
  m.u10_m_s = 5.0;
  m.wind_from_deg = 270.0;
  m.stability = Stability::D;
  in.met = {m};
  in.receptors = {{2000.0, 0.0, -1.0, 0}, {2000.0, 300.0, -1.0, 0}};
  const Eigen::MatrixXd H = build_footprint_dense(in);
  ASSERT_EQ(H.rows(), 2);
  const double q_t_per_yr = 31536.0;
  EXPECT_NEAR(H(0, 0) * q_t_per_yr, 0.0213083, 1e-7);
  // Off the centreline by y = 300 m: × exp(−300² / (2 σy²)) = exp(−90000 / 113,777.8) = exp(−0.791016)
  // = 0.453384 → 0.0096608 ppm.
  EXPECT_NEAR(H(1, 0) * q_t_per_yr, 0.0096608, 1e-7);
  // The same through the pipeline: a satellite sounding seeing a hidden point source of that size.
  MonitorSetup s;
  s.grid = {-1000.0, -1000.0, 500.0, 4, 4};
  s.prior_cell_t.assign(16, SectorValues{});
  s.prior_cell_t[0][static_cast<int>(GridSector::Residential)] = 1.0;
  s.met = {m};
  MonitorObservation o;
  o.receptor = {2000.0, 0.0, -1.0, 0};
  const Eigen::VectorXd y = point_source_enhancement_ppm(s, {0.0, 0.0, q_t_per_yr, 0.0}, {o});
  ASSERT_EQ(y.size(), 1);
  // The hidden source is a 10 m cell of 4 × 4 sub-points, ±1.25 and ±3.75 m across the wind: the mean of
  // exp(−y²/2σy²) over them is 1 − 7.8/113,778 = 1 − 6.9e-5, so 1.5e-6 ppm lower (tolerance 3e-6).
  EXPECT_NEAR(y(0), 0.0213083, 3e-6);
}

struct Campaign {
  std::vector<MonitorObservation> obs;
  std::vector<SimulatedSensor> sensors;
  int lowcost = 0;
};

// The rooftop and low-cost sensors of the default network, every hour (as osse_test.cpp).
void add_stations(const MonitorSetup& s, Campaign* c) {
  for (const Station& st : default_network({-3000.0, -3000.0}, {3000.0, 3000.0})) {
    if (st.kind == StationKind::Tower) continue;
    SimulatedSensor sensor;
    sensor.model = st.kind == StationKind::Lowcost ? lowcost_sensor() : high_precision_sensor();
    sensor.sensor_id = c->sensors.size() / s.met.size() + 1;
    const int lc = st.kind == StationKind::Lowcost ? c->lowcost++ : -1;
    for (std::size_t h = 0; h < s.met.size(); ++h) {
      MonitorObservation o;
      o.receptor = {st.x_m, st.y_m, st.height_m, static_cast<int>(h)};
      o.lowcost_sensor = lc;
      o.day = static_cast<double>(h / 6);
      c->obs.push_back(o);
      c->sensors.push_back(sensor);
    }
  }
}

void add_samples(const std::vector<CampaignSample>& samples, const SensorModel& model, std::uint64_t sensor_base,
                 Campaign* c) {
  for (const CampaignSample& smp : samples) {
    MonitorObservation o;
    o.receptor = smp.receptor;
    o.day = static_cast<double>(smp.receptor.hour / 6);
    c->obs.push_back(o);
    c->sensors.push_back({model, sensor_base + static_cast<std::uint64_t>(smp.run)});
  }
}

TEST(MonitorCampaign, TransectsShrinkThePosteriorSdOfTheTotal) {
  // 7 afternoons; stations alone, then stations plus two crossings a day (west→east at 13:00, south→north
  // at 15:00 local: hour indices 6d + 1 and 6d + 3), 56 samples each: 784 mobile observations.
  const MonitorSetup s = city(7);
  const RoadNetwork roads = lattice_roads();
  double sd[2], err[2];
  for (int with = 0; with < 2; ++with) {
    Campaign c;
    add_stations(s, &c);
    if (with) {
      std::vector<CampaignSample> samples;
      for (int d = 0; d < 7; ++d)
        for (int k = 0; k < 2; ++k) {
          Vec2 from, to;
          crossing_line({-3000.0, -3000.0}, {3000.0, 3000.0}, {0.0, 0.0}, k, &from, &to);
          std::vector<std::uint32_t> route;
          ASSERT_EQ(transect_route(roads, from, to, &route), "");
          ASSERT_EQ(plan_transect(roads, route, mobile_spec(), 6 * d + 1 + 2 * k, 2 * d + k, &samples), "");
        }
      ASSERT_EQ(samples.size(), 7u * 2u * 56u);
      add_samples(samples, mobile_spec().sensor, 1000, &c);
    }
    MonitorSetup inv = s;
    inv.lowcost_sensors = c.lowcost;
    ASSERT_EQ(simulate_observations(inv, {}, c.sensors, 21, &c.obs), "");
    const MonitorInversion r = invert_monitoring(inv, c.obs);
    ASSERT_EQ(r.error, "");
    sd[with] = r.sectors.back().posterior_sd_t;
    err[with] = r.sectors.back().posterior_t - prior_total(s);
    EXPECT_LE(std::fabs(err[with]), 2.0 * sd[with]) << with;
  }
  std::printf("[campaign] total sd: stations %.0f t, stations + transects %.0f t (errors %.0f, %.0f t)\n", sd[0], sd[1],
              err[0], err[1]);
  // Measured: 43,777 t with the stations alone, 23,456 t with the transects (−46%): the crossings sample
  // every cell they pass at 3 m, where the ground-level sources' plumes are strongest.
  EXPECT_LT(sd[1], 0.6 * sd[0]);
}

TEST(MonitorCampaign, SatelliteOnlyRecoversTheTotal) {
  // 49 afternoons; overpasses at 13:36 local (hour index 6d + 1) every 16 days: days 0, 16, 32, 48, each
  // 12 soundings over the city (as in SwathFootprintsWhereTheGeometrySays), XCO2 noise 1 ppm. The truth
  // is the prior plus a hidden 100 kt/yr source at (1125, −1375) m.
  const MonitorSetup s = city(49);
  const OverpassSpec spec = overpass_spec();
  Campaign c;
  std::vector<CampaignSample> samples;
  for (int k = 0; k < 4; ++k) {
    const int day = k * spec.revisit_days;
    const int hour = 6 * day + static_cast<int>(spec.local_hour) - 12;
    ASSERT_EQ(plan_overpass(s.grid, {0.0, 0.0}, spec, hour, k, &samples), "");
  }
  ASSERT_EQ(samples.size(), 48u);
  add_samples(samples, {spec.satellite.noise_ppm, 0.0}, 5000, &c);
  MonitorSetup inv = s;
  ASSERT_EQ(simulate_observations(inv, {{1125.0, -1375.0, 1.0e5, 0.0}}, c.sensors, 22, &c.obs), "");
  for (const MonitorObservation& o : c.obs) EXPECT_EQ(o.sigma_ppm, 1.0);
  const MonitorInversion r = invert_monitoring(inv, c.obs);
  ASSERT_EQ(r.error, "");
  const SectorEstimate& t = r.sectors.back();
  const double truth = prior_total(s) + 1.0e5;
  std::printf("[campaign] satellite only: truth %.0f t, prior %.0f ± %.0f, posterior %.0f ± %.0f, DOFS %.2f\n", truth,
              t.prior_t, t.prior_sd_t, t.posterior_t, t.posterior_sd_t, r.dofs);
  // Measured: posterior 3,020,683 ± 554,459 t against the truth 3,494,091 t (prior sd 581,235 t, DOFS 0.40):
  // 48 soundings of 1 ppm noise constrain a 3.4 Mt/yr city of 6 km only a little, and the answer is within
  // its 2σ.
  EXPECT_LE(std::fabs(t.posterior_t - truth), 2.0 * t.posterior_sd_t);
  EXPECT_LT(t.posterior_sd_t, t.prior_sd_t);
  EXPECT_GT(r.dofs, 0.1);
}

TEST(MonitorCampaign, BadInputsGiveErrors) {
  std::vector<std::uint32_t> route;
  EXPECT_NE(transect_route(RoadNetwork{}, {0, 0}, {1000, 0}, &route).find("no road links"), std::string::npos);
  const RoadNetwork roads = lattice_roads();
  EXPECT_NE(transect_route(roads, {-250, -240}, {-250, -260}, &route).find("snap to road node"), std::string::npos);
  EXPECT_NE(transect_route(roads, {std::nan(""), 0}, {10, 0}, &route).find("finite"), std::string::npos);
  RoadNetwork one_way;  // 0 → 1 only: no way back
  one_way.node_xy = {{0, 0}, {1000, 0}};
  one_way.link_from = {0};
  one_way.link_to = {1};
  EXPECT_NE(transect_route(one_way, {1000, 0}, {0, 0}, &route).find("no road path"), std::string::npos);
  ASSERT_EQ(transect_route(one_way, {0, 0}, {1000, 0}, &route), "");
  MobileSpec stopped = mobile_spec();
  stopped.speed_m_s = 0.0;
  std::vector<CampaignSample> out;
  EXPECT_NE(plan_transect(one_way, route, stopped, 0, 0, &out).find("speed_m_s"), std::string::npos);
  EXPECT_NE(plan_transect(one_way, {5}, mobile_spec(), 0, 0, &out).find("route"), std::string::npos);
  EXPECT_TRUE(out.empty());
  const MonitorSetup s = city(1);
  EXPECT_NE(plan_overpass(s.grid, {50000.0, 0.0}, overpass_spec(), 0, 0, &out).find("misses the grid"), std::string::npos);
  EXPECT_NE(plan_overpass(GridGeometry{}, {0.0, 0.0}, overpass_spec(), 0, 0, &out).find("grid"), std::string::npos);
  EXPECT_NE(plan_overpass(s.grid, {0.0, 0.0}, overpass_spec(), -1, 0, &out).find("hour"), std::string::npos);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace twin::monitor
