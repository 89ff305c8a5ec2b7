// default_scenario() and validate_scenario() (see scenario.hpp).
#include "twin/pathway/scenario.hpp"

#include <cmath>
#include <sstream>

namespace twin::pathway {
namespace {

std::string range_text(double lo, double hi, const char* unit) {
  std::ostringstream s;
  s << "[" << lo << ", " << hi << "]" << (unit[0] ? " " : "") << unit;
  return s.str();
}

}  // namespace

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
