// Scenario JSON reader and writer (see scenario_json.hpp, docs/scenario.md).
#include "cli/scenario_json.hpp"

#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

namespace cli {
namespace {

// Scenario files are written by hand and are a few KB (assets/pathway/scenarios), but the JSON
// document costs many times the text: 100 MB of new lines took 1.7 GB and 24 s to read in the fuzz
// build (tests/fuzz/big_input). 16 MiB is far above any scenario (1,000 lines of 30 stops ≈ 2 MB).
constexpr std::size_t kMaxScenarioBytes = 16u << 20;

using nlohmann::json;
using twin::pathway::LeverSetting;
using twin::pathway::Scenario;

bool read_number(const json& v, const std::string& path, double* out, std::vector<std::string>* errors) {
  if (!v.is_number()) {
    errors->push_back(path + ": expected a number, got " + std::string(v.type_name()));
    return false;
  }
  *out = v.get<double>();
  return true;
}

bool read_int(const json& v, const std::string& path, int* out, std::vector<std::string>* errors) {
  if (!v.is_number_integer()) {
    errors->push_back(path + ": expected an integer, got " + (v.is_number() ? v.dump() : std::string(v.type_name())));
    return false;
  }
  const auto i = v.get<long long>();
  if (i < -100000 || i > 100000) {
    errors->push_back(path + ": " + v.dump() + " is out of range");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

// nlohmann's DOM builder without exceptions, keeping the parser's message (line, column, what was read):
// the page's wasm build does not catch C++ exceptions, and the same reader runs there.
struct DomParserKeepingError : nlohmann::detail::json_sax_dom_parser<json> {
  explicit DomParserKeepingError(json& doc) : nlohmann::detail::json_sax_dom_parser<json>(doc, false) {}
  template <class Exception>
  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/, const Exception& e) {
    error = e.what();
    return false;
  }
  std::string error;
};

void check_unit(const json& v, const std::string& path, const twin::pathway::LeverDef& def,
                std::vector<std::string>* errors) {
  if (!v.is_string() || v.get<std::string>() != def.unit)
    errors->push_back(path + ": " + v.dump() + " is not this lever's unit \"" + def.unit + "\"");
}

void read_lever(const json& v, const std::string& path, const twin::pathway::LeverDef& def, LeverSetting* s,
                std::vector<std::string>* errors) {
  if (v.is_number()) {  // shorthand: a constant value from the base year on
    s->start_year = twin::pathway::kFirstYear;
    s->ramp_years = 0;
    read_number(v, path, &s->target, errors);
    return;
  }
  if (!v.is_object()) {
    errors->push_back(path + ": expected a number or an object {start_year, ramp_years, target}");
    return;
  }
  for (const auto& [key, value] : v.items()) {
    const std::string p = path + "." + key;
    if (key == "start_year") read_int(value, p, &s->start_year, errors);
    else if (key == "ramp_years") read_int(value, p, &s->ramp_years, errors);
    else if (key == "target") read_number(value, p, &s->target, errors);
    // What scenario_to_json writes beside the setting, for the reader of the file: the unit must be the
    // lever's (a file from another unit convention would be misread), the base-year default is ignored.
    else if (key == "unit") check_unit(value, p, def, errors);
    else if (key == "default") continue;
    else errors->push_back(p + ": unknown field (expected start_year, ramp_years, target; unit, default as written)");
  }
}

bool read_stop(const json& v, const std::string& path, twin::TransitStop* stop, std::vector<std::string>* errors) {
  if (!v.is_object()) {
    errors->push_back(path + ": expected an object {name, x_m, y_m}");
    return false;
  }
  bool have_x = false, have_y = false;
  for (const auto& [key, value] : v.items()) {
    const std::string p = path + "." + key;
    if (key == "name") {
      if (value.is_string()) stop->name = value.get<std::string>();
      else errors->push_back(p + ": expected a string");
    } else if (key == "x_m") {
      have_x = read_number(value, p, &stop->xy.x_m, errors);
    } else if (key == "y_m") {
      have_y = read_number(value, p, &stop->xy.y_m, errors);
    } else {
      errors->push_back(p + ": unknown field (expected name, x_m, y_m)");
    }
  }
  if (!have_x || !have_y) errors->push_back(path + ": a stop needs x_m and y_m (metres, city frame)");
  return have_x && have_y;
}

void read_new_line(const json& v, const std::string& path, twin::pathway::NewTransitLine* line,
                   std::vector<std::string>* errors) {
  if (!v.is_object()) {
    errors->push_back(path + ": expected an object {name, mode, headway_min, opening_year, stops}");
    return;
  }
  for (const auto& [key, value] : v.items()) {
    const std::string p = path + "." + key;
    if (key == "name") {
      if (value.is_string()) line->line.name = value.get<std::string>();
      else errors->push_back(p + ": expected a string");
    } else if (key == "mode") {
      if (value == "metro") line->line.mode = twin::TransitMode::Metro;
      else if (value == "bus") line->line.mode = twin::TransitMode::Bus;
      else errors->push_back(p + ": expected \"metro\" or \"bus\"");
    } else if (key == "headway_min") {
      read_number(value, p, &line->line.headway_min, errors);
    } else if (key == "opening_year") {
      read_int(value, p, &line->opening_year, errors);
    } else if (key == "stops") {
      if (!value.is_array()) {
        errors->push_back(p + ": expected an array of stops");
        continue;
      }
      for (std::size_t i = 0; i < value.size(); ++i) {
        twin::TransitStop stop;
        if (read_stop(value[i], p + "[" + std::to_string(i) + "]", &stop, errors)) line->line.stops.push_back(stop);
      }
    } else {
      errors->push_back(p + ": unknown field (expected name, mode, headway_min, opening_year, stops)");
    }
  }
}

// One dual-control target line: "none", {"cut_pct", "base_year", "target_year"} or {"series": [[year, bound], …]}.
void read_target_line(const json& v, const std::string& path, twin::drivers::TargetLine* line,
                      std::vector<std::string>* errors) {
  using Kind = twin::drivers::TargetLine::Kind;
  *line = twin::drivers::TargetLine{};
  if (v.is_string() && v == "none") return;
  if (!v.is_object()) {
    errors->push_back(path + ": expected \"none\", {cut_pct, base_year, target_year} or {series: [[year, bound], …]}");
    return;
  }
  bool cut = false, target_year = false, series = false;
  for (const auto& [key, value] : v.items()) {
    const std::string p = path + "." + key;
    if (key == "cut_pct") {
      double pct = 0.0;
      if (read_number(value, p, &pct, errors)) line->cut_fraction = pct / 100.0;
      cut = true;
    } else if (key == "base_year") {
      read_int(value, p, &line->base_year, errors);
      cut = true;
    } else if (key == "target_year") {
      target_year = read_int(value, p, &line->target_year, errors);
      cut = true;
    } else if (key == "series") {
      series = true;
      if (!value.is_array()) {
        errors->push_back(p + ": expected an array of [year, bound] pairs");
        continue;
      }
      for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string pi = p + "[" + std::to_string(i) + "]";
        if (!value[i].is_array() || value[i].size() != 2) {
          errors->push_back(pi + ": expected a pair [year, bound]");
          continue;
        }
        int year = 0;
        double bound = 0.0;
        if (read_int(value[i][0], pi + "[0]", &year, errors) && read_number(value[i][1], pi + "[1]", &bound, errors))
          line->series.push_back({year, bound});
      }
    } else {
      errors->push_back(p + ": unknown field (expected cut_pct, base_year, target_year or series)");
    }
  }
  if (cut && series) {
    errors->push_back(path + ": give either cut_pct/base_year/target_year or series, not both");
  } else if (series) {
    line->kind = Kind::Series;
  } else if (cut) {
    if (!v.contains("cut_pct") || !target_year)
      errors->push_back(path + ": a cut line needs cut_pct and target_year (base_year defaults to 2020)");
    line->kind = Kind::CutVsBase;
  } else {
    errors->push_back(path + ": empty target line (use \"none\" for no line)");
  }
}

// "factor_multipliers": {electricity, heat, coal, gas, oil}: numbers (bounds: validate_scenario); the keys
// not given stay 1 (the published factors).
void read_factor_multipliers(const json& v, const std::string& path, twin::pathway::FactorMultipliers* m,
                             std::vector<std::string>* errors) {
  if (!v.is_object()) {
    errors->push_back(path + ": expected an object {electricity, heat, coal, gas, oil} of multipliers");
    return;
  }
  for (const auto& [key, value] : v.items()) {
    const std::string p = path + "." + key;
    double* field = key == "electricity" ? &m->electricity
                    : key == "heat"      ? &m->heat
                    : key == "coal"      ? &m->coal
                    : key == "gas"       ? &m->gas
                    : key == "oil"       ? &m->oil
                                         : nullptr;
    if (field == nullptr) errors->push_back(p + ": unknown key (expected electricity, heat, coal, gas, oil)");
    else read_number(value, p, field, errors);
  }
}

// "grid_mix_path": [{"year": Y, "nonfossil_share": S}, …]: the user's own grid mix path (bounds and
// increasing years: validate_scenario); both keys required in every point.
void read_grid_mix_path(const json& v, const std::string& path, std::vector<twin::energy_mix::MixPathPoint>* out,
                        std::vector<std::string>* errors) {
  if (!v.is_array()) {
    errors->push_back(path + ": expected an array of {year, nonfossil_share} points");
    return;
  }
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string p = path + "[" + std::to_string(i) + "]";
    twin::energy_mix::MixPathPoint point;
    if (!v[i].is_object()) {
      errors->push_back(p + ": expected an object {year, nonfossil_share}");
      continue;
    }
    for (const auto& [key, value] : v[i].items()) {
      if (key == "year") read_int(value, p + ".year", &point.year, errors);
      else if (key == "nonfossil_share") read_number(value, p + ".nonfossil_share", &point.nonfossil_share, errors);
      else errors->push_back(p + "." + key + ": unknown key (expected year, nonfossil_share)");
    }
    if (!v[i].contains("year")) errors->push_back(p + ".year: missing");
    if (!v[i].contains("nonfossil_share")) errors->push_back(p + ".nonfossil_share: missing");
    out->push_back(point);
  }
}

// "dual_control": {indicator key: line, …, "carbon_budget": "none" | {start_year, cap_t}}; indicators
// not given keep their default lines.
void read_dual_control(const json& v, const std::string& path, twin::drivers::DualControlTargets* targets,
                       std::vector<std::string>* errors) {
  if (!v.is_object()) {
    errors->push_back(path + ": expected an object of target lines by indicator and carbon_budget");
    return;
  }
  for (const auto& [key, value] : v.items()) {
    const std::string p = path + "." + key;
    twin::drivers::Indicator indicator;
    if (twin::pathway::find_dual_control_indicator(key, &indicator)) {
      read_target_line(value, p, &targets->lines[static_cast<int>(indicator)], errors);
    } else if (key == "carbon_budget") {
      targets->budget = twin::drivers::CarbonBudget{};
      if (value.is_string() && value == "none") continue;
      if (!value.is_object()) {
        errors->push_back(p + ": expected \"none\" or an object {start_year, cap_t}");
        continue;
      }
      targets->budget.enabled = true;
      bool cap = false;
      for (const auto& [bkey, bvalue] : value.items()) {
        if (bkey == "start_year") read_int(bvalue, p + "." + bkey, &targets->budget.start_year, errors);
        else if (bkey == "cap_t") cap = read_number(bvalue, p + "." + bkey, &targets->budget.cap_t, errors);
        else errors->push_back(p + "." + bkey + ": unknown field (expected start_year, cap_t)");
      }
      if (!cap && !value.contains("cap_t")) errors->push_back(p + ": a carbon budget needs cap_t (tCO2)");
    } else {
      errors->push_back(p + ": unknown key (expected energy_tce, co2_t, energy_intensity_tce_per_10k_yuan, "
                            "co2_intensity_t_per_10k_yuan, energy_tce_per_capita, co2_t_per_capita, carbon_budget)");
    }
  }
}

}  // namespace

