// The embedded intensity tables equal assets/pathway/*.csv (native only: no file system in wasm).
#include "twin/pathway/intensity_table.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"

namespace twin::pathway {
namespace {

TEST(PathwayIntensityTable, EmbeddedRowsEqualTheAssetCsv) {
#ifndef CT_ASSETS_DIR
  GTEST_SKIP() << "needs assets/pathway/*.csv (native build only: no file system in wasm)";
#else
  const auto rows = twin::test::parse_csv(twin::test::read_text_file(std::string(CT_ASSETS_DIR) + "/pathway/baseline_intensity.csv"));
  ASSERT_EQ(rows.size(), heating_demand_rows().size() + end_use_intensity_rows().size());
  std::size_t i = 0;
  for (const HeatingDemandRow& h : heating_demand_rows()) {
    const auto& r = rows[i++];
    EXPECT_EQ(r.at("category"), to_string(h.category));
    EXPECT_EQ(r.at("end_use"), "space_heating");
    EXPECT_EQ(r.at("vintage"), to_string(h.vintage));
    EXPECT_EQ(r.at("carrier"), "useful_heat");
    EXPECT_EQ(std::stod(r.at("kwh_per_m2")), h.useful_kwh_per_m2) << i;
    EXPECT_EQ(r.at("source_id"), h.source_id);
    EXPECT_STRNE(intensity_source_citation(h.source_id), "unknown source");
  }
  for (const EndUseIntensityRow& e : end_use_intensity_rows()) {
    const auto& r = rows[i++];
    EXPECT_EQ(r.at("category"), to_string(e.category));
    EXPECT_EQ(r.at("end_use"), to_string(e.end_use));
    EXPECT_EQ(r.at("vintage"), "all");
    EXPECT_EQ(r.at("carrier"), emissions::to_string(e.carrier));
    EXPECT_EQ(std::stod(r.at("kwh_per_m2")), e.kwh_per_m2) << i;
    EXPECT_EQ(r.at("source_id"), e.source_id);
  }
  const auto eff = twin::test::parse_csv(twin::test::read_text_file(std::string(CT_ASSETS_DIR) + "/pathway/heating_efficiency.csv"));
  ASSERT_EQ(eff.size(), heating_efficiency_rows().size());
  for (std::size_t j = 0; j < eff.size(); ++j) {
    const HeatingEfficiencyRow& h = heating_efficiency_rows()[j];
    EXPECT_EQ(eff[j].at("system"), twin::to_string(h.system));
    EXPECT_EQ(eff[j].at("fuel"), twin::to_string(h.fuel));
    EXPECT_EQ(std::stod(eff[j].at("efficiency")), h.efficiency);
    EXPECT_EQ(eff[j].at("source_id"), h.source_id);
  }
#endif
}

TEST(PathwayIntensityTable, EveryCategoryAndVintageHasAHeatingDemand) {
  for (int c = 0; c < kCategoryCount; ++c)
    for (int v = 0; v < kVintageCount; ++v) {
      int found = 0;
      for (const auto& row : heating_demand_rows())
        if (static_cast<int>(row.category) == c && static_cast<int>(row.vintage) == v) ++found;
      EXPECT_EQ(found, 1) << to_string(static_cast<Category>(c)) << " " << to_string(static_cast<Vintage>(v));
    }
  EXPECT_EQ(heating_efficiency(HeatingSystem::HeatPump, Fuel::Electricity, 3.1), 3.1);
  EXPECT_EQ(heating_carrier(HeatingSystem::HeatPump, Fuel::NaturalGas), emissions::Carrier::Electricity);
  EXPECT_EQ(heating_carrier(HeatingSystem::Stove, Fuel::Coal), emissions::Carrier::Coal);
  EXPECT_EQ(vintage_of(1979), Vintage::Before1980);
  EXPECT_EQ(vintage_of(2010), Vintage::From2010);
  EXPECT_EQ(category_of(BuildingUse::Residential, ResidentialType::RuralHouse), Category::ResidentialVillage);
}

}  // namespace
}  // namespace twin::pathway
