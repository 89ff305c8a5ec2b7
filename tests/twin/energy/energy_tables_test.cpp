// The embedded energy tables equal assets/energy/*.csv (native only: the wasm build has no file
// system), and the energy-system CSV reader rejects bad input with line, field and reason.
#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/energy/energy_city_def.hpp"
#include "twin/energy/energy_factors.hpp"
#include "twin/energy/load_shapes.hpp"

namespace twin::energy {
namespace {

#if defined(CT_ASSETS_DIR)
const std::string kAssets = std::string(CT_ASSETS_DIR) + "/energy/";
#define CT_NEED_FILES()
#else
#define CT_NEED_FILES() GTEST_SKIP() << "needs the data files (native build only: no file system in wasm)"
#endif

TEST(EnergyTables, DefaultSystemEqualsTheAssetCsv) {
  CT_NEED_FILES();
#if defined(CT_ASSETS_DIR)
  const std::string text = test::read_text_file(kAssets + "default_energy_system.csv");
  const auto rows = test::parse_csv(text);
  ASSERT_EQ(rows.size(), default_energy_rows().size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const EnergyDefaultRow& row = default_energy_rows()[i];
    EXPECT_EQ(rows[i].at("key"), row.key) << i;
    EXPECT_EQ(rows[i].at("value"), row.value) << row.key;
    EXPECT_EQ(rows[i].at("unit"), row.unit) << row.key;
    EXPECT_EQ(rows[i].at("source_id"), row.source_id) << row.key;
    EXPECT_EQ(rows[i].at("source"), energy_source_citation(row.source_id)) << row.key;
  }
  // The reader turns the asset into exactly the embedded default.
  EnergyCityDef parsed;
  const auto issues = parse_energy_city_csv(text, EnergyCityDef{}, &parsed);
  ASSERT_TRUE(issues.empty()) << issues[0].where << ": " << issues[0].message;
  const EnergyCityDef def = default_energy_city_def();
  EXPECT_EQ(parsed.system.storage.energy_kwh, def.system.storage.energy_kwh);
  EXPECT_EQ(parsed.system.chp_plants.size(), 1u);
  EXPECT_EQ(parsed.system.chp_plants[0].capacity_kw, def.system.chp_plants[0].capacity_kw);
  EXPECT_EQ(parsed.system.chp_plants[0].fuel, emissions::Carrier::Coal);
  EXPECT_EQ(parsed.loads.ev.annual_kwh, def.loads.ev.annual_kwh);
  EXPECT_EQ(parsed.system.heating_season.start_day, 319);
#endif
}

TEST(EnergyTables, DailyProfilesNonCo2FactorsAndGwpsEqualTheirCsvs) {
  CT_NEED_FILES();
#if defined(CT_ASSETS_DIR)
  const auto profiles = test::parse_csv(test::read_text_file(kAssets + "daily_profiles.csv"));
  ASSERT_EQ(profiles.size(), 24u);
  for (int p = 0; p < kDailyProfileCount; ++p) {
    const auto profile = static_cast<DailyProfile>(p);
    for (int h = 0; h < 24; ++h)
      EXPECT_EQ(std::stod(profiles[h].at(to_string(profile))), daily_profile_weights(profile)[h])
          << to_string(profile) << " hour " << h;
  }
  const auto non_co2 = test::parse_csv(test::read_text_file(kAssets + "non_co2_factors.csv"));
  ASSERT_EQ(non_co2.size(), non_co2_factor_rows().size());
  for (std::size_t i = 0; i < non_co2.size(); ++i) {
    const NonCo2FactorRow& row = non_co2_factor_rows()[i];
    EXPECT_EQ(non_co2[i].at("carrier"), emissions::to_string(row.carrier));
    EXPECT_EQ(non_co2[i].at("ipcc_fuel"), row.ipcc_fuel);
    EXPECT_EQ(std::stod(non_co2[i].at("ch4_kg_per_tj")), row.ch4_kg_per_tj);
    EXPECT_EQ(std::stod(non_co2[i].at("n2o_kg_per_tj")), row.n2o_kg_per_tj);
    EXPECT_EQ(non_co2[i].at("source_id"), row.source_id);
  }
#endif
}

TEST(EnergyTables, EverySourceIdIsCited) {
  for (const EnergyDefaultRow& row : default_energy_rows())
    EXPECT_STRNE(energy_source_citation(row.source_id), "unknown source") << row.key;
  for (const NonCo2FactorRow& row : non_co2_factor_rows())
    EXPECT_STRNE(energy_source_citation(row.source_id), "unknown source") << row.ipcc_fuel;
  EXPECT_TRUE(validate_energy_system(default_energy_city_def().system).empty());
}

std::vector<EnergyIssue> parse(const std::string& text, EnergyCityDef* out) {
  return parse_energy_city_csv(text, default_energy_city_def(), out);
}

bool has(const std::vector<EnergyIssue>& issues, const std::string& where, const std::string& part) {
  for (const EnergyIssue& i : issues)
    if (i.where == where && i.message.find(part) != std::string::npos) return true;
  return false;
}

TEST(EnergyCityCsv, ReadsAPlannersFileOverTheDefault) {
  EnergyCityDef out;
  const auto issues = parse(
      "key,value,unit\n"
      "storage.energy_kwh,5000,kWh\n"
      "\"thermal_plants[0].name\",\"old coal, unit 1\",-\n"
      "thermal_plants[0].fuel,coal,-\n"
      "thermal_plants[0].capacity_kw,300000,kW\n"
      "thermal_plants[0].local_first,true,-\n"
      "loads.industry_shifts,3,shifts\n",
      &out);
  ASSERT_TRUE(issues.empty()) << issues[0].where << ": " << issues[0].message;
  EXPECT_EQ(out.system.storage.energy_kwh, 5000.0);
  ASSERT_EQ(out.system.thermal_plants.size(), 1u);
  EXPECT_EQ(out.system.thermal_plants[0].name, "old coal, unit 1");
  EXPECT_TRUE(out.system.thermal_plants[0].local_first);
  EXPECT_EQ(out.loads.shapes.industry_shifts, ShiftPattern::Three);
  EXPECT_EQ(out.system.wind.capacity_kw, default_energy_city_def().system.wind.capacity_kw);  // kept
}

TEST(EnergyCityCsv, BadInputIsReportedWithLineFieldAndReason) {
  EnergyCityDef out;
  out.system.storage.energy_kwh = -123.0;  // must stay untouched on error
  EXPECT_TRUE(has(parse("", &out), "line 1", "empty file"));
  EXPECT_TRUE(has(parse("name,number\nx,1\n", &out), "line 1", "lacks the columns key and value"));
  EXPECT_TRUE(has(parse("key,value\nwind.capacity_kw,abc\n", &out), "line 2 field value", "not a finite number"));
  EXPECT_TRUE(has(parse("key,value\nwind.capacity_kw,nan\n", &out), "line 2 field value", "not a finite number"));
  EXPECT_TRUE(has(parse("key,value\nwind.capacity_kw,1e400\n", &out), "line 2 field value", "not a finite number"));
  EXPECT_TRUE(has(parse("key,value\nwind.colour,1\n", &out), "line 2 field value", "unknown key 'wind.colour'"));
  EXPECT_TRUE(has(parse("key,value\nwind.capacity_kw,1,2\n", &out), "line 2", "has 3 fields, the header has 2"));
  EXPECT_TRUE(has(parse("key,value\nwind.capacity_kw,1\nwind.capacity_kw,2\n", &out), "line 3 field key",
                  "already given on line 2"));
  EXPECT_TRUE(has(parse("key,value\n\"wind.capacity_kw,1\n", &out), "csv", "unterminated quoted field"));
  EXPECT_TRUE(has(parse("key,value\nchp_plants[0].fuel,wood\n", &out), "line 2 field value", "not coal or natural_gas"));
  EXPECT_TRUE(has(parse("key,value\nchp_plants[99].fuel,coal\n", &out), "line 2 field value", "unknown key"));
  EXPECT_TRUE(has(parse("key,value\nheating_season.end_day,400\n", &out), "line 2 field value", "not a day of the year"));
  // Range errors name the line of their key.
  EXPECT_TRUE(has(parse("key,value\nstorage.power_kw,-5\n", &out), "line 2 (storage.power_kw)", "-5 is outside"));
  EXPECT_TRUE(has(parse("key,value\n\nstorage.round_trip_efficiency,1.5\n", &out),
                  "line 3 (storage.round_trip_efficiency)", "outside (0, 1]"));
  EXPECT_TRUE(has(parse("key,value\nloads.ev.home_share,0.9\n", &out), "line 2 (loads.ev.home_share)", "sum to 1"));
  EXPECT_TRUE(has(parse("key,value\nloads.industry_kwh,-1\n", &out), "line 2 (loads.industry_kwh)", "[0, 1e12]"));
  EXPECT_TRUE(has(parse("key,value\nwind.rated_m_s,2\n", &out), "line 2 (wind)", "cut_in_m_s < rated_m_s"));
  EXPECT_TRUE(has(parse("key,value\nloads.heat_pump_base_c,45\n", &out), "line 2 (loads.heat_pump_base_c)", "[0, 30]"));
  EXPECT_EQ(out.system.storage.energy_kwh, -123.0);
}

}  // namespace
}  // namespace twin::energy
