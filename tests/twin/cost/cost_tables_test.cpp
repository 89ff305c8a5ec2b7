// The embedded cost tables equal assets/cost/*.csv row by row (native only: it reads the files), every
// source id has a citation, and each price per kWh is its quoted price over the conversion.
#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/cost/cost_tables.hpp"

namespace twin::cost {
namespace {

#if defined(CT_ASSETS_DIR)
std::vector<test::CsvRow> read_cost_csv(const char* name) {
  const std::string text = test::read_text_file(std::string(CT_ASSETS_DIR) + "/cost/" + name);
  EXPECT_FALSE(text.empty()) << name;
  return test::parse_csv(text);
}
#endif

TEST(CostTables, LeverCostsEqualTheCsv) {
#if defined(CT_ASSETS_DIR)
  const auto csv = read_cost_csv("lever_costs.csv");
  ASSERT_EQ(csv.size(), lever_cost_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const LeverCostRow& r = lever_cost_rows()[i];
    EXPECT_EQ(static_cast<std::size_t>(r.item), i);
    EXPECT_EQ(csv[i].at("item"), r.key) << i;
    std::string levers = pathway::lever_def(r.lever).key;
    if (r.second_lever != pathway::LeverId::Count) levers += std::string(" ") + pathway::lever_def(r.second_lever).key;
    EXPECT_EQ(csv[i].at("lever"), levers) << i;
    EXPECT_EQ(csv[i].at("activity_unit"), r.activity_unit) << i;
    EXPECT_EQ(std::stod(csv[i].at("capital_yuan_per_unit")), r.capital_yuan_per_unit) << i;
    EXPECT_EQ(std::stod(csv[i].at("fixed_om_yuan_per_unit_yr")), r.fixed_om_yuan_per_unit_yr) << i;
    EXPECT_EQ(std::stod(csv[i].at("variable_yuan_per_unit")), r.variable_yuan_per_unit) << i;
    EXPECT_EQ(std::stoi(csv[i].at("lifetime_yr")), r.lifetime_yr) << i;
    EXPECT_EQ(csv[i].at("source_id"), r.source_id) << i;
    EXPECT_EQ(r.capital_yuan_per_unit > 0.0, r.lifetime_yr > 0) << r.key << ": capital needs a lifetime";
  }
#else
  GTEST_SKIP() << "needs the data files (native build only)";
#endif
}

TEST(CostTables, EnergyPricesEqualTheCsvAndTheirConversion) {
#if defined(CT_ASSETS_DIR)
  const auto csv = read_cost_csv("energy_prices.csv");
  ASSERT_EQ(csv.size(), energy_price_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const EnergyPriceRow& r = energy_price_rows()[i];
    EXPECT_EQ(csv[i].at("carrier"), r.carrier) << i;
    EXPECT_EQ(csv[i].at("sector"), r.sector) << i;
    EXPECT_EQ(std::stod(csv[i].at("price_yuan_per_kwh")), r.yuan_per_kwh) << i;
    EXPECT_EQ(std::stod(csv[i].at("price_value")), r.price_value) << i;
    EXPECT_EQ(std::stod(csv[i].at("kwh_per_unit")), r.kwh_per_unit) << i;
    EXPECT_EQ(csv[i].at("source_id"), r.source_id) << i;
    // Rounded to 4 decimals: within half a unit of the last place.
    EXPECT_NEAR(r.yuan_per_kwh, r.price_value / r.kwh_per_unit, 5e-5) << r.carrier << " " << r.sector;
  }
#else
  GTEST_SKIP() << "needs the data files (native build only)";
#endif
  using emissions::Carrier;
  using emissions::Sector;
  EXPECT_EQ(energy_price_yuan_per_kwh(Carrier::Electricity, Sector::Residential), 0.5);
  EXPECT_EQ(energy_price_yuan_per_kwh(Carrier::Electricity, Sector::IndustrialProcesses), 0.6);
  EXPECT_EQ(energy_price_yuan_per_kwh(Carrier::NaturalGas, Sector::Residential), 0.2637);
  EXPECT_EQ(energy_price_yuan_per_kwh(Carrier::NaturalGas, Sector::Industry), 0.3549);  // the "all" row
  EXPECT_EQ(hydrogen_price_yuan_per_kwh(), 0.7503);
  EXPECT_EQ(pv_export_price_yuan_per_kwh(), 0.38);
  for (int c = 0; c < emissions::kCarrierCount; ++c)
    EXPECT_GT(energy_price_yuan_per_kwh(static_cast<Carrier>(c), Sector::Commercial), 0.0) << c;
}

TEST(CostTables, CarbonPricesBenchmarksFinanceAndAmbitiousEqualTheCsvs) {
#if defined(CT_ASSETS_DIR)
  const auto prices = read_cost_csv("carbon_prices.csv");
  ASSERT_EQ(prices.size(), carbon_price_rows().size());
  for (std::size_t i = 0; i < prices.size(); ++i) {
    const CarbonPriceRow& r = carbon_price_rows()[i];
    EXPECT_EQ(prices[i].at("market"), to_string(r.market)) << i;
    EXPECT_EQ(std::stoi(prices[i].at("year")), r.year) << i;
    EXPECT_EQ(std::stod(prices[i].at("price_yuan_per_t")), r.yuan_per_t) << i;
    EXPECT_EQ(prices[i].at("kind"), r.kind) << i;
    EXPECT_EQ(prices[i].at("source_id"), r.source_id) << i;
  }
  const auto bench = read_cost_csv("allowance_benchmarks.csv");
  ASSERT_EQ(bench.size(), allowance_benchmark_rows().size());
  for (std::size_t i = 0; i < bench.size(); ++i) {
    const BenchmarkRow& r = allowance_benchmark_rows()[i];
    EXPECT_EQ(bench[i].at("route"), r.route) << i;
    EXPECT_EQ(std::stod(bench[i].at("benchmark_t_per_unit")), r.t_per_unit) << i;
    EXPECT_EQ(std::stoi(bench[i].at("covered_since")), r.covered_since) << i;
    EXPECT_EQ(bench[i].at("source_id"), r.source_id) << i;
  }
  const auto fin = read_cost_csv("finance.csv");
  ASSERT_EQ(fin.size(), finance_rows().size());
  for (std::size_t i = 0; i < fin.size(); ++i) {
    EXPECT_EQ(fin[i].at("parameter"), finance_rows()[i].parameter) << i;
    EXPECT_EQ(std::stod(fin[i].at("value")), finance_rows()[i].value) << i;
    EXPECT_EQ(fin[i].at("source_id"), finance_rows()[i].source_id) << i;
  }
  const auto amb = read_cost_csv("mac_ambitious.csv");
  ASSERT_EQ(amb.size(), mac_ambitious_rows().size());
  for (std::size_t i = 0; i < amb.size(); ++i) {
    const AmbitiousRow& r = mac_ambitious_rows()[i];
    EXPECT_EQ(amb[i].at("lever"), pathway::lever_def(r.lever).key) << i;
    EXPECT_EQ(std::stoi(amb[i].at("start_year")), r.setting.start_year) << i;
    EXPECT_EQ(std::stoi(amb[i].at("ramp_years")), r.setting.ramp_years) << i;
    EXPECT_EQ(std::stod(amb[i].at("target")), r.setting.target) << i;
    EXPECT_EQ(amb[i].at("reason"), r.reason) << i;
  }
  const auto src = read_cost_csv("sources.csv");
  ASSERT_EQ(src.size(), cost_sources().size());
  for (std::size_t i = 0; i < src.size(); ++i) {
    EXPECT_EQ(src[i].at("source_id"), cost_sources()[i].id) << i;
    EXPECT_EQ(src[i].at("citation"), cost_sources()[i].citation) << i;
    EXPECT_EQ(src[i].at("found_at"), cost_sources()[i].found_at) << i;
  }
#else
  GTEST_SKIP() << "needs the data files (native build only)";
#endif
  EXPECT_EQ(discount_rate(), 0.08);  // 建设项目经济评价方法与参数 (第三版), social discount rate
  // Every ambitious setting is a valid lever setting, and every source id has a citation.
  for (const AmbitiousRow& r : mac_ambitious_rows()) {
    const pathway::LeverDef& d = pathway::lever_def(r.lever);
    EXPECT_GE(r.setting.target, d.min_value) << d.key;
    EXPECT_LE(r.setting.target, d.max_value) << d.key;
  }
  for (const LeverCostRow& r : lever_cost_rows()) EXPECT_NE(cost_source_citation(r.source_id), nullptr) << r.key;
  for (const EnergyPriceRow& r : energy_price_rows()) EXPECT_NE(cost_source_citation(r.source_id), nullptr) << r.carrier;
  for (const CarbonPriceRow& r : carbon_price_rows()) EXPECT_NE(cost_source_citation(r.source_id), nullptr) << r.year;
  for (const BenchmarkRow& r : allowance_benchmark_rows()) EXPECT_NE(cost_source_citation(r.source_id), nullptr) << r.route;
  for (const FinanceRow& r : finance_rows()) EXPECT_NE(cost_source_citation(r.source_id), nullptr) << r.parameter;
}

}  // namespace
}  // namespace twin::cost
