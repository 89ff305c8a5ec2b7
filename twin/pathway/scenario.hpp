// A scenario: one setting per lever, the grid region whose published factor starts the grid
// trajectory, and the stock-model options. validate_scenario() reports every problem (no
// exceptions); cli/scenario_json.cpp reads scenarios from JSON and names the JSON path.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "twin/drivers/dual_control.hpp"
#include "twin/emissions/factor_tables.hpp"
#include "twin/energy_mix/mix_path.hpp"
#include "twin/pathway/community_actions.hpp"
#include "twin/pathway/factor_multipliers.hpp"
#include "twin/pathway/lever.hpp"

namespace twin::pathway {

struct PathwayOptions {
  // Building survival: Weibull S(age) = exp(−(age/scale)^shape). Scale 55 years and shape 3 give a
  // mean life of ≈ 49 years, about the 50-year design working life of ordinary buildings
  // (GB 50068-2018); CarbonTwin assumption.
  double weibull_scale_years = 55.0;
  double weibull_shape = 3.0;
  // Neutrality: the first year whose net emissions are at most this share of the peak (%), the
  // residual being left to sinks and offsets outside the building stock.
  double neutrality_threshold_pct_of_peak = 5.0;
};

// A transit line the scenario adds (planned, or drawn by a visitor), running from `opening_year` on.
// Structural: its effect on travel comes from a transport-model run with the line
// (structural_runs.hpp); the pathway applies that run's change as a step at the opening year.
struct NewTransitLine {
  TransitLine line;  // name (non-empty), mode, ≥ 2 stops at x/y metres of the city frame, headway
  int opening_year = 2030;
};
inline constexpr double kMinNewLineHeadwayMin = 1.0;
inline constexpr double kMaxNewLineHeadwayMin = 60.0;

// The default dual-control targets: the 14th FYP intensity lines (energy intensity −13.5 %, CO2
// intensity −18 % from 2020 to 2025, held after; State Council 2030年前碳达峰行动方案, 2021, the same
// lines as drivers::fyp14_energy_intensity_line()/fyp14_co2_intensity_line()), no other line, no budget.
drivers::DualControlTargets default_dual_control_targets();

// The key of a dual-control indicator in scenario files and the pathway JSON ("energy_tce", "co2_t",
// "energy_intensity_tce_per_10k_yuan", "co2_intensity_t_per_10k_yuan", "energy_tce_per_capita",
// "co2_t_per_capita"), and the indicator of a key (false if unknown).
const char* dual_control_key(drivers::Indicator indicator);
bool find_dual_control_indicator(std::string_view key, drivers::Indicator* indicator);

struct Scenario {
  std::string name = "baseline";
  emissions::GridRegion grid_region = emissions::GridRegion::National;
  std::array<LeverSetting, kLeverCount> levers{};
  PathwayOptions options;
  std::vector<NewTransitLine> new_lines;  // none in the baseline
  // Dual-control (双控) target lines per indicator and an optional carbon budget, checked against
  // every pathway year (PathwayResult::dual_control). Default: default_dual_control_targets().
  drivers::DualControlTargets dual_control = default_dual_control_targets();
  // Multipliers on the emission factors (1 = the published factors); an uncertainty ensemble's sample
  // sets them (twin/uncertainty). Each finite and inside [0.1, 10].
  FactorMultipliers factor_multipliers;
  // Residents' everyday actions (carbon inclusion, twin/inclusion): a participation share × per-resident
  // energy change, added to the year's energy before the factors. Default: nobody takes part, no effect.
  CommunityActions community_actions;
  // The user's own grid mix path (year → non-fossil share of generation, linear between points, flat
  // beyond the ends). Empty = the baseline path (national, or the region's). When given it replaces
  // the baseline path; the region's calibration and the coal-retirement and green-power levers still
  // apply, the "added non-fossil points" lever does not.
  std::vector<energy_mix::MixPathPoint> grid_mix_path;

  const LeverSetting& lever(LeverId id) const { return levers[static_cast<int>(id)]; }
  LeverSetting& lever(LeverId id) { return levers[static_cast<int>(id)]; }
};

// Every lever at its default setting (the baseline, "current policies" scenario).
Scenario default_scenario();

struct ScenarioError {
  std::string where;    // lever key, option name or "new_lines[i]", e.g. "retrofit_rate_pct_per_yr"
  std::string field;    // "start_year", "ramp_years", "target"; "" for options; for a new line
                        // "name", "stops", "stops[j]", "headway_min" or "opening_year"
  std::string message;  // what is wrong, with the allowed range
};

// Checks bounds: target finite and inside [min, max], start year inside 2020–2060, ramp 0–40
// years, options finite and inside their ranges; new lines named, with ≥ 2 stops at finite
// coordinates, headway 1–60 min and opening year 2020–2060; dual-control lines: a cut 0–100 % with
// base year 2020–2059 and a later target year ≤ 2060, or a series of (year 2020–2060, bound ≥ 0 finite)
// in increasing years; a carbon budget: start year 2020–2060 and a cap > 0 (where "dual_control.<key>"
// or "dual_control.carbon_budget"); factor multipliers finite and inside [0.1, 10] (where
// "factor_multipliers", field "electricity", "heat", "coal", "gas" or "oil"); the grid mix path's points:
// years 2020–2060 strictly increasing, shares finite in [0, 1] (where "grid_mix_path[i]", field "year" or
// "nonfossil_share"). Empty when the scenario is valid.
std::vector<ScenarioError> validate_scenario(const Scenario& scenario);

// Bounds of the options, for validation and documentation.
struct OptionBounds {
  const char* key;
  double min_value;
  double max_value;
};
std::array<OptionBounds, 3> option_bounds();

}  // namespace twin::pathway
