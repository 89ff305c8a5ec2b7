// One pathway year of industry: drivers (output index by sector) + levers of the year → output per
// plant → energy by carrier → CO2 (combustion, process, scope 2, captured, net), per plant, per sector
// and in total. Plain arithmetic (no transcendental functions), so native and wasm agree bit for bit.
//
// Per plant, in this order (the README shows the equations):
//  1. output = base output × output index of its sector × (1 − capacity cut, two-high sectors only);
//  2. BF-BOF steel: the green-hydrogen share of it is made by H2-DRI with that route's intensities;
//  3. energy = output × intensity (route default, or the plant's measured energy / base output),
//     × (1 − efficiency gain) on every carrier;
//  4. coal → gas switch at equal useful heat (gas kWh per coal kWh), then electrification of the
//     remaining coal, gas and oil (electricity kWh per fuel kWh); coke and hydrogen are reductants
//     and stay;
//  5. combustion CO2 = Σ fuel kWh × IPCC factor; process CO2 = output × factor (or measured);
//  6. CCUS captures a share of combustion + process CO2 and adds its energy penalty as purchased heat
//     and electricity (scope 2, so the penalty itself is not captured again);
//  7. scope 2 = electricity × grid factor + heat × heat factor of the year;
//     gross = combustion + process + scope 2; net = gross − captured.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "twin/emissions/factor_set.hpp"
#include "twin/industry/plant.hpp"

namespace twin::industry {

// Levers of one year, each a percentage 0–100 (the pathway ramps them; validate_levers() checks).
struct IndustryLevers {
  double efficiency_pct = 0.0;           // cut of every energy intensity against the base year
  double electrification_pct = 0.0;      // share of coal, gas and oil heat moved to electricity
  double coal_to_gas_pct = 0.0;          // share of coal switched to natural gas
  double two_high_output_cut_pct = 0.0;  // output of steel, cement, chemicals, non-ferrous below the driver path
  double steel_h2_dri_pct = 0.0;         // share of BF-BOF steel made by hydrogen DRI + EAF instead
  double ccus_capture_pct = 0.0;         // share of combustion + process CO2 captured
};

struct LeverError {
  std::string lever;    // field name, e.g. "efficiency_pct"
  std::string message;  // what is wrong
};
// Empty when every lever is a finite number in [0, 100].
std::vector<LeverError> validate_levers(const IndustryLevers& levers);

// Drivers of one year: output of each sector relative to the base year (1 in the base year).
struct IndustryDrivers {
  std::array<double, kSectorCount> output_index{1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
};
// Next year's drivers from this year's: index × (1 + growth_pct / 100) per sector.
IndustryDrivers advance_output_index(const IndustryDrivers& drivers,
                                     const std::array<double, kSectorCount>& growth_pct);

// Factors of the year for the scope-2 carriers (fuels use the fixed IPCC factors).
struct IndustryFactors {
  double electricity_kg_per_kwh = 0.0;
  double heat_kg_per_kwh = 0.0;
};
// From twin/emissions' factor set of the year (grid factor of the region, district heat factor).
IndustryFactors industry_factors(const emissions::FactorSet& factors);

// Energy and CO2 of a plant, a sector or the whole of industry in one year.
struct IndustryAccount {
  std::array<double, kCarrierCount> energy_kwh{};   // kWh (NCV for fuels)
  std::array<double, kCarrierCount> emissions_t{};  // tCO2 of each carrier's use (direct or scope 2)
  double energy_tce = 0.0;    // Σ energy at 1 kgce = 8.141 kWh (electricity at its equivalent value)
  double combustion_t = 0.0;  // scope 1, fuels
  double process_t = 0.0;     // scope 1, process
  double scope2_t = 0.0;      // electricity and heat
  double captured_t = 0.0;    // CCUS
  double gross_t = 0.0;       // combustion + process + scope 2
  double net_t = 0.0;         // gross − captured

  double scope1_t() const { return combustion_t + process_t - captured_t; }
  void add(const IndustryAccount& other);
};

struct PlantYear {
  double output = 0.0;          // in output_unit(plant.route), incl. the H2-DRI part
  double output_h2_dri = 0.0;   // of which made by H2-DRI
  IndustryAccount account;
};

struct IndustryYear {
  std::vector<PlantYear> plants;                       // same order as the plant list
  std::array<IndustryAccount, kSectorCount> sectors{};
  IndustryAccount total;
};

// Preconditions: validate_levers(levers) is empty, plant.output > 0 (asserted in debug builds).
PlantYear evaluate_plant(const Plant& plant, const IndustryDrivers& drivers, const IndustryLevers& levers,
                         const IndustryFactors& factors);
IndustryYear evaluate_industry_year(std::span<const Plant> plants, const IndustryDrivers& drivers,
                                    const IndustryLevers& levers, const IndustryFactors& factors);

}  // namespace twin::industry
