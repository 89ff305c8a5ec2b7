// Gridded emissions (twin/monitor/emission_grid.hpp, emission_sources.hpp, emission_profiles.hpp):
// hand-made sources land in the cells the arithmetic says; nothing is dropped (Σ cells + outside =
// total); cell-size limits; the default city's grid sums to the pathway's base-year scope 1 by sector;
// the embedded tables equal their CSVs; hourly profiles have mean 1.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../pathway/pathway_test_util.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/emission_sources.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/scenario.hpp"

namespace {

using namespace twin::monitor;
using twin::Vec2;

constexpr int R = static_cast<int>(GridSector::Residential);
constexpr int T = static_cast<int>(GridSector::Transport);
constexpr int L = static_cast<int>(GridSector::LandUse);

GridGeometry grid_3x3() { return GridGeometry{0.0, 0.0, 100.0, 3, 3}; }  // 300 m × 300 m, cells of 100 m

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::string cur;
    bool q = false;
    for (char c : line) {
      if (c == '"') q = !q;
      else if (c == ',' && !q) {
        f.push_back(cur);
        cur.clear();
      } else cur += c;
    }
    f.push_back(cur);
    rows.push_back(f);
  }
  return rows;
}

TEST(MonitorGridTest, HandMadeSourcesLandWhereTheArithmeticSays) {
  EmissionSources s;
  s.total_t[R] = 400.0;
  s.total_t[T] = 200.0;
  s.total_t[L] = -80.0;
  // Residential: two points, weights 1 and 3 → 100 t and 300 t.
  s.points.push_back({GridSector::Residential, 150.0, 150.0, 1.0, 30.0});  // cell (1,1)
  s.points.push_back({GridSector::Residential, 250.0, 50.0, 3.0, 1.0});    // cell (2,0)
  // Transport: one link (50,50)→(250,50), 200 m: 50 m in cell (0,0), 100 m in (1,0), 50 m in (2,0)
  // → 50, 100, 50 t.
  s.lines.push_back({GridSector::Transport, Vec2{50.0, 50.0}, Vec2{250.0, 50.0}, 7.0, 1.0});
  // Sinks: the square (50,150)–(150,250) overlaps cells (0,1), (1,1), (0,2), (1,2) by a quarter each → −20 t.
  s.areas.push_back({GridSector::LandUse, {{50, 150}, {150, 150}, {150, 250}, {50, 250}}, 1.0, 0.0});
  const EmissionGrid g = build_emission_grid(s, grid_3x3());
  ASSERT_EQ(g.error, "");
  auto at = [&](int i, int j, int sector) { return g.cell_t[static_cast<std::size_t>(j * 3 + i)][sector]; };
  EXPECT_DOUBLE_EQ(at(1, 1, R), 100.0);
  EXPECT_DOUBLE_EQ(at(2, 0, R), 300.0);
  EXPECT_DOUBLE_EQ(at(0, 0, T), 50.0);
  EXPECT_DOUBLE_EQ(at(1, 0, T), 100.0);
  EXPECT_DOUBLE_EQ(at(2, 0, T), 50.0);
  for (auto [i, j] : {std::pair{0, 1}, {1, 1}, {0, 2}, {1, 2}}) EXPECT_NEAR(at(i, j, L), -20.0, 1e-12) << i << "," << j;
  // Release height of cell (2,0): 300 t at 1 m and 50 t at 1 m → 1 m; of cell (1,1): 100 t at 30 m
  // (the sink, negative, does not count) → 30 m.
  EXPECT_DOUBLE_EQ(g.release_height_m[2], 1.0);
  EXPECT_DOUBLE_EQ(g.release_height_m[4], 30.0);
  for (int k = 0; k < kGridSectorCount; ++k) {
    double sum = 0.0;
    for (const auto& c : g.cell_t) sum += c[k];
    EXPECT_NEAR(sum, s.total_t[k], 1e-12 * std::fabs(s.total_t[k])) << to_string(static_cast<GridSector>(k));
    EXPECT_EQ(g.outside_t[k] == 0.0 || std::fabs(g.outside_t[k]) < 1e-12, true);
  }
  EXPECT_EQ(g.sources_outside, 0);
}

TEST(MonitorGridTest, EmissionWeightedReleaseHeight) {
  EmissionSources s;
  s.total_t[R] = 400.0;
  s.points.push_back({GridSector::Residential, 10.0, 10.0, 1.0, 30.0});  // 100 t at 30 m
  s.points.push_back({GridSector::Residential, 20.0, 20.0, 3.0, 1.0});   // 300 t at 1 m
  const EmissionGrid g = build_emission_grid(s, grid_3x3());
  ASSERT_EQ(g.error, "");
  EXPECT_DOUBLE_EQ(g.release_height_m[0], (100.0 * 30.0 + 300.0 * 1.0) / 400.0);  // 8.25 m
}

