// The energy balance reader: units and their conversions (by hand), Chinese headers, and every error
// path naming its line and field.
#include "twin/calibration/energy_balance.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace twin::calibration {
namespace {

using emissions::Carrier;

bool any_contains(const std::vector<std::string>& errors, const std::string& part) {
  for (const std::string& e : errors)
    if (e.find(part) != std::string::npos) return true;
  return false;
}

std::vector<std::string> errors_of(const std::string& csv) {
  EnergyBalance b;
  std::vector<std::string> errors;
  EXPECT_FALSE(read_energy_balance(csv, &b, &errors)) << csv;
  return errors;
}

TEST(CalibrationBalance, ConvertsUnitRowToKwh) {
  const std::string csv =
      "# city X 2020\n"
      "sector,electricity,coal,natural_gas,oil,heat\n"
      "unit,10^4 kWh,10^4 t,10^4 m3,t,GJ\n"
      "residential,2,1,1,-,100\n"
      "industry,1,0,,1,\n";
  EnergyBalance b;
  std::vector<std::string> errors;
  ASSERT_TRUE(read_energy_balance(csv, &b, &errors)) << (errors.empty() ? "" : errors[0]);
  const auto& res = b.cells[static_cast<int>(BalanceSector::Residential)];
  // 2 × 10^4 kWh = 20 000 kWh.
  EXPECT_DOUBLE_EQ(res[static_cast<int>(Carrier::Electricity)].energy_kwh, 20000.0);
  // 1 × 10^4 t raw coal = 10^7 kg × 20 908 kJ/kg (GB/T 2589-2020) / 3 600 kJ/kWh = 58 077 777.8 kWh.
  EXPECT_NEAR(res[static_cast<int>(Carrier::Coal)].energy_kwh, 1.0e7 * 20908.0 / 3600.0, 1e-3);
  EXPECT_NEAR(res[static_cast<int>(Carrier::Coal)].energy_kwh, 58077777.78, 0.01);
  // 1 × 10^4 m³ gas × 38 931 kJ/m³ / 3 600 = 108 141.67 kWh.
  EXPECT_NEAR(res[static_cast<int>(Carrier::NaturalGas)].energy_kwh, 108141.6667, 1e-3);
  // "-" is not reported; 100 GJ × 277.78 kWh/GJ = 27 777.8 kWh.
  EXPECT_FALSE(res[static_cast<int>(Carrier::Oil)].reported);
  EXPECT_NEAR(res[static_cast<int>(Carrier::DistrictHeat)].energy_kwh, 27777.78, 0.01);
  const auto& ind = b.cells[static_cast<int>(BalanceSector::Industry)];
  EXPECT_TRUE(ind[static_cast<int>(Carrier::Coal)].reported);  // a reported zero
  EXPECT_EQ(ind[static_cast<int>(Carrier::Coal)].energy_kwh, 0.0);
  EXPECT_FALSE(ind[static_cast<int>(Carrier::NaturalGas)].reported);  // empty
  // 1 t diesel = 1 000 kg × 42 652 kJ/kg / 3 600 = 11 847.78 kWh.
  EXPECT_NEAR(ind[static_cast<int>(Carrier::Oil)].energy_kwh, 11847.78, 0.01);
  EXPECT_TRUE(b.has_row[static_cast<int>(BalanceSector::Industry)]);
  EXPECT_FALSE(b.has_row[static_cast<int>(BalanceSector::Transport)]);
  EXPECT_FALSE(b.has_column[static_cast<int>(Carrier::Gasoline)]);
}

TEST(CalibrationBalance, ReadsChineseHeadersUnitsInHeaderAndBom) {
  const std::string csv =
      "\xEF\xBB\xBF"
      "项目,电力（万千瓦时）,天然气（亿立方米）,热力（万百万千焦）,煤炭(万吨标准煤)\r\n"
      "城乡居民生活消费,1.5,0.5,2,1\r\n"
      "交通运输、仓储和邮政业,3,,,\r\n";
  EnergyBalance b;
  std::vector<std::string> errors;
  ASSERT_TRUE(read_energy_balance(csv, &b, &errors)) << (errors.empty() ? "" : errors[0]);
  const auto& res = b.cells[static_cast<int>(BalanceSector::Residential)];
  EXPECT_DOUBLE_EQ(res[static_cast<int>(Carrier::Electricity)].energy_kwh, 15000.0);
  // 0.5 × 10^8 m³ × 38 931 kJ/m³ / 3 600 = 540 708 333.3 kWh.
  EXPECT_NEAR(res[static_cast<int>(Carrier::NaturalGas)].energy_kwh, 0.5e8 * 38931.0 / 3600.0, 1e-3);
  // 2 × 10^4 GJ × 277.78 = 5 555 555.6 kWh.
  EXPECT_NEAR(res[static_cast<int>(Carrier::DistrictHeat)].energy_kwh, 5555555.56, 0.01);
  // 1 × 10^4 tce = 10^7 kgce × 29 307.6 kJ / 3 600 = 81 410 000 kWh (GB/T 2589-2020: 1 kgce = 29 307.6 kJ).
  EXPECT_NEAR(res[static_cast<int>(Carrier::Coal)].energy_kwh, 81410000.0, 1e-3);
  EXPECT_STREQ(res[static_cast<int>(Carrier::Coal)].unit, "10^4 tce");
  EXPECT_DOUBLE_EQ(b.cells[static_cast<int>(BalanceSector::Transport)][static_cast<int>(Carrier::Electricity)].energy_kwh,
                   30000.0);
}

TEST(CalibrationBalance, RefusesGbkAndUtf16Clearly) {
  // "电力" in GBK is C9 E7 C1 A6: not UTF-8.
  const auto gbk = errors_of("sector,\xC9\xE7\xC1\xA6\nresidential,1\n");
  ASSERT_FALSE(gbk.empty());
  EXPECT_TRUE(any_contains(gbk, "line 1")) << gbk[0];
  EXPECT_TRUE(any_contains(gbk, "GB18030")) << gbk[0];
  const auto utf16 = errors_of(std::string("\xFF\xFE" "s\0e\0", 6));
  EXPECT_TRUE(any_contains(utf16, "UTF-16")) << utf16[0];
}

TEST(CalibrationBalance, NamesLineAndColumnOfBadCells) {
  const std::string head = "sector,electricity (kWh),coal (t)\n";
  EXPECT_TRUE(any_contains(errors_of(head + "residential,abc,1\n"), "line 2: column 'electricity (kWh)': 'abc' is not a number"));
  EXPECT_TRUE(any_contains(errors_of(head + "residential,nan,1\n"), "'nan' is not a number"));
  EXPECT_TRUE(any_contains(errors_of(head + "residential,1,-5\n"), "line 2: column 'coal (t)': negative value"));
  EXPECT_TRUE(any_contains(errors_of(head + "residential,1e14,1\n"), "over 10^13 kWh"));
  EXPECT_TRUE(any_contains(errors_of(head + "agriculture,1,1\n"), "line 2: unknown sector 'agriculture'"));
  EXPECT_TRUE(any_contains(errors_of(head + "residential,1,1\nresidential,2,2\n"), "line 3: sector 'residential' appears twice"));
  EXPECT_TRUE(any_contains(errors_of(head + "residential,1\n"), "line 2: 2 fields, the header has 3"));
  EXPECT_TRUE(any_contains(errors_of(head + "residential,\"1,1\n"), "unterminated quoted field"));
  // Two errors on two lines are both reported.
  const auto two = errors_of(head + "residential,x,1\nindustry,1,y\n");
  EXPECT_EQ(two.size(), 2u);
}

TEST(CalibrationBalance, NamesHeaderAndUnitProblems) {
  EXPECT_TRUE(any_contains(errors_of("name,electricity\n"), "line 1: the header must start with 'sector'"));
  EXPECT_TRUE(any_contains(errors_of("sector,water (t)\n"), "unknown carrier"));
  EXPECT_TRUE(any_contains(errors_of("sector,coal (t),煤炭 (t)\n"), "appears twice"));
  EXPECT_TRUE(any_contains(errors_of("sector,coal (kWh)\nresidential,1\n"), "unit 'kWh' is not one of coal's units"));
  EXPECT_TRUE(any_contains(errors_of("sector,coal\nresidential,1\n"), "line 2: column 'coal' has no unit"));
  EXPECT_TRUE(any_contains(errors_of("sector,coal (t)\nunit,10^4 t\nresidential,1\n"), "the unit row says '10^4 t'"));
  EXPECT_TRUE(any_contains(errors_of(""), "no header line"));
  EXPECT_TRUE(any_contains(errors_of("sector,coal (t)\n"), "no sector rows"));
}

}  // namespace
}  // namespace twin::calibration
