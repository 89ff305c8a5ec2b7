// The embedded GWP table equals assets/inventory/gwp100.csv (native only: no file system in wasm).
#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/inventory/gwp.hpp"

namespace twin::inventory {
namespace {

TEST(InventoryTables, GwpTableEqualsTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  const std::string text = test::read_text_file(std::string(CT_ASSETS_DIR) + "/inventory/gwp100.csv");
  ASSERT_FALSE(text.empty());
  const auto csv = test::parse_csv(text);
  ASSERT_EQ(csv.size(), gwp_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const GwpRow& row = gwp_rows()[i];
    EXPECT_EQ(csv[i].at("set"), to_string(row.set)) << i;
    EXPECT_EQ(csv[i].at("gas"), to_string(row.gas)) << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), row.gwp100) << i;
    EXPECT_EQ(csv[i].at("source_id"), row.source_id) << i;
    EXPECT_FALSE(csv[i].at("found_at").empty()) << i;
  }
#else
  GTEST_SKIP() << "needs the data files (native build only)";
#endif
}

}  // namespace
}  // namespace twin::inventory
