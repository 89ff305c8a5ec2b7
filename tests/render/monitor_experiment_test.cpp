// render/mesh/monitor_experiment.hpp: the page's observing-system experiment, stepped as the page steps it,
// on a small synthetic city (a 10 × 10 grid of 1-km cells, a steady 4 m/s west wind, neutral), so that the
// truth and its parts are known by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "render/mesh/monitor_experiment.hpp"
#include "twin/monitor/emission_profiles.hpp"

namespace {

namespace mon = twin::monitor;

struct SmallCity {
  render::MonitorCity city;
  std::vector<mon::HourMet> met;
  mon::SectorProfiles profiles;
};

// Grid: 10 × 10 cells of 1000 m from (0, 0); residential 1000 t/yr in every cell (100,000 t) and three
// industry cells of 100,000 t/yr each at 30 m (300,000 t): prior total 400,000 t/yr. Stations: the default
// network over the grid (4 towers 2 km outside, 5 rooftop, 4 × 4 low-cost).
SmallCity small_city() {
  SmallCity s;
  mon::EmissionGrid& g = s.city.grid;
  g.geometry = mon::GridGeometry{0.0, 0.0, 1000.0, 10, 10};
  g.cell_t.assign(100, mon::SectorValues{});
  g.release_height_m.assign(100, 10.0);
  for (mon::SectorValues& c : g.cell_t) c[static_cast<int>(mon::GridSector::Residential)] = 1000.0;
  for (int cell : {3 * 10 + 3, 6 * 10 + 4, 4 * 10 + 7}) {
    g.cell_t[static_cast<std::size_t>(cell)][static_cast<int>(mon::GridSector::Industry)] = 100000.0;
    g.release_height_m[static_cast<std::size_t>(cell)] = 30.0;
  }
  s.city.extent_min = {0.0, 0.0};
  s.city.extent_max = {10000.0, 10000.0};
  s.city.stations = mon::default_network(s.city.extent_min, s.city.extent_max);
  mon::HourMet h;
  h.u10_m_s = 4.0;
  h.wind_from_deg = 270.0;  // from the west: the background tower is T-W
  h.stability = mon::Stability::D;
  h.daytime = true;
  s.met.assign(mon::kProfileHours, h);
  EXPECT_EQ(mon::sector_profiles({}, &s.profiles), "");
  return s;
}

render::ExperimentInputs inputs(const SmallCity& s) {
  return render::ExperimentInputs{&s.city, &s.met, &s.profiles, {{"plant A", 3500.0, 3500.0, 100000.0}},
                                  {5000.0, 5000.0}, 8.0, 2020};
}

// A hidden 150,000 t/yr ground-level source 700 m west (upwind) of the low-cost sensor L-1-1 at (3750, 3750).
mon::HiddenSource hidden_source() { return {3050.0, 3750.0, 150000.0, 0.0}; }

TEST(MonitorExperimentTest, SteppedRunEqualsTheWholeRunAndCountsTheReadings) {
  const SmallCity s = small_city();
  render::ExperimentSpec spec;
  spec.hidden = hidden_source();
  render::ExperimentJob job = render::start_experiment(inputs(s), spec);
  ASSERT_EQ(job.result.error, "");
  int steps = 0;
  double last = -1.0;
  while (!job.done()) {
    EXPECT_GT(job.progress(), last);  // progress only grows
    last = job.progress();
    render::advance_experiment(&job);
    ++steps;
  }
  ASSERT_EQ(job.result.error, "");
  EXPECT_EQ(job.progress(), 1.0);
  // 25 stations, one step each, then background, the inversion's slices, reconcile. The inversion at
  // kExperimentInvertRows = 12 rows a slice (m = 252 observations, n = 100 cells; residential and industry
  // both flat here (sector_profiles without a building run, emission_profiles.hpp): one profile group):
  // prior 1 + correlation ⌈100/12⌉ = 9 + footprint ⌈252/12⌉ = 21 + ground 21 + factors 1 + 1 group × (start,
  // M in one slice, M's Cholesky, X L, rank update: 5) + unexplained, diagonal, Cholesky, mean 4 + DOFS 1 block
  // + unexplained sds 1 + sectors 1 = 65 slices.
  static_assert(render::kExperimentInvertRows == 12);
  EXPECT_EQ(steps, 25 + 1 + 65 + 1);
  // 25 stations × 2 days × 6 afternoon hours = 300 readings; the 4 towers' 48 give the background only.
  EXPECT_EQ(job.result.station_obs.size(), 300u);
  EXPECT_EQ(job.result.obs.size(), 252u);
  EXPECT_EQ(job.result.lowcost_sensors, 16);
  const render::ExperimentResult whole = render::run_experiment(inputs(s), spec);
  ASSERT_EQ(whole.error, "");
  ASSERT_EQ(whole.inv.x_hat.size(), job.result.inv.x_hat.size());
  for (Eigen::Index k = 0; k < whole.inv.x_hat.size(); ++k) EXPECT_EQ(whole.inv.x_hat(k), job.result.inv.x_hat(k)) << k;
}

TEST(MonitorExperimentTest, FindsTheHiddenSourceAndTheTotalWithinItsUncertainty) {
  const SmallCity s = small_city();
  render::ExperimentSpec spec;
  spec.hidden = hidden_source();
  const render::ExperimentResult r = render::run_experiment(inputs(s), spec);
  ASSERT_EQ(r.error, "");
  // Truth by hand: 100 × 1000 + 3 × 100,000 + 150,000 = 550,000 t/yr; the prior lacks the hidden 150,000.
  EXPECT_DOUBLE_EQ(r.prior_total_t, 400000.0);
  EXPECT_DOUBLE_EQ(r.truth_total_t, 550000.0);
  const mon::SectorEstimate& total = r.inv.sectors.back();
  EXPECT_EQ(total.sector, -2);
  EXPECT_DOUBLE_EQ(total.prior_t, 400000.0);
  EXPECT_LE(std::fabs(total.posterior_t - r.truth_total_t), 2.0 * total.posterior_sd_t);
  EXPECT_LT(total.posterior_sd_t, total.prior_sd_t);  // the observations inform the total
  // The table: one row per sector block (residential, industry), unexplained, total; the parts sum to the total
  // (the posterior mean is linear in the state).
  ASSERT_EQ(r.table.size(), 4u);
  EXPECT_EQ(r.table[0].sector, "residential");
  EXPECT_EQ(r.table[1].sector, "industry");
  EXPECT_EQ(r.table[2].sector, "unexplained");
  EXPECT_EQ(r.table[3].sector, "total");
  EXPECT_NEAR(r.table[0].top_down_t + r.table[1].top_down_t + r.table[2].top_down_t, r.table[3].top_down_t, 1e-6);
  EXPECT_NEAR(r.table[0].bottom_up_t + r.table[1].bottom_up_t + r.table[2].bottom_up_t, r.table[3].bottom_up_t, 1e-6);
  // The unexplained source lies within 1.5 cells of the hidden one, confidently positive.
  ASSERT_TRUE(r.unexplained.found);
  EXPECT_LT(std::hypot(r.unexplained.x_m - 3050.0, r.unexplained.y_m - 3750.0), 1500.0);
  EXPECT_GT(r.unexplained.confidence, 0.95);
  EXPECT_GT(r.unexplained.t_per_yr, 0.0);
  ASSERT_EQ(r.key_emitters.size(), 1u);
  EXPECT_EQ(r.key_emitters[0].name, "plant A");
  EXPECT_EQ(r.residual.size(), 100u);
}

TEST(MonitorExperimentTest, WithoutAHiddenSourceTheTruthIsThePrior) {
  const SmallCity s = small_city();
  const render::ExperimentResult r = render::run_experiment(inputs(s), {});
  ASSERT_EQ(r.error, "");
  EXPECT_DOUBLE_EQ(r.truth_total_t, 400000.0);
  const mon::SectorEstimate& total = r.inv.sectors.back();
  EXPECT_LE(std::fabs(total.posterior_t - 400000.0), 2.0 * total.posterior_sd_t);
}

TEST(MonitorExperimentTest, RejectsBadInputWithAMessage) {
  const SmallCity s = small_city();
  render::ExperimentSpec spec;
  spec.hidden = mon::HiddenSource{std::nan(""), 0.0, 1000.0, 0.0};
  EXPECT_EQ(render::start_experiment(inputs(s), spec).result.error, "hidden source: x_m, y_m must be finite and within ±1000 km");
  spec.hidden = mon::HiddenSource{1000.0, 1000.0, -5.0, 0.0};
  EXPECT_EQ(render::start_experiment(inputs(s), spec).result.error, "hidden source: t_per_yr must be in [0, 1e9)");
  spec.hidden.reset();
  spec.days = 0;
  EXPECT_EQ(render::start_experiment(inputs(s), spec).result.error, "days 0 is outside 1–14");
  render::ExperimentInputs no_grid = inputs(s);
  const render::MonitorCity empty;
  no_grid.city = &empty;
  EXPECT_EQ(render::start_experiment(no_grid, {}).result.error, "no emission grid");
  render::ExperimentInputs short_met = inputs(s);
  const std::vector<mon::HourMet> one_hour(1);
  short_met.met = &one_hour;
  EXPECT_EQ(render::start_experiment(short_met, {}).result.error, "the weather has no usable 8760 hours");
  // A job that failed to start stays done and does nothing.
  render::ExperimentJob bad = render::start_experiment(no_grid, {});
  EXPECT_TRUE(bad.done());
  render::advance_experiment(&bad);
  EXPECT_EQ(bad.result.station_obs.size(), 0u);
}

}  // namespace

