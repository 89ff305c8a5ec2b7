// Plant list reader (plant_csv.hpp): RFC 4180 records with line numbers, then one plant per row with
// each field checked (docs/industry-plants.md lists the columns and the rules).
#include "twin/industry/plant_csv.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>

#include "twin/emissions/factor_set.hpp"
#include "twin/emissions/factor_tables.hpp"
#include "twin/industry/industry_tables.hpp"

namespace twin::industry {
namespace {

struct Record {
  int line = 0;
  std::vector<std::string> fields;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Line of the first byte that is not valid UTF-8, or 0 if the text is valid.
int first_invalid_utf8_line(std::string_view t) {
  int line = 1;
  std::size_t i = 0;
  while (i < t.size()) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '\n') ++line;
    std::size_t len = 0;
    if (c < 0x80) len = 1;
    else if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) len = 3;
    else if (c >= 0xF0 && c <= 0xF4) len = 4;
    else return line;
    if (i + len > t.size()) return line;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(t[i + k]) & 0xC0) != 0x80) return line;
    i += len;
  }
  return 0;
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. Blank lines are skipped.
std::vector<Record> split_records(std::string_view t, std::vector<PlantCsvIssue>* errors) {
  std::vector<Record> records;
  Record rec;
  std::string field;
  bool quoted = false, any = false;
  int line = 1, quote_line = 0;
  rec.line = 1;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char ch = t[i];
    if (quoted) {
      if (ch == '"' && i + 1 < t.size() && t[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        if (ch == '\n') ++line;
        field += ch;
      }
      continue;
    }
    if (ch == '"') {
      quoted = true;
      quote_line = line;
      any = true;
    } else if (ch == ',') {
      rec.fields.push_back(field);
      field.clear();
      any = true;
    } else if (ch == '\n') {
      if (any || !trim(field).empty()) {
        rec.fields.push_back(field);
        records.push_back(rec);
      }
      rec = Record{};
      field.clear();
      any = false;
      ++line;
      rec.line = line;
    } else if (ch != '\r') {
      field += ch;
      any = true;
    }
  }
  if (quoted) {
    errors->push_back({quote_line, "", "a quoted field opened on this line is never closed"});
    return records;
  }
  if (any || !trim(field).empty()) {
    rec.fields.push_back(field);
    records.push_back(rec);
  }
  return records;
}

enum class NumberStatus { Ok, Empty, NotANumber, NaN, Infinite };

