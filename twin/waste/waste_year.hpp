// One pathway year of municipal solid waste: drivers (population) + levers (per-capita change,
// sorting, landfill ban, methane recovery, energy recovery) → activity (t by destination) → energy
// (electricity from incineration, for the energy system) → emissions by gas as inventory rows
// (landfill CH4; incineration fossil CO2, CH4, N2O; composting CH4, N2O), all scope 1 in the waste
// sector. Bad input returns errors naming the field and leaves the landfill state untouched.
#pragma once

#include <string>
#include <vector>

#include "twin/inventory/inventory_row.hpp"
#include "twin/waste/landfill.hpp"
#include "twin/waste/waste_params.hpp"

namespace twin::waste {

// Levers of a year, already phased in (the pathway's lever ramp gives the value of the year).
struct WasteLevers {
  double per_capita_change = 0.0;     // relative change of kg/(person·d) against the base, ≥ −1
  double added_recycling_share = 0.0; // of generated waste, taken from landfill + incineration pro rata
  double added_composting_share = 0.0;// idem (separate food-waste collection and treatment)
  double landfill_ban = 0.0;          // fraction of what would be landfilled sent to incineration, [0, 1]
  double methane_recovery_share = -1.0;  // < 0: keep the parameter's value
  double incineration_kwh_per_t = -1.0;  // < 0: keep the parameter's value
};

struct WasteYearInput {
  int year = 2020;
  double population = 0.0;             // residents served
  double msw_kg_per_person_day = 0.0;
  TreatmentShares shares;
  double methane_recovery_share = 0.0;
  double incineration_kwh_per_t = 0.0;
  double days = 365.0;                  // days in the year
};

struct WasteError {
  std::string field;
  std::string message;
};

struct WasteYearResult {
  std::vector<WasteError> errors;  // non-empty: nothing below was computed
  double generated_t = 0.0, recycled_t = 0.0, landfilled_t = 0.0, incinerated_t = 0.0, composted_t = 0.0;
  LandfillYear landfill;
  double incineration_fossil_co2_t = 0.0, incineration_ch4_t = 0.0, incineration_n2o_t = 0.0;
  double composting_ch4_t = 0.0, composting_n2o_t = 0.0;
  double electricity_kwh = 0.0;    // gross generation from incineration, for the energy system
  std::vector<inventory::InventoryRow> rows;
  double co2e_t = 0.0;             // Σ rows' co2e_t
};

// The input of a year from the base parameters and the levers (shares renormalised as described in
// WasteLevers). Errors (e.g. levers that push a share below zero) are returned in `errors`.
WasteYearInput waste_input_for_year(int year, double population, const WasteParams& params,
                                    const WasteLevers& levers, std::vector<WasteError>* errors);

// Checks an input: finite, non-negative values, shares in [0, 1] summing to 1 (within 1e-9), a
// plausible per-capita rate (≤ 10 kg/(person·d)) and days in [365, 366].
std::vector<WasteError> validate_waste_input(const WasteYearInput& input);

// Checks parameters a scenario may have edited: fractions in [0, 1], rates finite and ≥ 0, enums valid.
std::vector<WasteError> validate_waste_params(const WasteParams& params);

// The base-year landfill stock from the parameters' history and the base-year landfilled tonnage.
LandfillState initial_landfill_state(const WasteYearInput& base_year, const WasteParams& params);

// Evaluates a year and advances the landfill stock. Rows use `gwp_set` for CO2e.
WasteYearResult evaluate_waste_year(const WasteYearInput& input, const WasteParams& params, LandfillState& state,
                                    inventory::GwpSet gwp_set);

LandfillParams landfill_params_of(const WasteParams& params, double recovery_share);

}  // namespace twin::waste
