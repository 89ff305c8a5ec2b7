#include "twin/energy/energy_city_def.hpp"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>

namespace twin::energy {

namespace {

// = assets/energy/default_energy_system.csv (key, value, unit, source_id); checked by a test.
constexpr EnergyDefaultRow kRows[] = {
    {"utility_pv.capacity_kwp", "200000", "kWp", "ct_synthetic_default"},
    {"utility_pv.tilt_deg", "35", "deg", "ct_assumption"},
    {"utility_pv.azimuth_deg", "180", "deg", "ct_assumption"},
    {"utility_pv.performance_ratio", "0.8", "-", "ct_assumption"},
    {"utility_pv.noct_c", "45", "degC", "twin_buildings_pv"},
    {"utility_pv.temperature_coefficient_per_k", "-0.0037", "1/K", "twin_buildings_pv"},
    {"wind.capacity_kw", "100000", "kW", "ct_synthetic_default"},
    {"wind.hub_height_m", "100", "m", "ct_assumption"},
    {"wind.reference_height_m", "10", "m", "ct_assumption"},
    {"wind.shear_exponent", "0.15", "-", "irwin1979_isc3_shear"},
    {"wind.cut_in_m_s", "3", "m/s", "wind_speeds_biologyinsights"},
    {"wind.rated_m_s", "12", "m/s", "wind_speeds_biologyinsights"},
    {"wind.cut_out_m_s", "25", "m/s", "wind_cutout_sierterm"},
    {"wind.availability", "0.97", "-", "ct_assumption"},
    {"storage.energy_kwh", "100000", "kWh", "ct_synthetic_default"},
    {"storage.power_kw", "50000", "kW", "ct_synthetic_default"},
    {"storage.round_trip_efficiency", "0.82", "-", "eia_storage_rte_2019"},
    {"storage.min_soc_share", "0.05", "-", "ct_assumption"},
    {"storage.initial_soc_share", "0.5", "-", "ct_assumption"},
    {"chp_plants[0].name", "synthetic coal CHP", "-", "ct_synthetic_default"},
    {"chp_plants[0].fuel", "coal", "-", "ct_synthetic_default"},
    {"chp_plants[0].capacity_kw", "350000", "kW", "ct_synthetic_default"},
    {"chp_plants[0].min_load_share", "0.5", "-", "ct_assumption"},
    {"chp_plants[0].electrical_efficiency", "0.3", "-", "ct_assumption"},
    {"chp_plants[0].heat_efficiency", "0.45", "-", "ct_assumption"},
    {"district_heat.network_loss_share", "0.08", "-", "ct_assumption"},
    {"district_heat.waste_heat_kw", "100000", "kW", "ct_synthetic_default"},
    {"district_heat.heat_pump_kw", "50000", "kW", "ct_synthetic_default"},
    {"district_heat.heat_pump_cop", "3", "-", "ct_assumption"},
    {"district_heat.coal_boiler_kw", "1500000", "kW", "ct_synthetic_default"},
    {"district_heat.coal_boiler_efficiency", "0.8", "-", "ct_assumption"},
    {"district_heat.gas_boiler_kw", "1000000", "kW", "ct_synthetic_default"},
    {"district_heat.gas_boiler_efficiency", "0.92", "-", "ct_assumption"},
    {"grid.import_limit_kw", "2000000", "kW", "ct_synthetic_default"},
    {"grid.export_limit_kw", "500000", "kW", "ct_synthetic_default"},
    {"heating_season.start_day", "319", "day of year", "ct_assumption"},
    {"heating_season.end_day", "74", "day of year", "ct_assumption"},
    {"flexibility.smart_charging_share", "0", "-", "ct_assumption"},
    {"flexibility.demand_response_share", "0", "-", "ct_assumption"},
    {"loads.ev.annual_kwh", "100000000", "kWh", "ct_synthetic_default"},
    {"loads.ev.home_share", "0.6", "-", "ct_assumption"},
    {"loads.ev.work_share", "0.15", "-", "ct_assumption"},
    {"loads.ev.fast_share", "0.25", "-", "ct_assumption"},
    {"loads.industry_kwh", "2000000000", "kWh", "ct_synthetic_default"},
    {"loads.other_kwh", "300000000", "kWh", "ct_synthetic_default"},
    {"loads.heat_pump_kwh", "0", "kWh", "ct_synthetic_default"},
    {"loads.rooftop_pv_share", "0.03", "-", "ct_assumption"},
    {"loads.industry_shifts", "2", "shifts", "ct_assumption"},
    {"loads.industry_weekend_factor", "0.7", "-", "ct_assumption"},
    {"loads.work_charging_weekend_factor", "0.2", "-", "ct_assumption"},
    {"loads.heat_pump_base_c", "18", "degC", "ct_assumption"},
};

constexpr EnergySourceRef kSources[] = {
    {"ct_synthetic_default",
     "CarbonTwin assumption: synthetic asset or load of the default city (a synthetic 1-million-person district, "
     "twin/city/default_city.hpp), sized to be plausible for such a district; not a real plant"},
    {"ct_assumption", "CarbonTwin assumption; the reason is in the note column of assets/energy/default_energy_system.csv"},
    {"twin_buildings_pv",
     "Same value as CarbonTwin's rooftop PV model (twin/buildings/pv.hpp): NOCT cell-temperature model (IEC 61215 / "
     "Ross) and a mono-Si PERC power temperature coefficient"},
    {"irwin1979_isc3_shear",
     "Irwin, J.S. (1979), Atmospheric Environment 13:191-194, and US EPA (1995) ISC3 User's Guide vol. II "
     "(EPA-454/B-95-003b): wind-profile power-law exponent p = 0.15 for rural terrain, stability class D (neutral); "
     "as collected in shared/data/dispersion/wind_profile_power_law_exponents.csv (from GasDispersion.jl)"},
    {"wind_speeds_biologyinsights",
     "'What Wind Speed Is Needed for a Wind Turbine?', https://biologyinsights.com/"
     "what-wind-speed-is-needed-for-a-wind-turbine: cut-in typically 3-4 m/s, rated speed typically 12-17 m/s for "
     "modern large-scale turbines"},
    {"wind_cutout_sierterm",
     "'Cut-in wind speed', https://sierterm.es/content/cutin-wind-speed/?lang=en: cut-out speed generally around "
     "55 mph (24.6 m/s)"},
    {"eia_storage_rte_2019",
     "US EIA Power Plant Operations Report, as reported in 'Utility-Scale Batteries & Pumped Storage Return About 80% "
     "of the Electricity they Store', CleanTechnica, 2021-02-12, https://cleantechnica.com/2021/02/12/"
     "utility-scale-batteries-pumped-storage-return-about-80-of-the-electricity-they-store/: the US utility-scale "
     "battery fleet's average monthly round-trip efficiency was 82 % in 2019"},
    {"afdc_evi_pro_shapes",
     "CarbonTwin assumption: daily shapes after the home / work / fast-charger split of the AFDC EVI-Pro profiles "
     "as described for PNNL GridPIQ (https://gridpiq.pnnl.gov/v2-beta/doc/?p=371); the weights are not transcribed "
     "from EVI-Pro output"},
    {"ct_shift_pattern", "CarbonTwin assumption: industrial load as plateaus of 1, 2 or 3 eight-hour shifts over a low "
                         "night base (a generic shape, not a measured one)"},
    {"ipcc2006_v2_ch2_t2_2",
     "IPCC (2006), 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2 Energy, Ch. 2 Stationary "
     "Combustion, Table 2.2 (default emission factors for stationary combustion in the energy industries, kg/TJ "
     "NCV), as transcribed in github.com/iClimate/ghgpy src/ghgpy/data/efs.py (commit 352b27c8)"},
};

bool parse_double(std::string_view text, double* out) {
  std::string s(text);
  if (s.empty()) return false;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

using Setter = std::function<std::string(EnergyCityDef*, std::string_view)>;

template <class Get>
Setter num(Get get) {
  return [get](EnergyCityDef* d, std::string_view v) -> std::string {
    double x = 0;
    if (!parse_double(v, &x)) return "value '" + std::string(v) + "' is not a finite number";
    *get(d) = x;
    return "";
  };
}

std::string parse_fuel(std::string_view v, emissions::Carrier* out) {
  if (v == "coal") *out = emissions::Carrier::Coal;
  else if (v == "natural_gas") *out = emissions::Carrier::NaturalGas;
  else return "fuel '" + std::string(v) + "' is not coal or natural_gas";
  return "";
}

const std::map<std::string, Setter, std::less<>>& scalar_setters() {
  static const std::map<std::string, Setter, std::less<>> m = [] {
    std::map<std::string, Setter, std::less<>> t;
#define CT_NUM(key, expr) t[key] = num([](EnergyCityDef* d) { return &(d->expr); })
    CT_NUM("utility_pv.capacity_kwp", system.utility_pv.capacity_kwp);
    CT_NUM("utility_pv.tilt_deg", system.utility_pv.tilt_deg);
    CT_NUM("utility_pv.azimuth_deg", system.utility_pv.azimuth_deg);
    CT_NUM("utility_pv.performance_ratio", system.utility_pv.performance_ratio);
    CT_NUM("utility_pv.noct_c", system.utility_pv.noct_c);
    CT_NUM("utility_pv.temperature_coefficient_per_k", system.utility_pv.temperature_coefficient_per_k);
    CT_NUM("wind.capacity_kw", system.wind.capacity_kw);
    CT_NUM("wind.hub_height_m", system.wind.hub_height_m);
    CT_NUM("wind.reference_height_m", system.wind.reference_height_m);
    CT_NUM("wind.shear_exponent", system.wind.shear_exponent);
    CT_NUM("wind.cut_in_m_s", system.wind.cut_in_m_s);
    CT_NUM("wind.rated_m_s", system.wind.rated_m_s);
    CT_NUM("wind.cut_out_m_s", system.wind.cut_out_m_s);
    CT_NUM("wind.availability", system.wind.availability);
    CT_NUM("storage.energy_kwh", system.storage.energy_kwh);
    CT_NUM("storage.power_kw", system.storage.power_kw);
    CT_NUM("storage.round_trip_efficiency", system.storage.round_trip_efficiency);
    CT_NUM("storage.min_soc_share", system.storage.min_soc_share);
    CT_NUM("storage.initial_soc_share", system.storage.initial_soc_share);
    CT_NUM("district_heat.network_loss_share", system.district_heat.network_loss_share);
    CT_NUM("district_heat.waste_heat_kw", system.district_heat.waste_heat_kw);
    CT_NUM("district_heat.heat_pump_kw", system.district_heat.heat_pump_kw);
    CT_NUM("district_heat.heat_pump_cop", system.district_heat.heat_pump_cop);
    CT_NUM("district_heat.coal_boiler_kw", system.district_heat.coal_boiler_kw);
    CT_NUM("district_heat.coal_boiler_efficiency", system.district_heat.coal_boiler_efficiency);
    CT_NUM("district_heat.gas_boiler_kw", system.district_heat.gas_boiler_kw);
    CT_NUM("district_heat.gas_boiler_efficiency", system.district_heat.gas_boiler_efficiency);
    CT_NUM("grid.import_limit_kw", system.grid.import_limit_kw);
    CT_NUM("grid.export_limit_kw", system.grid.export_limit_kw);
    CT_NUM("flexibility.smart_charging_share", system.flexibility.smart_charging_share);
    CT_NUM("flexibility.demand_response_share", system.flexibility.demand_response_share);
    CT_NUM("loads.ev.annual_kwh", loads.ev.annual_kwh);
    CT_NUM("loads.ev.home_share", loads.ev.home_share);
    CT_NUM("loads.ev.work_share", loads.ev.work_share);
    CT_NUM("loads.ev.fast_share", loads.ev.fast_share);
    CT_NUM("loads.industry_kwh", loads.industry_kwh);
    CT_NUM("loads.other_kwh", loads.other_kwh);
    CT_NUM("loads.heat_pump_kwh", loads.heat_pump_kwh);
    CT_NUM("loads.rooftop_pv_share", loads.rooftop_pv_share);
    CT_NUM("loads.industry_weekend_factor", loads.shapes.industry_weekend_factor);
    CT_NUM("loads.work_charging_weekend_factor", loads.shapes.work_charging_weekend_factor);
    CT_NUM("loads.heat_pump_base_c", loads.shapes.heat_pump_base_c);
#undef CT_NUM
    auto day = [](int HeatingSeasonDef::*field) {
      return [field](EnergyCityDef* d, std::string_view v) -> std::string {
        double x = 0;
        if (!parse_double(v, &x) || x != std::floor(x) || x < 1 || x > 366)
          return "value '" + std::string(v) + "' is not a day of the year (1-366)";
        d->system.heating_season.*field = static_cast<int>(x);
        return "";
      };
    };
    t["heating_season.start_day"] = day(&HeatingSeasonDef::start_day);
    t["heating_season.end_day"] = day(&HeatingSeasonDef::end_day);
    t["loads.industry_shifts"] = [](EnergyCityDef* d, std::string_view v) -> std::string {
      if (v == "1") d->loads.shapes.industry_shifts = ShiftPattern::One;
      else if (v == "2") d->loads.shapes.industry_shifts = ShiftPattern::Two;
      else if (v == "3") d->loads.shapes.industry_shifts = ShiftPattern::Three;
      else return "value '" + std::string(v) + "' is not 1, 2 or 3 shifts";
      return "";
    };
    return t;
  }();
  return m;
}

// "thermal_plants[3].capacity_kw" → index 3, field "capacity_kw". Indices up to 63.
bool split_indexed(std::string_view key, std::string_view prefix, std::size_t* index, std::string_view* field) {
  if (key.substr(0, prefix.size()) != prefix || key.size() <= prefix.size() || key[prefix.size()] != '[') return false;
  const std::size_t close = key.find("].", prefix.size());
  if (close == std::string_view::npos) return false;
  const std::string_view digits = key.substr(prefix.size() + 1, close - prefix.size() - 1);
  std::size_t i = 0;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), i);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || digits.empty() || i > 63) return false;
  *index = i;
  *field = key.substr(close + 2);
  return true;
}

