// Dual-control (双控) indicators of a pathway year — total energy (tce), total CO2, energy and CO2
// intensity per 10 000 yuan of GDP, per capita — with optional target lines and a carbon budget,
// and flags for years out of bounds. Energy in tce: electricity at the calorific equivalent (当量值)
// 0.1229 kgce/kWh of GB/T 2589-2020 (not the coal-equivalent-of-generation 等价值 口径); fuels and
// heat at their heat content, 1 kgce = 29 307.6 kJ (GB/T 2589-2020, emissions::kKjPerKgce).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "twin/emissions/carrier.hpp"

namespace twin::drivers {

inline constexpr double kKgcePerKwhElectricity = 0.1229;  // GB/T 2589-2020, 当量值

// tce of one year's energy by carrier (kWh delivered; NCV for fuels).
double energy_tce(const std::array<double, emissions::kCarrierCount>& energy_kwh);

struct DualControlInput {
  int year = 0;
  double energy_tce = 0.0;
  double co2_t = 0.0;
  double gdp_10k_yuan = 0.0;  // real, base-year prices
  double population = 0.0;
};

struct DualControlIndicators {
  int year = 0;
  double energy_tce = 0.0;
  double co2_t = 0.0;
  double energy_intensity_tce_per_10k_yuan = 0.0;
  double co2_intensity_t_per_10k_yuan = 0.0;
  double energy_per_capita_tce = 0.0;
  double co2_per_capita_t = 0.0;
};

enum class Indicator {
  EnergyTce = 0,
  Co2T,
  EnergyIntensity,
  Co2Intensity,
  EnergyPerCapita,
  Co2PerCapita,
  Count
};
inline constexpr int kIndicatorCount = static_cast<int>(Indicator::Count);
const char* to_string(Indicator indicator);  // "energy_tce", "co2_intensity_t_per_10k_yuan", …

// An upper bound on one indicator: a yearly series, or a % cut from the base-year value reached
// linearly by target_year (and held after it). Kind None = no line.
struct TargetLine {
  enum class Kind { None, Series, CutVsBase } kind = Kind::None;
  std::vector<std::pair<int, double>> series;  // (year, bound) for Kind::Series; years without one unbounded
  int base_year = 2020;
  int target_year = 2025;
  double cut_fraction = 0.0;  // 0.135 = 13.5 % below the base-year value
};

// 14th FYP lines (State Council 2030年前碳达峰行动方案, 2021; assets/drivers/policy_targets.csv):
// energy intensity −13.5 % and CO2 intensity −18 % from 2020 to 2025.
TargetLine fyp14_energy_intensity_line();
TargetLine fyp14_co2_intensity_line();

struct CarbonBudget {
  bool enabled = false;
  int start_year = 2020;  // Σ CO2 from this year on
  double cap_t = 0.0;
};

struct DualControlTargets {
  std::array<TargetLine, kIndicatorCount> lines{};
  CarbonBudget budget;
};

struct DualControlYear {
  DualControlIndicators value;
  std::array<bool, kIndicatorCount> has_bound{};
  std::array<double, kIndicatorCount> bound{};
  std::array<bool, kIndicatorCount> over_bound{};  // value > bound (+1e-9 relative)
  double cumulative_co2_t = 0.0;                    // Σ from the budget start year (0 before it)
  bool over_budget = false;
  bool any_flag = false;
};

struct DualControlError {
  int year = 0;
  std::string field;
  std::string message;
};

struct DualControlReport {
  std::vector<DualControlYear> years;
  std::vector<DualControlError> errors;  // bad rows are reported and left out, never silently
};

// Indicators of one year (intensities 0 when GDP is 0, per capita 0 when population is 0).
DualControlIndicators indicators_of(const DualControlInput& in);

// The bound of a line in a year, given the base-year value of the indicator; false if none.
bool bound_of_year(const TargetLine& line, int year, double base_value, double* bound);

// Years must be increasing; a row with NaN/negative values or out of order is an error (named with
// its year and field) and is left out of the report. A CutVsBase line needs its base year among the
// rows (else an error for that indicator).
DualControlReport evaluate_dual_control(const std::vector<DualControlInput>& years, const DualControlTargets& targets);

}  // namespace twin::drivers
