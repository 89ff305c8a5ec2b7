// render/mesh/monitor_field.hpp: the page's monitoring layers agree with the CLI's grid and the footprint
// operator, and the plume computed in slices is the plume computed at once.
#include <gtest/gtest.h>

#include <cmath>

#include "render/mesh/monitor_field.hpp"
#include "twin/city/default_city.hpp"
#include "twin/emissions/carrier.hpp"
#include "twin/monitor/footprint.hpp"

namespace {

namespace mon = twin::monitor;

mon::HourMet neutral_west_wind() {  // 4 m/s from the west (270°): downwind is +x
  mon::HourMet m;
  m.u10_m_s = 4.0;
  m.wind_from_deg = 270.0;
  m.stability = mon::Stability::D;
  return m;
}

// A 9 × 5 grid of 200-m cells with one ground-level source of 1000 t/yr in cell (2, 2).
mon::EmissionGrid one_source_grid() {
  mon::EmissionGrid g;
  g.geometry = mon::GridGeometry{0.0, 0.0, 200.0, 9, 5};
  g.cell_t.assign(45, mon::SectorValues{});
  g.release_height_m.assign(45, 0.0);
  g.cell_t[2 * 9 + 2][static_cast<int>(mon::GridSector::Industry)] = 1000.0;
  return g;
}

TEST(MonitorFieldTest, GridTotalsEqualTheBaseYearScope1) {
  const twin::City city = twin::generate_city(twin::default_city_def());
  const twin::pathway::Baseline baseline = twin::pathway::baseline_from_city(city);
  const twin::pathway::PathwayResult p = twin::pathway::evaluate_pathway(baseline, twin::pathway::default_scenario());
  const render::MonitorCity mc = render::build_monitor_city({&city, &baseline, &p.years.front(), nullptr, 500.0});
  ASSERT_EQ(mc.error, "");
  using twin::emissions::Scope;
  using twin::emissions::Sector;
  for (int s = 0; s < twin::emissions::kSectorCount; ++s) {
    double cells = 0.0;
    for (const mon::SectorValues& c : mc.grid.cell_t) cells += c[static_cast<std::size_t>(s)];
    const double scope1 = p.years.front().emissions.at(static_cast<Sector>(s), Scope::Scope1);
    // Σ cells + outside = the sector's base-year scope 1 (nothing dropped).
    EXPECT_NEAR(cells + mc.grid.outside_t[static_cast<std::size_t>(s)], scope1, 1e-6 * std::fabs(scope1) + 1e-6) << s;
  }
  EXPECT_EQ(mc.stations.size(), 4u + 5u + 16u);  // default_network: 4 towers, 5 rooftop, 4 × 4 low-cost
}

TEST(MonitorFieldTest, PlumeEqualsTheFootprintOperatorAndLiesDownwind) {
  const mon::EmissionGrid g = one_source_grid();
  mon::SectorProfiles profiles;
  ASSERT_EQ(mon::sector_profiles({}, &profiles), "");
  const std::vector<mon::HourMet> met{neutral_west_wind()};
  const render::PlumeField f = render::plume_field(g, profiles, met, 0, 1);
  ASSERT_EQ(f.error, "");
  ASSERT_EQ(f.ppm.size(), 45u);
  EXPECT_EQ(f.largest_source_cell, 2 * 9 + 2);
  // Each receptor = H(r, source) × 1000 t/yr (industry's profile is flat: factor 1).
  mon::FootprintInputs in;
  in.grid = g.geometry;
  in.release_height_m = {0.0};
  in.met = met;
  for (int j = 0; j < 5; ++j)
    for (int i = 0; i < 9; ++i) in.receptors.push_back({(i + 0.5) * 200.0, (j + 0.5) * 200.0, 2.0, 0});
  for (std::size_t r = 0; r < 45; ++r) EXPECT_DOUBLE_EQ(f.ppm[r], mon::footprint_entry(in, r, 2 * 9 + 2) * 1000.0) << r;
  // Upwind of the source (x < 400 m on its row) nothing; the maximum on its row, downwind (+x).
  EXPECT_EQ(f.ppm[2 * 9 + 0], 0.0);
  EXPECT_EQ(f.max_cell / 9, 2);
  EXPECT_GE(f.max_cell % 9, 2);
  EXPECT_GT(f.ppm[2 * 9 + 4], f.ppm[2 * 9 + 6]);  // decays further downwind
  EXPECT_GT(f.max_ppm, 0.0);
}

TEST(MonitorFieldTest, SlicesGiveTheSameFieldAsOneRun) {
  const mon::EmissionGrid g = one_source_grid();
  mon::SectorProfiles profiles;
  ASSERT_EQ(mon::sector_profiles({}, &profiles), "");
  const std::vector<mon::HourMet> met{neutral_west_wind()};
  const render::PlumeField whole = render::plume_field(g, profiles, met, 0, 2);
  render::PlumeJob job = render::start_plume(g, profiles, met, 0, 2);
  ASSERT_EQ(job.field.ppm.size(), 5u * 3u);  // ⌈9/2⌉ × ⌈5/2⌉ receptors of 400 m
  while (!job.done()) render::advance_plume(&job, 4);
  EXPECT_EQ(job.field.ppm, whole.ppm);
  EXPECT_EQ(job.field.max_ppm, whole.max_ppm);
}

TEST(MonitorFieldTest, BadInputIsReported) {
  const mon::EmissionGrid g = one_source_grid();
  mon::SectorProfiles profiles;
  ASSERT_EQ(mon::sector_profiles({}, &profiles), "");
  EXPECT_NE(render::plume_field(g, profiles, {neutral_west_wind()}, 5, 1).error.find("hour 5"), std::string::npos);
  EXPECT_NE(render::plume_field(g, profiles, {neutral_west_wind()}, 0, 0).error.find("stride 0"), std::string::npos);
  const twin::City city = twin::generate_city(twin::default_city_def());
  EXPECT_NE(render::build_monitor_city({&city, nullptr, nullptr, nullptr, 500.0}).error, "");
}

}  // namespace
