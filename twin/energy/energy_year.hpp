// One year of the city's energy system, hour by hour: the entry point a pathway year calls.
//   drivers of the year (hourly building electricity, rooftop PV and district heat; annual EV,
//   heat-pump, industry and other electricity; the year's emission factors)
//   + levers of the year (the capacities and shares of EnergySystemDef)
//   → district heat by source (heat_balance.hpp) → demand by class, demand response and smart
//   charging (valley_fill.hpp) → dispatch, storage, import/export, curtailment, unserved
//   (dispatch.hpp) → emissions by gas and the hourly and annual factor of the electricity used.
// Per-unit profiles (PV per kWp, wind per kW, load shapes) depend only on the weather year and the
// technology parameters, not on capacities: build them once with make_energy_profiles() and reuse
// them for every pathway year. One evaluation is a few passes over 8760 hours (~1 ms natively).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "twin/climate/weather.hpp"
#include "twin/energy/dispatch.hpp"
#include "twin/energy/energy_factors.hpp"
#include "twin/energy/energy_system.hpp"
#include "twin/energy/heat_balance.hpp"
#include "twin/energy/load_shapes.hpp"

namespace twin::energy {

struct EnergyProfiles {
  std::vector<double> utility_pv_kwh_per_kwp;  // hourly, per kWp of utility PV
  std::vector<double> wind_kwh_per_kw;         // hourly, per kW of wind
  LoadShapes shapes;                           // hourly fractions of annual loads
  // Representative days (representative_days.hpp), both empty for a plain year (hour h is day h / 24,
  // weight 1): each hour's day of the year (0-based; the heating season) and its weight (the number of
  // days its representative day stands for). With weights, every annual figure is Σ weight × hour and
  // storage starts each 24-hour day at its initial state of charge (it cycles within the day).
  std::vector<std::uint16_t> day_of_year;
  std::vector<double> weight;
  std::uint32_t hours() const { return static_cast<std::uint32_t>(utility_pv_kwh_per_kwp.size()); }
};

// Rebuild when the weather, UtilityPvDef's or WindDef's technology fields, or the load-shape
// definition change (capacity changes do not need it).
EnergyProfiles make_energy_profiles(const climate::WeatherYear& weather, const EnergySystemDef& system,
                                    const LoadShapeDef& shapes);

// EV charging energy and where it happens (shares sum to 1).
struct EvChargingDef {
  double annual_kwh = 0.0;
  double home_share = 0.6;
  double work_share = 0.15;
  double fast_share = 0.25;
};

struct EnergyYearDrivers {
  int year = 2020;
  // Hourly kWh, profiles.hours() long, or empty for none. Held by the caller during the call.
  std::span<const double> buildings_electricity_kwh;  // every building's delivered electricity
                                                      // (CityEnergyResult::hourly_carrier_kwh)
  std::span<const double> rooftop_pv_kwh;             // generation of the rooftop PV installed
  std::span<const double> district_heat_kwh;          // heat delivered to buildings by the network
  // Annual kWh, shaped by the profiles.
  EvChargingDef ev;
  double heat_pump_kwh = 0.0;   // building heat pumps not in buildings_electricity_kwh (degree-hours)
  double industry_kwh = 0.0;    // industrial process electricity (shift pattern)
  double other_kwh = 0.0;       // street lighting, water, rail, … (flat)
  EnergyFactors factors;        // energy_factors_for_year(year, region), grid factor maybe moved by a lever
};

// Hourly terms of the electricity balance, kWh per hour (= mean kW).
struct EnergyHourly {
  // Demand.
  std::vector<double> buildings_kwh, ev_kwh, heat_pump_kwh, industry_kwh, other_kwh;
  std::vector<double> demand_response_kwh;  // flexible load moved: + added, − removed (Σ per day = 0)
  std::vector<double> demand_kwh;           // total of the above
  // Supply.
  std::vector<double> rooftop_pv_kwh, utility_pv_kwh, wind_kwh, chp_kwh;
  // thermal, storage, grid, curtailment, unserved, residual and factors: in EnergyYearResult::dispatch.
};

struct EnergyYearSummary {
  double demand_kwh = 0, served_kwh = 0, unserved_kwh = 0;
  int unserved_hours = 0;
  double buildings_kwh = 0, ev_kwh = 0, heat_pump_kwh = 0, industry_kwh = 0, other_kwh = 0;
  double district_heat_pump_kwh = 0;  // of heat_pump_kwh: large heat pumps of the heat network
  double rooftop_pv_kwh = 0, utility_pv_kwh = 0, wind_kwh = 0, chp_kwh = 0, thermal_kwh = 0;
  double local_generation_kwh = 0;
  double import_kwh = 0, export_kwh = 0, curtailment_kwh = 0;
  double curtailment_share = 0;   // of rooftop + utility PV + wind generation
  double storage_charge_kwh = 0, storage_discharge_kwh = 0, storage_loss_kwh = 0;
  double storage_final_soc_kwh = 0;
  double self_sufficiency = 0;    // share of served demand not imported: 1 − import / served
  double peak_import_kw = 0, peak_demand_kw = 0;
  double max_abs_residual_kwh = 0;
  double grid_factor_kg_per_kwh = 0;
  double electricity_factor_kg_per_kwh = 0;  // annual mean of the hourly factor, weighted by use
  double consumed_electricity_co2_t = 0;      // Σ hourly factor × served demand
  double exported_co2_t = 0;
  GasEmissions power_generation;  // local thermal plants + CHP share of electricity (scope 1 supply)
  // District heat.
  double heat_delivered_kwh = 0, heat_loss_kwh = 0, heat_unserved_kwh = 0, heat_dumped_kwh = 0;
  double heat_chp_kwh = 0, heat_waste_kwh = 0, heat_pump_heat_kwh = 0, heat_coal_boiler_kwh = 0,
         heat_gas_boiler_kwh = 0;
  double coal_fuel_kwh = 0, gas_fuel_kwh = 0;  // all plants and boilers, NCV
  GasEmissions heat_generation;   // boilers + CHP share of heat
  double heat_factor_kg_per_kwh = 0;  // CO2 per kWh delivered (fuels + heat pumps' electricity)
};

struct EnergyYearResult {
  std::vector<EnergyIssue> issues;  // non-empty: nothing below was computed
  EnergyHourly hourly;
  Dispatch dispatch;
  HeatBalance heat;
  EnergyYearSummary summary;
};

// Checks the drivers against the profiles (lengths; every value finite, ≥ 0 and below 1e12 kWh;
// EV shares ≥ 0 summing to 1; factors finite and ≥ 0).
std::vector<EnergyIssue> validate_energy_drivers(const EnergyYearDrivers& drivers, std::uint32_t hours);

// The whole year. Invalid system or drivers: issues set, nothing else.
EnergyYearResult evaluate_energy_year(const EnergySystemDef& system, const EnergyProfiles& profiles,
                                      const EnergyYearDrivers& drivers);

// Scope 2 CO2 of an hourly electricity use under the hourly factor of the electricity used:
// Σ_h load_kwh[h] × factor_kg_per_kwh[h] / 1000, tCO2 (e.g. EVs: hourly.ev_kwh; buildings:
// hourly.buildings_kwh). Precondition: equal lengths (asserted).
double hourly_scope2_t(std::span<const double> load_kwh, std::span<const double> factor_kg_per_kwh);
// The same over weighted hours (representative days): Σ_h weight[h] × load × factor / 1000; an empty
// `weight` is weight 1. Weighted: whole 24-hour days, one weight per day (as EnergyProfiles::weight).
double hourly_scope2_t(std::span<const double> load_kwh, std::span<const double> factor_kg_per_kwh,
                       std::span<const double> weight);

}  // namespace twin::energy
