// Reader of the energy balance table (docs/calibration.md, "Energy balance table").
#include "twin/calibration/energy_balance.hpp"

#include <cmath>
#include <cstdlib>
#include <string>

#include "twin/emissions/factor_set.hpp"
#include "twin/emissions/factor_tables.hpp"

namespace twin::calibration {

using emissions::Carrier;
using emissions::kCarrierCount;

const char* to_string(BalanceSector sector) {
  switch (sector) {
    case BalanceSector::Residential: return "residential";
    case BalanceSector::Commercial: return "commercial";
    case BalanceSector::Industry: return "industry";
    case BalanceSector::Transport: return "transport";
    case BalanceSector::EnergySupply: return "energy_supply";
    case BalanceSector::Count: break;
  }
  return "unknown";
}

bool twin_sector_of(BalanceSector sector, emissions::Sector* out) {
  switch (sector) {
    case BalanceSector::Residential: *out = emissions::Sector::Residential; return true;
    case BalanceSector::Commercial: *out = emissions::Sector::Commercial; return true;
    case BalanceSector::Industry: *out = emissions::Sector::Industry; return true;
    case BalanceSector::Transport: *out = emissions::Sector::Transport; return true;
    default: return false;
  }
}

namespace text {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool check_utf8(std::string_view text, std::string_view* body, std::string* error) {
  if (text.size() >= 2 && ((static_cast<unsigned char>(text[0]) == 0xFF && static_cast<unsigned char>(text[1]) == 0xFE) ||
                           (static_cast<unsigned char>(text[0]) == 0xFE && static_cast<unsigned char>(text[1]) == 0xFF))) {
    *error = "the file is UTF-16 (byte-order mark FF FE / FE FF); save it as UTF-8";
    return false;
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  int line = 1;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') ++line;
    if (c == 0) {
      *error = "line " + std::to_string(line) + ": NUL byte (a binary or UTF-16 file?); save the table as UTF-8 CSV";
      return false;
    }
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = len != 0 && i + len <= text.size() && !(len == 2 && c < 0xC2);
    for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(text[i + k]) >> 6) == 0x2;
    if (!ok) {
      *error = "line " + std::to_string(line) +
               ": the text is not UTF-8 (a GBK/GB18030 file from Excel?); convert it, e.g. "
               "iconv -f GB18030 -t UTF-8 in.csv > out.csv";
      return false;
    }
    i += len;
  }
  *body = text;
  return true;
}

std::vector<std::string> split_csv_line(std::string_view line, bool* ok) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  *ok = true;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"' && trim(fields.back()).empty()) {
      fields.back().clear();
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) *ok = false;
  for (std::string& f : fields) f = std::string(trim(f));
  return fields;
}

bool parse_number(std::string_view s, double* out) {
  s = trim(s);
  if (s.empty()) return false;
  std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  bool digits = false, dot = false, exp = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      digits = true;
    } else if (c == '.' && !dot && !exp) {
      dot = true;
    } else if ((c == 'e' || c == 'E') && digits && !exp) {
      exp = true;
      digits = false;
      if (i + 1 < s.size() && (s[i + 1] == '-' || s[i + 1] == '+')) ++i;
    } else {
      return false;
    }
  }
  if (!digits) return false;
  const std::string copy(s);
  char* end = nullptr;
  const double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

}  // namespace text