TEST(MonitorGridTest, BuildingOnACellBoundaryGoesToOneCell) {
  EmissionSources s;
  s.total_t[R] = 10.0;
  s.points.push_back({GridSector::Residential, 100.0, 200.0, 1.0, 10.0});  // on the corner of 4 cells
  const EmissionGrid g = build_emission_grid(s, grid_3x3());
  ASSERT_EQ(g.error, "");
  int cells = 0;
  for (const auto& c : g.cell_t) cells += c[R] != 0.0;
  EXPECT_EQ(cells, 1);
  EXPECT_EQ(g.cell_t[2 * 3 + 1][R], 10.0);  // half-open cells: x = 100 is in i = 1, y = 200 in j = 2
}

TEST(MonitorGridTest, SourcesOutsideTheGridAreReportedNotDropped) {
  EmissionSources s;
  s.total_t[R] = 10.0;
  s.total_t[T] = 40.0;
  s.points.push_back({GridSector::Residential, 150.0, 150.0, 1.0, 10.0});
  s.points.push_back({GridSector::Residential, 350.0, 150.0, 1.0, 10.0});  // x = 350: outside
  s.lines.push_back({GridSector::Transport, Vec2{200.0, 50.0}, Vec2{400.0, 50.0}, 1.0, 1.0});  // half outside
  PointSource unplaced{GridSector::Residential, 0.0, 0.0, 0.0, 10.0, false};
  s.points.push_back(unplaced);
  const EmissionGrid g = build_emission_grid(s, grid_3x3());
  ASSERT_EQ(g.error, "");
  EXPECT_DOUBLE_EQ(g.outside_t[R], 5.0);
  EXPECT_DOUBLE_EQ(g.outside_t[T], 20.0);
  EXPECT_DOUBLE_EQ(g.cell_t[2][T], 20.0);  // 100 of 200 m in cell (2,0)
  EXPECT_EQ(g.sources_outside, 3);  // the far point, the line, the unplaced point (weight 0)
}

TEST(MonitorGridTest, CellSizeLimitsAreRefusedWithAMessage) {
  EXPECT_EQ(validate_cell_size(100.0), "");
  EXPECT_EQ(validate_cell_size(1000.0), "");
  EXPECT_EQ(validate_cell_size(99.0), "cell size 99 m is outside 100–1000 m");
  EXPECT_EQ(validate_cell_size(1001.0), "cell size 1001 m is outside 100–1000 m");
  EXPECT_NE(validate_cell_size(std::nan("")), "");
  EmissionSources s;
  const EmissionGrid g = build_emission_grid(s, GridGeometry{0, 0, 50.0, 3, 3});
  EXPECT_EQ(g.error, "cell size 50 m is outside 100–1000 m");
}

TEST(MonitorGridTest, BadSourcesAreNamed) {
  EmissionSources s;
  s.total_t[R] = 10.0;
  s.points.push_back({GridSector::Residential, 150.0, 150.0, -1.0, 10.0});
  EXPECT_EQ(build_emission_grid(s, grid_3x3()).error,
            "point source 0 (residential): weight -1 is not a finite number ≥ 0");
  s.points[0].weight = 1.0;
  s.total_t[T] = 5.0;  // transport has a total and no source
  EXPECT_EQ(build_emission_grid(s, grid_3x3()).error, "sector transport has a total of 5 t but no source to place it");
  s.total_t[T] = 0.0;
  s.total_t[L] = 3.0;
  EXPECT_EQ(build_emission_grid(s, grid_3x3()).error, "total of land_use is 3 (sinks must be ≤ 0)");
}

TEST(MonitorGridTest, GridOverExtentSnapsAndCovers) {
  // min (−130, 40), max (480, 260), 100 m: x0 = −200, y0 = 0; nx = floor(680/100)+1 = 7, ny = 3.
  const GridGeometry g = grid_over_extent(Vec2{-130.0, 40.0}, Vec2{480.0, 260.0}, 100.0);
  EXPECT_EQ(g.x0_m, -200.0);
  EXPECT_EQ(g.y0_m, 0.0);
  EXPECT_EQ(g.nx, 7);
  EXPECT_EQ(g.ny, 3);
}

