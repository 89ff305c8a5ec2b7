#include "twin/climate/epw_reader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "twin/climate/sky.hpp"

namespace twin::climate {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kMaxErrors = 50;  // past this, one summary line: a broken file says enough
constexpr std::uint32_t kHeaderLines = 8;
constexpr std::uint32_t kMaxHours = 8784;  // a leap year
constexpr double kDefaultAlbedo = 0.2;

// The fields read, in the EPW specification's numbering. A value at or above `missing_from` is the
// field's missing-value code; a value outside [min, max] otherwise is absurd and an error.
struct FieldSpec {
  int number;
  const char* name;
  double missing_from;
  double min;
  double max;
};
enum Column { kDryBulb, kDewPoint, kRh, kPressure, kIr, kGhi, kDni, kDhi, kWindDir, kWindSpeed, kOpaque, kAlbedo, kColumns };
constexpr std::array<FieldSpec, kColumns> kFields = {{
    {7, "dry bulb temperature", 99.9, -90.0, 70.0},
    {8, "dew point temperature", 99.9, -90.0, 70.0},
    {9, "relative humidity", 999.0, 0.0, 110.0},
    {10, "atmospheric station pressure", 999999.0, 31000.0, 120000.0},
    {13, "horizontal infrared radiation intensity", 9999.0, 0.0, 1000.0},
    {14, "global horizontal radiation", 9999.0, 0.0, 1500.0},
    {15, "direct normal radiation", 9999.0, 0.0, 1500.0},
    {16, "diffuse horizontal radiation", 9999.0, 0.0, 1200.0},
    {21, "wind direction", 999.0, 0.0, 360.0},
    {22, "wind speed", 999.0, 0.0, 40.0},
    {24, "opaque sky cover", 99.0, 0.0, 10.0},
    {33, "albedo", 999.0, 0.0, 1.0},
}};
constexpr std::array<const char*, 5> kDateFieldNames = {"year", "month", "day", "hour", "minute"};
constexpr std::size_t kMinFields = 32;  // older TMY2-derived files end after "days since last snowfall"
constexpr std::size_t kMaxFields = 35;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = line.find(sep, start);
    if (comma == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, comma - start));
    start = comma + 1;
  }
}

