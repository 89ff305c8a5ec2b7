// The plant list reader: a good file with every kind of column, and each error path named by line and
// field (unknown sector, negative output, NaN, missing columns, duplicate names, GBK, UTF-16, …).
#include "twin/industry/plant_csv.hpp"

#include <gtest/gtest.h>

#include <string>

namespace twin::industry {
namespace {

constexpr const char* kHeader = "name,sector,output,x_m,y_m\n";

// The first error's line and field, and whether its message contains `text`.
void expect_error(const PlantCsvResult& r, int line, const std::string& field, const std::string& text) {
  ASSERT_FALSE(r.errors.empty()) << "expected an error about " << field;
  const PlantCsvIssue& e = r.errors.front();
  EXPECT_EQ(e.line, line) << e.message;
  EXPECT_EQ(e.field, field) << e.message;
  EXPECT_NE(e.message.find(text), std::string::npos) << "message: " << e.message;
}

TEST(IndustryPlantCsv, ReadsAGoodFileWithBomQuotesChineseNamesAndEnergy) {
  const std::string text =
      "\xEF\xBB\xBF"
      "name,sector,route,output,output_unit,lon,lat,x_m,y_m,electricity_mwh,coal_t,coke_t,natural_gas_km3,oil_t,"
      "heat_gj,hydrogen_t,process_co2_t,synthetic,note\r\n"
      "\"Steel, No. 1\",钢铁,steel_bf_bof,2000000,t crude steel,116.3,39.9,,,900000,300000,600000,5000,100,,,"
      "120000,0,\"a \"\"quoted\"\" note\"\r\n"
      "\r\n"
      "Cloud DC,data_centre,,50000,,,,1200,-3400,,,,,,,,,yes,\n"
      ",,,,,,,,,,,,,,,,,,\n";  // a spreadsheet's empty row: skipped like a blank line
  const PlantCsvResult r = read_plants_csv(text);
  ASSERT_TRUE(r.ok()) << r.errors.front().message;
  EXPECT_TRUE(r.warnings.empty());
  ASSERT_EQ(r.plants.size(), 2u);
  EXPECT_EQ(r.rows_read, 2u);
  EXPECT_EQ(r.rows_skipped, 0u);

  const Plant& s = r.plants[0];
  EXPECT_EQ(s.name, "Steel, No. 1");
  EXPECT_EQ(s.sector, Sector::Steel);
  EXPECT_EQ(s.route, Route::SteelBfBof);
  EXPECT_EQ(s.line, 2);
  EXPECT_TRUE(s.has_lonlat);
  EXPECT_FALSE(s.has_xy);
  EXPECT_EQ(s.lon_deg, 116.3);
  EXPECT_EQ(s.output, 2.0e6);
  EXPECT_TRUE(s.has_energy);
  // 900 000 MWh = 9e8 kWh; coal 300 000 t × 20 908 kJ/kg / 3600; coke 600 000 t × 28 435 kJ/kg / 3600;
  // gas 5000 thousand m³ × 38 931 kJ/m³ / 3600; oil 100 t × 42 652 kJ/kg / 3600.
  EXPECT_EQ(s.energy_kwh[static_cast<int>(Carrier::Electricity)], 9.0e8);
  EXPECT_NEAR(s.energy_kwh[static_cast<int>(Carrier::Coal)], 3.0e8 * 20908.0 / 3600.0, 1e-3);
  EXPECT_NEAR(s.energy_kwh[static_cast<int>(Carrier::Coke)], 6.0e8 * 28435.0 / 3600.0, 1e-3);
  EXPECT_NEAR(s.energy_kwh[static_cast<int>(Carrier::NaturalGas)], 5.0e6 * 38931.0 / 3600.0, 1e-3);
  EXPECT_NEAR(s.energy_kwh[static_cast<int>(Carrier::Oil)], 1.0e5 * 42652.0 / 3600.0, 1e-6);
  EXPECT_EQ(s.energy_kwh[static_cast<int>(Carrier::Heat)], 0.0);
  EXPECT_TRUE(s.has_process);
  EXPECT_EQ(s.process_co2_t, 120000.0);
  EXPECT_FALSE(s.synthetic);

  const Plant& d = r.plants[1];
  EXPECT_EQ(d.line, 4);  // the blank line 3 is skipped but counted
  EXPECT_EQ(d.sector, Sector::DataCentre);
  EXPECT_EQ(d.route, Route::DataCentre);  // the sector's default route
  EXPECT_TRUE(d.has_xy);
  EXPECT_EQ(d.y_m, -3400.0);
  EXPECT_FALSE(d.has_energy);
  EXPECT_FALSE(d.has_process);
  EXPECT_TRUE(d.synthetic);
}

TEST(IndustryPlantCsv, UnknownSectorNamesLineAndField) {
  const auto r = read_plants_csv(std::string(kHeader) + "a,cement,10,0,0\nb,brewery,10,0,0\n");
  expect_error(r, 3, "sector", "'brewery' is not a known sector");
  EXPECT_EQ(r.plants.size(), 1u);  // the good row is kept …
  EXPECT_EQ(r.rows_skipped, 1u);   // … and the refused one counted, never silently dropped
}

TEST(IndustryPlantCsv, NegativeNanInfiniteAndAbsurdOutputs) {
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,-5,0,0\n"), 2, "output", "negative");
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,NaN,0,0\n"), 2, "output", "NaN");
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,inf,0,0\n"), 2, "output", "infinite");
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,1e12,0,0\n"), 2, "output", "not a plausible");
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,12t,0,0\n"), 2, "output", "'12t' is not a number");
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,,0,0\n"), 2, "output", "is empty");
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,0,0,0\n"), 2, "output", "is 0");
  expect_error(read_plants_csv("name,sector,output,x_m,y_m,coal_t\na,cement,5,0,0,-1\n"), 2, "coal_t", "negative");
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,5,0,2e6\n"), 2, "y_m", "not a plausible");
}

TEST(IndustryPlantCsv, MissingColumnsAreNamed) {
  expect_error(read_plants_csv("name,sector,x_m,y_m\na,cement,0,0\n"), 1, "output", "required column is missing");
  expect_error(read_plants_csv("name,sector,output\na,cement,5\n"), 1, "", "lon and lat, or x_m and y_m");
  expect_error(read_plants_csv("name,sector,output,x_m,x_m,y_m\n"), 1, "x_m", "appears twice");
}

TEST(IndustryPlantCsv, DuplicateNamesPointToTheFirst) {
  const auto r = read_plants_csv(std::string(kHeader) + "kiln,cement,1,0,0\nmill,cement,1,0,0\nkiln,cement,2,0,0\n");
  expect_error(r, 4, "name", "duplicate of the plant on line 2");
  EXPECT_EQ(r.plants.size(), 2u);
}

TEST(IndustryPlantCsv, GbkAndUtf16AreRefusedWithAHint) {
  // "钢铁" in GBK is B8 D6 CC FA: not UTF-8.
  const auto gbk = read_plants_csv(std::string(kHeader) + "a,cement,1,0,0\nb,\xB8\xD6\xCC\xFA,1,0,0\n");
  expect_error(gbk, 3, "", "GBK");
  EXPECT_TRUE(gbk.plants.empty());
  expect_error(read_plants_csv(std::string("\xFF\xFEn\0a\0", 6)), 1, "", "UTF-16");
}

TEST(IndustryPlantCsv, MalformedRecords) {
  expect_error(read_plants_csv(std::string(kHeader) + "a,cement,1,0\n"), 2, "", "has 4 fields, the header has 5");
  expect_error(read_plants_csv(std::string(kHeader) + "\"a,cement,1,0,0\n"), 2, "", "never closed");
  expect_error(read_plants_csv(""), 0, "", "empty");
  expect_error(read_plants_csv(kHeader), 0, "", "no plant rows");
  expect_error(read_plants_csv(std::string(kHeader) + ",cement,1,0,0\n"), 2, "name", "is empty");
}

TEST(IndustryPlantCsv, RouteUnitLocationAndFlagChecks) {
  expect_error(read_plants_csv("name,sector,route,output,x_m,y_m\na,cement,steel_eaf,1,0,0\n"), 2, "route",
               "belongs to sector steel");
  expect_error(read_plants_csv("name,sector,route,output,x_m,y_m\na,cement,kiln,1,0,0\n"), 2, "route",
               "'kiln' is not a known route");
  expect_error(read_plants_csv("name,sector,output,output_unit,x_m,y_m\na,cement,1,t cement,0,0\n"), 2,
               "output_unit", "whose output is in 't clinker'");
  expect_error(read_plants_csv("name,sector,output,lon,lat,x_m,y_m\na,cement,1,116,,,\n"), 2, "lat",
               "give both lon and lat");
  expect_error(read_plants_csv("name,sector,output,lon,lat\na,cement,1,,\n"), 2, "", "has no location");
  expect_error(read_plants_csv("name,sector,output,lon,lat\na,cement,1,200,30\n"), 2, "lon", "above 180");
  expect_error(read_plants_csv("name,sector,output,x_m,y_m,synthetic\na,cement,1,0,0,maybe\n"), 2, "synthetic",
               "'maybe'");
}

TEST(IndustryPlantCsv, WarningsForUnknownColumnsAndImplausibleIntensity) {
  // A grinding plant reporting 38 000 MWh for 1000 t cement is 38 000 kWh/t, 1000 × the route's 38:
  // probably kWh typed in the MWh column. Read, but warned.
  const auto r = read_plants_csv(
      "name,sector,route,output,x_m,y_m,electricity_mwh,colour\n"
      "mill,cement,cement_grinding,1000,0,0,38000,red\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.plants.size(), 1u);
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0].field, "colour");
  EXPECT_EQ(r.warnings[1].line, 2);
  EXPECT_NE(r.warnings[1].message.find("check the units"), std::string::npos);
}

TEST(IndustryPlantCsv, TheDocumentationExampleReads) {
  // The example of docs/industry-plants.md, verbatim.
  const auto r = read_plants_csv(
      "name,sector,route,output,lon,lat,electricity_mwh,coal_t,process_co2_t\n"
      "\"Steel, No. 1\",钢铁,steel_bf_bof,2000000,116.30,39.90,900000,300000,120000\n"
      "Cloud DC,data_centre,,50000,116.41,39.95,,,\n");
  ASSERT_TRUE(r.ok()) << r.errors.front().message;
  ASSERT_EQ(r.plants.size(), 2u);
  EXPECT_EQ(r.plants[0].sector, Sector::Steel);
  EXPECT_TRUE(r.plants[1].has_lonlat);
}

}  // namespace
}  // namespace twin::industry