std::string set_plant_field(ThermalPlantDef* p, std::string_view field, std::string_view v) {
  double x = 0;
  if (field == "name") return p->name = std::string(v), "";
  if (field == "fuel") return parse_fuel(v, &p->fuel);
  if (field == "local_first") {
    if (v == "true") p->local_first = true;
    else if (v == "false") p->local_first = false;
    else return "value '" + std::string(v) + "' is not true or false";
    return "";
  }
  double* target = field == "capacity_kw"             ? &p->capacity_kw
                   : field == "min_load_share"        ? &p->min_load_share
                   : field == "electrical_efficiency" ? &p->electrical_efficiency
                                                      : nullptr;
  if (!target) return "unknown field '" + std::string(field) + "' of a thermal plant";
  if (!parse_double(v, &x)) return "value '" + std::string(v) + "' is not a finite number";
  *target = x;
  return "";
}

std::string set_chp_field(ChpDef* p, std::string_view field, std::string_view v) {
  double x = 0;
  if (field == "name") return p->name = std::string(v), "";
  if (field == "fuel") return parse_fuel(v, &p->fuel);
  double* target = field == "capacity_kw"             ? &p->capacity_kw
                   : field == "min_load_share"        ? &p->min_load_share
                   : field == "electrical_efficiency" ? &p->electrical_efficiency
                   : field == "heat_efficiency"       ? &p->heat_efficiency
                                                      : nullptr;
  if (!target) return "unknown field '" + std::string(field) + "' of a CHP plant";
  if (!parse_double(v, &x)) return "value '" + std::string(v) + "' is not a finite number";
  *target = x;
  return "";
}

