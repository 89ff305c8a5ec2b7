// ASHRAE Standard 140-2020 Cases 600, 900, 600FF, 900FF on the Denver TMY3 weather the standard
// prescribes, checked against the min–max of the example results of the reference programs
// (BSIMAC, CSE, DeST, EnergyPlus, ESP-r, TRNSYS; Informative Annex B8, Tables B8-1 … B8-5), read
// from the CSV in the shared data folder. The standard itself says these ranges are not acceptance
// criteria; they are what the model's physics should land in without tuning. Native build only:
// the weather and reference files are read from disk.
//
// Known deviation (no fudge factor was tuned; see twin/buildings/README.md): Case 600 peak cooling
// (22 January, 13–14 h) lands 1.2 % above the reference maximum. It is pinned here with its
// margin, so that a regression (or an improvement) shows; everything else must be inside the range.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "twin/buildings/zone_simulation.hpp"
#include "twin/climate/epw_reader.hpp"

namespace twin::buildings {
namespace {

#ifdef CT_SHARED_DATA_DIR
std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Splits one CSV line; quoted fields may contain commas.
std::vector<std::string> split_csv(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) out.emplace_back();
    else if (c != '\r') out.back() += c;
  }
  return out;
}

struct Range {
  double min = 0, max = 0;
};

// Key: "<table> <case prefix>", e.g. "B8-1 600", "B8-5 600FF max".
std::map<std::string, Range> reference_ranges() {
  std::map<std::string, Range> ranges;
  std::istringstream csv(read_bytes(std::string(CT_SHARED_DATA_DIR) +
                                    "/buildings_ashrae140/ashrae140_2020_case600_900_example_results.csv"));
  std::string line;
  std::getline(csv, line);
  const std::vector<std::string> header = split_csv(line);
  const auto column = [&](const char* name) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    return header.size();
  };
  const std::size_t c_min = column("min"), c_max = column("max");
  while (std::getline(csv, line)) {
    const std::vector<std::string> f = split_csv(line);
    if (f.size() <= std::max(c_min, c_max)) continue;
    const std::string case_id = f[1].substr(0, f[1].find(' '));
    std::string key = f[0] + " " + case_id;
    if (f[0] == "B8-5") key += f[2].rfind("maximum", 0) == 0 ? " max" : f[2].rfind("minimum", 0) == 0 ? " min" : " mean";
    ranges[key] = Range{std::stod(f[c_min]), std::stod(f[c_max])};
  }
  return ranges;
}

const climate::WeatherYear& denver() {
  static const climate::WeatherYear weather = [] {
    const climate::EpwReadResult r = climate::parse_epw(
        read_bytes(std::string(CT_SHARED_DATA_DIR) + "/weather/ashrae140_denver/725650TYCST.epw"), "725650TYCST.epw");
    EXPECT_TRUE(r.ok());
    return r.weather;
  }();
  return weather;
}

// Relative margin above the reference maximum accepted for a known deviation (value today in the
// comment). Heating 600 (4.492 vs max 4.504) and peak heating 600 (3.339 vs 3.359) are inside but
// within 0.3 % / 0.6 % of the maximum.
const std::map<std::string, double> kKnownExcessAboveMax = {
    {"B8-4 600", 0.015},  // 6.560 kW vs max 6.481 (+1.2 %): the 22 January early-afternoon peak
};

void expect_in(const std::map<std::string, Range>& ranges, const std::string& key, double value) {
  ASSERT_TRUE(ranges.count(key)) << "no reference row " << key;
  const Range r = ranges.at(key);
  const auto known = kKnownExcessAboveMax.find(key);
  const double excess = known == kKnownExcessAboveMax.end() ? 0.0 : known->second;
  std::printf("  %-14s %9.3f   reference %8.3f … %8.3f%s\n", key.c_str(), value, r.min, r.max,
              value > r.max ? "   ABOVE MAX (known deviation)" : "");
  EXPECT_GE(value, r.min) << key;
  EXPECT_LE(value, r.max + excess * std::abs(r.max)) << key;
}
#endif

TEST(BestestZone, Case600WithinReferenceRange) {
#ifndef CT_SHARED_DATA_DIR
  GTEST_SKIP() << "the ASHRAE 140 weather and reference results are read from the shared data folder, native build only";
#else
  const auto ranges = reference_ranges();
  const ZoneResult r = simulate_zone(default_zone_spec(), denver());
  ASSERT_TRUE(r.errors.empty()) << r.errors.front();
  expect_in(ranges, "B8-1 600", r.heating_mwh);
  expect_in(ranges, "B8-2 600", r.cooling_mwh);
  expect_in(ranges, "B8-3 600", r.peak_heating_kw);
  expect_in(ranges, "B8-4 600", r.peak_cooling_kw);
#endif
}

TEST(BestestZone, Case900WithinReferenceRange) {
#ifndef CT_SHARED_DATA_DIR
  GTEST_SKIP() << "the ASHRAE 140 weather and reference results are read from the shared data folder, native build only";
#else
  const auto ranges = reference_ranges();
  const ZoneResult r = simulate_zone(bestest_case900_spec(), denver());
  ASSERT_TRUE(r.errors.empty()) << r.errors.front();
  expect_in(ranges, "B8-1 900", r.heating_mwh);
  expect_in(ranges, "B8-2 900", r.cooling_mwh);
  expect_in(ranges, "B8-3 900", r.peak_heating_kw);
  expect_in(ranges, "B8-4 900", r.peak_cooling_kw);
#endif
}

TEST(BestestZone, FreeFloatCasesWithinReferenceRange) {
#ifndef CT_SHARED_DATA_DIR
  GTEST_SKIP() << "the ASHRAE 140 weather and reference results are read from the shared data folder, native build only";
#else
  const auto ranges = reference_ranges();
  for (const auto& [id, base] : {std::pair{std::string("600FF"), default_zone_spec()},
                                 std::pair{std::string("900FF"), bestest_case900_spec()}}) {
    ZoneSpec spec = base;
    spec.hvac_enabled = false;
    const ZoneResult r = simulate_zone(spec, denver());
    ASSERT_TRUE(r.errors.empty()) << r.errors.front();
    expect_in(ranges, "B8-5 " + id + " max", r.max_air_temperature_c);
    expect_in(ranges, "B8-5 " + id + " min", r.min_air_temperature_c);
    expect_in(ranges, "B8-5 " + id + " mean", r.mean_air_temperature_c);
  }
#endif
}

}  // namespace
}  // namespace twin::buildings
