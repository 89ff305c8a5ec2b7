// The inventory CSV (see year_inventory_csv.hpp).
#include "twin/pathway/year_inventory_csv.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>

#include "twin/inventory/sources.hpp"

namespace twin::pathway {
namespace {

void field(std::string_view text, std::string* csv) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    csv->append(text);
    return;
  }
  csv->push_back('"');
  for (char c : text) {
    if (c == '"') csv->push_back('"');
    csv->push_back(c);
  }
  csv->push_back('"');
}

// The fewest significant digits (15..17) that read back to the same double. As city_stats_json.cpp:
// libc++ 14 (the wasm toolchain) lacks floating-point std::to_chars; printf and strtod are correctly
// rounded in glibc and musl alike, so native and wasm write the same text.
void number(double v, std::string* csv) {
  char buf[40];
  for (int digits = 15; digits <= 17; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  csv->append(buf);
}

}  // namespace

std::string year_inventory_csv_header() {
  return "year,sector,subsector,gas,scope,activity,activity_unit,factor,factor_unit,source_id,source,gas_t,co2e_t\n";
}

void append_year_inventory_csv(const YearInventory& inv, std::string* csv) {
  for (std::size_t i = 0; i < inv.rows.size(); ++i) {
    const inventory::InventoryRow& r = inv.rows[i];
    const bool in_scopes = i >= inv.pathway_line.size() || inv.pathway_line[i] != kLineExportCredit;
    csv->append(std::to_string(inv.year));
    csv->push_back(',');
    field(inventory::to_string(r.sector), csv);
    csv->push_back(',');
    field(r.subsector, csv);
    csv->push_back(',');
    field(inventory::to_string(r.gas), csv);
    csv->push_back(',');
    csv->append(!in_scopes ? "none" : r.scope == emissions::Scope::Scope2 ? "scope2" : "scope1");
    csv->push_back(',');
    number(r.activity_value, csv);
    csv->push_back(',');
    field(r.activity_unit, csv);
    csv->push_back(',');
    // The factor in its unit: × factor_to_t gives tonnes of gas per activity unit.
    number(r.factor_value, csv);
    csv->push_back(',');
    field(r.factor_unit, csv);
    csv->push_back(',');
    field(r.source_id, csv);
    csv->push_back(',');
    field(inventory::source_citation(r.source_id), csv);
    csv->push_back(',');
    number(r.gas_t, csv);
    csv->push_back(',');
    number(r.co2e_t, csv);
    csv->push_back('\n');
  }
}

bool parse_inventory_years(std::string_view text, std::vector<int>* years, std::string* error) {
  years->clear();
  std::size_t pos = 0;
  while (true) {
    const std::size_t comma = text.find(',', pos);
    const std::string_view item = text.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
    int year = 0;
    const auto r = std::from_chars(item.data(), item.data() + item.size(), year);
    if (item.empty() || r.ec != std::errc() || r.ptr != item.data() + item.size()) {
      *error = "'" + std::string(item) + "' is not a year (expected e.g. 2020,2030,2060)";
      return false;
    }
    if (year < kFirstYear || year > kLastYear) {
      *error = "year " + std::to_string(year) + " is outside " + std::to_string(kFirstYear) + "-" + std::to_string(kLastYear);
      return false;
    }
    if (std::find(years->begin(), years->end(), year) != years->end()) {
      *error = "year " + std::to_string(year) + " is given twice";
      return false;
    }
    years->push_back(year);
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  std::sort(years->begin(), years->end());
  return true;
}

}  // namespace twin::pathway
