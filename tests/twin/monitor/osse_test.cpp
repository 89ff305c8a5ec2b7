// Observing-system experiments on a small synthetic city (twin/monitor/osse.hpp, reconcile.hpp): a known
// truth (the prior inventory plus a hidden 50 kt/yr source) observed by rooftop and low-cost sensors with
// their noise (and drift), then inverted. Golden figures are the truth, not the code's output: the total
// within its posterior 2σ, the hidden source within 2 cells and its size within 2σ, the sd shrinking as
// stations are added, drift handled by the bias elements (and biasing the total without them).
#include "twin/monitor/osse.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "twin/monitor/reconcile.hpp"
#include "twin/monitor/stations.hpp"

namespace twin::monitor {
namespace {

constexpr double kCell = 500.0;
constexpr int kN = 12;  // 12 × 12 cells of 500 m: a 6 km city

// The synthetic city: residential everywhere (20 kt/yr a cell, more towards the centre), transport on two
// roads (row j = 4 and column i = 7, 15 kt/yr a cell), one industrial plant of 300 kt/yr in cell (9, 9).
MonitorSetup city(int days, int hours_per_day = 6) {
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
  // Afternoon hours 12–17 of `days` days: the wind turning through the compass from day to day, 2–5 m/s,
  // unstable to neutral (B, C, D) as on sunny to cloudy afternoons.
  for (int d = 0; d < days; ++d)
    for (int h = 0; h < 6; h += 6 / hours_per_day) {
      HourMet m;
      m.u10_m_s = 2.0 + 0.5 * ((d * 7 + h) % 7);
      m.wind_from_deg = std::fmod(d * 97.0 + h * 11.0, 360.0);
      m.stability = (d + h) % 3 == 0 ? Stability::B : ((d + h) % 3 == 1 ? Stability::C : Stability::D);
      m.daytime = true;
      s.met.push_back(m);
    }
  return s;
}

struct Network {
  std::vector<MonitorObservation> obs;
  std::vector<SimulatedSensor> sensors;
  int lowcost = 0;
};

// The default network's rooftop and low-cost sensors (towers are the CLI's background sites), every hour.
Network network(const MonitorSetup& s, bool half, double lowcost_drift_ppm_per_day = -1.0, bool lowcost_only = false,
                int hours_per_day = 6) {
  const std::vector<Station> all = default_network({-3000.0, -3000.0}, {3000.0, 3000.0});
  Network n;
  int k = 0;
  for (const Station& st : all) {
    if (st.kind == StationKind::Tower || (lowcost_only && st.kind != StationKind::Lowcost)) continue;
    if (half && (k++ % 2)) continue;
    SimulatedSensor sensor;
    sensor.model = st.kind == StationKind::Lowcost ? lowcost_sensor() : high_precision_sensor();
    if (st.kind == StationKind::Lowcost && lowcost_drift_ppm_per_day >= 0.0) sensor.model.drift_ppm_per_day = lowcost_drift_ppm_per_day;
    const int lc = st.kind == StationKind::Lowcost ? n.lowcost++ : -1;
    sensor.sensor_id = static_cast<std::uint64_t>(n.sensors.size() / s.met.size() + 1);
    for (std::size_t h = 0; h < s.met.size(); ++h) {
      MonitorObservation o;
      o.receptor = {st.x_m, st.y_m, st.height_m, static_cast<int>(h)};
      o.lowcost_sensor = lc;
      o.day = static_cast<double>(h / static_cast<std::size_t>(hours_per_day));
      n.obs.push_back(o);
      n.sensors.push_back(sensor);
    }
  }
  return n;
}

double prior_total(const MonitorSetup& s) {
  double t = 0.0;
  for (const SectorValues& v : s.prior_cell_t)
    for (double x : v) t += x;
  return t;
}

TEST(MonitorOsse, PriorUncertaintyEqualsCsv) {
  std::ifstream in(CT_ASSETS_DIR "/monitor/prior_uncertainty.csv");
  ASSERT_TRUE(in.good());
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "sector,relative_sd,source,year,note");
  int count = 0;
  const PriorUncertaintyRow* rows = prior_uncertainty_rows(&count);
  ASSERT_EQ(count, kGridSectorCount);
  for (int k = 0; k < count; ++k) {
    ASSERT_TRUE(std::getline(in, line));
    const std::size_t a = line.find(','), b = line.find(',', a + 1);
    EXPECT_EQ(line.substr(0, a), to_string(rows[k].sector)) << k;
    EXPECT_EQ(std::stod(line.substr(a + 1, b - a - 1)), rows[k].relative_sd) << k;
    const std::string source = line.substr(b + 1);
    const std::string head = std::string(rows[k].source).substr(0, 14);
    EXPECT_NE(source.find(head), std::string::npos) << k << ": " << source;
    EXPECT_EQ(sector_relative_sd(rows[k].sector), rows[k].relative_sd);
  }
}

TEST(MonitorOsse, RecoversTotalAndLocatesHiddenSource) {
  const MonitorSetup s = city(7);
  Network n = network(s, false);
  MonitorSetup inv_setup = s;
  inv_setup.lowcost_sensors = n.lowcost;
  // Hidden: 50 kt/yr at (1125, −1375), in cell (8, 3) (x −3000 + 8·500 = 1000 … 1500, y −3000 + 3·500 = −1500 … −1000).
  const HiddenSource hidden{1125.0, -1375.0, 5.0e4, 0.0};
  ASSERT_EQ(simulate_observations(inv_setup, {hidden}, n.sensors, 11, &n.obs), "");
  const MonitorInversion r = invert_monitoring(inv_setup, n.obs);
  ASSERT_EQ(r.error, "");
  const double truth = prior_total(s) + 5.0e4;
  const SectorEstimate& total = r.sectors.back();
  EXPECT_EQ(total.sector, -2);
  EXPECT_NEAR(total.prior_t, prior_total(s), 1e-6 * truth);
  EXPECT_LE(std::fabs(total.posterior_t - truth), 2.0 * total.posterior_sd_t)
      << total.posterior_t << " vs truth " << truth << " ± " << total.posterior_sd_t;
  EXPECT_LT(total.posterior_sd_t, 0.5 * total.prior_sd_t);
  EXPECT_GT(r.dofs, 1.0);
  EXPECT_LT(r.dofs, static_cast<double>(n.obs.size()));
  const UnexplainedSource u = find_unexplained_source(inv_setup, r);
  ASSERT_TRUE(u.found);
  const double dist = std::hypot(u.x_m - hidden.x_m, u.y_m - hidden.y_m);
  EXPECT_LE(dist, 2.0 * kCell) << u.x_m << ", " << u.y_m;
  EXPECT_LE(std::fabs(u.t_per_yr - hidden.t_per_yr), 2.0 * u.uncertainty_t_per_yr)
      << u.t_per_yr << " ± " << u.uncertainty_t_per_yr;
  EXPECT_GT(u.confidence, 0.95);
  std::printf("[osse] truth %.0f t, prior %.0f ± %.0f, posterior %.0f ± %.0f, DOFS %.1f; hidden found at (%.0f, %.0f) "
              "%.0f m away, %.0f ± %.0f t/yr, confidence %.4f\n",
              truth, total.prior_t, total.prior_sd_t, total.posterior_t, total.posterior_sd_t, r.dofs, u.x_m, u.y_m,
              dist, u.t_per_yr, u.uncertainty_t_per_yr, u.confidence);
  // The plant reported its true figure: not flagged. The reconciliation table ends with the total.
  const auto plants = check_key_emitters(inv_setup, r, {{"plant", 1750.0, 1750.0, 3.0e5}});
  ASSERT_EQ(plants.size(), 1u);
  EXPECT_FALSE(plants[0].flagged) << plants[0].posterior_t << " ± " << plants[0].posterior_sd_t;
  const auto table = reconciliation_table(r);
  EXPECT_EQ(table.back().sector, "total");
  EXPECT_EQ(table.front().sector, "residential");
}

TEST(MonitorOsse, UnderReportingPlantIsFlagged) {
  // The plant emits 450 kt/yr but reports 300 kt/yr: a hidden 150 kt/yr at its place.
  const MonitorSetup s = city(7);
  Network n = network(s, false);
  MonitorSetup inv_setup = s;
  inv_setup.lowcost_sensors = n.lowcost;
  ASSERT_EQ(simulate_observations(inv_setup, {{1750.0, 1750.0, 1.5e5, 0.0}}, n.sensors, 12, &n.obs), "");
  const MonitorInversion r = invert_monitoring(inv_setup, n.obs);
  ASSERT_EQ(r.error, "");
  const auto plants = check_key_emitters(inv_setup, r, {{"plant", 1750.0, 1750.0, 3.0e5}, {"far", 9e4, 0.0, 1.0}});
  ASSERT_EQ(plants.size(), 2u);
  EXPECT_TRUE(plants[0].flagged) << plants[0].posterior_t << " ± " << plants[0].posterior_sd_t;
  EXPECT_GT(plants[0].posterior_t, plants[0].reported_t);
  EXPECT_TRUE(plants[1].outside_grid);
}

TEST(MonitorOsse, UncertaintyShrinksAsStationsAreAdded) {
  const MonitorSetup s = city(7);
  double sd[2];
  for (int full = 0; full < 2; ++full) {
    Network n = network(s, full == 0);
    MonitorSetup inv_setup = s;
    inv_setup.lowcost_sensors = n.lowcost;
    ASSERT_EQ(simulate_observations(inv_setup, {}, n.sensors, 13, &n.obs), "");
    const MonitorInversion r = invert_monitoring(inv_setup, n.obs);
    ASSERT_EQ(r.error, "");
    sd[full] = r.sectors.back().posterior_sd_t;
    EXPECT_LE(std::fabs(r.sectors.back().posterior_t - prior_total(s)), 2.0 * sd[full]);
  }
  std::printf("[osse] total sd: half network %.0f t, default network %.0f t\n", sd[0], sd[1]);
  EXPECT_LT(sd[1], sd[0]);
}

TEST(MonitorOsse, LowcostDriftHandledByBiasElements) {
  // 30 days (hours 12, 14 and 16), the 16 low-cost sensors alone, drifting 0.04 ppm/day (1.2 ppm by the end) —
  // all upwards, as an ageing NDIR cell does: without bias elements the excess reads as emissions.
  const MonitorSetup s = city(30, 3);
  double err[2], sd[2];
  for (int with_bias = 0; with_bias < 2; ++with_bias) {
    Network n = network(s, false, 0.04, true, 3);
    MonitorSetup inv_setup = s;
    inv_setup.lowcost_sensors = n.lowcost;
    inv_setup.bias_elements = with_bias == 1;
    ASSERT_EQ(simulate_observations(inv_setup, {}, n.sensors, 14, &n.obs), "");
    const MonitorInversion r = invert_monitoring(inv_setup, n.obs);
    ASSERT_EQ(r.error, "");
    err[with_bias] = r.sectors.back().posterior_t - prior_total(s);
    sd[with_bias] = r.sectors.back().posterior_sd_t;
  }
  std::printf("[osse] drift 0.04 ppm/day × 30 days: total error without bias elements %.0f ± %.0f t, with %.0f ± %.0f t\n",
              err[0], sd[0], err[1], sd[1]);
  // With the bias elements the total is within 2σ of the truth; without them it is biased high by more
  // than 1σ (this network's total sd is large: 16 sensors of 1.6 ppm noise), and the bias elements remove
  // most of that error.
  EXPECT_LE(std::fabs(err[1]), 2.0 * sd[1]);
  EXPECT_GT(err[0], sd[0]);
  EXPECT_LT(std::fabs(err[1]), 0.5 * err[0]);
}

TEST(MonitorReconcile, NormalCdfEqualsTable) {
  EXPECT_NEAR(normal_cdf(0.0), 0.5, 1e-7);
  EXPECT_NEAR(normal_cdf(1.959963985), 0.975, 1e-7);  // the two-sided 95% point
  EXPECT_NEAR(normal_cdf(-1.0), 0.158655254, 1e-7);
  EXPECT_NEAR(normal_cdf(3.0), 0.998650102, 1e-7);
}

TEST(MonitorReconcile, NetworkDesignEqualsDenseRankOneUpdate) {
  const MonitorSetup s = city(3);
  Network n = network(s, true);
  MonitorSetup inv_setup = s;
  inv_setup.lowcost_sensors = n.lowcost;
  ASSERT_EQ(simulate_observations(inv_setup, {}, n.sensors, 15, &n.obs), "");
  const MonitorInversion r = invert_monitoring(inv_setup, n.obs);
  ASSERT_EQ(r.error, "");
  const auto cands = cell_centre_candidates(s.grid, 3);
  ASSERT_EQ(cands.size(), 16u);
  const auto sites = design_network(inv_setup, r, n.obs, cands, 30.0, 0.023, 5);
  ASSERT_EQ(sites.size(), 5u);
  EXPECT_NEAR(sites[0].total_sd_before_t, r.sectors.back().posterior_sd_t, 1e-9 * sites[0].total_sd_before_t);
  for (std::size_t k = 0; k < sites.size(); ++k) {
    EXPECT_LT(sites[k].total_sd_after_t, sites[k].total_sd_before_t) << k;
    if (k > 0) {
      EXPECT_DOUBLE_EQ(sites[k].total_sd_before_t, sites[k - 1].total_sd_after_t);
    }
  }
  // The first pick against the dense posterior A = B − BGᵀS⁻¹GB and the site's mean row, by brute force.
  const Eigen::Index N = static_cast<Eigen::Index>(r.layout.size);
  Eigen::MatrixXd A(N, N);
  for (Eigen::Index k = 0; k < N; ++k) A.col(k) = apply_posterior(r, Eigen::VectorXd::Unit(N, k));
  std::vector<MonitorObservation> rows;
  for (int h = 0; h < 18; ++h) {
    MonitorObservation o;
    o.receptor = {sites[0].x_m, sites[0].y_m, 30.0, h};
    o.sigma_ppm = 0.023;
    rows.push_back(o);
  }
  const Eigen::VectorXd g = state_jacobian(inv_setup, r.layout, rows).colwise().mean().transpose();
  const Eigen::VectorXd w = total_weights(r.layout);
  const double rr = (0.023 * 0.023 + 0.3 * 0.3) / 18.0;
  const double var = w.dot(A * w) - std::pow(w.dot(A * g), 2) / (g.dot(A * g) + rr);
  EXPECT_NEAR(sites[0].total_sd_after_t, std::sqrt(var), 1e-6 * std::sqrt(var));
}

TEST(MonitorOsse, BadInputNamesTheField) {
  MonitorSetup s = city(1);
  Network n = network(s, true);
  s.lowcost_sensors = n.lowcost;
  for (auto& o : n.obs) o.sigma_ppm = 1.0;
  n.obs[3].sigma_ppm = -1.0;
  EXPECT_NE(invert_monitoring(s, n.obs).error.find("observations[3].sigma_ppm"), std::string::npos);
  n.obs[3].sigma_ppm = 1.0;
  n.obs[5].enhancement_ppm = std::nan("");
  EXPECT_NE(invert_monitoring(s, n.obs).error.find("observations[5].enhancement_ppm"), std::string::npos);
  n.obs[5].enhancement_ppm = 0.0;
  n.obs[0].receptor.hour = 99;
  EXPECT_NE(invert_monitoring(s, n.obs).error.find("receptors[0].hour"), std::string::npos);
  n.obs[0].receptor.hour = 0;
  s.prior_cell_t.pop_back();
  EXPECT_NE(invert_monitoring(s, n.obs).error.find("prior_cell_t"), std::string::npos);
}

}  // namespace
}  // namespace twin::monitor
