// The city's own electricity supply inside a pathway year (issue 9): the year's electricity demand by
// class (buildings before rooftop PV, electric heating, EV charging, industrial plants, the rest),
// rooftop PV and district heat → the hourly balance of twin/energy (utility PV, wind, storage, CHP,
// district heat, grid link) on representative days (twin/energy/representative_days.hpp: one mean
// day per month and heating-season part, weighted by its days, ~14 × 24 hours) → local generation by
// source, import, export, curtailment, self-sufficiency, and the factor of the electricity used by
// buildings, by EVs and by the rest (each Σ_h weight × load × hourly factor / Σ weight × load, the
// hourly factor mixing the regional grid's factor of the year for imports with the local mix).
//
// Accounting convention (consumption-based): local plants' emissions reach the users through the
// factor of the electricity used, so each sector's scope 2 electricity carries them; the energy-supply
// sector's own scope 1 (CHP and condensing plants: CO2, CH4, N2O) is a memo here and is NOT added to
// the pathway's gross (that would count it twice). Exports leave the balance at the local mix and are
// credited at the grid factor (PathwayYear::pv_export_credit_t). District heat stays priced at the
// pathway's heat factor; the balance's own heat factor is a memo too.
#pragma once

#include <span>
#include <vector>

#include "twin/emissions/factor_tables.hpp"
#include "twin/energy/energy_city_def.hpp"
#include "twin/energy/energy_factors.hpp"
#include "twin/energy/energy_year.hpp"

namespace twin::pathway {

// What a baseline holds for the local supply, built once (local_supply_base()). Empty (present() is
// false): the pathway keeps its annual behaviour (one grid factor, rooftop PV netted per sector).
struct LocalSupplyBase {
  energy::EnergyCityDef def;          // the city's assets (system) and EV shares / load-shape settings
  energy::EnergyProfiles profiles;    // representative hours: per-unit PV, wind, load shapes, weights
  // Shapes of the year's annual kWh over the representative hours, Σ weight × shape = 1:
  std::vector<double> buildings_shape;      // buildings' electricity other than heating
  std::vector<double> rooftop_pv_shape;     // rooftop PV generation
  std::vector<double> district_heat_shape;  // district heat delivered
  bool present() const { return !profiles.weight.empty(); }
};

// Folds a full year (8760 h) of per-unit profiles onto representative days (the heating season of
// def.system). The three hourly series (each 8760 h, or empty) give the shapes: empty buildings →
// flat, empty rooftop PV → utility PV per kWp, empty district heat → the heat-pump degree-hour shape.
// With representative = false the full hours are kept (weights empty: `carbontwin energy --scenario`,
// the same code path on the whole year); present() is then false, so a Baseline never holds it.
LocalSupplyBase local_supply_base(const energy::EnergyCityDef& def, const energy::EnergyProfiles& full,
                                  std::span<const double> buildings_electricity_kwh,
                                  std::span<const double> rooftop_pv_kwh, std::span<const double> district_heat_kwh,
                                  bool representative = true);

// The year's demand and drivers, kWh/yr.
struct LocalSupplyDemand {
  double buildings_kwh = 0.0;      // buildings' electricity (all sectors' building stock) other than heating
  double heating_kwh = 0.0;        // buildings' electric heating (heat pumps, direct electric)
  double ev_kwh = 0.0;             // transport electricity other than metro (cars, taxis, buses)
  double industry_kwh = 0.0;       // industrial plants' electricity
  double other_kwh = 0.0;          // metro traction and the rest (flat)
  double rooftop_pv_kwh = 0.0;     // generation of the year's rooftop PV
  double district_heat_kwh = 0.0;  // heat delivered by the network
};

struct LocalSupplyLevers {
  double pv_added_mw = 0.0;
  double wind_added_mw = 0.0;
  double storage_added_mwh = 0.0;  // power = MWh / kStorageHours
  double chp_coal_to_gas_pct = 0.0;
  double smart_charging_pct = 0.0;
};
inline constexpr double kStorageHours = 2.0;  // duration of added storage; CarbonTwin assumption

// PathwayYear::local_supply (present = false and zeros without a local energy system).
struct LocalSupplyYear {
  bool present = false;
  double demand_kwh = 0.0;                 // served + unserved, after flexibility
  double rooftop_pv_kwh = 0.0, utility_pv_kwh = 0.0, wind_kwh = 0.0, chp_kwh = 0.0, thermal_kwh = 0.0;
  double local_generation_kwh = 0.0;
  double import_kwh = 0.0, export_kwh = 0.0, curtailment_kwh = 0.0, unserved_kwh = 0.0;
  double self_sufficiency = 0.0;           // 1 − import / served
  double grid_factor_kg_per_kwh = 0.0;     // imports
  double factor_kg_per_kwh = 0.0;          // all electricity used
  double buildings_factor_kg_per_kwh = 0.0;  // buildings' electricity incl. heating
  double ev_factor_kg_per_kwh = 0.0;
  double rest_factor_kg_per_kwh = 0.0;     // industrial plants and other
  energy::GasEmissions plants_scope1;      // memo: CHP (electricity and heat) + thermal plants + boilers
  double heat_factor_kg_per_kwh = 0.0;     // memo: the balance's district-heat factor
  LocalSupplyDemand demand;                // what the year's balance was given (to re-run it on 8760 h)
  LocalSupplyLevers levers;
};

// One year. `grid_kg_per_kwh` is the factor of imports (the pathway's electricity factor of the year).
// Precondition: base.present(), demand values finite and ≥ 0.
LocalSupplyYear local_supply_year(const LocalSupplyBase& base, int year, emissions::GridRegion region,
                                  const LocalSupplyDemand& demand, double grid_kg_per_kwh,
                                  const LocalSupplyLevers& levers);

// The balance itself (what local_supply_year summarises), on `base`'s hours: representative days or,
// from local_supply_base(…, false), the full year. Issues set when the drivers are invalid.
energy::EnergyYearResult local_supply_balance(const LocalSupplyBase& base, int year, emissions::GridRegion region,
                                              const LocalSupplyDemand& demand, double grid_kg_per_kwh,
                                              const LocalSupplyLevers& levers);

// The system of the year: base capacities plus the levers' additions and conversion.
energy::EnergySystemDef local_system_of(const energy::EnergySystemDef& base, const LocalSupplyLevers& levers);

}  // namespace twin::pathway
