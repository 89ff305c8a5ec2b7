// default_scenario() and validate_scenario() (see scenario.hpp).
#include "twin/pathway/scenario.hpp"

#include <cmath>
#include <sstream>
#include <utility>

namespace twin::pathway {
namespace {

std::string range_text(double lo, double hi, const char* unit) {
  std::ostringstream s;
  s << "[" << lo << ", " << hi << "]" << (unit[0] ? " " : "") << unit;
  return s.str();
}

constexpr const char* kDualControlKeys[drivers::kIndicatorCount] = {
    "energy_tce", "co2_t", "energy_intensity_tce_per_10k_yuan", "co2_intensity_t_per_10k_yuan",
    "energy_tce_per_capita", "co2_t_per_capita"};

void validate_dual_control(const drivers::DualControlTargets& t, std::vector<ScenarioError>* errors) {
  for (int i = 0; i < drivers::kIndicatorCount; ++i) {
    const drivers::TargetLine& line = t.lines[i];
    const std::string where = std::string("dual_control.") + kDualControlKeys[i];
    if (line.kind == drivers::TargetLine::Kind::CutVsBase) {
      if (!std::isfinite(line.cut_fraction) || line.cut_fraction < 0.0 || line.cut_fraction > 1.0) {
        std::ostringstream m;
        m << "cut " << line.cut_fraction * 100.0 << " % is outside [0, 100] %";
        errors->push_back({where, "cut_pct", m.str()});
      }
      if (line.base_year < kFirstYear || line.base_year >= kLastYear) {
        std::ostringstream m;
        m << "base year " << line.base_year << " is outside " << kFirstYear << "–" << kLastYear - 1;
        errors->push_back({where, "base_year", m.str()});
      }
      if (line.target_year <= line.base_year || line.target_year > kLastYear) {
        std::ostringstream m;
        m << "target year " << line.target_year << " must be after the base year " << line.base_year << " and ≤ "
          << kLastYear;
        errors->push_back({where, "target_year", m.str()});
      }
    } else if (line.kind == drivers::TargetLine::Kind::Series) {
      if (line.series.empty()) errors->push_back({where, "series", "a series line needs at least one [year, bound]"});
      for (std::size_t j = 0; j < line.series.size(); ++j) {
        const auto& [year, bound] = line.series[j];
        const std::string field = "series[" + std::to_string(j) + "]";
        if (year < kFirstYear || year > kLastYear) {
          std::ostringstream m;
          m << "year " << year << " is outside " << kFirstYear << "–" << kLastYear;
          errors->push_back({where, field, m.str()});
        } else if (j > 0 && year <= line.series[j - 1].first) {
          errors->push_back({where, field, "years must be increasing"});
        }
        if (!std::isfinite(bound) || bound < 0.0) {
          std::ostringstream m;
          m << "bound " << bound << " is not a finite number ≥ 0";
          errors->push_back({where, field, m.str()});
        }
      }
    }
  }
  if (t.budget.enabled) {
    if (t.budget.start_year < kFirstYear || t.budget.start_year > kLastYear) {
      std::ostringstream m;
      m << "start year " << t.budget.start_year << " is outside " << kFirstYear << "–" << kLastYear;
      errors->push_back({"dual_control.carbon_budget", "start_year", m.str()});
    }
    if (!std::isfinite(t.budget.cap_t) || t.budget.cap_t <= 0.0) {
      std::ostringstream m;
      m << "cap " << t.budget.cap_t << " t is not a finite number > 0";
      errors->push_back({"dual_control.carbon_budget", "cap_t", m.str()});
    }
  }
}

}  // namespace

const char* dual_control_key(drivers::Indicator indicator) {
  const int i = static_cast<int>(indicator);
  return i >= 0 && i < drivers::kIndicatorCount ? kDualControlKeys[i] : "unknown";
}

bool find_dual_control_indicator(std::string_view key, drivers::Indicator* indicator) {
  for (int i = 0; i < drivers::kIndicatorCount; ++i)
    if (key == kDualControlKeys[i]) {
      *indicator = static_cast<drivers::Indicator>(i);
      return true;
    }
  return false;
}

drivers::DualControlTargets default_dual_control_targets() {
  drivers::DualControlTargets t;
  t.lines[static_cast<int>(drivers::Indicator::EnergyIntensity)] = drivers::fyp14_energy_intensity_line();
  t.lines[static_cast<int>(drivers::Indicator::Co2Intensity)] = drivers::fyp14_co2_intensity_line();
  return t;
}

Scenario default_scenario() {
  Scenario s;
  for (int i = 0; i < kLeverCount; ++i) s.levers[i] = lever_defs()[i].default_setting;
  return s;
}

std::array<OptionBounds, 3> option_bounds() {
  return {{{"weibull_scale_years", 10.0, 300.0},
           {"weibull_shape", 1.0, 10.0},
           {"neutrality_threshold_pct_of_peak", 0.0, 50.0}}};
}

std::vector<ScenarioError> validate_scenario(const Scenario& scenario) {
  std::vector<ScenarioError> errors;
  for (int i = 0; i < kLeverCount; ++i) {
    const LeverDef& def = lever_defs()[i];
    const LeverSetting& s = scenario.levers[i];
    if (!std::isfinite(s.target)) {
      errors.push_back({def.key, "target", "target is not a finite number"});
    } else if (s.target < def.min_value || s.target > def.max_value) {
      std::ostringstream m;
      m << "target " << s.target << " is outside " << range_text(def.min_value, def.max_value, def.unit);
      errors.push_back({def.key, "target", m.str()});
    }
    if (s.start_year < kFirstYear || s.start_year > kLastYear) {
      std::ostringstream m;
      m << "start year " << s.start_year << " is outside " << kFirstYear << "–" << kLastYear;
      errors.push_back({def.key, "start_year", m.str()});
    }
    if (s.ramp_years < 0 || s.ramp_years > kMaxRampYears) {
      std::ostringstream m;
      m << "ramp of " << s.ramp_years << " years is outside 0–" << kMaxRampYears;
      errors.push_back({def.key, "ramp_years", m.str()});
    }
  }
  const PathwayOptions& o = scenario.options;
  const double values[3] = {o.weibull_scale_years, o.weibull_shape, o.neutrality_threshold_pct_of_peak};
  const auto bounds = option_bounds();
  for (int i = 0; i < 3; ++i) {
    if (!std::isfinite(values[i])) {
      errors.push_back({bounds[i].key, "", "not a finite number"});
    } else if (values[i] < bounds[i].min_value || values[i] > bounds[i].max_value) {
      std::ostringstream m;
      m << values[i] << " is outside " << range_text(bounds[i].min_value, bounds[i].max_value, "");
      errors.push_back({bounds[i].key, "", m.str()});
    }
  }
  validate_dual_control(scenario.dual_control, &errors);
  const FactorMultipliers& fm = scenario.factor_multipliers;
  const std::pair<const char*, double> multipliers[] = {
      {"electricity", fm.electricity}, {"heat", fm.heat}, {"coal", fm.coal}, {"gas", fm.gas}, {"oil", fm.oil}};
  for (const auto& [field, value] : multipliers) {
    if (!std::isfinite(value)) {
      errors.push_back({"factor_multipliers", field, "not a finite number"});
    } else if (value < kMinFactorMultiplier || value > kMaxFactorMultiplier) {
      std::ostringstream m;
      m << "multiplier " << value << " is outside " << range_text(kMinFactorMultiplier, kMaxFactorMultiplier, "");
      errors.push_back({"factor_multipliers", field, m.str()});
    }
  }
  for (const energy_mix::MixPathError& e : energy_mix::validate_mix_path(scenario.grid_mix_path))
    errors.push_back({"grid_mix_path[" + std::to_string(e.index) + "]", e.field, e.message});
  for (std::size_t i = 0; i < scenario.new_lines.size(); ++i) {
    const NewTransitLine& n = scenario.new_lines[i];
    const std::string where = "new_lines[" + std::to_string(i) + "]";
    if (n.line.name.empty()) errors.push_back({where, "name", "a new line needs a name"});
    if (n.line.stops.size() < 2) errors.push_back({where, "stops", "a line needs at least 2 stops"});
    for (std::size_t j = 0; j < n.line.stops.size(); ++j)
      if (!std::isfinite(n.line.stops[j].xy.x_m) || !std::isfinite(n.line.stops[j].xy.y_m))
        errors.push_back({where, "stops[" + std::to_string(j) + "]", "stop coordinates are not finite numbers"});
    if (!std::isfinite(n.line.headway_min) || n.line.headway_min < kMinNewLineHeadwayMin ||
        n.line.headway_min > kMaxNewLineHeadwayMin) {
      std::ostringstream m;
      m << "headway " << n.line.headway_min << " is outside "
        << range_text(kMinNewLineHeadwayMin, kMaxNewLineHeadwayMin, "min");
      errors.push_back({where, "headway_min", m.str()});
    }
    if (n.opening_year < kFirstYear || n.opening_year > kLastYear) {
      std::ostringstream m;
      m << "opening year " << n.opening_year << " is outside " << kFirstYear << "–" << kLastYear;
      errors.push_back({where, "opening_year", m.str()});
    }
  }
  return errors;
}

}  // namespace twin::pathway
