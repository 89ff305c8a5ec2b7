// The embedded demand tables equal assets/transport/*.csv row for row (value, unit, year, source),
// and every parameter the model needs is in them exactly once.
#include "twin/transport/demand_tables.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/transport/demand_parameters.hpp"

namespace twin::transport {
namespace {

void expect_equal(const std::string& file, std::span<const DemandTableRow> rows) {
  const std::string text = test::read_text_file(std::string(CT_ASSETS_DIR) + "/transport/" + file);
  ASSERT_FALSE(text.empty()) << "cannot read " << file;
  const std::vector<test::CsvRow> csv = test::parse_csv(text);
  ASSERT_EQ(csv.size(), rows.size()) << file;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const DemandTableRow& row = rows[i];
    EXPECT_EQ(csv[i].at("key"), row.key) << file << " row " << i;
    EXPECT_EQ(csv[i].at("scope"), row.scope) << file << " row " << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), row.value) << file << " row " << i << " " << row.key;
    EXPECT_EQ(csv[i].at("unit"), row.unit) << file << " row " << i;
    EXPECT_EQ(std::stoi(csv[i].at("year")), row.year) << file << " row " << i;
    EXPECT_EQ(csv[i].at("source"), row.source) << file << " row " << i;
    EXPECT_FALSE(std::string(row.source).empty()) << file << " row " << i;
  }
}

TEST(TravelDemandTables, TripRatesEqualTheAssetCsv) { expect_equal("trip_rates.csv", trip_rate_rows()); }

TEST(TravelDemandTables, ModeChoiceParametersEqualTheAssetCsv) {
  expect_equal("mode_choice_parameters.csv", mode_choice_parameter_rows());
}

TEST(TravelDemandTables, EveryParameterIsPresentOnce) {
  std::string error;
  const DemandParameters p = demand_parameters_from_rows(trip_rate_rows(), mode_choice_parameter_rows(), &error);
  EXPECT_EQ(error, "");
  EXPECT_EQ(p.mode.asc[static_cast<int>(Mode::Walk)], 0.0);  // the reference alternative
  double share_sum = 0.0;
  for (double s : p.mode.target_share) share_sum += s;
  EXPECT_NEAR(share_sum, 1.0, 1e-12);

  // A missing row and a duplicated row are reported by name.
  std::vector<DemandTableRow> rows(mode_choice_parameter_rows().begin(), mode_choice_parameter_rows().end());
  rows.pop_back();
  demand_parameters_from_rows(trip_rate_rows(), rows, &error);
  EXPECT_NE(error.find("missing parameter offpeak_headway_factor"), std::string::npos) << error;
  error.clear();
  rows.push_back(rows.front());
  rows.push_back(mode_choice_parameter_rows().back());
  demand_parameters_from_rows(trip_rate_rows(), rows, &error);
  EXPECT_NE(error.find("duplicated parameter asc"), std::string::npos) << error;
}

// About 2.5 trips per resident per day with the default city's 0.5 jobs per resident, HBW about 36 %.
TEST(TravelDemandTables, TripRatesGiveAboutTwoAndAHalfTripsPerResident) {
  const DemandParameters& p = default_demand_parameters();
  double total = 0.0;
  for (const PurposeParameters& q : p.purpose) total += q.production_per_resident + 0.5 * q.production_per_job;
  EXPECT_GT(total, 2.3);
  EXPECT_LT(total, 2.7);
  EXPECT_NEAR(p.purpose[0].production_per_resident / total, 0.36, 0.03);
}

}  // namespace
}  // namespace twin::transport