// Strict decimal grammar [+-]digits[.digits][(e|E)[+-]digits], then strtod (correctly rounded in
// glibc and musl alike, so native and wasm read the same double).
NumberStatus parse_number(std::string_view text, double* value) {
  text = trim(text);
  if (text.empty()) return NumberStatus::Empty;
  const std::string low = lower_ascii(text);
  if (low == "nan" || low == "+nan" || low == "-nan") return NumberStatus::NaN;
  if (low == "inf" || low == "+inf" || low == "-inf" || low == "infinity" || low == "-infinity")
    return NumberStatus::Infinite;
  std::size_t i = 0;
  const std::size_t n = text.size();
  if (text[i] == '+' || text[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  if (i < n && text[i] == '.') {
    ++i;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return NumberStatus::NotANumber;
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t exp_digits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++exp_digits;
    if (exp_digits == 0) return NumberStatus::NotANumber;
  }
  if (i != n || n > 40) return NumberStatus::NotANumber;
  char buffer[48];
  text.copy(buffer, n);
  buffer[n] = '\0';
  *value = std::strtod(buffer, nullptr);
  return std::isfinite(*value) ? NumberStatus::Ok : NumberStatus::Infinite;
}

// Optional energy columns: physical unit as reported in plant energy statistics → kWh (NCV).
struct EnergyColumn {
  const char* name;
  Carrier carrier;
};
constexpr std::array<EnergyColumn, 7> kEnergyColumns{{
    {"electricity_mwh", Carrier::Electricity},
    {"coal_t", Carrier::Coal},
    {"coke_t", Carrier::Coke},
    {"natural_gas_km3", Carrier::NaturalGas},
    {"oil_t", Carrier::Oil},
    {"heat_gj", Carrier::Heat},
    {"hydrogen_t", Carrier::Hydrogen},
}};

double energy_kwh_of(Carrier carrier, double quantity) {
  switch (carrier) {
    case Carrier::Electricity: return quantity * 1000.0;  // MWh
    case Carrier::Coal: return emissions::energy_kwh_of_quantity(emissions::Carrier::Coal, quantity * 1000.0);
    case Carrier::NaturalGas:  // thousand normal m³
      return emissions::energy_kwh_of_quantity(emissions::Carrier::NaturalGas, quantity * 1000.0);
    case Carrier::Oil: return emissions::energy_kwh_of_quantity(emissions::Carrier::Oil, quantity * 1000.0);
    case Carrier::Heat: return quantity * emissions::kKwhPerGj;
    case Carrier::Coke:
    case Carrier::Hydrogen: return kwh_of_kg(carrier, quantity * 1000.0);
    case Carrier::Count: break;
  }
  return 0.0;
}

constexpr std::array<const char*, 9> kKnownColumns{{"name", "sector", "route", "output", "output_unit", "lon",
                                                   "lat", "x_m", "y_m"}};
constexpr std::array<const char*, 3> kOtherKnownColumns{{"process_co2_t", "synthetic", "note"}};

bool is_known_column(const std::string& name) {
  for (const char* k : kKnownColumns)
    if (name == k) return true;
  for (const char* k : kOtherKnownColumns)
    if (name == k) return true;
  for (const EnergyColumn& e : kEnergyColumns)
    if (name == e.name) return true;
  return false;
}

class RowReader {
 public:
  RowReader(const Record& rec, const std::map<std::string, std::size_t>& columns, PlantCsvResult* out)
      : rec_(rec), columns_(columns), out_(out) {}

  bool failed() const { return failed_; }

  // The trimmed text of a column, empty when the column is absent.
  std::string_view text(const char* column) const {
    const auto it = columns_.find(column);
    if (it == columns_.end()) return {};
    return trim(rec_.fields[it->second]);
  }

  void error(const char* column, const std::string& message) {
    out_->errors.push_back({rec_.line, column, message});
    failed_ = true;
  }

  // A number in [min, max]; nullopt when the field is empty (then `required` is an error).
  std::optional<double> number(const char* column, bool required, double min, double max, const char* what) {
    double v = 0.0;
    const std::string_view t = text(column);
    switch (parse_number(t, &v)) {
      case NumberStatus::Empty:
        if (required) error(column, std::string("is empty: ") + what + " is required");
        return std::nullopt;
      case NumberStatus::NotANumber: error(column, "'" + std::string(t) + "' is not a number"); return std::nullopt;
      case NumberStatus::NaN: error(column, "is NaN: give a number"); return std::nullopt;
      case NumberStatus::Infinite: error(column, "is infinite: give a finite number"); return std::nullopt;
      case NumberStatus::Ok: break;
    }
    if (v < min) {
      error(column, "'" + std::string(t) + "' is below " + bound(min) + (min == 0.0 ? " (negative)" : ""));
      return std::nullopt;
    }
    if (v > max) {
      error(column, "'" + std::string(t) + "' is above " + bound(max) + ", not a plausible " + what);
      return std::nullopt;
    }
    return v;
  }

 private:
  static std::string bound(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
  }

  const Record& rec_;
  const std::map<std::string, std::size_t>& columns_;
  PlantCsvResult* out_;
  bool failed_ = false;
};

bool parse_bool(std::string_view t, bool* value) {
  const std::string low = lower_ascii(t);
  if (low.empty() || low == "0" || low == "false" || low == "no") {
    *value = false;
    return true;
  }
  if (low == "1" || low == "true" || low == "yes") {
    *value = true;
    return true;
  }
  return false;
}

// Reads one data row into *plant; false (with errors recorded) if the row is refused.
bool read_row(const Record& rec, const std::map<std::string, std::size_t>& columns,
              std::map<std::string, int>* names, PlantCsvResult* out, Plant* plant) {
  RowReader r(rec, columns, out);
  plant->line = rec.line;

  plant->name = std::string(r.text("name"));
  if (plant->name.empty()) {
    r.error("name", "is empty: every plant needs a unique name");
  } else if (const auto it = names->find(plant->name); it != names->end()) {
    r.error("name", "'" + plant->name + "' is a duplicate of the plant on line " + std::to_string(it->second));
  }

  const std::string_view sector_text = r.text("sector");
  bool sector_ok = sector_from_string(sector_text, &plant->sector);
  if (!sector_ok) {
    std::string keys;
    for (int s = 0; s < kSectorCount; ++s)
      keys += std::string(s ? ", " : "") + to_string(static_cast<Sector>(s)) + " (" + name_zh(static_cast<Sector>(s)) + ")";
    r.error("sector", sector_text.empty() ? "is empty: give one of " + keys
                                          : "'" + std::string(sector_text) + "' is not a known sector: one of " + keys);
  }
  const std::string_view route_text = r.text("route");
  if (sector_ok) {
    plant->route = default_route(plant->sector);
    if (!route_text.empty()) {
      if (!route_from_string(route_text, &plant->route)) {
        r.error("route", "'" + std::string(route_text) + "' is not a known route");
      } else if (sector_of(plant->route) != plant->sector) {
        r.error("route", "'" + std::string(route_text) + "' belongs to sector " + to_string(sector_of(plant->route)) +
                             ", not " + to_string(plant->sector));
      }
    }
    const std::string_view unit_text = r.text("output_unit");
    if (!unit_text.empty() && unit_text != output_unit(plant->route))
      r.error("output_unit", "'" + std::string(unit_text) + "' does not match the route " + to_string(plant->route) +
                                 ", whose output is in '" + output_unit(plant->route) + "'");
  }

  if (const auto v = r.number("output", true, 0.0, kMaxPlantOutput, "yearly output")) {
    if (*v == 0.0) r.error("output", "is 0: a plant in the list must produce something (leave it out otherwise)");
    plant->output = *v;
  }

  // Location: lon/lat (WGS84) or x_m/y_m (local frame); at least one complete pair.
  const auto lon = r.number("lon", false, -180.0, 180.0, "longitude");
  const auto lat = r.number("lat", false, -90.0, 90.0, "latitude");
  const auto x = r.number("x_m", false, -kMaxLocalCoordM, kMaxLocalCoordM, "local x");
  const auto y = r.number("y_m", false, -kMaxLocalCoordM, kMaxLocalCoordM, "local y");
  const bool lon_given = !r.text("lon").empty(), lat_given = !r.text("lat").empty();
  const bool x_given = !r.text("x_m").empty(), y_given = !r.text("y_m").empty();
  if (lon_given != lat_given)
    r.error(lon_given ? "lat" : "lon", "is empty while its pair is given: give both lon and lat");
  if (x_given != y_given) r.error(x_given ? "y_m" : "x_m", "is empty while its pair is given: give both x_m and y_m");
  if (!lon_given && !lat_given && !x_given && !y_given)
    r.error("", "has no location: give lon and lat (WGS84) or x_m and y_m (local metres)");
  plant->has_lonlat = lon && lat;
  plant->has_xy = x && y;
  if (plant->has_lonlat) {
    plant->lon_deg = *lon;
    plant->lat_deg = *lat;
  }
  if (plant->has_xy) {
    plant->x_m = *x;
    plant->y_m = *y;
  }

  for (const EnergyColumn& col : kEnergyColumns) {
    const auto v = r.number(col.name, false, 0.0, kMaxPlantOutput, "energy use");
    if (!v) continue;
    const double kwh = energy_kwh_of(col.carrier, *v);
    if (kwh > kMaxPlantEnergyKwh) {
      r.error(col.name, "is above 10^12 kWh a year, not a plausible energy use");
      continue;
    }
    plant->has_energy = true;
    plant->energy_kwh[static_cast<int>(col.carrier)] = kwh;
  }
  if (const auto v = r.number("process_co2_t", false, 0.0, kMaxPlantProcessT, "process CO2")) {
    plant->has_process = true;
    plant->process_co2_t = *v;
  }
  if (!parse_bool(r.text("synthetic"), &plant->synthetic))
    r.error("synthetic", "'" + std::string(r.text("synthetic")) + "' is not one of 1/0, true/false, yes/no");

  if (r.failed()) return false;

  // Warnings: measured energy far from the route's default (a kWh/MWh or t/10⁴ t mix-up is likely).
  if (plant->has_energy) {
    const auto def = route_intensity_kwh(plant->route);
    double def_kwh = 0.0, own_kwh = 0.0;
    for (int c = 0; c < kCarrierCount; ++c) {
      def_kwh += def[c];
      own_kwh += plant->energy_kwh[c] / plant->output;
    }
    if (def_kwh > 0.0 && (own_kwh > 10.0 * def_kwh || own_kwh < 0.1 * def_kwh)) {
      char buffer[200];
      std::snprintf(buffer, sizeof buffer,
                    "measured energy is %.3g kWh per unit of output, the route's default %.3g: check the units",
                    own_kwh, def_kwh);
      out->warnings.push_back({rec.line, "", buffer});
    }
  }
  (*names)[plant->name] = rec.line;
  return true;
}

}  // namespace

PlantCsvResult read_plants_csv(std::string_view text) {
  PlantCsvResult out;
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    out.errors.push_back({1, "", "the file is UTF-16: save it as UTF-8"});
    return out;
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const int bad = first_invalid_utf8_line(text)) {
    out.errors.push_back({bad, "", "is not valid UTF-8 (a GBK/GB18030 export?): save the file as UTF-8"});
    return out;
  }
  std::vector<Record> records = split_records(text, &out.errors);
  if (!out.errors.empty()) return out;
  if (records.empty()) {
    out.errors.push_back({0, "", "the file is empty: expected a header line and plant rows"});
    return out;
  }

  std::map<std::string, std::size_t> columns;
  const Record& header = records.front();
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = lower_ascii(trim(header.fields[i]));
    if (name.empty()) {
      out.errors.push_back({header.line, "", "column " + std::to_string(i + 1) + " of the header has no name"});
    } else if (columns.count(name)) {
      out.errors.push_back({header.line, name, "the column appears twice in the header"});
    } else {
      columns[name] = i;
      if (!is_known_column(name))
        out.warnings.push_back({header.line, name, "unknown column, ignored (docs/industry-plants.md lists the columns)"});
    }
  }
  for (const char* required : {"name", "sector", "output"})
    if (!columns.count(required))
      out.errors.push_back({header.line, required, "required column is missing from the header"});
  const bool has_location = (columns.count("lon") && columns.count("lat")) || (columns.count("x_m") && columns.count("y_m"));
  if (!has_location)
    out.errors.push_back({header.line, "", "the header needs lon and lat, or x_m and y_m, columns"});
  if (!out.errors.empty()) return out;

  std::map<std::string, int> names;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const Record& rec = records[r];
    bool blank = true;  // ",,,," rows (spreadsheets export them below the data) count as blank lines
    for (const std::string& f : rec.fields) blank = blank && trim(f).empty();
    if (blank) continue;
    ++out.rows_read;
    if (rec.fields.size() != header.fields.size()) {
      out.errors.push_back({rec.line, "", "has " + std::to_string(rec.fields.size()) + " fields, the header has " +
                                              std::to_string(header.fields.size())});
      ++out.rows_skipped;
      continue;
    }
    Plant plant;
    if (read_row(rec, columns, &names, &out, &plant)) {
      out.plants.push_back(std::move(plant));
    } else {
      ++out.rows_skipped;
    }
  }
  if (out.rows_read == 0) out.errors.push_back({0, "", "the file has a header but no plant rows"});
  return out;
}

}  // namespace twin::industry