namespace {

using text::trim;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Names with spaces, '-', '/' and '、' dropped and ASCII lowered, so "Natural gas" = "natural_gas".
std::string key_of(std::string_view s) {
  std::string out;
  const std::string low = lower_ascii(trim(s));
  for (std::size_t i = 0; i < low.size(); ++i) {
    const char c = low[i];
    if (c == ' ' || c == '_' || c == '-' || c == '/') continue;
    if (low.compare(i, 3, "\xE3\x80\x81") == 0) {  // 、
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

bool sector_from_name(std::string_view name, BalanceSector* out) {
  struct Alias { const char* key; BalanceSector sector; };
  static constexpr Alias kAliases[] = {
      {"residential", BalanceSector::Residential}, {"household", BalanceSector::Residential},
      {"居民生活", BalanceSector::Residential}, {"生活消费", BalanceSector::Residential},
      {"城乡居民生活消费", BalanceSector::Residential},
      {"commercial", BalanceSector::Commercial}, {"tertiary", BalanceSector::Commercial},
      {"services", BalanceSector::Commercial}, {"第三产业", BalanceSector::Commercial},
      {"商业", BalanceSector::Commercial}, {"公共建筑", BalanceSector::Commercial},
      {"industry", BalanceSector::Industry}, {"工业", BalanceSector::Industry},
      {"transport", BalanceSector::Transport}, {"交通运输", BalanceSector::Transport},
      {"交通运输仓储和邮政业", BalanceSector::Transport},
      {"energysupply", BalanceSector::EnergySupply}, {"能源加工转换", BalanceSector::EnergySupply},
      {"能源供应", BalanceSector::EnergySupply},
  };
  const std::string key = key_of(name);
  for (const Alias& a : kAliases)
    if (key == a.key) {
      *out = a.sector;
      return true;
    }
  return false;
}

bool carrier_from_name(std::string_view name, Carrier* out) {
  struct Alias { const char* key; Carrier carrier; };
  static constexpr Alias kAliases[] = {
      {"electricity", Carrier::Electricity}, {"电力", Carrier::Electricity},
      {"coal", Carrier::Coal}, {"rawcoal", Carrier::Coal}, {"煤炭", Carrier::Coal}, {"原煤", Carrier::Coal},
      {"naturalgas", Carrier::NaturalGas}, {"gas", Carrier::NaturalGas}, {"天然气", Carrier::NaturalGas},
      {"oil", Carrier::Oil}, {"diesel", Carrier::Oil}, {"柴油", Carrier::Oil},
      {"gasoline", Carrier::Gasoline}, {"汽油", Carrier::Gasoline},
      {"lpg", Carrier::Lpg}, {"液化石油气", Carrier::Lpg},
      {"heat", Carrier::DistrictHeat}, {"districtheat", Carrier::DistrictHeat}, {"热力", Carrier::DistrictHeat},
  };
  const std::string key = key_of(name);
  for (const Alias& a : kAliases)
    if (key == a.key) {
      *out = a.carrier;
      return true;
    }
  return false;
}

using Base = BalanceUnit::Base;

// Units by carrier. 万 = 10^4, 亿 = 10^8; 百万千焦 = 10^6 kJ = 1 GJ (the yearbook's heat unit).
bool unit_from_name(Carrier carrier, std::string_view name, BalanceUnit* out) {
  struct Alias { const char* key; BalanceUnit unit; };
  static constexpr Alias kEnergy[] = {
      {"kwh", {"kWh", 1.0, Base::Kwh}},           {"千瓦时", {"kWh", 1.0, Base::Kwh}},
      {"10^4kwh", {"10^4 kWh", 1e4, Base::Kwh}},  {"万千瓦时", {"10^4 kWh", 1e4, Base::Kwh}},
      {"10^8kwh", {"10^8 kWh", 1e8, Base::Kwh}},  {"亿千瓦时", {"10^8 kWh", 1e8, Base::Kwh}},
      {"mwh", {"MWh", 1e3, Base::Kwh}},           {"gwh", {"GWh", 1e6, Base::Kwh}},
  };
  static constexpr Alias kHeat[] = {
      {"gj", {"GJ", 1.0, Base::Gj}},             {"百万千焦", {"GJ", 1.0, Base::Gj}},
      {"10^4gj", {"10^4 GJ", 1e4, Base::Gj}},    {"万百万千焦", {"10^4 GJ", 1e4, Base::Gj}},
      {"kwh", {"kWh", 1.0, Base::Kwh}},          {"tj", {"TJ", 1e3, Base::Gj}},
  };
  static constexpr Alias kSolid[] = {
      {"t", {"t", 1e3, Base::Kg}},               {"吨", {"t", 1e3, Base::Kg}},
      {"10^4t", {"10^4 t", 1e7, Base::Kg}},      {"万吨", {"10^4 t", 1e7, Base::Kg}},
      {"tce", {"tce", 1e3, Base::Kgce}},         {"吨标准煤", {"tce", 1e3, Base::Kgce}},
      {"10^4tce", {"10^4 tce", 1e7, Base::Kgce}}, {"万吨标准煤", {"10^4 tce", 1e7, Base::Kgce}},
  };
  static constexpr Alias kGas[] = {
      {"m3", {"m3", 1.0, Base::M3}},             {"立方米", {"m3", 1.0, Base::M3}},
      {"10^4m3", {"10^4 m3", 1e4, Base::M3}},    {"万立方米", {"10^4 m3", 1e4, Base::M3}},
      {"10^8m3", {"10^8 m3", 1e8, Base::M3}},    {"亿立方米", {"10^8 m3", 1e8, Base::M3}},
      {"tce", {"tce", 1e3, Base::Kgce}},         {"吨标准煤", {"tce", 1e3, Base::Kgce}},
      {"10^4tce", {"10^4 tce", 1e7, Base::Kgce}}, {"万吨标准煤", {"10^4 tce", 1e7, Base::Kgce}},
  };
  std::string key;
  for (char c : lower_ascii(trim(name)))
    if (c != ' ') key += c;
  // "m³" (U+00B3) written as "m3".
  for (std::size_t at; (at = key.find("\xC2\xB3")) != std::string::npos;) key.replace(at, 2, "3");
  auto find = [&](const auto& table) {
    for (const Alias& a : table)
      if (key == a.key) {
        *out = a.unit;
        return true;
      }
    return false;
  };
  switch (carrier) {
    case Carrier::Electricity: return find(kEnergy);
    case Carrier::DistrictHeat: return find(kHeat);
    case Carrier::NaturalGas: return find(kGas);
    default: return find(kSolid);
  }
}

double energy_kwh_of(Carrier carrier, const BalanceUnit& unit, double value) {
  const double base = value * unit.to_base;
  switch (unit.base) {
    case Base::Kwh: return base;
    case Base::Gj: return base * emissions::kKwhPerGj;
    case Base::Kgce: return base * emissions::kKjPerKgce / 3600.0;
    case Base::Kg:
    case Base::M3: return emissions::energy_kwh_of_quantity(carrier, base);
  }
  return 0.0;
}

// "coal (10^4 t)", "煤炭（万吨）", "coal [t]" → name and unit ("" when none).
void split_header(std::string_view cell, std::string_view* name, std::string_view* unit) {
  static constexpr std::string_view kOpen[] = {"(", "[", "\xEF\xBC\x88"};   // （
  static constexpr std::string_view kClose[] = {")", "]", "\xEF\xBC\x89"};  // ）
  *name = trim(cell);
  *unit = {};
  for (std::string_view open : kOpen) {
    const std::size_t at = cell.find(open);
    if (at == std::string_view::npos) continue;
    std::string_view rest = cell.substr(at + open.size());
    for (std::string_view close : kClose)
      if (rest.size() >= close.size() && rest.substr(rest.size() - close.size()) == close) {
        rest.remove_suffix(close.size());
        break;
      }
    *name = trim(cell.substr(0, at));
    *unit = trim(rest);
    return;
  }
}

bool is_not_reported(std::string_view s) {
  return s.empty() || s == "-" || s == "--" || s == "\xE2\x80\x94" /* — */ || s == "\xE2\x80\xA6" /* … */;
}

struct Column {
  Carrier carrier = Carrier::Electricity;
  std::string header;
  BalanceUnit unit{};
  bool has_unit = false;
};

}  // namespace

bool read_energy_balance(std::string_view input, EnergyBalance* out, std::vector<std::string>* errors) {
  const std::size_t errors_before = errors->size();
  auto fail = [&](int line, const std::string& what) { errors->push_back("line " + std::to_string(line) + ": " + what); };
  std::string_view body;
  std::string encoding_error;
  if (!text::check_utf8(input, &body, &encoding_error)) {
    errors->push_back(encoding_error);
    return false;
  }
  EnergyBalance balance;
  std::vector<Column> columns;
  bool header_seen = false, unit_row_seen = false, data_seen = false;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    std::size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    const std::string_view raw = trim(body.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (raw.empty() || raw[0] == '#') continue;
    bool quotes_ok = true;
    const std::vector<std::string> cells = text::split_csv_line(raw, &quotes_ok);
    if (!quotes_ok) {
      fail(line_no, "unterminated quoted field");
      continue;
    }
    if (!header_seen) {
      header_seen = true;
      const std::string first = key_of(cells[0]);
      if (first != "sector" && first != "行业" && first != "部门" && first != "项目") {
        fail(line_no, "the header must start with 'sector' (or 行业/部门/项目), found '" + cells[0] + "'");
        return false;
      }
      for (std::size_t i = 1; i < cells.size(); ++i) {
        std::string_view name, unit;
        split_header(cells[i], &name, &unit);
        Column col;
        col.header = cells[i];
        if (!carrier_from_name(name, &col.carrier)) {
          fail(line_no, "column " + std::to_string(i + 1) + " '" + cells[i] +
                            "': unknown carrier (electricity, coal, natural_gas, oil, gasoline, lpg, heat or "
                            "电力, 煤炭, 天然气, 柴油, 汽油, 液化石油气, 热力)");
          continue;
        }
        if (balance.has_column[static_cast<int>(col.carrier)]) {
          fail(line_no, "column " + std::to_string(i + 1) + " '" + cells[i] + "': carrier '" +
                            emissions::to_string(col.carrier) + "' appears twice");
          continue;
        }
        if (!unit.empty()) {
          if (!unit_from_name(col.carrier, unit, &col.unit)) {
            fail(line_no, "column '" + cells[i] + "': unit '" + std::string(unit) + "' is not one of " +
                              emissions::to_string(col.carrier) + "'s units (docs/calibration.md)");
            continue;
          }
          col.has_unit = true;
        }
        balance.has_column[static_cast<int>(col.carrier)] = true;
        columns.push_back(col);
      }
      if (columns.empty() && errors->size() == errors_before) fail(line_no, "the header names no carrier column");
      if (errors->size() != errors_before) return false;
      continue;
    }
    const std::string first = key_of(cells[0]);
    const bool unit_row = first == "unit" || first == "units" || first == "单位";
    if (cells.size() != columns.size() + 1) {
      fail(line_no, std::to_string(cells.size()) + " fields, the header has " + std::to_string(columns.size() + 1));
      continue;
    }
    if (unit_row) {
      if (unit_row_seen || data_seen) {
        fail(line_no, "a unit row must come right after the header, once");
        continue;
      }
      unit_row_seen = true;
      for (std::size_t i = 0; i < columns.size(); ++i) {
        Column& col = columns[i];
        BalanceUnit unit{};
        if (cells[i + 1].empty()) continue;
        if (!unit_from_name(col.carrier, cells[i + 1], &unit)) {
          fail(line_no, "column '" + col.header + "': unit '" + cells[i + 1] + "' is not one of " +
                            emissions::to_string(col.carrier) + "'s units (docs/calibration.md)");
          continue;
        }
        if (col.has_unit && std::string(unit.name) != col.unit.name) {
          fail(line_no, "column '" + col.header + "': the unit row says '" + cells[i + 1] + "', the header '" +
                            col.unit.name + "'");
          continue;
        }
        col.unit = unit;
        col.has_unit = true;
      }
      continue;
    }
    if (!data_seen) {
      data_seen = true;
      for (const Column& col : columns)
        if (!col.has_unit)
          fail(line_no, "column '" + col.header + "' has no unit: add it to the header ('coal (10^4 t)') or a unit row");
      if (errors->size() != errors_before) return false;
    }
    BalanceSector sector;
    if (!sector_from_name(cells[0], &sector)) {
      fail(line_no, "unknown sector '" + cells[0] +
                        "' (residential, commercial, industry, transport, energy_supply or 居民生活, 第三产业, 工业, "
                        "交通运输, 能源加工转换)");
      continue;
    }
    const int s = static_cast<int>(sector);
    if (balance.has_row[s]) {
      fail(line_no, std::string("sector '") + to_string(sector) + "' appears twice (add its rows up first)");
      continue;
    }
    balance.has_row[s] = true;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const Column& col = columns[i];
      const std::string& cell = cells[i + 1];
      const std::string where = "column '" + col.header + "'";
      if (is_not_reported(cell)) continue;
      double v = 0.0;
      if (!text::parse_number(cell, &v)) {
        fail(line_no, where + ": '" + cell + "' is not a number (no thousands separators, NaN or text)");
        continue;
      }
      if (v < 0.0) {
        fail(line_no, where + ": negative value " + cell + " (give final consumption, not transformation output)");
        continue;
      }
      const double kwh = energy_kwh_of(col.carrier, col.unit, v);
      if (!(kwh <= kMaxCellKwh)) {
        fail(line_no, where + ": " + cell + " " + col.unit.name + " is over 10^13 kWh, more than a city uses: "
                              "check the unit");
        continue;
      }
      BalanceCell& c = balance.cells[s][static_cast<int>(col.carrier)];
      c.reported = true;
      c.value = v;
      c.unit = col.unit.name;
      c.energy_kwh = kwh;
    }
  }
  if (!header_seen) {
    errors->push_back("the table is empty: no header line");
    return false;
  }
  bool any_row = false;
  for (bool r : balance.has_row) any_row = any_row || r;
  if (!any_row && errors->size() == errors_before) errors->push_back("the table has a header but no sector rows");
  if (errors->size() != errors_before) return false;
  *out = std::move(balance);
  return true;
}

}  // namespace twin::calibration
