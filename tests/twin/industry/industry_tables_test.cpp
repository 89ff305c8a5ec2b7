// The embedded industry tables equal assets/industry/*.csv (native only: the wasm build has no file
// system), every source id is cited, and the unit conversions match hand arithmetic.
#include "twin/industry/industry_tables.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"

namespace twin::industry {
namespace {

#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
std::vector<test::CsvRow> load_industry_csv(const std::string& path) {
  const std::string text = test::read_text_file(path);
  EXPECT_FALSE(text.empty()) << "cannot read " << path;
  return test::parse_csv(text);
}
const std::string kIndustryAssets = std::string(CT_ASSETS_DIR) + "/industry/";
#define CT_INDUSTRY_NEED_FILES()
#else
#define CT_INDUSTRY_NEED_FILES() GTEST_SKIP() << "needs the data files (native build only: no file system in wasm)"
#endif

TEST(IndustryTables, RouteIntensitiesEqualTheAssetCsv) {
  CT_INDUSTRY_NEED_FILES();
#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
  const auto csv = load_industry_csv(kIndustryAssets + "route_intensity.csv");
  ASSERT_EQ(csv.size(), intensity_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const IntensityRow& row = intensity_rows()[i];
    EXPECT_EQ(csv[i].at("route"), to_string(row.route)) << "row " << i;
    EXPECT_EQ(csv[i].at("sector"), to_string(sector_of(row.route))) << "row " << i;
    EXPECT_EQ(csv[i].at("output_unit"), output_unit(row.route)) << "row " << i;
    EXPECT_EQ(csv[i].at("carrier"), to_string(row.carrier)) << "row " << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), row.value) << "row " << i;
    EXPECT_EQ(csv[i].at("unit"), std::string(to_string(row.unit)) + "/unit") << "row " << i;
    EXPECT_EQ(csv[i].at("source_id"), row.source_id) << "row " << i;
    EXPECT_FALSE(csv[i].at("source").empty()) << "row " << i;
    EXPECT_FALSE(csv[i].at("note").empty()) << "row " << i << ": every row says why";
  }
#endif
}

TEST(IndustryTables, ProcessFactorsEqualTheAssetCsv) {
  CT_INDUSTRY_NEED_FILES();
#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
  const auto csv = load_industry_csv(kIndustryAssets + "process_co2.csv");
  ASSERT_EQ(csv.size(), process_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const ProcessRow& row = process_rows()[i];
    EXPECT_EQ(csv[i].at("route"), to_string(row.route)) << "row " << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), row.t_co2_per_unit) << "row " << i;
    EXPECT_EQ(csv[i].at("unit"), "tCO2/unit");
    EXPECT_EQ(csv[i].at("source_id"), row.source_id) << "row " << i;
  }
#endif
}

TEST(IndustryTables, CarrierFactorsAndNcvsEqualTheAssetCsvAndTheIpccReference) {
  CT_INDUSTRY_NEED_FILES();
#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
  const auto csv = load_industry_csv(kIndustryAssets + "carrier_factors.csv");
  std::size_t factors = 0, ncvs = 0;
  for (const auto& r : csv) {
    if (r.at("quantity") == "co2_factor") {
      ASSERT_LT(factors, carrier_factor_rows().size());
      const CarrierFactorRow& row = carrier_factor_rows()[factors++];
      EXPECT_EQ(r.at("carrier"), to_string(row.carrier));
      EXPECT_EQ(std::stod(r.at("value")), row.kg_co2_per_tj);
      EXPECT_EQ(r.at("unit"), "kgCO2/TJ (NCV)");
      EXPECT_EQ(r.at("source_id"), row.source_id);
    } else {
      ASSERT_EQ(r.at("quantity"), "ncv");
      ASSERT_LT(ncvs, carrier_ncv_rows().size());
      const CarrierNcvRow& row = carrier_ncv_rows()[ncvs++];
      EXPECT_EQ(r.at("carrier"), to_string(row.carrier));
      EXPECT_EQ(std::stod(r.at("value")), row.kj_per_kg);
      EXPECT_EQ(r.at("unit"), "kJ/kg");
      EXPECT_EQ(r.at("source_id"), row.source_id);
    }
  }
  EXPECT_EQ(factors, carrier_factor_rows().size());
  EXPECT_EQ(ncvs, carrier_ncv_rows().size());

  // Coke's factor equals IPCC 2006 Table 2.2 "Coke oven coke" as collected in shared data.
  const auto shared = load_industry_csv(std::string(CT_SHARED_DATA_DIR) +
                                        "/emission_factors/ipcc2006_default_co2_factors_stationary_combustion.csv");
  int found = 0;
  for (const auto& ref : shared) {
    if (ref.at("fuel") != "Coke oven coke") continue;
    ++found;
    EXPECT_EQ(std::stod(ref.at("value")), carrier_factor_rows()[0].kg_co2_per_tj);
  }
  EXPECT_EQ(found, 1);
#endif
}