bool scenario_from_json(const std::string& text, Scenario* scenario, std::vector<std::string>* errors) {
  *scenario = twin::pathway::default_scenario();
  const std::size_t before = errors->size();
  if (text.size() > kMaxScenarioBytes) {
    errors->push_back("$: the file is " + std::to_string(text.size()) + " bytes; scenarios larger than " +
                      std::to_string(kMaxScenarioBytes) + " bytes (16 MiB) are refused");
    return false;
  }
  json doc;
  DomParserKeepingError sax(doc);
  if (!json::sax_parse(text, &sax) || !sax.error.empty()) {  // a parse error, or 1e999 (out_of_range)
    errors->push_back("$: not valid JSON (NaN and Infinity are not JSON numbers): " + sax.error);
    return false;
  }
  if (!doc.is_object()) {
    errors->push_back("$: expected an object");
    return false;
  }
  for (const auto& [key, value] : doc.items()) {
    const std::string path = "$." + key;
    if (key == "name" || key == "description") {
      if (!value.is_string()) errors->push_back(path + ": expected a string");
      else if (key == "name") scenario->name = value.get<std::string>();
    } else if (key == "grid_region") {
      if (!value.is_string() ||
          !twin::emissions::grid_region_from_string(value.get<std::string>(), &scenario->grid_region))
        errors->push_back(path + ": expected one of national, north_china, northeast, east_china, "
                                 "central_china, northwest, south, southwest");
    } else if (key == "levers") {
      if (!value.is_object()) {
        errors->push_back(path + ": expected an object of lever settings");
        continue;
      }
      for (const auto& [lever_key, setting] : value.items()) {
        const auto id = twin::pathway::find_lever(lever_key);
        if (!id) {
          errors->push_back(path + "." + lever_key + ": unknown lever (see docs/scenario.md)");
          continue;
        }
        read_lever(setting, path + "." + lever_key, twin::pathway::lever_def(*id), &scenario->lever(*id), errors);
      }
    } else if (key == "options") {
      if (!value.is_object()) {
        errors->push_back(path + ": expected an object");
        continue;
      }
      for (const auto& [option, v] : value.items()) {
        const std::string p = path + "." + option;
        auto& o = scenario->options;
        if (option == "weibull_scale_years") read_number(v, p, &o.weibull_scale_years, errors);
        else if (option == "weibull_shape") read_number(v, p, &o.weibull_shape, errors);
        else if (option == "neutrality_threshold_pct_of_peak") read_number(v, p, &o.neutrality_threshold_pct_of_peak, errors);
        else errors->push_back(p + ": unknown option");
      }
    } else if (key == "new_lines") {
      if (!value.is_array()) {
        errors->push_back(path + ": expected an array of lines");
        continue;
      }
      for (std::size_t i = 0; i < value.size(); ++i) {
        twin::pathway::NewTransitLine line;
        read_new_line(value[i], path + "[" + std::to_string(i) + "]", &line, errors);
        scenario->new_lines.push_back(std::move(line));
      }
    } else if (key == "dual_control") {
      read_dual_control(value, path, &scenario->dual_control, errors);
    } else if (key == "factor_multipliers") {
      read_factor_multipliers(value, path, &scenario->factor_multipliers, errors);
    } else if (key == "grid_mix_path") {
      read_grid_mix_path(value, path, &scenario->grid_mix_path, errors);
    } else {
      errors->push_back(path + ": unknown key (expected name, description, grid_region, levers, options, new_lines, "
                               "dual_control, factor_multipliers, grid_mix_path)");
    }
  }
  if (errors->size() != before) return false;
  for (const auto& e : twin::pathway::validate_scenario(*scenario)) {
    const bool lever = twin::pathway::find_lever(e.where).has_value();
    const bool line = e.where.rfind("new_lines[", 0) == 0 || e.where.rfind("dual_control.", 0) == 0 ||
                      e.where == "factor_multipliers" || e.where.rfind("grid_mix_path[", 0) == 0;
    const std::string at = lever ? "$.levers." + e.where + "." + e.field
                           : line ? "$." + e.where + "." + e.field
                                  : "$.options." + e.where;
    errors->push_back(at + ": " + e.message);
  }
  return errors->size() == before;
}