// RFC 4180 records with the 1-based line each starts on.
struct Record {
  std::vector<std::string> fields;
  int line = 0;
};
bool split_csv(std::string_view text, std::vector<Record>* out, std::string* error) {
  Record rec;
  std::string field;
  bool quoted = false, any = false;
  int line = 1;
  rec.line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (ch == '"') quoted = false;
      else {
        if (ch == '\n') ++line;
        field += ch;
      }
      continue;
    }
    if (ch == '"') quoted = any = true;
    else if (ch == ',') rec.fields.push_back(field), field.clear(), any = true;
    else if (ch == '\r') continue;
    else if (ch == '\n') {
      if (any || !field.empty()) {
        rec.fields.push_back(field);
        out->push_back(rec);
      }
      rec = Record{};
      field.clear();
      any = false;
      rec.line = ++line;
    } else field += ch, any = true;
  }
  if (quoted) {
    *error = "line " + std::to_string(rec.line) + ": unterminated quoted field";
    return false;
  }
  if (any || !field.empty()) {
    rec.fields.push_back(field);
    out->push_back(rec);
  }
  return true;
}

}  // namespace

std::span<const EnergyDefaultRow> default_energy_rows() { return kRows; }
std::span<const EnergySourceRef> energy_source_refs() { return kSources; }

