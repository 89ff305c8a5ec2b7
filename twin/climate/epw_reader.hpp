// EnergyPlus Weather (EPW) reader. Takes the file's bytes (no file I/O in the core) and returns the
// weather year plus every error and warning found, each naming the 1-based line and the EPW field.
//
// Field numbers are those of the EPW specification (EnergyPlus "Auxiliary Programs", ch. 2.9:
// 1 year, 2 month, 3 day, 4 hour, 5 minute, 6 data source flags, 7 dry bulb, 8 dew point, 9 relative
// humidity, 10 station pressure, 13 horizontal infrared radiation, 14 GHI, 15 DNI, 16 DHI, 21 wind
// direction, 22 wind speed, 24 opaque sky cover, 33 albedo …, 35 in all; files converted from older
// TMY2 data may stop after field 32, which is accepted).
//
// Policy (DESIGN.md: bad input never crashes and never silently drops data):
//  - missing-value codes (99.9 °C, 9999 Wh/m², 999 m/s, …) never become numbers: gaps of up to
//    kEpwMaxInterpolatedGap_h hours are filled by linear interpolation, one warning per gap;
//    longer gaps are errors;
//  - a missing horizontal infrared value is replaced by the Clark–Allen sky model (sky.hpp), with
//    one summary warning; a missing or absent albedo becomes 0.2, with one summary warning;
//  - malformed numbers, wrong field counts, dates/hours out of order, absurd values and a count of
//    data lines other than 8760 (or 8784 for a leap year) are errors; the weather is then empty.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "twin/climate/weather.hpp"

namespace twin::climate {

inline constexpr std::uint32_t kEpwMaxInterpolatedGap_h = 6;

struct EpwIssue {
  std::uint32_t line = 0;  // 1-based line of the file; 0 = the file as a whole
  int field = 0;           // 1-based EPW field number; 0 = the line as a whole
  std::string field_name;  // e.g. "dry bulb temperature"
  std::string message;
};

struct EpwReadResult {
  WeatherYear weather;  // empty (hours() == 0) when there are errors
  std::vector<EpwIssue> errors;
  std::vector<EpwIssue> warnings;
  bool leap_year = false;  // the file has 8784 hours (29 February included)
  bool ok() const { return errors.empty(); }
};

// `file_name` only labels messages and WeatherYear::source.
EpwReadResult parse_epw(std::string_view bytes, std::string_view file_name = {});

// "CHN_Beijing.epw: line 12, field 7 (dry bulb temperature): 'x1.5' is not a number".
std::string to_string(const EpwIssue& issue, std::string_view file_name = {});

}  // namespace twin::climate
