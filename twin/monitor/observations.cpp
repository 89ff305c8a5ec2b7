// Observation reader/writer, time, placement and background (observations.hpp).
#include "twin/monitor/observations.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "twin/city/lonlat_fit.hpp"
#include "twin/monitor/monitor_csv.hpp"

namespace twin::monitor {

namespace {
constexpr const char* kKinds[] = {"tower", "rooftop", "lowcost", "mobile", "satellite"};
constexpr int kDaysBefore[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
constexpr int kDaysIn[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};


bool digits(std::string_view s, std::size_t at, std::size_t n, int* out) {
  if (at + n > s.size()) return false;
  int v = 0;
  for (std::size_t k = at; k < at + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return false;
    v = v * 10 + (s[k] - '0');
  }
  *out = v;
  return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

const char* to_string(ObsKind kind) {
  const int k = static_cast<int>(kind);
  return k >= 0 && k < static_cast<int>(ObsKind::Count) ? kKinds[k] : "?";
}

std::optional<ObsKind> obs_kind_from_string(std::string_view name) {
  for (int k = 0; k < static_cast<int>(ObsKind::Count); ++k)
    if (name == kKinds[k]) return static_cast<ObsKind>(k);
  return std::nullopt;
}

std::string to_string(const ObsError& e) {
  return (e.line > 0 ? "line " + std::to_string(e.line) + ", " : std::string()) + e.field + ": " + e.message;
}

std::string parse_time_utc(std::string_view t, int* year, int* hour_of_year) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  const std::string quoted = "'" + std::string(t) + "'";
  if (!digits(t, 0, 4, &y) || t.size() < 16 || t[4] != '-' || !digits(t, 5, 2, &mo) || t[7] != '-' ||
      !digits(t, 8, 2, &d) || (t[10] != 'T' && t[10] != ' ') || !digits(t, 11, 2, &h) || t[13] != ':' ||
      !digits(t, 14, 2, &mi))
    return quoted + " is not a time YYYY-MM-DDTHH:MM:SSZ";
  std::size_t at = 16;
  if (at < t.size() && t[at] == ':') {
    if (!digits(t, at + 1, 2, &s)) return quoted + " is not a time YYYY-MM-DDTHH:MM:SSZ";
    at += 3;
  }
  if (at < t.size() && t[at] == 'Z') ++at;
  if (at != t.size()) return quoted + " has extra text after the time (only UTC, 'Z', is accepted)";
  if (y < 1900 || y > 2200) return quoted + ": year " + std::to_string(y) + " is outside 1900–2200";
  if (mo < 1 || mo > 12) return quoted + ": month " + std::to_string(mo) + " does not exist";
  const int days = kDaysIn[mo - 1] + (mo == 2 && leap(y) ? 1 : 0);
  if (d < 1 || d > days) return quoted + ": day " + std::to_string(d) + " does not exist in that month";
  if (h > 23 || mi > 59 || s > 59) return quoted + ": the time of day does not exist";
  const int day = kDaysBefore[mo - 1] + std::min(d, kDaysIn[mo - 1]) - 1;  // 29 Feb → 28 Feb
  *year = y;
  *hour_of_year = day * 24 + h;
  return "";
}

std::string time_utc_of_hour(int year, int hour_of_year) {
  const int day = hour_of_year / 24, h = hour_of_year % 24;
  int mo = 0;
  while (mo < 11 && day >= kDaysBefore[mo + 1]) ++mo;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:00:00Z", year, mo + 1, day - kDaysBefore[mo] + 1, h);
  return buf;
}

ObsCsv read_observations_csv(std::string_view text) {
  ObsCsv out;
  const std::vector<const char*> names = {"time_utc", "lon", "lat", "height_m", "co2_ppm", "uncertainty_ppm", "kind"};
  std::vector<csv::FieldError> errors;
  const std::vector<csv::TableRow> rows = csv::read_table(text, names, &errors);
  for (const csv::FieldError& e : errors) out.errors.push_back({e.line, e.field, e.message});
  for (const csv::TableRow& row : rows) {
    const int line = row.line;
    bool ok = true;
    auto bad = [&](const char* field, std::string message) {
      out.errors.push_back({line, field, std::move(message)});
      ok = false;
    };
    auto field = [&](int c) -> const std::string& { return row.fields[static_cast<std::size_t>(c)]; };
    Observation o;
    o.time_utc = field(0);
    int year = 0, hour = 0;
    if (std::string e = parse_time_utc(o.time_utc, &year, &hour); !e.empty()) bad("time_utc", e);
    double v[7] = {};
    bool num[7] = {};
    for (int c = 1; c <= 5; ++c) {
      num[c] = csv::number(field(c), &v[c]);
      if (!num[c]) bad(names[c], "'" + field(c) + "' is not a finite number");
    }
    if (num[1] && num[2]) {
      const bool lon_bad = std::fabs(v[1]) > 180.0, lat_bad = std::fabs(v[2]) > 90.0;
      if (lat_bad && std::fabs(v[1]) <= 90.0)
        bad("lat", csv::exact(v[2]) + " is outside ±90; lon " + csv::exact(v[1]) + " and lat look swapped");
      else if (lat_bad)
        bad("lat", csv::exact(v[2]) + " is outside ±90");
      if (lon_bad) bad("lon", csv::exact(v[1]) + " is outside ±180");
      o.lon = v[1];
      o.lat = v[2];
    }
    const auto kind = obs_kind_from_string(field(6));
    if (!kind) bad("kind", "'" + field(6) + "' is not one of tower, rooftop, lowcost, mobile, satellite");
    else o.kind = *kind;
    if (num[3]) {
      if (v[3] < 0.0 || v[3] > 1000.0) bad("height_m", csv::exact(v[3]) + " m is outside 0–1000 m");
      o.height_m = v[3];
    }
    if (num[4]) {
      if (v[4] < kMinCo2Ppm || v[4] > kMaxCo2Ppm) bad("co2_ppm", csv::exact(v[4]) + " ppm is outside the plausible 300–2000 ppm");
      o.co2_ppm = v[4];
    }
    if (num[5]) {
      if (!(v[5] > 0.0)) bad("uncertainty_ppm", csv::exact(v[5]) + " must be > 0");
      else if (v[5] > kMaxUncertaintyPpm) bad("uncertainty_ppm", csv::exact(v[5]) + " ppm is more than 100 ppm");
      o.uncertainty_ppm = v[5];
    }
    if (ok) out.observations.push_back(std::move(o));
  }
  return out;
}

std::string write_observations_csv(const std::vector<Observation>& observations) {
  std::string out = "time_utc,lon,lat,height_m,co2_ppm,uncertainty_ppm,kind\n";
  for (const Observation& o : observations)
    out += csv::quote(o.time_utc) + "," + csv::exact(o.lon) + "," + csv::exact(o.lat) + "," + csv::exact(o.height_m) + "," + csv::exact(o.co2_ppm) +
           "," + csv::exact(o.uncertainty_ppm) + "," + to_string(o.kind) + "\n";
  return out;
}

int place_observations(const CityLocation& location, std::vector<Observation>* observations) {
  int unplaced = 0;
  for (Observation& o : *observations) {
    o.placed = lonlat_to_local(location, o.lon, o.lat, &o.x_m, &o.y_m);
    if (!o.placed) ++unplaced;
  }
  return unplaced;
}

std::vector<double> upwind_background_ppm(const std::vector<Observation>& observations, Vec2 centre,
                                          const std::vector<double>& u, const std::vector<double>& v) {
  constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> best_score(8760, -std::numeric_limits<double>::infinity());
  std::vector<double> sum(8760, 0.0), count(8760, 0.0), out(8760, kNan);
  // Pass 1: the most upwind score per hour; pass 2: the mean of the towers that reach it.
  auto score = [&](const Observation& o, int h) {
    const double ux = h < static_cast<int>(u.size()) ? -u[static_cast<std::size_t>(h)] : 0.0;
    const double uy = h < static_cast<int>(v.size()) ? -v[static_cast<std::size_t>(h)] : 0.0;
    return (o.x_m - centre.x_m) * ux + (o.y_m - centre.y_m) * uy;
  };
  for (int pass = 0; pass < 2; ++pass)
    for (const Observation& o : observations) {
      if (o.kind != ObsKind::Tower || !o.placed) continue;
      int year = 0, h = 0;
      if (!parse_time_utc(o.time_utc, &year, &h).empty()) continue;
      const double s = score(o, h);
      const std::size_t k = static_cast<std::size_t>(h);
      if (pass == 0) {
        best_score[k] = std::max(best_score[k], s);
      } else if (s == best_score[k]) {
        sum[k] += o.co2_ppm;
        count[k] += 1.0;
      }
    }
  for (std::size_t k = 0; k < out.size(); ++k)
    if (count[k] > 0.0) out[k] = sum[k] / count[k];
  return out;
}

double constant_background_ppm(const std::vector<Observation>& observations) {
  double sum = 0.0, n = 0.0;
  for (const Observation& o : observations)
    if (o.kind == ObsKind::Tower) {
      sum += o.co2_ppm;
      n += 1.0;
    }
  return n > 0.0 ? sum / n : std::numeric_limits<double>::quiet_NaN();
}

std::vector<Enhancement> subtract_background(const std::vector<Observation>& observations,
                                             const std::vector<double>& background_ppm) {
  std::vector<Enhancement> out;
  for (std::size_t k = 0; k < observations.size(); ++k) {
    const Observation& o = observations[k];
    if (o.kind == ObsKind::Tower) continue;
    int year = 0, h = 0;
    if (!parse_time_utc(o.time_utc, &year, &h).empty()) continue;
    const double b = background_ppm.size() == 1 ? background_ppm[0]
                     : static_cast<std::size_t>(h) < background_ppm.size() ? background_ppm[static_cast<std::size_t>(h)]
                                                                           : std::numeric_limits<double>::quiet_NaN();
    if (!std::isfinite(b)) continue;
    out.push_back({k, o.co2_ppm - b, o.uncertainty_ppm});
  }
  return out;
}

}  // namespace twin::monitor
