// The yearly building-stock pathway 2020–2060: floor-area growth, demolition by Weibull survival,
// new buildings to the standard of their year, retrofits, heat-pump conversions, cooking and hot
// water electrification, rooftop PV and the grid/heat factor trajectories → energy by sector and
// carrier → emissions by sector and scope (twin/emissions) → peak, neutrality and cumulative. With a
// transport baseline, the transport sector's energy comes from the fleet model (transport_pathway.hpp)
// and counts in every total and milestone.
// The rest of the account (issue 9) joins year by year, each part its own module: the grid's electricity
// factor from its generation mix (grid_supply.hpp), the city's industrial plants (industry_sector.hpp),
// waste and sinks (waste_sink_sectors.hpp), and — for a baseline with a local energy system — the city's
// hourly electricity balance on representative days (local_supply.hpp).
// Electricity accounting with a local energy system (consumption-based): each sector's scope 2
// electricity is priced at the factor of the electricity it uses (buildings, EVs, the rest: imports at
// the grid factor, local generation at the local mix, hour by hour); rooftop PV is a supply of the
// balance (not netted per sector, so energy's electricity is what the sectors use); the export credit
// is the balance's export × the grid factor; local plants' own scope 1 is a memo in
// PathwayYear::local_supply, not added to gross (it already reaches the users through the factor).
// One evaluation is plain loops over the baseline's segments × 41 years (well under 1 ms).
#pragma once

#include <array>
#include <vector>

#include "twin/drivers/dual_control.hpp"
#include "twin/drivers/economy.hpp"
#include "twin/emissions/accounting.hpp"
#include "twin/industry/industry_model.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/grid_supply.hpp"
#include "twin/pathway/local_supply.hpp"
#include "twin/pathway/milestones.hpp"
#include "twin/pathway/scenario.hpp"
#include "twin/pathway/transport_pathway.hpp"
#include "twin/pathway/waste_sink_sectors.hpp"

namespace twin::pathway {

struct PathwayYear {
  int year = kFirstYear;
  // tCO2 (tCO2e for waste) by sector and scope, PV self-use already netted out; the sinks are the
  // negative LandUse sector; industrial plants' CCUS capture is netted out of industry and processes.
  emissions::EmissionsBySectorScope emissions;
  emissions::EnergyBySectorCarrier energy;      // delivered energy bought, kWh (plants' coke counted as
                                                // coal; their hydrogen is in `industry` only)
  std::array<double, emissions::kSectorCount> floor_area_m2{};
  double new_floor_area_m2 = 0.0;         // built this year
  double retrofitted_share = 0.0;         // of the surviving pre-2010 floor area
  double heat_pump_share = 0.0;           // of the heated floor area
  double pv_generation_kwh = 0.0;
  double pv_export_kwh = 0.0;             // generation beyond a sector's own electricity use (with a local
                                          // energy system: the balance's export to the grid, all sources)
  double pv_export_credit_t = 0.0;        // exported kWh × grid factor (not in the scopes)
  double grid_factor_kg_per_kwh = 0.0;
  double heat_factor_kg_per_kwh = 0.0;
  double agriculture_t = 0.0;             // tCO2e of agriculture (Baseline::has_agriculture; not a sector of
                                          // `emissions`): fertiliser N2O, livestock CH4
  double gross_t = 0.0;                   // scope 1 + scope 2 of every emitting sector + agriculture (sinks excluded)
  double sinks_t = 0.0;                   // removals (≤ 0): the LandUse sector
  double net_t = 0.0;                     // gross − PV export credit + sinks
  double population = 0.0;                // residents of the year
  TransportYear transport;                // only with a transport baseline (transport.present)
  GridSupplyYear grid;                    // the grid's mix of the year and the city's electricity factor
  industry::IndustryAccount industry;     // the city's plants together (zeros without plants)
  WasteSinkYear waste_sinks;              // waste activity and CO2e, sink areas and removals
  LocalSupplyYear local_supply;           // the hourly balance's year (present only with a local system)
  // What the year's inventory rows are rebuilt from (year_inventory.hpp): the factor set the accounting
  // used (grid factor of the year, levers and uncertainty multipliers applied), the building stock's and
  // transport's energy before the plants were added (PV netted as in `energy`), and the plants' drivers
  // and levers of the year.
  emissions::FactorSet factors;
  emissions::EnergyBySectorCarrier stock_energy;
  industry::IndustryDrivers plant_drivers;
  industry::IndustryLevers plant_levers;
  // The year's economy (real GDP at base-year prices on the default GDP path, value added at the base
  // shares, population = `population`) and dual-control indicators (total energy tce, gross CO2,
  // intensities per 10^4 yuan, per capita; 口径 in dual_control_year.hpp).
  drivers::EconomyYear economy;
  drivers::DualControlIndicators dual_control;
};

struct PathwayResult {
  std::vector<PathwayYear> years;  // kFirstYear … kLastYear
  Milestones milestones;
  // Every year's indicators against the scenario's dual-control targets (bounds, flags, cumulative
  // CO2 against the carbon budget); dual_control_year.hpp lists the years out of bounds.
  drivers::DualControlReport dual_control;
  // Only with evaluate_pathway(…, /*per_segment=*/true), else empty: per m² of each base segment's
  // surviving floor area, its delivered energy kWh/(m²·yr) (before PV) and gross emissions
  // kgCO2/(m²·yr) (scope 1 + 2), index segment × kYearCount + (year − kFirstYear).
  std::vector<double> segment_kwh_per_m2, segment_kg_per_m2;
};

// Precondition: validate_scenario(scenario) is empty (asserted in debug builds).
PathwayResult evaluate_pathway(const Baseline& baseline, const Scenario& scenario, bool per_segment = false);

// Rooftop PV power per m² of roof area carrying arrays (module ≈ 0.2 kWp/m², row spacing on flat
// roofs); CarbonTwin assumption.
inline constexpr double kPvKwpPerRoofM2 = 0.15;
// Electricity per kWh of gas or LPG replaced when cooking and hot water are electrified.
inline constexpr double kElectrifiedKwhPerFuelKwh = 0.6;

}  // namespace twin::pathway
