// uncertain_inputs.hpp: the CSV reader and the embedded table.
#include "twin/uncertainty/uncertain_inputs.hpp"

#include <array>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace twin::uncertainty {
namespace {

constexpr std::array<FactorId, 5> kFactors = {FactorId::Electricity, FactorId::Heat, FactorId::Coal, FactorId::Gas,
                                              FactorId::Oil};

// Levers whose effect on travel comes from transport-model re-runs (pathway/structural_runs.hpp).
bool is_structural(pathway::LeverId id) {
  return id == pathway::LeverId::TransitHeadwayChangePct || id == pathway::LeverId::CongestionChargeYuan ||
         id == pathway::LeverId::ParkingPriceYuan;
}

// One CSV record (RFC 4180 quoting, no newlines inside fields). False on an unterminated quote.
bool split_line(std::string_view line, std::vector<std::string>* fields) {
  fields->clear();
  std::string cur;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    if (quoted) {
      if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cur += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        cur += ch;
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ',') {
      fields->push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  fields->push_back(cur);
  return !quoted;
}

// A number written in full ("0.85", "-20", "1e-3"), else false (no locale, no trailing text).
bool parse_number(const std::string& text, double* value) {
  if (text.empty()) return false;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return false;
  *value = v;
  return true;
}

// The embedded rows, in the CSV's order (p3 = 0 where the CSV leaves it empty).
struct Row {
  const char* input;
  InputKind kind;
  ApplyMode mode;
  DistributionKind distribution;
  double p1, p2, p3;
  const char* unit;
  const char* source_id;
  const char* source;
  const char* note;
};

constexpr const char* kAssumption = "ct_assumption";
constexpr const char* kIpccSource =
    "IPCC (2006), 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2 Energy, Ch. 1 Introduction, "
    "Table 1.4 (default CO2 emission factors for combustion with 95 % confidence intervals), found at "
    "https://www.scribd.com/document/658362082/6Introduction";
constexpr const char* kPts = "% (points added to the target)";
using DK = DistributionKind;
using IK = InputKind;
using AM = ApplyMode;

constexpr Row kRows[] = {
    {"population_change_pct", IK::Lever, AM::Add, DK::Normal, 0, 5, 0, kPts, kAssumption,
     "CarbonTwin assumption: a city's resident population 15 years out is rarely known better than about ±10 % "
     "(95 %), the spread between planning and census counts; no published interval found for a generic city",
     "sd 5 points on the scenario's own target"},
    {"residential_floor_area_per_capita_change_pct", IK::Lever, AM::Add, DK::Normal, 0, 5, 0, kPts, kAssumption,
     "CarbonTwin assumption: per-capita dwelling area growth is a planning outcome; ±10 points (95 %) around the "
     "scenario's path",
     ""},
    {"non_heating_intensity_change_pct", IK::Lever, AM::Add, DK::Normal, 0, 10, 0, kPts, kAssumption,
     "CarbonTwin assumption: growth of appliance, cooling and lighting use is the least certain building driver; "
     "±20 points (95 %) around the scenario's +64 % default",
     ""},
    {"heat_pump_scop", IK::Lever, AM::Multiply, DK::Triangular, 0.85, 1, 1.1, "- (multiplier of the target SCOP)",
     kAssumption,
     "CarbonTwin assumption: installed air-source heat pumps in cold climates often reach below their rated "
     "seasonal COP (defrost, oversized supply temperatures), rarely above; skewed down to −15 %, up to +10 %",
     ""},
    {"pv_yield_kwh_per_kwp", IK::Lever, AM::Multiply, DK::Normal, 1, 0.05, 0, "- (multiplier of the target yield)",
     kAssumption,
     "CarbonTwin assumption: year-to-year and site-to-site spread of specific PV yield (irradiance, soiling, "
     "shading) about ±10 % (95 %)",
     ""},
    {"ev_sales_share_pct", IK::Lever, AM::Add, DK::Triangular, -20, 0, 10, kPts, kAssumption,
     "CarbonTwin assumption: the NEV sales share the scenario targets may be missed by up to 20 points or beaten "
     "by up to 10 (policy- and price-driven)",
     "clamped to the lever's 0–100 %"},
    {"vehicle_efficiency_improvement_pct", IK::Lever, AM::Add, DK::Normal, 0, 5, 0, kPts, kAssumption,
     "CarbonTwin assumption: fleet efficiency gains (standards vs real-world fuel use gap) ±10 points (95 %)", ""},
    {"industry_growth_offset_pts", IK::Lever, AM::Add, DK::Normal, 0, 1, 0, "pts/yr (added to the target offset)",
     kAssumption,
     "CarbonTwin assumption: industrial output growth relative to GDP growth is uncertain by about ±2 points a "
     "year (95 %) over decades",
     ""},
    {"waste_per_capita_change_pct", IK::Lever, AM::Add, DK::Normal, 0, 10, 0, kPts, kAssumption,
     "CarbonTwin assumption: municipal solid waste per resident ±20 points (95 %) around the scenario's path "
     "(consumption, sorting policy)",
     ""},
    {"grid_nonfossil_added_pts", IK::Lever, AM::Add, DK::Normal, 0, 5, 0, "pts (added to the target)", kAssumption,
     "CarbonTwin assumption: the regional grid's non-fossil share may run ±10 points (95 %) from the scenario's "
     "path (build-out pace, hydro years)",
     ""},
    {"electricity_factor", IK::Factor, AM::Multiply, DK::Normal, 1, 0.05, 0, "- (multiplier of the grid factor path)",
     kAssumption,
     "CarbonTwin assumption: the MEE/NBS average grid factor is published without an uncertainty interval; ±10 % "
     "(95 %) covers the gap between average and location-specific factors and between annual editions",
     ""},
    {"heat_factor", IK::Factor, AM::Multiply, DK::Triangular, 0.8, 1, 1.2, "- (multiplier of the district heat factor)",
     kAssumption,
     "CarbonTwin assumption: the NDRC default 0.11 tCO2/GJ applies whatever the heat source; a coal-CHP or "
     "gas-boiler network can be about 20 % either way",
     ""},
    {"coal_co2_factor", IK::Factor, AM::Multiply, DK::Triangular, 0.946089, 1, 1.053911,
     "- (multiplier of 94 600 kgCO2/TJ)", "ipcc2006_v2_ch1_t1_4", kIpccSource,
     "Other bituminous coal 94 600 (89 500–99 700) kg/TJ: bounds = 89 500/94 600 and 99 700/94 600; the 95 % "
     "bounds taken as the triangle's ends (CarbonTwin choice, slightly narrower than the IPCC range)"},
    {"gas_co2_factor", IK::Factor, AM::Multiply, DK::Triangular, 0.967914, 1, 1.039216,
     "- (multiplier of 56 100 kgCO2/TJ)", "ipcc2006_v2_ch1_t1_4", kIpccSource,
     "Natural gas 56 100 (54 300–58 300) kg/TJ: bounds = 54 300/56 100 and 58 300/56 100"},
    {"oil_co2_factor", IK::Factor, AM::Multiply, DK::Triangular, 0.974026, 1, 1.053391,
     "- (multiplier of the oil gasoline and LPG factors)", "ipcc2006_v2_ch1_t1_4", kIpccSource,
     "Motor gasoline 69 300 (67 500–73 000) kg/TJ: bounds = 67 500/69 300 and 73 000/69 300, the widest of the "
     "three petroleum products (gas/diesel oil 74 100 (72 600–74 800), LPG 63 100 (61 600–65 600)), applied to "
     "all three together"},
};

std::vector<UncertainInput> build_default() {
  std::vector<UncertainInput> out;
  for (const Row& r : kRows) {
    UncertainInput in;
    in.name = r.input;
    in.kind = r.kind;
    in.mode = r.mode;
    in.distribution = {r.distribution, r.p1, r.p2, r.p3};
    if (r.kind == InputKind::Lever) {
      const auto id = pathway::find_lever(r.input);
      if (id) in.lever = *id;
    } else {
      for (FactorId f : kFactors)
        if (in.name == factor_key(f)) in.factor = f;
    }
    in.unit = r.unit;
    in.source_id = r.source_id;
    in.source = r.source;
    in.note = r.note;
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace

const char* to_string(InputKind kind) { return kind == InputKind::Lever ? "lever" : "factor"; }
const char* to_string(ApplyMode mode) { return mode == ApplyMode::Add ? "add" : "multiply"; }

const char* factor_key(FactorId id) {
  switch (id) {
    case FactorId::Electricity: return "electricity_factor";
    case FactorId::Heat: return "heat_factor";
    case FactorId::Coal: return "coal_co2_factor";
    case FactorId::Gas: return "gas_co2_factor";
    case FactorId::Oil: return "oil_co2_factor";
  }
  return "?";
}

UncertainInputsResult read_uncertain_inputs_csv(std::string_view text) {
  UncertainInputsResult result;
  static constexpr std::array<const char*, 11> kColumns = {"input", "kind",  "mode", "distribution", "p1",   "p2",
                                                           "p3",    "unit", "source_id", "source", "note"};
  std::array<int, kColumns.size()> col{};
  col.fill(-1);
  std::vector<std::string> fields;
  int line_no = 0;
  std::size_t header_size = 0;
  bool have_header = false;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    auto error = [&](std::string field, std::string message) {
      result.errors.push_back({line_no, std::move(field), std::move(message)});
    };
    if (!split_line(line, &fields)) {
      error("", "unterminated quoted field");
      continue;
    }
    if (!have_header) {
      have_header = true;
      header_size = fields.size();
      for (std::size_t c = 0; c < kColumns.size(); ++c)
        for (std::size_t f = 0; f < fields.size(); ++f)
          if (fields[f] == kColumns[c]) col[c] = static_cast<int>(f);
      for (std::size_t c = 0; c < kColumns.size(); ++c)
        if (col[c] < 0) error(kColumns[c], std::string("missing column '") + kColumns[c] + "'");
      if (!result.errors.empty()) return result;
      continue;
    }
    if (fields.size() != header_size) {
      std::ostringstream m;
      m << "expected " << header_size << " fields as in the header, found " << fields.size();
      error("", m.str());
      continue;
    }
    auto get = [&](int c) -> const std::string& { return fields[col[c]]; };
    const std::size_t errors_before = result.errors.size();
    UncertainInput in;
    in.name = get(0);
    const std::string& kind = get(1);
    if (kind == "lever") {
      in.kind = InputKind::Lever;
      const auto id = pathway::find_lever(in.name);
      if (!id) error("input", "unknown lever '" + in.name + "' (docs/scenario.md lists the lever keys)");
      else if (is_structural(*id))
        error("input", "'" + in.name + "' is a structural lever: its effect comes from transport-model re-runs, "
                                       "which an ensemble does not make");
      else in.lever = *id;
    } else if (kind == "factor") {
      in.kind = InputKind::Factor;
      bool found = false;
      for (FactorId f : kFactors)
        if (in.name == factor_key(f)) {
          in.factor = f;
          found = true;
        }
      if (!found)
        error("input", "unknown factor '" + in.name +
                           "' (electricity_factor, heat_factor, coal_co2_factor, gas_co2_factor, oil_co2_factor)");
    } else {
      error("kind", "kind '" + kind + "' is neither 'lever' nor 'factor'");
    }
    const std::string& mode = get(2);
    if (mode == "add") in.mode = ApplyMode::Add;
    else if (mode == "multiply") in.mode = ApplyMode::Multiply;
    else error("mode", "mode '" + mode + "' is neither 'add' nor 'multiply'");
    if (in.kind == InputKind::Factor && mode == "add") error("mode", "a factor input must be a 'multiply'");
    if (!find_distribution_kind(get(3), &in.distribution.kind))
      error("distribution", "distribution '" + get(3) + "' is not normal, lognormal, triangular or uniform");
    double p[3] = {0.0, 0.0, 0.0};
    const int needed = in.distribution.kind == DistributionKind::Triangular ? 3 : 2;
    for (int i = 0; i < 3; ++i) {
      const std::string& t = get(4 + i);
      const std::string name = "p" + std::to_string(i + 1);
      if (i >= needed) {
        if (!t.empty()) error(name, "a " + get(3) + " distribution takes no " + name + " (found '" + t + "')");
      } else if (!parse_number(t, &p[i]) || !std::isfinite(p[i])) {
        error(name, "'" + t + "' is not a finite number");
      }
    }
    in.distribution.p1 = p[0];
    in.distribution.p2 = p[1];
    in.distribution.p3 = p[2];
    if (result.errors.size() == errors_before) {
      const std::string bad = validate_distribution(in.distribution);
      if (!bad.empty()) error("p1-p3", bad);
    }
    in.unit = get(7);
    in.source_id = get(8);
    in.source = get(9);
    in.note = get(10);
    if (in.source.empty()) error("source", "every input needs a source (or 'CarbonTwin assumption: <reason>')");
    for (const UncertainInput& other : result.inputs)
      if (other.name == in.name) error("input", "'" + in.name + "' is listed twice");
    if (result.errors.size() == errors_before) result.inputs.push_back(std::move(in));
  }
  if (!have_header) result.errors.push_back({1, "", "empty table: no header line"});
  if (!result.errors.empty()) result.inputs.clear();
  return result;
}

const std::vector<UncertainInput>& default_uncertain_inputs() {
  static const std::vector<UncertainInput> inputs = build_default();
  return inputs;
}

}  // namespace twin::uncertainty
