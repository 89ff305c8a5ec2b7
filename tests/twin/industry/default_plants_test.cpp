// The default city's synthetic industrial park: embedded text equals the asset CSV, it reads without
// errors, every plant is flagged synthetic and lies in the default city's industrial superblocks.
#include "twin/industry/default_plants.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/industry/key_emitters.hpp"
#include "twin/industry/plant_csv.hpp"

namespace twin::industry {
namespace {

TEST(IndustryDefaultPlants, EmbeddedTextEqualsTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  const std::string file = test::read_text_file(std::string(CT_ASSETS_DIR) + "/industry/default_plants.csv");
  ASSERT_FALSE(file.empty());
  EXPECT_EQ(std::string(default_plants_csv()), file);
#else
  GTEST_SKIP() << "needs the data files (native build only: no file system in wasm)";
#endif
}

TEST(IndustryDefaultPlants, ReadsCleanlyAllSyntheticInTheIndustrialSuperblocks) {
  const PlantCsvResult r = read_plants_csv(default_plants_csv());
  ASSERT_TRUE(r.ok()) << r.errors.front().message;
  EXPECT_TRUE(r.warnings.empty());
  const std::vector<Plant> plants = default_plants();
  ASSERT_EQ(plants.size(), 5u);
  bool grinding = false, data_centre = false, manufacturing = false;
  for (const Plant& p : plants) {
    EXPECT_TRUE(p.synthetic) << p.name;
    ASSERT_TRUE(p.has_xy) << p.name;
    // twin/city land use: industrial superblocks a ≥ n − 6, b ≤ 4 of 15 × 1 km: x 1.5…7.5 km, y −7.5…−2.5 km.
    EXPECT_GE(p.x_m, 1500.0) << p.name;
    EXPECT_LE(p.x_m, 7500.0) << p.name;
    EXPECT_GE(p.y_m, -7500.0) << p.name;
    EXPECT_LE(p.y_m, -2500.0) << p.name;
    grinding |= p.route == Route::CementGrinding;
    data_centre |= p.route == Route::DataCentre;
    manufacturing |= p.route == Route::OtherManufacturing;
  }
  EXPECT_TRUE(grinding && data_centre && manufacturing);
}

TEST(IndustryDefaultPlants, BaseYearAccountByHand) {
  // 2021 national grid 0.5568, heat 0.396 kg/kWh, no levers.
  //   grinding: 1.2e6 t × 38 kWh = 45.6e6 kWh × 0.5568 = 25 390.08 t
  //   data centre: 87 600 MWh × 1500 kWh = 131.4e6 kWh × 0.5568 = 73 163.52 t
  //   new materials (measured): electricity 70 000 MWh × 0.5568 = 38 976 t; coal 25 000 t × 20 908 kJ/kg
  //   / 3600 × 0.34056 = 49 447.42 t; gas 8000 km³ × 38 931 kJ/m³ / 3600 × 0.20196 = 17 472.2328 t;
  //   heat 150 000 GJ × 0.11 = 16 500 t → 122 395.6528 t, the largest
  //   Riverside manufacturing: 80 000 × 1.1773414 t (per 10⁴ yuan: the sector test of
  //   industry_model_test, 141 280.96 t / 120 000) = 94 187.3 t, second
  const IndustryFactors f{0.5568, 0.396};
  const std::vector<Plant> plants = default_plants();
  const IndustryYear y = evaluate_industry_year(plants, {}, {}, f);
  EXPECT_NEAR(y.plants[0].account.net_t, 25390.08, 1e-6);
  EXPECT_NEAR(y.plants[1].account.net_t, 73163.52, 1e-6);
  EXPECT_NEAR(y.plants[3].account.net_t, 122395.6528, 1e-6);
  const auto ranked = rank_key_emitters(y);
  EXPECT_EQ(ranked[0].plant, 3u);
  EXPECT_NEAR(y.plants[2].account.net_t, 94187.3, 0.1);
  EXPECT_EQ(ranked[1].plant, 2u);
  EXPECT_EQ(ranked[2].plant, 1u);
  EXPECT_TRUE(ranked[0].above_ets_threshold);
  double sum = 0.0;
  for (const PlantYear& p : y.plants) sum += p.account.net_t;
  EXPECT_NEAR(y.total.net_t, sum, 1e-9 * sum);
}

}  // namespace
}  // namespace twin::industry