TEST(MonitorGridTest, DefaultCitySumsToThePathwaysScope1BySector) {
  using twin::emissions::Scope;
  using twin::emissions::Sector;
  const twin::City& city = twin::pathway::test::default_city();
  const twin::pathway::Baseline& base = twin::pathway::test::default_baseline();
  const twin::pathway::PathwayResult r = twin::pathway::evaluate_pathway(base, twin::pathway::default_scenario());
  const twin::pathway::PathwayYear& y = r.years.front();
  CitySourceInputs in{&city, &base, &y, nullptr, Vec2{0.0, 0.0}};
  const CitySources cs = city_emission_sources(in);
  ASSERT_EQ(cs.error, "");
  EXPECT_TRUE(cs.unplaced_plants.empty());
  Vec2 lo, hi;
  ASSERT_TRUE(sources_extent(cs.sources, &lo, &hi));
  const EmissionGrid g = build_emission_grid(cs.sources, grid_over_extent(lo, hi, 500.0));
  ASSERT_EQ(g.error, "");
  double scope2 = 0.0;
  for (int s = 0; s < twin::emissions::kSectorCount; ++s) {
    const double expected = y.emissions.at(static_cast<Sector>(s), Scope::Scope1);
    scope2 += y.emissions.at(static_cast<Sector>(s), Scope::Scope2);
    double sum = 0.0;
    for (const auto& c : g.cell_t) sum += c[s];
    EXPECT_NEAR(sum, expected, 1e-9 * std::fabs(expected)) << twin::emissions::to_string(static_cast<Sector>(s));
    EXPECT_NEAR(g.outside_t[s], 0.0, 1e-9 * std::fabs(expected) + 1e-9);
  }
  EXPECT_EQ(cs.scope2_excluded_t, scope2);
  // The default city has a local energy system: its plants' scope 1 is the energy_supply column.
  const int es = static_cast<int>(GridSector::EnergySupply);
  ASSERT_TRUE(y.local_supply.present);
  double sum = 0.0;
  for (const auto& c : g.cell_t) sum += c[es];
  EXPECT_NEAR(sum, y.local_supply.plants_scope1.co2_t, 1e-9 * y.local_supply.plants_scope1.co2_t);
  // Sinks are negative, the rest non-negative.
  EXPECT_LT(g.total_t[L], 0.0);
}

TEST(MonitorGridTest, ReleaseHeightTableEqualsItsCsv) {
  const auto rows = read_csv(CT_ASSETS_DIR "/monitor/release_heights.csv");
  const auto table = release_height_rows();
  ASSERT_EQ(rows.size(), table.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    EXPECT_EQ(rows[k][0], table[k].key);
    EXPECT_EQ(std::stod(rows[k][1]), table[k].height_m);
    EXPECT_EQ(rows[k][2], table[k].source);
  }
  EXPECT_EQ(plant_stack_height_m(twin::industry::Sector::Cement), 80.0);
}

TEST(MonitorGridTest, TrafficCurveEqualsItsCsvAndProfilesHaveMeanOne) {
  const auto rows = read_csv(CT_ASSETS_DIR "/monitor/traffic_hourly.csv");
  const auto w = traffic_hour_weights();
  ASSERT_EQ(rows.size(), 24u);
  for (std::size_t h = 0; h < 24; ++h) {
    EXPECT_EQ(std::stoi(rows[h][0]), static_cast<int>(h));
    EXPECT_EQ(std::stod(rows[h][1]), w[h]);
  }
  const std::vector<double> p = traffic_profile();
  ASSERT_EQ(p.size(), 8760u);
  double sum = 0.0;
  for (double v : p) sum += v;
  EXPECT_NEAR(sum / 8760.0, 1.0, 1e-12);
  // 08:00 over 03:00 keeps the table's ratio 1.75 / 0.07 = 25.
  EXPECT_NEAR(p[8] / p[3], 25.0, 1e-12);
  std::vector<double> hourly(8760, 2.0), out;
  hourly[5] = 6.0;  // Σ = 8759·2 + 6 = 17524 → scale 8760 / 17524
  ASSERT_EQ(profile_from_hourly(hourly, &out), "");
  EXPECT_NEAR(out[5], 6.0 * 8760.0 / 17524.0, 1e-15);
  EXPECT_EQ(profile_from_hourly(std::vector<double>(24, 1.0), &out), "an hourly profile needs 8760 values, got 24");
  hourly[7] = -1.0;
  EXPECT_EQ(profile_from_hourly(hourly, &out), "hour 7 of the profile is not a finite number ≥ 0");
  SectorProfiles sp;
  ASSERT_EQ(sector_profiles({}, &sp), "");
  EXPECT_EQ(sp[static_cast<int>(GridSector::Industry)], flat_profile());
  EXPECT_EQ(sp[T], traffic_profile());
}

}  // namespace