// Strict decimal grammar [+-]digits[.digits][(e|E)[+-]digits], then strtod (correctly rounded in
// glibc and musl alike). Returns false for anything else, e.g. "1x.5", "", "--3".
bool parse_number(std::string_view text, double& value) {
  text = trim(text);
  std::size_t i = 0;
  const std::size_t n = text.size();
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  if (i < n && text[i] == '.') {
    ++i;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t exp_digits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  if (i != n || n > 40) return false;
  char buffer[48];
  text.copy(buffer, n);
  buffer[n] = '\0';
  value = std::strtod(buffer, nullptr);
  return std::isfinite(value);
}

bool parse_int(std::string_view text, int& value) {
  double d = 0;
  if (!parse_number(text, d) || d != std::floor(d) || std::fabs(d) > 1e6) return false;
  value = static_cast<int>(d);
  return true;
}

int days_in_month(int month, bool leap) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

struct Reader {
  std::vector<EpwIssue> errors;
  std::vector<EpwIssue> warnings;
  std::size_t suppressed = 0;

  void error(std::uint32_t line, int field, std::string name, std::string message) {
    if (errors.size() < kMaxErrors) {
      errors.push_back({line, field, std::move(name), std::move(message)});
    } else {
      ++suppressed;
    }
  }
  void warn(std::uint32_t line, int field, std::string name, std::string message) {
    warnings.push_back({line, field, std::move(name), std::move(message)});
  }
};

std::string quoted(std::string_view s) { return "'" + std::string(trim(s)) + "'"; }

// Fills NaN runs of `col` (cyclic over the year: a typical year wraps) by linear interpolation.
// Runs longer than `max_gap` are errors when `max_gap` > 0; with max_gap == 0 any run is filled.
void fill_gaps(std::vector<double>& col, const FieldSpec& spec, std::uint32_t max_gap, Reader& r) {
  const std::size_t n = col.size();
  std::size_t first_valid = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (!std::isnan(col[i])) {
      first_valid = i;
      break;
    }
  }
  if (first_valid == n) {
    r.error(0, spec.number, spec.name, "no valid value in the whole year");
    return;
  }
  // Walk the year once starting at a valid hour, so every gap has a valid hour on each side.
  std::size_t k = 0;
  while (k < n) {
    const std::size_t i = (first_valid + k) % n;
    if (!std::isnan(col[i])) {
      ++k;
      continue;
    }
    const std::size_t before = (i + n - 1) % n;
    std::size_t len = 0;
    while (len < n && std::isnan(col[(i + len) % n])) ++len;
    const std::size_t after = (i + len) % n;
    const auto first_line = static_cast<std::uint32_t>(kHeaderLines + 1 + i);
    const auto last_line = static_cast<std::uint32_t>(kHeaderLines + 1 + (i + len - 1) % n);
    const std::string where = std::to_string(len) + " hour(s), lines " + std::to_string(first_line) +
                              "–" + std::to_string(last_line);
    if (max_gap > 0 && len > max_gap) {
      r.error(first_line, spec.number, spec.name,
              "missing-value code on " + where + "; at most " + std::to_string(max_gap) +
                  " consecutive hours can be interpolated");
    } else {
      for (std::size_t j = 0; j < len; ++j) {
        const double t = static_cast<double>(j + 1) / static_cast<double>(len + 1);
        col[(i + j) % n] = col[before] + (col[after] - col[before]) * t;
      }
      if (max_gap > 0) {
        r.warn(first_line, spec.number, spec.name,
               "missing-value code on " + where + ": filled by linear interpolation");
      }
    }
    k += len;
  }
}

bool parse_location(std::string_view line, Location& loc, Reader& r) {
  const auto f = split(line, ',');
  if (f.empty() || trim(f[0]) != "LOCATION") {
    r.error(1, 1, "LOCATION", "the first line must be the LOCATION header");
    return false;
  }
  if (f.size() < 10) {
    r.error(1, 0, "LOCATION", "has " + std::to_string(f.size()) + " fields; 10 expected");
    return false;
  }
  struct Num { std::size_t index; const char* name; double min; double max; double* out; };
  const std::array<Num, 4> nums = {{{6, "latitude", -90, 90, &loc.latitude_deg},
                                    {7, "longitude", -180, 180, &loc.longitude_deg},
                                    {8, "time zone", -12, 14, &loc.time_zone_h},
                                    {9, "elevation", -1000, 9999.9, &loc.elevation_m}}};
  bool ok = true;
  for (const Num& num : nums) {
    double v = 0;
    if (!parse_number(f[num.index], v)) {
      r.error(1, static_cast<int>(num.index + 1), num.name, quoted(f[num.index]) + " is not a number");
      ok = false;
    } else if (v < num.min || v > num.max) {
      r.error(1, static_cast<int>(num.index + 1), num.name, quoted(f[num.index]) + " is out of range");
      ok = false;
    } else {
      *num.out = v;
    }
  }
  loc.name = std::string(trim(f[1]));
  loc.country = std::string(trim(f[3]));
  return ok;
}

}  // namespace

std::string to_string(const EpwIssue& issue, std::string_view file_name) {
  std::string s = file_name.empty() ? std::string() : std::string(file_name) + ": ";
  s += issue.line == 0 ? std::string("file") : "line " + std::to_string(issue.line);
  if (issue.field > 0) s += ", field " + std::to_string(issue.field) + " (" + issue.field_name + ")";
  return s + ": " + issue.message;
}

