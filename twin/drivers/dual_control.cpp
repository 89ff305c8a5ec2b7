#include "twin/drivers/dual_control.hpp"

#include <cmath>

#include "twin/emissions/factor_tables.hpp"

namespace twin::drivers {
namespace {

double indicator_value(const DualControlIndicators& v, Indicator i) {
  switch (i) {
    case Indicator::EnergyTce: return v.energy_tce;
    case Indicator::Co2T: return v.co2_t;
    case Indicator::EnergyIntensity: return v.energy_intensity_tce_per_10k_yuan;
    case Indicator::Co2Intensity: return v.co2_intensity_t_per_10k_yuan;
    case Indicator::EnergyPerCapita: return v.energy_per_capita_tce;
    case Indicator::Co2PerCapita: return v.co2_per_capita_t;
    case Indicator::Count: break;
  }
  return 0.0;
}

bool valid(double v) { return std::isfinite(v) && v >= 0.0; }

}  // namespace

const char* to_string(Indicator indicator) {
  switch (indicator) {
    case Indicator::EnergyTce: return "energy_tce";
    case Indicator::Co2T: return "co2_t";
    case Indicator::EnergyIntensity: return "energy_intensity_tce_per_10k_yuan";
    case Indicator::Co2Intensity: return "co2_intensity_t_per_10k_yuan";
    case Indicator::EnergyPerCapita: return "energy_per_capita_tce";
    case Indicator::Co2PerCapita: return "co2_per_capita_t";
    case Indicator::Count: break;
  }
  return "unknown";
}

double energy_tce(const std::array<double, emissions::kCarrierCount>& energy_kwh) {
  constexpr double kKgcePerKwhHeat = 3600.0 / emissions::kKjPerKgce;  // 1 kWh = 3 600 kJ
  double kgce = 0.0;
  for (int c = 0; c < emissions::kCarrierCount; ++c)
    kgce += energy_kwh[c] * (c == static_cast<int>(emissions::Carrier::Electricity) ? kKgcePerKwhElectricity
                                                                                  : kKgcePerKwhHeat);
  return kgce / 1000.0;
}

TargetLine fyp14_energy_intensity_line() {
  TargetLine line;
  line.kind = TargetLine::Kind::CutVsBase;
  line.base_year = 2020;
  line.target_year = 2025;
  line.cut_fraction = 0.135;
  return line;
}

TargetLine fyp14_co2_intensity_line() {
  TargetLine line = fyp14_energy_intensity_line();
  line.cut_fraction = 0.18;
  return line;
}

DualControlIndicators indicators_of(const DualControlInput& in) {
  DualControlIndicators v;
  v.year = in.year;
  v.energy_tce = in.energy_tce;
  v.co2_t = in.co2_t;
  if (in.gdp_10k_yuan > 0.0) {
    v.energy_intensity_tce_per_10k_yuan = in.energy_tce / in.gdp_10k_yuan;
    v.co2_intensity_t_per_10k_yuan = in.co2_t / in.gdp_10k_yuan;
  }
  if (in.population > 0.0) {
    v.energy_per_capita_tce = in.energy_tce / in.population;
    v.co2_per_capita_t = in.co2_t / in.population;
  }
  return v;
}

bool bound_of_year(const TargetLine& line, int year, double base_value, double* bound) {
  switch (line.kind) {
    case TargetLine::Kind::None: return false;
    case TargetLine::Kind::Series:
      for (const auto& [y, b] : line.series)
        if (y == year) {
          *bound = b;
          return true;
        }
      return false;
    case TargetLine::Kind::CutVsBase: {
      if (year <= line.base_year || line.target_year <= line.base_year) return false;
      double t = static_cast<double>(year - line.base_year) / static_cast<double>(line.target_year - line.base_year);
      t = t > 1.0 ? 1.0 : t;
      *bound = base_value * (1.0 - line.cut_fraction * t);
      return true;
    }
  }
  return false;
}

DualControlReport evaluate_dual_control(const std::vector<DualControlInput>& years, const DualControlTargets& targets) {
  DualControlReport report;
  std::vector<DualControlIndicators> ok;
  int last_year = -1;
  for (const DualControlInput& in : years) {
    const char* bad = !valid(in.energy_tce)     ? "energy_tce"
                      : !valid(in.co2_t)        ? "co2_t"
                      : !valid(in.gdp_10k_yuan) ? "gdp_10k_yuan"
                      : !valid(in.population)   ? "population"
                                                : nullptr;
    if (bad != nullptr) {
      report.errors.push_back({in.year, bad, "NaN, infinite or negative value; year left out"});
      continue;
    }
    if (in.year <= last_year) {
      report.errors.push_back({in.year, "year", "years must be increasing; year left out"});
      continue;
    }
    last_year = in.year;
    ok.push_back(indicators_of(in));
  }
  // Base-year values of the cut lines.
  std::array<double, kIndicatorCount> base{};
  std::array<bool, kIndicatorCount> usable{};
  for (int i = 0; i < kIndicatorCount; ++i) {
    const TargetLine& line = targets.lines[i];
    usable[i] = line.kind != TargetLine::Kind::None;
    if (line.kind != TargetLine::Kind::CutVsBase) continue;
    bool found = false;
    for (const DualControlIndicators& v : ok)
      if (v.year == line.base_year) {
        base[i] = indicator_value(v, static_cast<Indicator>(i));
        found = true;
      }
    if (!found || !std::isfinite(line.cut_fraction) || line.cut_fraction < 0.0 || line.cut_fraction > 1.0) {
      usable[i] = false;
      report.errors.push_back({line.base_year, to_string(static_cast<Indicator>(i)),
                               found ? "cut must be a fraction 0–1; line ignored"
                                     : "base year of the target line is not among the years; line ignored"});
    }
  }
  double cumulative = 0.0;
  for (const DualControlIndicators& v : ok) {
    DualControlYear y;
    y.value = v;
    for (int i = 0; i < kIndicatorCount; ++i) {
      if (!usable[i]) continue;
      double b = 0.0;
      if (!bound_of_year(targets.lines[i], v.year, base[i], &b)) continue;
      y.has_bound[i] = true;
      y.bound[i] = b;
      // 1e-9 relative slack: a value exactly on its line (computed another way) is not a breach.
      y.over_bound[i] = indicator_value(v, static_cast<Indicator>(i)) > b * (1.0 + 1e-9);
      y.any_flag = y.any_flag || y.over_bound[i];
    }
    if (targets.budget.enabled && v.year >= targets.budget.start_year) {
      cumulative += v.co2_t;
      y.cumulative_co2_t = cumulative;
      y.over_budget = cumulative > targets.budget.cap_t * (1.0 + 1e-9);
      y.any_flag = y.any_flag || y.over_budget;
    }
    report.years.push_back(y);
  }
  return report;
}

}  // namespace twin::drivers
