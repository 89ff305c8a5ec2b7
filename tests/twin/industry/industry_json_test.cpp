// The industry year's JSON: valid, complete, and equal to the values it serialises (read back with
// nlohmann-json, which the tests may use; the core writes it by hand).
#include "twin/industry/industry_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "twin/industry/default_plants.hpp"
#include "twin/industry/key_emitters.hpp"

namespace twin::industry {
namespace {

TEST(IndustryJson, DefaultParkRoundTrips) {
  const std::vector<Plant> plants = default_plants();
  IndustryLevers levers;
  levers.ccus_capture_pct = 10.0;
  const IndustryYear year = evaluate_industry_year(plants, {}, levers, {0.5568, 0.396});
  const nlohmann::json j = nlohmann::json::parse(industry_year_json(plants, year));

  EXPECT_EQ(j.at("total").at("net_t").get<double>(), year.total.net_t);
  EXPECT_EQ(j.at("total").at("energy_kwh").at("electricity").get<double>(),
            year.total.energy_kwh[static_cast<int>(Carrier::Electricity)]);
  ASSERT_EQ(j.at("by_sector").size(), static_cast<std::size_t>(kSectorCount));
  EXPECT_EQ(j.at("by_sector").at("cement").at("scope2_t").get<double>(),
            year.sectors[static_cast<int>(Sector::Cement)].scope2_t);
  EXPECT_EQ(j.at("by_sector").at("steel").at("net_t").get<double>(), 0.0);

  ASSERT_EQ(j.at("plants").size(), plants.size());
  const auto& dc = j.at("plants").at(1);
  EXPECT_EQ(dc.at("name").get<std::string>(), plants[1].name);  // UTF-8 name intact
  EXPECT_EQ(dc.at("sector").get<std::string>(), "data_centre");
  EXPECT_EQ(dc.at("sector_zh").get<std::string>(), "数据中心");
  EXPECT_EQ(dc.at("output_unit").get<std::string>(), "MWh IT load");
  EXPECT_TRUE(dc.at("synthetic").get<bool>());
  EXPECT_TRUE(dc.at("lon").is_null());  // the default park has local coordinates only
  EXPECT_EQ(dc.at("x_m").get<double>(), plants[1].x_m);
  EXPECT_EQ(dc.at("account").at("captured_t").get<double>(), 0.0);  // no scope-1 CO2 to capture
  const auto ranked = rank_key_emitters(year);
  for (const KeyEmitter& k : ranked) {
    const auto& p = j.at("plants").at(k.plant);
    EXPECT_EQ(p.at("rank").get<int>(), k.rank);
    EXPECT_EQ(p.at("share").get<double>(), k.share);
    EXPECT_EQ(p.at("above_ets_threshold").get<bool>(), k.above_ets_threshold);
    EXPECT_EQ(p.at("account").at("net_t").get<double>(), year.plants[k.plant].account.net_t);
  }
}

}  // namespace
}  // namespace twin::industry
