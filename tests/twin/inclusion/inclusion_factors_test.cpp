// The embedded inclusion figures equal assets/inclusion/inclusion_factors.csv (native only: the wasm
// build has no file system), and every source id has a citation.
#include "twin/inclusion/inclusion_factors.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"

namespace twin::inclusion {
namespace {

TEST(InclusionFactors, EmbeddedRowsEqualTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  const std::string text = twin::test::read_text_file(std::string(CT_ASSETS_DIR) + "/inclusion/inclusion_factors.csv");
  ASSERT_FALSE(text.empty());
  const auto rows = twin::test::parse_csv(text);
  ASSERT_EQ(rows.size(), inclusion_factor_rows().size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const InclusionFactorRow& r = inclusion_factor_rows()[i];
    EXPECT_EQ(rows[i].at("key"), r.key) << "row " << i;
    EXPECT_EQ(std::stod(rows[i].at("value")), r.value) << r.key;
    EXPECT_EQ(rows[i].at("unit"), r.unit) << r.key;
    EXPECT_EQ(rows[i].at("source_id"), r.source_id) << r.key;
    // A found figure names its page; an assumption says why in its note.
    if (std::string(r.source_id) == "carbontwin_assumption")
      EXPECT_NE(rows[i].at("note").find("CarbonTwin assumption"), std::string::npos) << r.key;
    else
      EXPECT_EQ(rows[i].at("found_at").rfind("https://", 0), 0u) << r.key;
  }
#else
  GTEST_SKIP() << "needs the data files (native build only: no file system in wasm)";
#endif
}

TEST(InclusionFactors, EverySourceIdIsCitedAndValuesArePositive) {
  for (const InclusionFactorRow& r : inclusion_factor_rows()) {
    EXPECT_STRNE(inclusion_source_citation(r.source_id), "unknown source") << r.key;
    EXPECT_GT(r.value, 0.0) << r.key;
  }
  // The second-hand figure is the page's product: 0.3 kg × 11.2 kgCO2/kg × 0.91.
  EXPECT_DOUBLE_EQ(inclusion_factor("secondhand_kgco2e_per_item"), 0.3 * 11.2 * 0.91);
  // Grade 1 uses less than grade 3 for every appliance.
  for (const char* a : {"air_conditioner", "refrigerator", "washing_machine"})
    EXPECT_LT(inclusion_factor(std::string(a) + "_grade1_kwh_per_yr"),
              inclusion_factor(std::string(a) + "_grade3_kwh_per_yr"))
        << a;
}

}  // namespace
}  // namespace twin::inclusion
