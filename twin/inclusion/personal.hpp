// A resident's annual kgCO2 saved by their choices (actions.hpp), priced through the same factors and
// models as the city's pathway: vehicle energy per km from the fleet table and the demand model's
// occupancy/load, heating demand and efficiencies from the pathway's intensity table, the year's grid
// factor from the pathway's grid path (twin/pathway/grid_supply.hpp), fuels and district heat from
// twin/emissions, rooftop PV yield from twin/buildings/pv.hpp (or the pathway's yield lever), landfill
// methane from twin/waste's parameters. Each action carries the steps of its arithmetic ("how
// computed") with the source id of every figure, its energy change by sector and carrier (what the
// community wedge feeds to the pathway) and its points under the scheme of inclusion_factors.hpp.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "twin/climate/weather.hpp"
#include "twin/emissions/factor_set.hpp"
#include "twin/inclusion/actions.hpp"
#include "twin/pathway/scenario.hpp"

namespace twin::inclusion {

// The year's factors as the pathway prices that year under `scenario` (grid factor from the mix path
// and the supply levers, heat factor reduction, uncertainty multipliers), for a city without its own
// local energy system (with one, the pathway prices buildings' electricity at the local balance's factor).
struct InclusionContext {
  int year = 2025;
  emissions::FactorSet factors;
  double heat_pump_scop = 0.0;        // the heat_pump_scop lever of the year
  double pv_yield_kwh_per_kwp = 0.0;  // AC kWh per kWp per year
  std::string pv_yield_source;        // where the yield came from
};
InclusionContext inclusion_context(const pathway::Scenario& scenario, int year, int base_year = pathway::kFirstYear);

// Annual AC yield per kWp of rooftop PV for a weather year, by twin/buildings/pv.hpp with its default
// array (Σ hourly kWh per roof m² ÷ (usable share × module efficiency × 1 kW/m²)).
double pv_yield_kwh_per_kwp(const climate::WeatherYear& weather);

struct Step {
  std::string what;  // e.g. "passenger-km per year = 2 × 12 km × 250 days"
  double value = 0.0;
  std::string unit;
  std::string source;  // source id (twin/emissions, fleet table, inclusion table…) or "arithmetic"
};

using SectorCarrierKwh = std::array<std::array<double, emissions::kCarrierCount>, emissions::kSectorCount>;

struct ActionSaving {
  std::string key;    // "commute[0]", "setpoints", "rooftop_pv", "appliances[1]", "waste_sorting", "secondhand"
  std::string label;  // words for the page
  double kg_co2_per_yr = 0.0;  // saved (positive = less emitted)
  double points = 0.0;
  SectorCarrierKwh delta_kwh{};       // delivered energy change, new − old (negative = saved)
  double pv_kwh = 0.0;                // generation (rooftop PV only)
  bool in_wedge = true;               // fed to the pathway wedge; false: not an energy change (waste, second-hand)
  double non_energy_kg_per_yr = 0.0;  // the part not from energy (waste CH4, embodied goods)
  std::vector<Step> steps;
};

struct PersonalResult {
  std::vector<ActionSaving> actions;
  double total_kg_co2_per_yr = 0.0;
  double points = 0.0;
  double points_per_kg = 0.0;
  std::string points_source;
  double household_persons = 0.0;
  std::string error;  // non-empty when the actions were invalid (validate_actions' first error)
};

PersonalResult personal_savings(const PersonalActions& actions, const InclusionContext& context);

// Energy per passenger-km by commute mode, kWh by carrier, with the step that explains it.
std::array<double, emissions::kCarrierCount> commute_kwh_per_pkm(CommuteMode mode, Step* how = nullptr);

}  // namespace twin::inclusion
