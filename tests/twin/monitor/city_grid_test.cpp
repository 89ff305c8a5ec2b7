// twin/monitor/city_grid.hpp: the one grid builder the CLI and the page share — its errors, the local
// plants' site, and that the grid covers the city and its sources.
#include <gtest/gtest.h>

#include <cmath>

#include "twin/city/default_city.hpp"
#include "twin/monitor/city_grid.hpp"
#include "twin/monitor/stations.hpp"

namespace {

namespace mon = twin::monitor;

TEST(MonitorCityGrid, ErrorsNameWhatIsMissingOrWrong) {
  const twin::City city = twin::generate_city(twin::default_city_def());
  const twin::pathway::Baseline baseline = twin::pathway::baseline_from_city(city);
  const twin::pathway::PathwayResult p = twin::pathway::evaluate_pathway(baseline, twin::pathway::default_scenario());
  EXPECT_EQ(mon::build_city_grid({&city, nullptr, &p.years.front(), nullptr, 500.0}).error,
            "city, baseline and base year are required");
  EXPECT_NE(mon::build_city_grid({&city, &baseline, &p.years.front(), nullptr, 50.0}).error.find("50"), std::string::npos);
  const twin::City empty;
  EXPECT_EQ(mon::build_city_grid({&empty, &baseline, &p.years.front(), nullptr, 500.0}).error,
            "the city has no buildings and no roads");
}

TEST(MonitorCityGrid, EnergySupplyStandsAtTheMeanOfThePlacedPlants) {
  twin::pathway::Baseline b;
  const twin::Vec2 lo{-1000.0, -1000.0}, hi{3000.0, 1000.0};
  EXPECT_DOUBLE_EQ(mon::energy_supply_site(b, lo, hi).x_m, 1000.0);  // no plants: the centre of the extent
  b.plants.resize(3);
  b.plants[0].has_xy = true, b.plants[0].x_m = 100.0, b.plants[0].y_m = 200.0;
  b.plants[1].has_xy = true, b.plants[1].x_m = 300.0, b.plants[1].y_m = 400.0;
  b.plants[2].x_m = 9999.0;  // no x/y: not counted
  const twin::Vec2 s = mon::energy_supply_site(b, lo, hi);
  EXPECT_DOUBLE_EQ(s.x_m, 200.0);  // (100 + 300) / 2
  EXPECT_DOUBLE_EQ(s.y_m, 300.0);  // (200 + 400) / 2
}

TEST(MonitorCityGrid, GridCoversTheCityAndItsSources) {
  const twin::City city = twin::generate_city(twin::default_city_def());
  const twin::pathway::Baseline baseline = twin::pathway::baseline_from_city(city);
  const twin::pathway::PathwayResult p = twin::pathway::evaluate_pathway(baseline, twin::pathway::default_scenario());
  const mon::CityGrid cg = mon::build_city_grid({&city, &baseline, &p.years.front(), nullptr, 500.0});
  ASSERT_EQ(cg.error, "");
  twin::Vec2 lo, hi;
  ASSERT_TRUE(mon::city_extent(city, &lo, &hi));
  EXPECT_LE(cg.extent_min.x_m, lo.x_m);
  EXPECT_GE(cg.extent_max.y_m, hi.y_m);
  const mon::GridGeometry& g = cg.grid.geometry;
  EXPECT_LE(g.x0_m, cg.extent_min.x_m);
  EXPECT_GE(g.x0_m + g.nx * g.cell_m, cg.extent_max.x_m);
  EXPECT_GE(g.y0_m + g.ny * g.cell_m, cg.extent_max.y_m);
  for (int s = 0; s < mon::kGridSectorCount; ++s)  // outside = total − Σ cells: zero up to rounding
    EXPECT_NEAR(cg.grid.outside_t[static_cast<std::size_t>(s)], 0.0, 1e-12 * std::fabs(cg.grid.total_t[static_cast<std::size_t>(s)]) + 1e-9)
        << s;
}

}  // namespace
