// The embedded factor tables equal assets/emissions/*.csv and the collected references in
// shared/data/emission_factors (native only: the wasm build has no file system).
#include "twin/emissions/factor_tables.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"

namespace twin::emissions {
namespace {

#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
std::vector<test::CsvRow> load(const std::string& path) {
  const std::string text = test::read_text_file(path);
  EXPECT_FALSE(text.empty()) << "cannot read " << path;
  return test::parse_csv(text);
}
const std::string kAssets = std::string(CT_ASSETS_DIR) + "/emissions/";
const std::string kShared = std::string(CT_SHARED_DATA_DIR) + "/emission_factors/";
#define CT_NEED_FILES()
#else
#define CT_NEED_FILES() GTEST_SKIP() << "needs the data files (native build only: no file system in wasm)"
#endif

TEST(EmissionFactorTables, GridFactorsEqualTheAssetCsvAndTheReferences) {
  CT_NEED_FILES();
#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
  const auto asset = load(kAssets + "grid_emission_factors.csv");
  ASSERT_EQ(asset.size(), grid_factor_rows().size());
  for (std::size_t i = 0; i < asset.size(); ++i) {
    const GridFactorRow& row = grid_factor_rows()[i];
    EXPECT_EQ(asset[i].at("region"), to_string(row.region)) << "row " << i;
    EXPECT_EQ(asset[i].at("label"), row.label) << "row " << i;
    EXPECT_EQ(std::stoi(asset[i].at("year")), row.year) << "row " << i;
    EXPECT_EQ(std::stod(asset[i].at("value")), row.kg_per_kwh) << "row " << i;
    EXPECT_EQ(asset[i].at("source_id"), row.source_id) << "row " << i;
    EXPECT_EQ(asset[i].at("unit"), "kgCO2/kWh");
  }
  const auto shared = load(kShared + "china_grid_emission_factors.csv");
  for (const GridFactorRow& row : grid_factor_rows()) {
    const std::string region =
        row.region == GridRegion::National ? std::string("national") : std::string("region: ") + row.label;
    int found = 0;
    for (const auto& ref : shared) {
      if (ref.at("quantity") != "electricity_average_co2_factor" || ref.at("region") != region ||
          std::stoi(ref.at("year")) != row.year)
        continue;
      ++found;
      EXPECT_EQ(std::stod(ref.at("value")), row.kg_per_kwh) << region << " " << row.year;
    }
    EXPECT_EQ(found, 1) << region << " " << row.year;
  }
#endif
}

TEST(EmissionFactorTables, CombustionFactorsEqualIpcc2006Table2Point2) {
  CT_NEED_FILES();
#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
  const auto asset = load(kAssets + "ipcc2006_co2_factors.csv");
  const auto shared = load(kShared + "ipcc2006_default_co2_factors_stationary_combustion.csv");
  ASSERT_EQ(asset.size(), combustion_factor_rows().size());
  for (std::size_t i = 0; i < asset.size(); ++i) {
    const CombustionFactorRow& row = combustion_factor_rows()[i];
    EXPECT_EQ(asset[i].at("carrier"), to_string(row.carrier));
    EXPECT_EQ(asset[i].at("ipcc_fuel"), row.ipcc_fuel);
    EXPECT_EQ(std::stod(asset[i].at("value")), row.kg_per_tj);
    EXPECT_EQ(asset[i].at("source_id"), row.source_id);
    int found = 0;
    for (const auto& ref : shared) {
      if (ref.at("fuel") != row.ipcc_fuel) continue;
      ++found;
      EXPECT_EQ(std::stod(ref.at("value")), row.kg_per_tj) << row.ipcc_fuel;
      EXPECT_EQ(ref.at("unit"), "kgCO2/TJ (NCV)");
    }
    EXPECT_EQ(found, 1) << row.ipcc_fuel;
  }
#endif
}

TEST(EmissionFactorTables, NcvAndHeatFactorEqualTheAssetCsv) {
  CT_NEED_FILES();
#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
  const auto ncv = load(kAssets + "net_calorific_values.csv");
  ASSERT_EQ(ncv.size(), ncv_rows().size());
  for (std::size_t i = 0; i < ncv.size(); ++i) {
    const NcvRow& row = ncv_rows()[i];
    EXPECT_EQ(ncv[i].at("carrier"), to_string(row.carrier));
    EXPECT_EQ(ncv[i].at("fuel"), row.fuel);
    EXPECT_EQ(std::stod(ncv[i].at("value")), row.kj_per_unit);
    EXPECT_EQ(ncv[i].at("unit"), std::string("kJ/") + row.unit);
    EXPECT_EQ(ncv[i].at("source_id"), row.source_id);
  }
  const auto heat = load(kAssets + "district_heat_factor.csv");
  ASSERT_EQ(heat.size(), 1u);
  EXPECT_EQ(std::stod(heat[0].at("value")), district_heat_factor_row().t_per_gj);
  EXPECT_EQ(heat[0].at("unit"), "tCO2/GJ");
  EXPECT_EQ(heat[0].at("source_id"), district_heat_factor_row().source_id);
#endif
}

TEST(EmissionFactorTables, EverySourceIdIsCited) {
  for (const auto& row : grid_factor_rows()) EXPECT_STRNE(source_citation(row.source_id), "unknown source");
  for (const auto& row : combustion_factor_rows()) EXPECT_STRNE(source_citation(row.source_id), "unknown source");
  for (const auto& row : ncv_rows()) EXPECT_STRNE(source_citation(row.source_id), "unknown source");
  EXPECT_STRNE(source_citation(district_heat_factor_row().source_id), "unknown source");
  EXPECT_STREQ(source_citation("no-such-id"), "unknown source");
}

}  // namespace
}  // namespace twin::emissions
