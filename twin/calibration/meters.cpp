// Meter files, single-building simulation and the Guideline 14 statistics (meters.hpp).
#include "twin/calibration/meters.hpp"

#include <cmath>

#include "twin/calibration/energy_balance.hpp"

namespace twin::calibration {

using emissions::Carrier;

namespace {

using text::trim;

bool parse_int(std::string_view s, int* out) {
  if (s.empty() || s.size() > 9) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// "YYYY-MM-DD HH:MM[:SS]" or with 'T' → hour of a non-leap year; 29 February → −2; malformed → −1.
int hour_of_year(std::string_view s) {
  static constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (s.size() != 16 && s.size() != 19) return -1;
  if (s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T') || s[13] != ':') return -1;
  int year, month, day, hour, minute, second = 0;
  if (!parse_int(s.substr(0, 4), &year) || !parse_int(s.substr(5, 2), &month) || !parse_int(s.substr(8, 2), &day) ||
      !parse_int(s.substr(11, 2), &hour) || !parse_int(s.substr(14, 2), &minute))
    return -1;
  if (s.size() == 19 && (s[16] != ':' || !parse_int(s.substr(17, 2), &second))) return -1;
  if (month < 1 || month > 12 || hour > 23 || minute != 0 || second != 0) return -1;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && leap) return -2;
  if (day < 1 || day > kMonthDays[month - 1]) return -1;
  int doy = day - 1;
  for (int m = 0; m < month - 1; ++m) doy += kMonthDays[m];
  return doy * 24 + hour;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool carrier_from_key(std::string_view s, Carrier* out) {
  for (int c = 0; c < emissions::kCarrierCount; ++c)
    if (lower(s) == emissions::to_string(static_cast<Carrier>(c))) {
      *out = static_cast<Carrier>(c);
      return true;
    }
  return false;
}

}  // namespace

bool read_meter_csv(std::string_view input, std::string_view file_name, MeterSeries* out,
                    std::vector<std::string>* errors) {
  const std::size_t errors_before = errors->size();
  auto fail = [&](int line, const std::string& what) { errors->push_back("line " + std::to_string(line) + ": " + what); };
  std::string_view body;
  std::string encoding_error;
  if (!text::check_utf8(input, &body, &encoding_error)) {
    errors->push_back(encoding_error);
    return false;
  }
  MeterSeries m;
  std::string_view stem = file_name;
  if (const std::size_t slash = stem.find_last_of("/\\"); slash != std::string_view::npos) stem.remove_prefix(slash + 1);
  if (stem.size() > 4 && lower(stem.substr(stem.size() - 4)) == ".csv") stem.remove_suffix(4);
  m.building_key = std::string(stem);
  bool header_seen = false, by_hour = false;
  int last_hour = -1;  // of any row, read or empty
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    std::size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    const std::string_view raw = trim(body.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (raw.empty()) continue;
    if (raw[0] == '#') {
      std::string_view meta = trim(raw.substr(1));
      const std::size_t colon = meta.find(':');
      if (colon == std::string_view::npos) continue;  // a plain comment
      const std::string key = lower(trim(meta.substr(0, colon)));
      const std::string_view value = trim(meta.substr(colon + 1));
      if (key == "building") {
        if (value.empty()) fail(line_no, "'# building:' has no value");
        m.building_key = std::string(value);
      } else if (key == "carrier") {
        if (!carrier_from_key(value, &m.carrier))
          fail(line_no, "'# carrier: " + std::string(value) +
                            "': not a carrier (electricity, district_heat, natural_gas, coal, oil, gasoline, lpg)");
      }
      continue;
    }
    bool quotes_ok = true;
    const std::vector<std::string> cells = text::split_csv_line(raw, &quotes_ok);
    if (!quotes_ok) {
      fail(line_no, "unterminated quoted field");
      continue;
    }
    if (!header_seen) {
      header_seen = true;
      const std::string first = cells.empty() ? "" : lower(cells[0]);
      if (cells.size() != 2 || (first != "time" && first != "hour") || lower(cells[1]) != "kwh") {
        fail(line_no, "the header must be 'time,kwh' or 'hour,kwh', found '" + std::string(raw) + "'");
        return false;
      }
      by_hour = first == "hour";
      continue;
    }
    if (cells.size() != 2) {
      fail(line_no, std::to_string(cells.size()) + " fields, expected 2 (time, kwh)");
      continue;
    }
    int hour = -1;
    if (by_hour) {
      if (!parse_int(cells[0], &hour) || hour >= kHoursPerYear) hour = -1;
    } else {
      hour = hour_of_year(cells[0]);
    }
    if (hour == -1) {
      fail(line_no, std::string("field '") + (by_hour ? "hour" : "time") + "': '" + cells[0] + "' is not " +
                        (by_hour ? "an hour of the year 0 … 8759" : "an hourly time YYYY-MM-DD HH:00[:00]"));
      continue;
    }
    if (hour == -2) {
      ++m.feb29_hours;
      continue;
    }
    if (hour <= last_hour) {
      fail(line_no, "field '" + std::string(by_hour ? "hour" : "time") + "': '" + cells[0] +
                        "' is not after the previous row (duplicate or out of order)");
      continue;
    }
    last_hour = hour;
    if (cells[1].empty()) {
      ++m.empty_hours;
      continue;
    }
    double v = 0.0;
    if (!text::parse_number(cells[1], &v)) {
      fail(line_no, "field 'kwh': '" + cells[1] + "' is not a number");
      continue;
    }
    if (v < 0.0) {
      fail(line_no, "field 'kwh': negative reading " + cells[1]);
      continue;
    }
    if (v > 1.0e7) {  // 10 GWh in one hour from one building: a unit mistake (CarbonTwin assumption)
      fail(line_no, "field 'kwh': " + cells[1] + " kWh in one hour is more than any building uses");
      continue;
    }
    m.hour.push_back(hour);
    m.kwh.push_back(v);
  }
  if (!header_seen) fail(line_no, "empty file: no 'time,kwh' header");
  else if (m.hour.empty() && errors->size() == errors_before) fail(line_no, "no readings");
  if (m.building_key.empty() && errors->size() == errors_before) errors->push_back("no building key");
  if (errors->size() != errors_before) return false;
  *out = std::move(m);
  return true;
}

std::int64_t find_building(const City& city, std::string_view key) {
  const Buildings& b = city.buildings;
  for (std::size_t i = 0; i < b.source_id.size(); ++i)
    if (b.source_id[i] == key) return static_cast<std::int64_t>(i);
  int index = 0;
  std::string_view k = key;
  if (k.size() > 9) return -1;
  for (char c : k)
    if (c < '0' || c > '9') return -1;
  if (k.empty()) return -1;
  for (char c : k) index = index * 10 + (c - '0');
  return index < static_cast<int>(b.size()) ? index : -1;
}

FitStatistics fit_statistics(const std::vector<double>& measured, const std::vector<double>& simulated, int p,
                             double cv_limit_pct, double nmbe_limit_pct) {
  FitStatistics f;
  f.n = measured.size();
  if (measured.size() != simulated.size() || static_cast<long>(f.n) < p + 2) return f;
  double sum_y = 0.0, sum_s = 0.0, sum_e = 0.0, sum_e2 = 0.0;
  for (std::size_t i = 0; i < f.n; ++i) {
    const double e = measured[i] - simulated[i];
    sum_y += measured[i];
    sum_s += simulated[i];
    sum_e += e;
    sum_e2 += e * e;
  }
  f.measured_mean_kwh = sum_y / static_cast<double>(f.n);
  f.simulated_mean_kwh = sum_s / static_cast<double>(f.n);
  if (!(f.measured_mean_kwh > 0.0)) return f;
  const double dof = static_cast<double>(f.n) - p;
  f.cv_rmse_pct = 100.0 * std::sqrt(sum_e2 / dof) / f.measured_mean_kwh;
  f.nmbe_pct = 100.0 * sum_e / (dof * f.measured_mean_kwh);
  f.valid = true;
  f.passes = f.cv_rmse_pct <= cv_limit_pct && std::fabs(f.nmbe_pct) <= nmbe_limit_pct;
  return f;
}

std::vector<double> simulate_building_hourly_kwh(const City& city, std::uint32_t building,
                                                 const climate::WeatherYear& weather, climate::ClimateZone zone,
                                                 Carrier carrier) {
  City one;
  one.name = city.name;
  one.synthetic = city.synthetic;
  one.location = city.location;
  one.min_corner = city.min_corner;
  one.max_corner = city.max_corner;
  one.zones = city.zones;
  const Buildings& b = city.buildings;
  Buildings& o = one.buildings;
  const std::uint32_t i = building;
  for (std::uint32_t v = b.footprint_begin[i]; v < b.footprint_begin[i + 1]; ++v) o.footprint_xy.push_back(b.footprint_xy[v]);
  o.footprint_begin = {0, static_cast<std::uint32_t>(o.footprint_xy.size())};
  o.height_m = {b.height_m[i]};
  o.floors = {b.floors[i]};
  o.use = {b.use[i]};
  o.residential_type = {b.residential_type[i]};
  o.construction_year = {b.construction_year[i]};
  o.heating_system = {b.heating_system[i]};
  o.heating_fuel = {b.heating_fuel[i]};
  o.zone = {b.zone[i]};
  o.access_node = {b.access_node[i]};
  if (!b.inferred.empty()) o.inferred = {b.inferred[i]};
  if (!b.source_id.empty()) o.source_id = {b.source_id[i]};
  buildings::CityEnergyDef def = buildings::default_city_energy_def();
  def.zone = zone;
  def.mode = buildings::SimulationMode::Exact;
  def.hourly = true;
  const buildings::CityEnergyResult r = buildings::simulate_city_energy(one, weather, def);
  std::vector<double> out(r.hourly_carrier_kwh.size());
  for (std::size_t h = 0; h < out.size(); ++h) out[h] = r.hourly_carrier_kwh[h][static_cast<int>(carrier)];
  return out;
}

MeterComparison compare_meter(const MeterSeries& meter, std::int64_t building, const std::vector<double>& simulated_kwh) {
  MeterComparison c;
  c.building_key = meter.building_key;
  c.building = building;
  c.carrier = meter.carrier;
  c.hours_read = meter.hour.size();
  c.empty_hours = meter.empty_hours;
  c.feb29_hours = meter.feb29_hours;
  std::vector<double> y, s;
  for (std::size_t k = 0; k < meter.hour.size(); ++k) {
    const auto h = static_cast<std::size_t>(meter.hour[k]);
    if (h >= simulated_kwh.size()) continue;
    y.push_back(meter.kwh[k]);
    s.push_back(simulated_kwh[h]);
    c.measured_kwh += meter.kwh[k];
    c.simulated_kwh += simulated_kwh[h];
  }
  c.hours_compared = y.size();
  c.stats = fit_statistics(y, s);
  return c;
}

}  // namespace twin::calibration
