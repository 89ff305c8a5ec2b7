// The embedded import defaults equal assets/geo/import_defaults.csv, and every row has a source.
#include "geo/import_defaults.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "geo/attribute_map.hpp"

namespace geo {
namespace {

// Splits one CSV line honouring double quotes (the source column holds commas).
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

TEST(GeoImportDefaults, EmbeddedTableEqualsCsv) {
  std::ifstream in(CT_ASSETS_DIR "/geo/import_defaults.csv");
  ASSERT_TRUE(in) << "cannot open assets/geo/import_defaults.csv";
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "use,storey_height_m,default_floors,source,year");
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto f = csv_fields(line);
    ASSERT_EQ(f.size(), 5u) << line;
    const auto use = building_use_from_name(f[0]);
    ASSERT_TRUE(use) << f[0];
    EXPECT_DOUBLE_EQ(use_defaults(*use).storey_height_m, std::stod(f[1])) << f[0];
    EXPECT_EQ(use_defaults(*use).default_floors, std::stoi(f[2])) << f[0];
    EXPECT_GT(f[3].size(), 20u) << "row " << f[0] << " has no source";
    ++rows;
  }
  EXPECT_EQ(rows, static_cast<int>(twin::BuildingUse::Count));
}

}  // namespace
}  // namespace geo