EpwReadResult parse_epw(std::string_view bytes, std::string_view file_name) {
  Reader r;
  EpwReadResult result;
  // Lines are counted before they are split: the reader keeps ~110 bytes per line, so 100 MB of
  // short lines would otherwise cost gigabytes. Trailing blank lines are not counted (see below).
  const std::size_t last = bytes.find_last_not_of(" \t\r\n");
  std::size_t line_count = 0;
  if (last != std::string_view::npos)
    line_count = 1 + static_cast<std::size_t>(std::count(bytes.data(), bytes.data() + last, '\n'));
  if (line_count > kHeaderLines + kMaxHours) {
    r.error(kHeaderLines + kMaxHours + 1, 0, "",
            "the file has " + std::to_string(line_count) + " lines (" + std::to_string(bytes.size()) +
                " bytes); an EPW file has 8 header lines and 8760 hourly records (8784 for a leap year)");
    result.errors = std::move(r.errors);
    return result;
  }
  std::vector<std::string_view> lines = split(bytes, '\n');
  while (!lines.empty() && trim(lines.back()).empty()) lines.pop_back();
  if (lines.size() < kHeaderLines) {
    r.error(static_cast<std::uint32_t>(lines.size()), 0, "",
            "the file has " + std::to_string(lines.size()) + " lines; an EPW file has 8 header lines and 8760 hours");
    result.errors = std::move(r.errors);
    return result;
  }
  Location loc;
  parse_location(lines[0], loc, r);
  {
    const auto f = split(lines[7], ',');
    int per_hour = 0;
    if (trim(f[0]) != "DATA PERIODS") {
      r.error(8, 1, "DATA PERIODS", "line 8 must be the DATA PERIODS header");
    } else if (f.size() < 3 || !parse_int(f[2], per_hour) || per_hour != 1) {
      r.error(8, 3, "records per hour", "only hourly files (1 record per hour) are read");
    }
  }

  const std::size_t n = lines.size() - kHeaderLines;
  const bool leap = n == 8784;
  std::array<std::vector<double>, kColumns> cols;
  for (auto& c : cols) c.assign(n, kNaN);
  bool order_ok = true;
  int month = 1, day = 1, hour = 1;  // the expected date of the next line
  for (std::size_t i = 0; i < n; ++i) {
    const auto line_no = static_cast<std::uint32_t>(kHeaderLines + 1 + i);
    const auto f = split(lines[kHeaderLines + i], ',');
    if (f.size() < kMinFields || f.size() > kMaxFields) {
      r.error(line_no, 0, "", "has " + std::to_string(f.size()) + " fields; " + std::to_string(kMinFields) +
                                  " to " + std::to_string(kMaxFields) + " expected");
      order_ok = false;  // a truncated line's date cannot be trusted either
      continue;
    }
    std::array<int, 5> date{};
    bool date_ok = true;
    for (std::size_t k = 0; k < 5; ++k) {
      if (!parse_int(f[k], date[k])) {
        r.error(line_no, static_cast<int>(k + 1), kDateFieldNames[k], quoted(f[k]) + " is not an integer");
        date_ok = false;
      }
    }
    if (date_ok && order_ok && (date[1] != month || date[2] != day || date[3] != hour)) {
      const int field = date[1] != month ? 2 : date[2] != day ? 3 : 4;
      r.error(line_no, field, kDateFieldNames[static_cast<std::size_t>(field - 1)],
              "out of order: expected " + std::to_string(month) + "/" + std::to_string(day) + " hour " +
                  std::to_string(hour) + ", found " + std::to_string(date[1]) + "/" + std::to_string(date[2]) +
                  " hour " + std::to_string(date[3]));
      order_ok = false;
    }
    if (++hour > 24) {
      hour = 1;
      if (++day > days_in_month(month, leap)) {
        day = 1;
        month = month % 12 + 1;
      }
    }
    for (std::size_t c = 0; c < kColumns; ++c) {
      const FieldSpec& spec = kFields[c];
      const auto index = static_cast<std::size_t>(spec.number - 1);
      if (index >= f.size()) continue;  // optional trailing field (albedo) absent
      double v = 0;
      if (!parse_number(f[index], v)) {
        if (c == kAlbedo && trim(f[index]).empty()) continue;
        r.error(line_no, spec.number, spec.name, quoted(f[index]) + " is not a number");
        continue;
      }
      if (v >= spec.missing_from) continue;  // stays NaN: filled or reported below
      if (c == kAlbedo && v <= 0.0) continue;  // many files write 0 for "not measured"
      if (v < spec.min || v > spec.max) {
        r.error(line_no, spec.number, spec.name, quoted(f[index]) + " is outside the plausible range [" +
                                                     std::to_string(spec.min) + ", " + std::to_string(spec.max) + "]");
        continue;
      }
      cols[c][i] = v;
    }
  }
  if (n != 8760 && n != 8784) {
    r.error(static_cast<std::uint32_t>(lines.size()), 0, "",
            "the file ends after " + std::to_string(n) + " hourly records; 8760 expected (8784 for a leap year)");
  }
  if (r.errors.empty()) {
    for (Column c : {kDryBulb, kDewPoint, kRh, kPressure, kGhi, kDni, kDhi, kWindDir, kWindSpeed}) {
      fill_gaps(cols[c], kFields[c], kEpwMaxInterpolatedGap_h, r);
    }
  }
  if (!r.errors.empty()) {
    if (r.suppressed > 0) r.error(0, 0, "", std::to_string(r.suppressed) + " more errors not listed");
    result.errors = std::move(r.errors);
    result.warnings = std::move(r.warnings);
    return result;
  }

  // Sky temperature: from field 13 where given, else Clark–Allen from dew point and opaque cover.
  std::size_t ir_missing = 0;
  for (double v : cols[kIr]) ir_missing += std::isnan(v) ? 1 : 0;
  if (ir_missing > 0) {
    std::size_t opaque_valid = 0;
    for (double v : cols[kOpaque]) opaque_valid += std::isnan(v) ? 0 : 1;
    if (opaque_valid == 0) {
      cols[kOpaque].assign(n, 5.0);
    } else {
      fill_gaps(cols[kOpaque], kFields[kOpaque], 0, r);
    }
    r.warn(0, kFields[kIr].number, kFields[kIr].name,
           std::to_string(ir_missing) + " hour(s) missing: sky temperature from the Clark–Allen model" +
               (opaque_valid == 0 ? " with an assumed opaque sky cover of 5 tenths" : ""));
  }
  std::size_t albedo_missing = 0;
  for (double& v : cols[kAlbedo]) {
    if (std::isnan(v)) {
      v = kDefaultAlbedo;
      ++albedo_missing;
    }
  }
  if (albedo_missing > 0) {
    r.warn(0, kFields[kAlbedo].number, kFields[kAlbedo].name,
           std::to_string(albedo_missing) + " hour(s) without a value (missing, 0 or absent): 0.2 used");
  }
  if (leap) r.warn(0, 0, "", "8784 hours: a leap year (29 February included)");

  WeatherYear& w = result.weather;
  w.location = loc;
  w.source = "EPW: " + (file_name.empty() ? loc.name : std::string(file_name));
  w.dry_bulb_c = cols[kDryBulb];
  w.dew_point_c = cols[kDewPoint];
  w.relative_humidity_pct = cols[kRh];
  w.pressure_pa = cols[kPressure];
  w.global_horizontal_wh_m2 = cols[kGhi];
  w.direct_normal_wh_m2 = cols[kDni];
  w.diffuse_horizontal_wh_m2 = cols[kDhi];
  w.wind_direction_deg = cols[kWindDir];
  w.wind_speed_m_s = cols[kWindSpeed];
  w.ground_reflectance = cols[kAlbedo];
  w.sky_temperature_c.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double ir = std::isnan(cols[kIr][i])
                          ? sky_ir_clark_allen_w_m2(w.dry_bulb_c[i], w.dew_point_c[i], cols[kOpaque][i])
                          : cols[kIr][i];
    w.sky_temperature_c[i] = sky_temperature_from_ir_c(ir);
  }
  result.leap_year = leap;
  result.warnings = std::move(r.warnings);
  return result;
}

}  // namespace twin::climate