namespace {

TEST(MonitorExperimentTest, LayersSumToTheTableTotals) {
  const SmallCity s = small_city();
  render::ExperimentSpec spec;
  spec.hidden = hidden_source();
  const render::ExperimentResult r = render::run_experiment(inputs(s), spec);
  ASSERT_EQ(r.error, "");
  const std::vector<double> prior = render::experiment_layer(r, render::ExperimentLayer::Prior);
  const std::vector<double> post = render::experiment_layer(r, render::ExperimentLayer::Posterior);
  const std::vector<double> res = render::experiment_layer(r, render::ExperimentLayer::Residual);
  ASSERT_EQ(prior.size(), 100u);
  double sp = 0.0, sq = 0.0, sr = 0.0;
  for (std::size_t c = 0; c < 100; ++c) {
    sp += prior[c];
    sq += post[c];
    sr += res[c];
    EXPECT_NEAR(res[c], post[c] - prior[c], 1e-9);
  }
  // Prior by hand: 100 × 1000 + 3 × 100,000 = 400,000 t/yr; a residential-only cell holds 1000.
  EXPECT_NEAR(sp, 400000.0, 1e-6);
  EXPECT_DOUBLE_EQ(prior[0], 1000.0);
  EXPECT_DOUBLE_EQ(prior[33], 101000.0);
  EXPECT_NEAR(sq, r.table.back().top_down_t, 1e-6);
  EXPECT_NEAR(sr, r.table.back().top_down_t - r.table.back().bottom_up_t, 1e-6);
  EXPECT_TRUE(render::experiment_layer(render::ExperimentResult{}, render::ExperimentLayer::Prior).empty());
}

}  // namespace
