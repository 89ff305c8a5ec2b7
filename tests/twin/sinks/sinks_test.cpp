// Sinks: area × rate by hand (negative rows), the city → area mapping, the CSV reader's errors, levers.
#include "twin/sinks/sinks.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "twin/city/city_stats.hpp"
#include "twin/city/default_city.hpp"
#include "twin/inventory/totals.hpp"

namespace twin::sinks {
namespace {

void add_rect(GroundAreas& g, GroundCover cover, double w_m, double h_m, bool clockwise = false) {
  const Vec2 ccw[4] = {{0.0, 0.0}, {w_m, 0.0}, {w_m, h_m}, {0.0, h_m}};
  for (int i = 0; i < 4; ++i) g.polygon_xy.push_back(ccw[clockwise ? 3 - i : i]);
  g.polygon_begin.push_back(static_cast<std::uint32_t>(g.polygon_xy.size()));
  g.cover.push_back(cover);
}

TEST(SinksYear, AreaTimesRateByHandIsNegative) {
  SinkAreas a;
  a.at(SinkType::Forest) = 100.0;
  a.at(SinkType::Wetland) = 10.0;
  a.at(SinkType::UrbanTrees) = 2.0;
  const SinkYearResult r = evaluate_sinks(a, SinkLevers{}, inventory::GwpSet::Ar5);
  ASSERT_TRUE(r.errors.empty());
  // 100 ha × 3.260 + 10 ha × 7.212 + 2 ha × 8.99 = 326 + 72.12 + 17.98 = 416.10 tCO2 removed.
  EXPECT_NEAR(r.removals_t[static_cast<int>(SinkType::Forest)], -326.0, 1e-9);
  EXPECT_NEAR(r.removals_t[static_cast<int>(SinkType::Wetland)], -72.12, 1e-9);
  EXPECT_NEAR(r.removals_total_t, -416.10, 1e-9);
  ASSERT_EQ(r.rows.size(), 3u);
  for (const auto& row : r.rows) {
    EXPECT_LT(row.co2e_t, 0.0);
    EXPECT_EQ(row.sector, inventory::InventorySector::LandUseForestry);
    EXPECT_EQ(row.activity_unit, "ha");
  }
  EXPECT_TRUE(inventory::validate_rows(r.rows).empty());
  const inventory::InventoryTotals t = inventory::sum_rows(r.rows);
  EXPECT_NEAR(t.removals_t, -416.10, 1e-9);
  EXPECT_NEAR(t.total_co2e_t(), r.removals_total_t, 1e-12);
}

TEST(SinksYear, LeversAddAreaAndCannotRemoveMoreThanThereIs) {
  SinkAreas a;
  a.at(SinkType::Forest) = 100.0;
  SinkLevers afforest;
  afforest.added_area_ha[static_cast<int>(SinkType::Forest)] = 50.0;
  EXPECT_NEAR(evaluate_sinks(a, afforest, inventory::GwpSet::Ar5).removals_total_t, -150.0 * 3.26, 1e-9);
  SinkLevers clear;
  clear.added_area_ha[static_cast<int>(SinkType::Forest)] = -150.0;
  const SinkYearResult bad = evaluate_sinks(a, clear, inventory::GwpSet::Ar5);
  ASSERT_EQ(bad.errors.size(), 1u);
  EXPECT_EQ(bad.errors[0].type, SinkType::Forest);
  EXPECT_TRUE(bad.rows.empty());
  SinkAreas nan_area;
  nan_area.at(SinkType::Farmland) = std::nan("");
  EXPECT_EQ(evaluate_sinks(nan_area, SinkLevers{}, inventory::GwpSet::Ar5).errors.size(), 1u);
}

TEST(SinksAreas, CityGroundCoverMapsToSinkTypes) {
  City city;
  add_rect(city.ground, GroundCover::Park, 100.0, 100.0);            // 1 ha → urban green space
  add_rect(city.ground, GroundCover::Forest, 200.0, 100.0);          // 2 ha → forest
  add_rect(city.ground, GroundCover::Farmland, 50.0, 200.0, true);   // 1 ha, clockwise: |area|
  add_rect(city.ground, GroundCover::Water, 300.0, 300.0);           // open water: not a sink
  const SinkAreas a = sink_areas_of(city);
  EXPECT_NEAR(a.at(SinkType::UrbanGreenSpace), 1.0, 1e-12);
  EXPECT_NEAR(a.at(SinkType::Forest), 2.0, 1e-12);
  EXPECT_NEAR(a.at(SinkType::Farmland), 1.0, 1e-12);
  EXPECT_EQ(a.at(SinkType::Wetland), 0.0);
  EXPECT_EQ(a.at(SinkType::UrbanTrees), 0.0);
}

TEST(SinksAreas, DefaultCityAreasAgreeWithItsStatistics) {
  const City city = generate_city(default_city_def());
  const CityStats stats = compute_city_stats(city);
  const SinkAreas a = sink_areas_of(city);
  // km² × 100 = ha; the statistics sum the same polygons.
  EXPECT_GT(a.at(SinkType::Forest), 0.0);
  EXPECT_GT(a.at(SinkType::Farmland), 0.0);
  EXPECT_GT(a.at(SinkType::UrbanGreenSpace), 0.0);
  EXPECT_NEAR(a.at(SinkType::Forest), stats.forest_area_km2 * 100.0, 1e-6 * a.at(SinkType::Forest));
  EXPECT_NEAR(a.at(SinkType::Farmland), stats.farmland_area_km2 * 100.0, 1e-6 * a.at(SinkType::Farmland));
  EXPECT_NEAR(a.at(SinkType::UrbanGreenSpace), stats.park_area_km2 * 100.0, 1e-6 * a.at(SinkType::UrbanGreenSpace));
}

TEST(SinksAreas, CsvReaderAddsLinesAndNamesBadOnes) {
  const SinkAreaCsv ok = read_sink_areas_csv(
      "# areas of the 2020 land survey\r\nsink_type,area_ha,note\r\nforest,1200.5,woods\n\nwetland,30,\nforest,99.5,"
      "green belt\n");
  EXPECT_TRUE(ok.errors.empty());
  EXPECT_EQ(ok.lines_read, 3);
  EXPECT_NEAR(ok.areas.at(SinkType::Forest), 1300.0, 1e-12);
  EXPECT_NEAR(ok.areas.at(SinkType::Wetland), 30.0, 1e-12);

  const SinkAreaCsv bad = read_sink_areas_csv(
      "sink_type,area_ha\nforrest,10\nforest,12ha\nwetland,nan\nfarmland,-5\nmangrove,2e9\nsalt_marsh,1,extra\n");
  ASSERT_EQ(bad.errors.size(), 6u);
  EXPECT_EQ(bad.errors[0].line, 2);
  EXPECT_EQ(bad.errors[0].field, "sink_type");
  EXPECT_EQ(bad.errors[1].line, 3);
  EXPECT_EQ(bad.errors[1].field, "area_ha");
  EXPECT_EQ(bad.errors[2].line, 4);
  EXPECT_EQ(bad.errors[3].line, 5);
  EXPECT_EQ(bad.errors[4].line, 6);
  EXPECT_EQ(bad.errors[5].line, 7);
  EXPECT_EQ(bad.lines_read, 0);

  EXPECT_EQ(read_sink_areas_csv("type,hectares\nforest,1\n").errors.at(0).field, "header");
  EXPECT_EQ(read_sink_areas_csv("").errors.at(0).field, "header");
}

}  // namespace
}  // namespace twin::sinks
