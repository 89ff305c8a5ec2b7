// Agriculture Tier 1 rows by hand, input errors, and the factor table against its CSV.
#include "twin/inventory/agriculture.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/inventory/sources.hpp"
#include "twin/inventory/totals.hpp"

namespace twin::inventory {
namespace {

TEST(InventoryAgriculture, FertiliserAndEntericRowsByHand) {
  AgricultureInput in;
  in.synthetic_fertiliser_n_t = 1000.0;
  in.head[static_cast<int>(Livestock::DairyCattle)] = 2000.0;
  in.head[static_cast<int>(Livestock::Swine)] = 50000.0;
  const AgricultureResult r = agriculture_rows(in, GwpSet::Ar5);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.rows.size(), 4u);
  // Direct: 1000 t N × 0.01 × 44/28 = 15.7143 t N2O.
  EXPECT_NEAR(r.rows[0].gas_t, 1000.0 * 0.01 * 44.0 / 28.0, 1e-12);
  // Indirect: 1000 × (0.1 × 0.01 + 0.3 × 0.0075) × 44/28 = 1000 × 0.00325 × 1.5714 = 5.1071 t N2O.
  EXPECT_NEAR(r.rows[1].gas_t, 1000.0 * 0.00325 * 44.0 / 28.0, 1e-12);
  // Enteric: 2000 × 68 kg = 136 t CH4; 50 000 × 1 kg = 50 t CH4.
  EXPECT_NEAR(r.rows[2].gas_t, 136.0, 1e-9);
  EXPECT_NEAR(r.rows[3].gas_t, 50.0, 1e-9);
  // CO2e (AR5): 265 × (15.7143 + 5.1071) + 28 × 186.
  const double expected = 265.0 * (1000.0 * 0.01325 * 44.0 / 28.0) + 28.0 * 186.0;
  EXPECT_NEAR(r.co2e_t, expected, 1e-6);
  EXPECT_NEAR(sum_rows(r.rows).sector_co2e_t(InventorySector::Agriculture), expected, 1e-6);
  EXPECT_TRUE(validate_rows(r.rows).empty());
}

TEST(InventoryAgriculture, BadCountsAreNamed) {
  AgricultureInput in;
  in.synthetic_fertiliser_n_t = -1.0;
  in.head[static_cast<int>(Livestock::Goats)] = std::nan("");
  const AgricultureResult r = agriculture_rows(in, GwpSet::Ar5);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].field, "synthetic_fertiliser_n_t");
  EXPECT_EQ(r.errors[1].field, "head.goats");
  EXPECT_TRUE(r.rows.empty());
}

TEST(InventoryAgriculture, FactorsEqualTheAssetCsv) {
  for (const auto& row : agriculture_factor_rows()) EXPECT_STRNE(source_citation(row.source_id), "unknown source");
#if defined(CT_ASSETS_DIR)
  const auto csv =
      test::parse_csv(test::read_text_file(std::string(CT_ASSETS_DIR) + "/inventory/agriculture_factors.csv"));
  ASSERT_EQ(csv.size(), agriculture_factor_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const AgricultureFactorRow& row = agriculture_factor_rows()[i];
    EXPECT_EQ(csv[i].at("key"), row.key);
    EXPECT_EQ(std::stod(csv[i].at("value")), row.value) << row.key;
    EXPECT_EQ(csv[i].at("unit"), row.unit) << row.key;
    EXPECT_EQ(csv[i].at("source_id"), row.source_id) << row.key;
  }
#endif
}

}  // namespace
}  // namespace twin::inventory