const char* energy_source_citation(std::string_view id) {
  for (const EnergySourceRef& s : kSources)
    if (id == s.id) return s.citation;
  return "unknown source";
}

std::string set_energy_field(EnergyCityDef* def, std::string_view key, std::string_view value) {
  const auto& setters = scalar_setters();
  if (auto it = setters.find(key); it != setters.end()) return it->second(def, value);
  std::size_t i = 0;
  std::string_view field;
  if (split_indexed(key, "thermal_plants", &i, &field)) {
    if (def->system.thermal_plants.size() <= i) def->system.thermal_plants.resize(i + 1);
    return set_plant_field(&def->system.thermal_plants[i], field, value);
  }
  if (split_indexed(key, "chp_plants", &i, &field)) {
    if (def->system.chp_plants.size() <= i) def->system.chp_plants.resize(i + 1);
    return set_chp_field(&def->system.chp_plants[i], field, value);
  }
  return "unknown key '" + std::string(key) + "'";
}

EnergyCityDef default_energy_city_def() {
  EnergyCityDef def;
  for (const EnergyDefaultRow& row : kRows) {
    [[maybe_unused]] const std::string error = set_energy_field(&def, row.key, row.value);
    assert(error.empty() && "embedded default energy row does not parse");
  }
  return def;
}

