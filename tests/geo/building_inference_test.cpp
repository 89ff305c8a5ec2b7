// Filling in missing building attributes (geo/building_inference.hpp): stated values are kept and
// not flagged; missing ones come from the land-use area, the neighbours, then the defaults table,
// and every one of them is flagged. Expected figures follow by hand from the rules in the header.
#include "geo/building_inference.hpp"

#include <gtest/gtest.h>

#include "geo/import_defaults.hpp"

namespace geo {
namespace {

using twin::BuildingUse;

BuildingDraft draft(double x, double y) {
  BuildingDraft d;
  d.centroid = {x, y};
  return d;
}

TEST(GeoBuildingInference, StatedValuesAreKeptAndNotFlagged) {
  BuildingDraft d = draft(0, 0);
  d.read.use = BuildingUse::Office;
  d.read.height_m = 40.0;
  d.read.floors = 10;
  d.read.year = 2012;
  InferenceCounts counts;
  const auto out = infer_buildings({d}, twin::climate::ClimateZone::Cold, &counts);
  EXPECT_EQ(out[0].use, BuildingUse::Office);
  EXPECT_DOUBLE_EQ(out[0].height_m, 40.0);
  EXPECT_EQ(out[0].floors, 10);
  EXPECT_EQ(out[0].year, 2012);
  EXPECT_EQ(out[0].inferred, twin::kInferredHeating);  // heating is never in the files
  EXPECT_EQ(counts.heights_read, 1u);
}

TEST(GeoBuildingInference, HeightFromFloorsAndFloorsFromHeightUseTheStoreyHeightOfTheUse) {
  BuildingDraft a = draft(0, 0), b = draft(1000, 0);
  a.read.use = BuildingUse::Residential;
  a.read.floors = 18;
  b.read.use = BuildingUse::Office;
  b.read.height_m = 76.0;
  InferenceCounts counts;
  const auto out = infer_buildings({a, b}, twin::climate::ClimateZone::Cold, &counts);
  EXPECT_DOUBLE_EQ(out[0].height_m, 18 * 2.9);
  EXPECT_TRUE(out[0].inferred & twin::kInferredHeight);
  EXPECT_FALSE(out[0].inferred & twin::kInferredFloors);
  EXPECT_EQ(out[0].residential_type, twin::ResidentialType::HighRiseTower);
  EXPECT_EQ(out[1].floors, 20);  // 76 m / 3.8 m
  EXPECT_TRUE(out[1].inferred & twin::kInferredFloors);
  EXPECT_FALSE(out[1].inferred & twin::kInferredHeight);
}

TEST(GeoBuildingInference, MissingValuesComeFromTheAreaThenTheNeighboursThenTheDefaults) {
  // Four stated residential buildings of 5, 6, 6, 30 floors around an unknown one (upper median 6),
  // one far away with nothing known (defaults), one inside a retail land-use area.
  std::vector<BuildingDraft> d = {draft(0, 0), draft(50, 0), draft(-50, 0), draft(0, 50), draft(0, -50),
                                  draft(5000, 5000), draft(9000, 0)};
  const std::uint16_t floors[4] = {5, 6, 6, 30};
  for (int k = 0; k < 4; ++k) {
    d[k + 1].read.use = BuildingUse::Residential;
    d[k + 1].read.floors = floors[k];
    d[k + 1].read.year = static_cast<std::uint16_t>(1990 + k);
  }
  d[6].area_use = BuildingUse::Retail;
  InferenceCounts counts;
  const auto out = infer_buildings(d, twin::climate::ClimateZone::Cold, &counts);
  EXPECT_EQ(out[0].use, BuildingUse::Residential);
  EXPECT_EQ(out[0].floors, 6);
  EXPECT_EQ(out[0].year, 1992);  // upper median of 1990..1993
  EXPECT_EQ(out[0].inferred & (twin::kInferredUse | twin::kInferredFloors | twin::kInferredHeight | twin::kInferredYear),
            twin::kInferredUse | twin::kInferredFloors | twin::kInferredHeight | twin::kInferredYear);
  EXPECT_EQ(out[5].use, BuildingUse::Residential);
  EXPECT_EQ(out[5].floors, use_defaults(BuildingUse::Residential).default_floors);
  EXPECT_EQ(out[5].year, kDefaultConstructionYear);
  EXPECT_EQ(out[6].use, BuildingUse::Retail);
  EXPECT_EQ(counts.uses_from_neighbours, 1u);
  EXPECT_EQ(counts.uses_default, 1u);
  EXPECT_EQ(counts.uses_from_area, 1u);
  EXPECT_EQ(counts.heights_from_neighbours, 1u);
  EXPECT_EQ(counts.heights_default, 2u);
  EXPECT_EQ(counts.years_from_neighbours, 1u);
}

TEST(GeoBuildingInference, HeatingFollowsTheClimateZone) {
  BuildingDraft d = draft(0, 0);
  d.read.use = BuildingUse::Residential;
  d.read.floors = 6;
  d.read.year = 2005;
  InferenceCounts counts;
  EXPECT_EQ(infer_buildings({d}, twin::climate::ClimateZone::HotSummerColdWinter, &counts)[0].heating_system,
            twin::HeatingSystem::HeatPump);
  EXPECT_EQ(infer_buildings({d}, twin::climate::ClimateZone::HotSummerWarmWinter, &counts)[0].heating_system,
            twin::HeatingSystem::None);
  // Cold zone: the default city's northern rules (mostly district heat); deterministic.
  const auto a = infer_buildings({d}, twin::climate::ClimateZone::Cold, &counts);
  const auto b = infer_buildings({d}, twin::climate::ClimateZone::Cold, &counts);
  EXPECT_EQ(a[0].heating_system, b[0].heating_system);
  EXPECT_EQ(a[0].heating_fuel, b[0].heating_fuel);
}

}  // namespace
}  // namespace geo
