// The default city's land against GB 50137-2011 (城市用地分类与规划建设用地标准): construction land
// per person (§4.2), the composition of construction land (Table 4.3.5), green space per person
// (§4.4), and the rows of assets/city/default_city_targets.csv that state them (bounds copied
// here, row by row, so the test needs no file access in wasm). Also: every building stands on
// construction land except the rural villages' houses, and the rural land is covered by fields
// and woods.
#include <gtest/gtest.h>

#include "default_city_fixture.hpp"

namespace twin {
namespace {

const ConstructionLand& default_land() {
  static const ConstructionLand land = [] {
    ConstructionLand l;
    generate_city(default_city_def(), &l);
    return l;
  }();
  return land;
}

TEST(DefaultCityLand, ConstructionLandPerPersonWithinGB50137) {
  const CityStats& s = testing::default_city_stats();
  // CSV row "construction_land_per_person_m2"
  EXPECT_GE(s.construction_land_per_person_m2, 85.1);
  EXPECT_LE(s.construction_land_per_person_m2, 115.0);
  // The statistics' built-up area is the generator's construction land.
  EXPECT_NEAR(s.built_up_area_km2 * 1.0e6, default_land().total_m2, 1.0);
  EXPECT_LT(s.built_up_area_km2, 0.6 * s.land_area_km2);  // most of the district stays rural
  EXPECT_NEAR(s.built_up_population_density_per_km2, s.population / s.built_up_area_km2, 1e-6);
}

TEST(DefaultCityLand, CompositionWithinGB50137Table435) {
  const ConstructionLand& l = default_land();
  // CSV rows "residential_land_share" … "green_space_land_share"
  EXPECT_GE(l.share(l.residential_m2), 0.25);
  EXPECT_LE(l.share(l.residential_m2), 0.40);
  EXPECT_GE(l.share(l.public_services_m2), 0.05);
  EXPECT_LE(l.share(l.public_services_m2), 0.08);
  EXPECT_GE(l.share(l.industrial_m2), 0.15);
  EXPECT_LE(l.share(l.industrial_m2), 0.30);
  EXPECT_GE(l.share(l.roads_m2), 0.10);
  EXPECT_LE(l.share(l.roads_m2), 0.25);
  EXPECT_GE(l.share(l.green_m2), 0.10);
  EXPECT_LE(l.share(l.green_m2), 0.15);
  const double sum = l.residential_m2 + l.public_services_m2 + l.commercial_m2 + l.industrial_m2 +
                     l.logistics_m2 + l.roads_m2 + l.green_m2 + l.other_m2;
  EXPECT_NEAR(sum, l.total_m2, 1e-6 * l.total_m2);
}

TEST(DefaultCityLand, GreenSpacePerPerson) {
  // CSV row "green_space_land_per_person_m2": GB 50137 §4.4.6 asks for ≥ 10 m² per person.
  EXPECT_GE(default_land().green_m2 / testing::default_city_stats().population, 10.0);
}

TEST(DefaultCityLand, BuildingsStandOnConstructionLandExceptRuralVillages) {
  const City& c = testing::default_city();
  const Buildings& b = c.buildings;
  ASSERT_EQ(c.zones.construction_land_m2.size(), c.zones.size());
  std::uint32_t rural = 0;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    const bool on_construction_land = c.zones.construction_land_m2[b.zone[i]] > 0.0;
    const bool rural_house = b.residential_type[i] == ResidentialType::RuralHouse;
    ASSERT_NE(on_construction_land, rural_house) << i;
    rural += rural_house ? 1u : 0u;
  }
  EXPECT_GT(rural, 0u);
  EXPECT_LT(rural, b.size() / 20);  // a few villages, not a second city
}

TEST(DefaultCityLand, RuralLandIsFieldsAndWoods) {
  const CityStats& s = testing::default_city_stats();
  EXPECT_GT(s.farmland_area_km2, 30.0);
  EXPECT_GT(s.forest_area_km2, 10.0);
  // Everything but the built-up area is fields, woods, water, riverside parks or road verges.
  const double rural = s.land_area_km2 - s.built_up_area_km2;
  EXPECT_GT(s.farmland_area_km2 + s.forest_area_km2, 0.8 * rural);
  EXPECT_LT(s.farmland_area_km2 + s.forest_area_km2, rural);
}

}  // namespace
}  // namespace twin
