// The embedded archetype table equals assets/buildings/archetypes.csv row by row (both builds:
// wasm tests run with NODERAWFS and read the same file).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "twin/buildings/archetype.hpp"

namespace twin::buildings {
namespace {

std::vector<std::string> split_csv(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (char ch : line) {
    if (ch == '"') quoted = !quoted;
    else if (ch == ',' && !quoted) out.push_back(cur), cur.clear();
    else cur += ch;
  }
  out.push_back(cur);
  return out;
}

TEST(ArchetypeTable, EqualsCsvRowByRow) {
  std::ifstream in(std::string(CT_ASSETS_DIR) + "/buildings/archetypes.csv");
  ASSERT_TRUE(in.good());
  std::string line;
  std::getline(in, line);
  ASSERT_EQ(split_csv(line).size(), 20u);
  const auto rows = archetype_rows();
  std::size_t i = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ASSERT_LT(i, rows.size());
    const auto f = split_csv(line);
    ASSERT_EQ(f.size(), 20u) << "line " << i + 2;
    const Archetype& a = rows[i];
    EXPECT_EQ(f[0], csv_key(a.zone)) << i;
    EXPECT_EQ(f[1], to_string(a.category)) << i;
    EXPECT_EQ(f[2], to_string(a.vintage)) << i;
    const double v[] = {a.u_wall_w_m2k, a.u_roof_w_m2k, a.u_window_w_m2k, a.u_floor_w_m2k, a.window_to_wall,
                        a.window_g, a.air_change_per_h, a.occupancy_w_m2, a.lighting_w_m2, a.equipment_w_m2,
                        a.heating_setpoint_c, a.cooling_setpoint_c, a.hot_water_kwh_m2a, a.cooking_kwh_m2a};
    for (int k = 0; k < 14; ++k) EXPECT_EQ(std::stod(f[3 + k]), v[k]) << "row " << i << " column " << 3 + k;
    EXPECT_EQ(f[17], to_string(a.schedule)) << i;
    EXPECT_EQ(f[18], a.source) << i;
    EXPECT_EQ(std::stoi(f[19]), a.source_year) << i;
    ++i;
  }
  EXPECT_EQ(i, rows.size());
}

TEST(ArchetypeTable, EveryZoneCategoryVintageHasARowAndNewerIsTighter) {
  for (int z = 0; z < 5; ++z)
    for (int c = 0; c < kArchetypeCategoryCount; ++c)
      for (int v = 1; v < kArchetypeVintageCount; ++v) {
        const auto zone = static_cast<climate::ClimateZone>(z);
        const auto cat = static_cast<ArchetypeCategory>(c);
        const Archetype& older = archetype_rows()[archetype_index(zone, cat, static_cast<ArchetypeVintage>(v - 1))];
        const Archetype& newer = archetype_rows()[archetype_index(zone, cat, static_cast<ArchetypeVintage>(v))];
        EXPECT_LE(newer.u_wall_w_m2k, older.u_wall_w_m2k);
        EXPECT_LE(newer.u_window_w_m2k, older.u_window_w_m2k);
      }
  // Seasons: Beijing's district-heating season 15 Nov – 15 Mar.
  const Seasons s = seasons_of(climate::ClimateZone::Cold);
  EXPECT_TRUE(in_heating_season(s, 24 * 318));
  EXPECT_FALSE(in_heating_season(s, 24 * 317));
  EXPECT_TRUE(in_heating_season(s, 24 * 73));
  EXPECT_FALSE(in_heating_season(s, 24 * 74));
  EXPECT_TRUE(is_weekend(24 * 4));   // 5 Jan 2019, a Saturday
  EXPECT_FALSE(is_weekend(24 * 0));  // 1 Jan 2019, a Tuesday
}

}  // namespace
}  // namespace twin::buildings
