// The hourly electricity dispatch of the city and the emission factor of the electricity it uses.
//
// Dispatch rule, every hour h (a merit order, no foresight — documented CarbonTwin rule):
//   must-run = variable renewables (rooftop PV, utility PV, wind) + CHP (heat-led, heat_balance.hpp)
//              + every thermal plant at its minimum load;
//   net = demand − must-run.
//   Surplus (net < 0): charge storage (≤ power, ≤ room to full / η_c), then export (≤ export limit),
//     then curtail the rest.
//   Deficit (net > 0): discharge storage (≤ power, ≤ (SoC − min SoC) × η_d), then thermal plants
//     marked local_first above their minimum, then import (≤ import limit), then the other thermal
//     plants above their minimum; what is left is unserved.
// Storage: η_c = η_d = √η_rt; SoC in kWh stored; losses = charge (1 − η_c) + discharge (1/η_d − 1).
// balance_residual = local generation + import − (demand − unserved) − export − ΔSoC − storage losses
//   − curtailment, ≈ 0 (rounding only).
//
// Emission factor of the electricity used (kgCO2/kWh), per hour:
//   local mix f_loc = (thermal + CHP-electricity CO2) / (local generation − curtailment);
//   storage is a carbon pool: charging adds charge × f_loc, discharging takes the pool's share
//     (pool kg × SoC drawn / SoC), so stored carbon is conserved through the losses;
//   f_used = (direct local use × f_loc + discharge × f_store + import × f_grid) / served demand,
//     direct local use = local generation − curtailment − charge − export;
//   f_grid = the regional grid's factor of the year. Hours with no served demand take f_grid.
//   The annual factor is the consumption-weighted mean, Σ f_used × served / Σ served.
// Exported electricity leaves with f_loc (reported as exported CO2).
#pragma once

#include <span>
#include <vector>

#include "twin/energy/energy_factors.hpp"
#include "twin/energy/energy_system.hpp"

namespace twin::energy {

struct DispatchInputs {  // hourly, kWh, all the same length
  std::span<const double> demand_kwh;          // every demand class, after demand response and smart charging
  std::span<const double> variable_kwh;        // rooftop PV + utility PV + wind (zero-carbon)
  std::span<const double> chp_kwh;             // must-run CHP electricity
  std::span<const double> chp_co2_kg;          // CO2 allocated to that electricity
  // Representative days (EnergyProfiles::weight): empty for a plain year. When given, the annual sums
  // are Σ weight × hour and storage restarts every 24 hours at its initial SoC with an empty carbon
  // pool (it cycles within each representative day).
  std::span<const double> weight;
};

struct Dispatch {
  // Hourly, kWh (storage_soc_kwh: at the end of the hour; kW figures are the same numbers over 1 h).
  std::vector<double> thermal_kwh;             // all condensing thermal plants
  std::vector<double> storage_charge_kwh;      // drawn from the bus
  std::vector<double> storage_discharge_kwh;   // delivered to the bus
  std::vector<double> storage_soc_kwh;
  std::vector<double> storage_loss_kwh;
  std::vector<double> grid_import_kwh;
  std::vector<double> grid_export_kwh;
  std::vector<double> curtailment_kwh;
  std::vector<double> unserved_kwh;
  std::vector<double> balance_residual_kwh;
  std::vector<double> local_factor_kg_per_kwh;  // f_loc
  std::vector<double> factor_kg_per_kwh;        // f_used: of the electricity used in the city
  // Annual.
  std::vector<double> thermal_plant_kwh;        // per ThermalPlantDef, electricity
  std::vector<double> thermal_plant_fuel_kwh;
  double thermal_co2_kg = 0.0;
  double consumed_co2_kg = 0.0;                 // Σ f_used × served
  double exported_co2_kg = 0.0;                 // Σ export × f_loc
  double storage_initial_soc_kwh = 0.0;
};

// Precondition: validate_energy_system(def) is empty; inputs finite, ≥ 0, equal lengths (asserted).
Dispatch dispatch_electricity(const DispatchInputs& in, const EnergySystemDef& def, const EnergyFactors& factors);

}  // namespace twin::energy