nlohmann::ordered_json dual_control_targets_json(const twin::drivers::DualControlTargets& targets) {
  using json = nlohmann::ordered_json;
  using Kind = twin::drivers::TargetLine::Kind;
  json doc = json::object();
  for (int i = 0; i < twin::drivers::kIndicatorCount; ++i) {
    const twin::drivers::TargetLine& line = targets.lines[i];
    const char* key = twin::pathway::dual_control_key(static_cast<twin::drivers::Indicator>(i));
    if (line.kind == Kind::CutVsBase) {
      doc[key] = {{"cut_pct", line.cut_fraction * 100.0}, {"base_year", line.base_year}, {"target_year", line.target_year}};
    } else if (line.kind == Kind::Series) {
      json series = json::array();
      for (const auto& [year, bound] : line.series) series.push_back({year, bound});
      doc[key] = {{"series", series}};
    } else {
      doc[key] = "none";
    }
  }
  if (targets.budget.enabled)
    doc["carbon_budget"] = {{"start_year", targets.budget.start_year}, {"cap_t", targets.budget.cap_t}};
  else
    doc["carbon_budget"] = "none";
  return doc;
}

nlohmann::ordered_json scenario_to_json(const Scenario& scenario) {
  using json = nlohmann::ordered_json;
  json levers = json::object();
  for (int i = 0; i < twin::pathway::kLeverCount; ++i) {
    const auto& def = twin::pathway::lever_defs()[i];
    const LeverSetting& s = scenario.levers[i];
    levers[def.key] = {{"start_year", s.start_year}, {"ramp_years", s.ramp_years}, {"target", s.target},
                       {"unit", def.unit}, {"default", def.default_value}};
  }
  const auto& o = scenario.options;
  json doc = {{"name", scenario.name},
              {"grid_region", twin::emissions::to_string(scenario.grid_region)},
              {"options", {{"weibull_scale_years", o.weibull_scale_years}, {"weibull_shape", o.weibull_shape},
                           {"neutrality_threshold_pct_of_peak", o.neutrality_threshold_pct_of_peak}}},
              {"levers", levers}};
  doc["dual_control"] = dual_control_targets_json(scenario.dual_control);
  const twin::pathway::FactorMultipliers& fm = scenario.factor_multipliers;
  if (fm.electricity != 1.0 || fm.heat != 1.0 || fm.coal != 1.0 || fm.gas != 1.0 || fm.oil != 1.0)  // only when set
    doc["factor_multipliers"] = {{"electricity", fm.electricity}, {"heat", fm.heat}, {"coal", fm.coal},
                                 {"gas", fm.gas}, {"oil", fm.oil}};
  if (!scenario.grid_mix_path.empty()) {  // written only when given (older outputs unchanged)
    json points = json::array();
    for (const auto& pt : scenario.grid_mix_path) points.push_back({{"year", pt.year}, {"nonfossil_share", pt.nonfossil_share}});
    doc["grid_mix_path"] = points;
  }
  if (!scenario.new_lines.empty()) {  // written only when there are any (older outputs unchanged)
    json lines = json::array();
    for (const auto& n : scenario.new_lines) {
      json stops = json::array();
      for (const auto& st : n.line.stops) stops.push_back({{"name", st.name}, {"x_m", st.xy.x_m}, {"y_m", st.xy.y_m}});
      lines.push_back({{"name", n.line.name},
                       {"mode", n.line.mode == twin::TransitMode::Bus ? "bus" : "metro"},
                       {"headway_min", n.line.headway_min},
                       {"opening_year", n.opening_year},
                       {"stops", stops}});
    }
    doc["new_lines"] = lines;
  }
  return doc;
}

