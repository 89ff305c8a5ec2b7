// A weather station's hourly year for one city: an EPW file the user gives with the city's files
// (`carbontwin import --in beijing.epw`, or dropped on the page with them) or for one run (`--epw FILE`).
// The EPW reader (epw_reader.hpp) reads the hours and the station's position; this adds what a person
// needs to tell which station it is — the file's name and the WMO number, which parse_epw does not keep.
// Stored in twin::City (City::weather) and in the city file (section WTHR, docs/city-file.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twin/climate/epw_reader.hpp"
#include "twin/climate/weather.hpp"

namespace twin::climate {

struct StationWeather {
  std::string file_name;  // as the user gave it, e.g. "CHN_Beijing.Beijing.545110_IWEC.epw"
  std::string wmo;        // EPW LOCATION field 6, the WMO station number ("545110"); "" when blank
  WeatherYear year;       // year.location: station name, country, latitude, longitude, time zone, elevation
};

struct StationWeatherRead {
  std::optional<StationWeather> weather;  // set exactly when errors is empty
  std::vector<EpwIssue> errors;           // parse_epw's, each naming the line and the EPW field
  std::vector<EpwIssue> warnings;
};

// `file_name` labels the weather and every message.
StationWeatherRead read_station_weather(std::string_view bytes, std::string_view file_name);

// "BEIJING, CHN (WMO 545110, 39.80° N 116.47° E)": which station, for reports and the UI.
std::string station_label(const StationWeather& weather);

// False when the header's latitude and longitude are both 0: EPW converters write that for a station
// whose position they do not know (a real station in the Gulf of Guinea is not a Chinese city's).
bool station_location_known(const StationWeather& weather);

}  // namespace twin::climate
