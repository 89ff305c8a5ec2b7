// The city's energy assets and operating rules (源网荷储: source, grid, load, storage) as one plain
// definition struct, and its validation. The capacities and shares here are what the supply-side
// levers of a pathway year move (utility PV, wind, storage, coal-plant retirement, CHP, smart
// charging, demand response); default_energy_system.hpp fills it from the embedded default city.
// Units are in the names; every field comment says what the number means.
#pragma once

#include <string>
#include <vector>

#include "twin/emissions/carrier.hpp"

namespace twin::energy {

// Generic three-stage wind-turbine power curve: 0 below cut-in and from cut-out, cubic in the wind
// speed between cut-in and rated ((v³ − v_in³)/(v_r³ − v_in³), the constant-Cp approximation), 1 from
// rated to cut-out. Wind speed at hub height from the weather file's 10 m speed by the power law
// u(z) = u_ref (z / z_ref)^p.
struct WindDef {
  double capacity_kw = 0.0;          // installed nameplate power (lever)
  double hub_height_m = 100.0;
  double reference_height_m = 10.0;  // height of the weather file's wind speed (EPW: 10 m)
  double shear_exponent = 0.15;      // power-law p
  double cut_in_m_s = 3.0;
  double rated_m_s = 12.0;
  double cut_out_m_s = 25.0;
  double availability = 0.97;        // share of hours not in maintenance or fault, × output
};

// Ground-mounted PV: kWp × hourly plane-of-array irradiance / 1 kW/m² × performance ratio × cell
// temperature derating (the same NOCT model as rooftop PV, twin/buildings/pv.hpp).
struct UtilityPvDef {
  double capacity_kwp = 0.0;          // DC nameplate at STC (lever)
  double tilt_deg = 35.0;
  double azimuth_deg = 180.0;         // from north, clockwise
  double performance_ratio = 0.80;    // inverter, wiring, soiling, mismatch; temperature separate
  double noct_c = 45.0;
  double temperature_coefficient_per_k = -0.0037;
};

// Battery storage. SoC is the energy held (kWh) between min_soc_share × energy and energy; losses
// split evenly between charging and discharging (η_c = η_d = √η_rt).
struct StorageDef {
  double energy_kwh = 0.0;            // usable nameplate energy (lever)
  double power_kw = 0.0;              // max charge and discharge power, AC side (lever)
  double round_trip_efficiency = 0.82;
  double min_soc_share = 0.05;        // never discharged below this share of energy_kwh
  double initial_soc_share = 0.5;     // SoC at hour 0, share of energy_kwh
};

// A condensing thermal plant that the city owns or counts (scope 1 of the energy-supply sector).
struct ThermalPlantDef {
  std::string name;
  emissions::Carrier fuel = emissions::Carrier::Coal;  // Coal or NaturalGas
  double capacity_kw = 0.0;           // net electrical capacity (lever: retirement sets 0)
  double min_load_share = 0.4;        // of capacity, while committed (the plant runs all year)
  double electrical_efficiency = 0.40;  // net electricity / fuel (NCV)
  bool local_first = false;           // dispatched above min load before imports (true) or only
                                      // when the import limit binds (false)
};

// Combined heat and power: must-run in the heating season, heat-led, electricity = heat × η_el/η_th,
// kept within [min load, capacity]. Outside the heating season it is off.
struct ChpDef {
  std::string name;
  emissions::Carrier fuel = emissions::Carrier::Coal;
  double capacity_kw = 0.0;           // electrical capacity (lever: CHP conversion/retirement)
  double min_load_share = 0.5;        // of electrical capacity, in the heating season
  double electrical_efficiency = 0.30;  // electricity / fuel (NCV)
  double heat_efficiency = 0.45;      // useful heat to the network / fuel (NCV)
};

// District heating: hourly heat delivered to buildings + network losses, met in merit order by
// industrial waste heat, CHP heat (must-run, heating season), large heat pumps, coal boilers and
// gas boilers; what none of them can supply is reported as unserved heat.
struct DistrictHeatDef {
  double network_loss_share = 0.08;   // of heat sent out: (sent − delivered) / sent
  double waste_heat_kw = 0.0;         // industrial waste heat available, thermal, all year
  double heat_pump_kw = 0.0;          // thermal capacity of large heat pumps
  double heat_pump_cop = 3.0;         // heat / electricity (seasonal)
  double coal_boiler_kw = 0.0;        // thermal capacity
  double coal_boiler_efficiency = 0.80;
  double gas_boiler_kw = 0.0;
  double gas_boiler_efficiency = 0.92;
};

// Grid connection of the city to the regional grid.
struct GridLinkDef {
  double import_limit_kw = 1.0e12;    // demand above import + local supply is unserved
  double export_limit_kw = 0.0;       // surplus beyond this is curtailed
};

// The heating season of the district network and the CHP: day-of-year ranges [start, 365] ∪
// [1, end] (1-based; a typical year has 365 days).
struct HeatingSeasonDef {
  int start_day = 319;  // 15 November
  int end_day = 74;     // 15 March
};

// Flexible demand.
struct FlexibilityDef {
  double smart_charging_share = 0.0;  // of EV charging energy placed in the day's lowest net-load
                                      // hours (valley filling) instead of its habitual profile
  double demand_response_share = 0.0; // of buildings + industry + other load that may move within
                                      // its day to the lowest net-load hours
};

struct EnergySystemDef {
  UtilityPvDef utility_pv;
  WindDef wind;
  StorageDef storage;
  std::vector<ThermalPlantDef> thermal_plants;
  std::vector<ChpDef> chp_plants;
  DistrictHeatDef district_heat;
  GridLinkDef grid;
  HeatingSeasonDef heating_season;
  FlexibilityDef flexibility;
};

// One problem with a definition or an input: where (a field path such as "storage.power_kw" or
// "inputs.buildings_kwh[17]", or "line 12 field value" from a CSV) and what was wrong.
struct EnergyIssue {
  std::string where;
  std::string message;
};

// Every field checked: finite, in its physical range (shares 0–1, efficiencies in (0, 1], COP > 0,
// speeds ordered cut-in < rated < cut-out, CHP η_el + η_th ≤ 1, fuels Coal or NaturalGas, season
// days 1–366). Empty when the definition can be evaluated.
std::vector<EnergyIssue> validate_energy_system(const EnergySystemDef& def);

}  // namespace twin::energy