std::vector<EnergyIssue> parse_energy_city_csv(std::string_view text, const EnergyCityDef& base, EnergyCityDef* out) {
  std::vector<EnergyIssue> issues;
  std::vector<Record> records;
  std::string error;
  if (!split_csv(text, &records, &error)) return {{"csv", error}};
  if (records.empty()) return {{"line 1", "empty file: expected a header with columns key,value"}};
  int key_col = -1, value_col = -1;
  const Record& header = records[0];
  for (std::size_t c = 0; c < header.fields.size(); ++c) {
    std::string name = header.fields[c];
    if (c == 0 && name.size() >= 3 && name.compare(0, 3, "\xEF\xBB\xBF") == 0) name.erase(0, 3);  // UTF-8 BOM
    if (name == "key") key_col = static_cast<int>(c);
    if (name == "value") value_col = static_cast<int>(c);
  }
  if (key_col < 0 || value_col < 0)
    return {{"line " + std::to_string(header.line), "header lacks the columns key and value"}};
  EnergyCityDef def = base;
  std::map<std::string, int, std::less<>> line_of;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const Record& rec = records[r];
    const std::string at = "line " + std::to_string(rec.line);
    if (rec.fields.size() != header.fields.size()) {
      issues.push_back({at, "has " + std::to_string(rec.fields.size()) + " fields, the header has " +
                                std::to_string(header.fields.size())});
      continue;
    }
    const std::string& key = rec.fields[key_col];
    const std::string& value = rec.fields[value_col];
    if (auto it = line_of.find(key); it != line_of.end()) {
      issues.push_back({at + " field key", "'" + key + "' already given on line " + std::to_string(it->second)});
      continue;
    }
    line_of[key] = rec.line;
    if (const std::string e = set_energy_field(&def, key, value); !e.empty())
      issues.push_back({at + " field value", key + ": " + e});
  }
  if (!issues.empty()) return issues;
  // Range checks of the result, reported at the line of the key they concern.
  auto where = [&](const std::string& path) {
    for (const auto& [key, line] : line_of)  // the key itself, or a key inside the object named
      if (path == key || key.compare(0, path.size() + 1, path + ".") == 0)
        return "line " + std::to_string(line) + " (" + path + ")";
    return path + " (default or derived value)";
  };
  for (const EnergyIssue& i : validate_energy_system(def.system)) issues.push_back({where(i.where), i.message});
  const EvChargingDef& ev = def.loads.ev;
  for (auto [key, v] : {std::pair{"loads.ev.annual_kwh", ev.annual_kwh}, std::pair{"loads.industry_kwh", def.loads.industry_kwh},
                        std::pair{"loads.other_kwh", def.loads.other_kwh}, std::pair{"loads.heat_pump_kwh", def.loads.heat_pump_kwh}})
    if (v < 0.0 || v > 1.0e12) issues.push_back({where(key), "must be in [0, 1e12] kWh"});
  for (auto [key, v] : {std::pair{"loads.ev.home_share", ev.home_share}, std::pair{"loads.ev.work_share", ev.work_share},
                        std::pair{"loads.ev.fast_share", ev.fast_share}, std::pair{"loads.rooftop_pv_share", def.loads.rooftop_pv_share},
                        std::pair{"loads.industry_weekend_factor", def.loads.shapes.industry_weekend_factor},
                        std::pair{"loads.work_charging_weekend_factor", def.loads.shapes.work_charging_weekend_factor}})
    if (v < 0.0 || v > 1.0) issues.push_back({where(key), "must be a share in [0, 1]"});
  if (def.loads.shapes.heat_pump_base_c < 0.0 || def.loads.shapes.heat_pump_base_c > 30.0)
    issues.push_back({where("loads.heat_pump_base_c"), "must be a base temperature in [0, 30] degC"});
  if (std::fabs(ev.home_share + ev.work_share + ev.fast_share - 1.0) > 1e-9)
    issues.push_back({where("loads.ev.home_share"), "home, work and fast charging shares must sum to 1"});
  if (issues.empty()) *out = def;
  return issues;
}

}  // namespace twin::energy
