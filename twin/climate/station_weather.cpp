// Reading a station's EPW year with its name and WMO number (station_weather.hpp).
#include "twin/climate/station_weather.hpp"

#include <cmath>
#include <cstdio>

namespace twin::climate {
namespace {

// Field `index` (0-based) of the first line, trimmed of blanks; "" when the line is shorter.
// parse_epw has already checked that line (LOCATION with 10 fields) when this is called.
std::string location_field(std::string_view bytes, std::size_t index) {
  std::string_view line = bytes.substr(0, bytes.find('\n'));
  for (std::size_t k = 0; k < index; ++k) {
    const std::size_t comma = line.find(',');
    if (comma == std::string_view::npos) return {};
    line.remove_prefix(comma + 1);
  }
  line = line.substr(0, line.find(','));
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return std::string(line);
}

}  // namespace

StationWeatherRead read_station_weather(std::string_view bytes, std::string_view file_name) {
  StationWeatherRead out;
  EpwReadResult epw = parse_epw(bytes, file_name);
  out.errors = std::move(epw.errors);
  out.warnings = std::move(epw.warnings);
  if (!out.errors.empty()) return out;
  StationWeather w;
  w.file_name = std::string(file_name);
  w.wmo = location_field(bytes, 5);  // LOCATION,city,state,country,source,WMO,lat,lon,tz,elevation
  w.year = std::move(epw.weather);
  out.weather = std::move(w);
  return out;
}

std::string station_label(const StationWeather& weather) {
  const Location& l = weather.year.location;
  std::string s = l.name.empty() ? std::string("unnamed station") : l.name;
  if (!l.country.empty() && l.country != "-") s += ", " + l.country;
  s += " (";
  if (!weather.wmo.empty()) s += "WMO " + weather.wmo + ", ";
  if (station_location_known(weather)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f° %c %.2f° %c", std::fabs(l.latitude_deg), l.latitude_deg < 0 ? 'S' : 'N',
                  std::fabs(l.longitude_deg), l.longitude_deg < 0 ? 'W' : 'E');
    s += buf;
  } else {
    s += "position unknown";
  }
  return s + ")";
}

bool station_location_known(const StationWeather& weather) {
  return weather.year.location.latitude_deg != 0.0 || weather.year.location.longitude_deg != 0.0;
}

}  // namespace twin::climate
