// The embedded waste parameters equal assets/waste/waste_parameters.csv, and the derived defaults
// reproduce their published inputs (native only: no file system in wasm).
#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/inventory/sources.hpp"
#include "twin/waste/waste_params.hpp"

namespace twin::waste {
namespace {

TEST(WasteTables, ParametersEqualTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  const std::string text = test::read_text_file(std::string(CT_ASSETS_DIR) + "/waste/waste_parameters.csv");
  ASSERT_FALSE(text.empty());
  const auto csv = test::parse_csv(text);
  ASSERT_EQ(csv.size(), waste_param_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const WasteParamRow& row = waste_param_rows()[i];
    EXPECT_EQ(csv[i].at("key"), row.key) << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), row.value) << row.key;
    EXPECT_EQ(csv[i].at("unit"), row.unit) << row.key;
    EXPECT_EQ(csv[i].at("source_id"), row.source_id) << row.key;
    EXPECT_STRNE(inventory::source_citation(row.source_id), "unknown source") << row.key;
  }
#else
  GTEST_SKIP() << "needs the data files (native build only)";
#endif
}

TEST(WasteTables, DerivedDefaultsReproduceTheirInputs) {
  // 2020 urban MSW 23512万t / 城区人口 44253.74万 / 366 d = 1.4516 kg/(person·d) → 1.45.
  EXPECT_NEAR(waste_param("msw_kg_per_person_day"), 23512.0e4 * 1000.0 / 44253.74e4 / 366.0, 0.005);
  // Shares of the 23452.33万t treated: 7771.54, 14607.64, 1073.15 (rounded to 4 decimals).
  EXPECT_NEAR(waste_param("share_landfill"), 7771.54 / 23452.33, 5e-5);
  EXPECT_NEAR(waste_param("share_incineration"), 14607.64 / 23452.33, 5e-5);
  // Composting is the remainder (0.0457 rather than 0.0458) so that the four shares sum to 1.
  EXPECT_NEAR(waste_param("share_composting"), 1073.15 / 23452.33, 1e-4);
  EXPECT_NEAR(waste_param("share_recycling") + waste_param("share_landfill") + waste_param("share_incineration") +
                  waste_param("share_composting"),
              1.0, 1e-12);
  // 778亿kWh / 14607.64万t = 532.6 kWh/t.
  EXPECT_NEAR(waste_param("incineration_kwh_per_t"), 778.0e8 / 14607.64e4, 0.05);
  EXPECT_EQ(mcf_of(LandfillType::ManagedAnaerobic), 1.0);
  EXPECT_EQ(mcf_of(LandfillType::Uncategorised), 0.6);
  EXPECT_EQ(k_per_yr_of(LandfillClimate::TemperateWet), 0.09);
  EXPECT_EQ(k_per_yr_of(LandfillClimate::TropicalWet), 0.17);
}

}  // namespace
}  // namespace twin::waste