TEST(IndustryTables, LeverParametersEqualTheAssetCsv) {
  CT_INDUSTRY_NEED_FILES();
#if defined(CT_ASSETS_DIR) && defined(CT_SHARED_DATA_DIR)
  const auto csv = load_industry_csv(kIndustryAssets + "lever_parameters.csv");
  ASSERT_EQ(csv.size(), lever_parameter_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const LeverParameterRow& row = lever_parameter_rows()[i];
    EXPECT_EQ(csv[i].at("key"), row.key);
    EXPECT_EQ(std::stod(csv[i].at("value")), row.value) << row.key;
    EXPECT_EQ(csv[i].at("unit"), row.unit) << row.key;
    EXPECT_EQ(csv[i].at("source_id"), row.source_id) << row.key;
  }
#endif
}

TEST(IndustryTables, EverySourceIdIsCitedAndEveryRouteHasEnergy) {
  for (const auto& r : intensity_rows()) EXPECT_STRNE(industry_source_citation(r.source_id), "unknown source");
  for (const auto& r : process_rows()) EXPECT_STRNE(industry_source_citation(r.source_id), "unknown source");
  for (const auto& r : carrier_factor_rows()) EXPECT_STRNE(industry_source_citation(r.source_id), "unknown source");
  for (const auto& r : carrier_ncv_rows()) EXPECT_STRNE(industry_source_citation(r.source_id), "unknown source");
  for (const auto& r : lever_parameter_rows()) EXPECT_STRNE(industry_source_citation(r.source_id), "unknown source");
  EXPECT_STREQ(industry_source_citation("no-such-id"), "unknown source");
  for (int i = 0; i < kRouteCount; ++i) {
    double total = 0.0;
    for (double v : route_intensity_kwh(static_cast<Route>(i))) total += v;
    EXPECT_GT(total, 0.0) << to_string(static_cast<Route>(i));
  }
}

TEST(IndustryTables, ConversionsMatchHandArithmetic) {
  // Clinker: coal 120 kgce × 29 307.6 kJ/kgce / 3600 = 976.92 kWh; electricity 68 kWh.
  const auto clinker = route_intensity_kwh(Route::CementClinker);
  EXPECT_NEAR(clinker[static_cast<int>(Carrier::Coal)], 976.92, 1e-9);
  EXPECT_EQ(clinker[static_cast<int>(Carrier::Electricity)], 68.0);
  // H2-DRI: 54 kg H2 × 119 960 kJ/kg / 3600 = 1799.4 kWh.
  EXPECT_NEAR(route_intensity_kwh(Route::SteelH2Dri)[static_cast<int>(Carrier::Hydrogen)], 1799.4, 1e-9);
  // Coke 107 000 kg/TJ × 3.6e-6 TJ/kWh = 0.3852 kg/kWh; coal (IPCC other bituminous) 0.34056;
  // natural gas 0.20196; oil 0.26676; hydrogen 0; electricity and heat come with the year.
  EXPECT_NEAR(direct_kg_per_kwh(Carrier::Coke), 0.3852, 1e-12);
  EXPECT_NEAR(direct_kg_per_kwh(Carrier::Coal), 0.34056, 1e-12);
  EXPECT_NEAR(direct_kg_per_kwh(Carrier::NaturalGas), 0.20196, 1e-12);
  EXPECT_NEAR(direct_kg_per_kwh(Carrier::Oil), 0.26676, 1e-12);
  EXPECT_EQ(direct_kg_per_kwh(Carrier::Hydrogen), 0.0);
  EXPECT_EQ(direct_kg_per_kwh(Carrier::Electricity), 0.0);
  EXPECT_EQ(direct_kg_per_kwh(Carrier::Heat), 0.0);
  // 1 t coke = 1000 kg × 28 435 kJ/kg / 3600 = 7898.61… kWh.
  EXPECT_NEAR(kwh_of_kg(Carrier::Coke, 1000.0), 28435000.0 / 3600.0, 1e-9);
  EXPECT_EQ(route_process_t_per_unit(Route::CementClinker), 0.52);
  EXPECT_EQ(route_process_t_per_unit(Route::DataCentre), 0.0);
  EXPECT_EQ(lever_parameter(kEtsThresholdTKey), 26000.0);
}

}  // namespace
}  // namespace twin::industry