nlohmann::ordered_json scenario_changes_to_json(const Scenario& scenario) {
  using json = nlohmann::ordered_json;
  const Scenario base = twin::pathway::default_scenario();
  const json full = scenario_to_json(scenario), plain = scenario_to_json(base);
  json doc = {{"name", scenario.name}};
  for (const char* key : {"grid_region", "options", "dual_control", "new_lines", "factor_multipliers",
                          "grid_mix_path"})
    if (full.contains(key) && (!plain.contains(key) || full[key] != plain[key])) doc[key] = full[key];
  json levers = json::object();
  for (int i = 0; i < twin::pathway::kLeverCount; ++i) {
    const LeverSetting& s = scenario.levers[i];
    const LeverSetting& b = base.levers[i];
    if (s.start_year == b.start_year && s.ramp_years == b.ramp_years && s.target == b.target) continue;
    levers[twin::pathway::lever_defs()[i].key] = {{"start_year", s.start_year}, {"ramp_years", s.ramp_years},
                                                  {"target", s.target}};
  }
  if (!levers.empty()) doc["levers"] = levers;
  return doc;
}

bool read_scenario_file(const std::string& path, const char* command, twin::pathway::Scenario* scenario) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "carbontwin " << command << ": cannot read scenario '" << path << "'\n";
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<std::string> errors;
  if (!scenario_from_json(text.str(), scenario, &errors)) {
    for (const auto& e : errors) std::cerr << path << ": " << e << "\n";
    return false;
  }
  return true;
}

}  // namespace cli
