// The city's own weather among the files of an import: an EnergyPlus weather file (.epw) given with the
// map layers (`carbontwin import --in city.osm --in beijing.epw`, or dropped on the page with them) is
// read by the EPW reader (twin/climate/station_weather.hpp) and becomes City::weather. Its errors and
// warnings are reported like any file's (file, "line N, field F (name)", what); a city has one weather
// year, so a second EPW is an error.
#pragma once

#include <optional>
#include <vector>

#include "geo/city_import.hpp"
#include "geo/feature.hpp"
#include "geo/import_report.hpp"
#include "twin/climate/station_weather.hpp"

namespace geo {

struct WeatherInput {
  std::optional<twin::climate::StationWeather> weather;  // none: no EPW given, or it had errors
  std::vector<Issue> errors;
  std::vector<Issue> warnings;
  std::vector<ImportFileSummary> files;  // one per EPW given (format "epw", counts: hours)
};

// Reads every file detect_input_format calls Epw; other files are left alone.
WeatherInput read_weather_input(const std::vector<ImportFile>& files);

// An EPW reader issue as an import Issue: place "line 12, field 7 (dry bulb temperature)".
Issue epw_issue(const twin::climate::EpwIssue& issue, const std::string& file_name);

}  // namespace geo
