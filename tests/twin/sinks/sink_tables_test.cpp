// The embedded sink rates equal assets/sinks/sink_rates.csv, and each rate is its cited figure
// converted to tCO2/(ha·yr) (native only for the file comparison).
#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/inventory/sources.hpp"
#include "twin/sinks/sink_rates.hpp"

namespace twin::sinks {
namespace {

TEST(SinksTables, RatesEqualTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  const std::string text = test::read_text_file(std::string(CT_ASSETS_DIR) + "/sinks/sink_rates.csv");
  ASSERT_FALSE(text.empty());
  const auto csv = test::parse_csv(text);
  ASSERT_EQ(csv.size(), sink_rate_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const SinkRateRow& row = sink_rate_rows()[i];
    EXPECT_EQ(csv[i].at("sink_type"), to_string(row.type)) << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), row.removal_t_co2_per_ha_yr) << i;
    EXPECT_EQ(csv[i].at("unit"), "tCO2/(ha·yr)") << i;
    EXPECT_EQ(csv[i].at("source_id"), row.source_id) << i;
    EXPECT_STRNE(inventory::source_citation(row.source_id), "unknown source") << i;
  }
#else
  GTEST_SKIP() << "needs the data files (native build only)";
#endif
}

TEST(SinksTables, RatesAreTheCitedFiguresConverted) {
  constexpr double kCo2PerC = 44.0 / 12.0;
  // Forest: 154.8 Tg C/yr over 7975 / 45.8 = 174.13 Mha.
  EXPECT_NEAR(sink_rate(SinkType::Forest).removal_t_co2_per_ha_yr, 154.8 / (7975.0 / 45.8) * kCo2PerC, 5e-4);
  // g C/(m²·yr) × 0.01 = t C/(ha·yr).
  EXPECT_NEAR(sink_rate(SinkType::Wetland).removal_t_co2_per_ha_yr, 196.7 * 0.01 * kCo2PerC, 5e-4);
  EXPECT_NEAR(sink_rate(SinkType::Mangrove).removal_t_co2_per_ha_yr, 229.8 * 0.01 * kCo2PerC, 5e-4);
  EXPECT_NEAR(sink_rate(SinkType::SaltMarsh).removal_t_co2_per_ha_yr, 247.7 * 0.01 * kCo2PerC, 5e-4);
  EXPECT_NEAR(sink_rate(SinkType::Farmland).removal_t_co2_per_ha_yr, 3.36 / 20.0 * kCo2PerC, 5e-4);
  EXPECT_EQ(sink_rate(SinkType::UrbanTrees).removal_t_co2_per_ha_yr, 8.99);
  EXPECT_NEAR(sink_rate(SinkType::UrbanGreenSpace).removal_t_co2_per_ha_yr, 8.99 / 2.0, 1e-12);
  for (const SinkRateRow& r : sink_rate_rows()) EXPECT_GT(r.removal_t_co2_per_ha_yr, 0.0);
  SinkType t = SinkType::Forest;
  EXPECT_TRUE(sink_type_from_string("salt_marsh", &t));
  EXPECT_EQ(t, SinkType::SaltMarsh);
  EXPECT_FALSE(sink_type_from_string("ocean", &t));
}

}  // namespace
}  // namespace twin::sinks
