// Reading the EPW files among an import's inputs (weather_input.hpp).
#include "geo/weather_input.hpp"

#include "geo/input_format.hpp"

namespace geo {

Issue epw_issue(const twin::climate::EpwIssue& issue, const std::string& file_name) {
  std::string place = issue.line == 0 ? std::string() : "line " + std::to_string(issue.line);
  if (issue.field > 0)
    place += (place.empty() ? "" : ", ") + ("field " + std::to_string(issue.field) + " (" + issue.field_name + ")");
  return Issue{file_name, place, issue.message};
}

WeatherInput read_weather_input(const std::vector<ImportFile>& files) {
  WeatherInput out;
  for (const ImportFile& f : files) {
    std::string unused;
    if (detect_input_format(f.name, f.bytes, &unused) != InputFormat::Epw) continue;
    twin::climate::StationWeatherRead r = twin::climate::read_station_weather(f.bytes, f.name);
    ImportFileSummary s;
    s.file = f.name;
    s.format = to_string(InputFormat::Epw);
    s.bytes = f.bytes.size();
    s.errors = r.errors.size();
    s.warnings = r.warnings.size();
    for (const auto& e : r.errors) out.errors.push_back(epw_issue(e, f.name));
    for (const auto& w : r.warnings) out.warnings.push_back(epw_issue(w, f.name));
    if (r.weather) {
      s.counts.emplace_back("hours", r.weather->year.hours());
      if (out.weather) {
        ++s.errors;
        out.errors.push_back(Issue{f.name, "", "a city has one weather year and " + out.weather->file_name +
                                                   " gives it already: give one EPW file"});
      } else {
        out.weather = std::move(r.weather);
      }
    }
    out.files.push_back(std::move(s));
  }
  return out;
}

}  // namespace geo
