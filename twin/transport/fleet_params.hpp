// Parameters of the fleet stock-turnover model by vehicle class and powertrain, built from the
// sourced rows of fleet_table.hpp (assets/transport/fleet_parameters.csv). Units in names.
#pragma once

#include <array>
#include <vector>

#include "twin/emissions/carrier.hpp"
#include "twin/transport/vehicle.hpp"

namespace twin::transport {

using CarrierKwh = std::array<double, emissions::kCarrierCount>;

// A trajectory given at anchor years: linear between anchors, flat before the first and after the
// last.
struct Trajectory {
  std::vector<int> years;       // increasing
  std::vector<double> values;
  double at(int year) const;
};

struct VehicleClassParams {
  emissions::Carrier fuel = emissions::Carrier::Gasoline;  // of ICE/HEV/PHEV (bus: diesel = Oil)
  double annual_km_per_vehicle = 0.0;
  // Survival S(age) = exp(−ln2 · (age / median)^shape): half a cohort is left at the median life.
  double median_life_years = 15.0;
  double weibull_shape = 4.0;
  // Base stock age profile: sales grew by this rate before the base year (assumption).
  double historic_sales_growth_pct_per_yr = 0.0;
  // Energy per km of a model year before the base year: × (1 + gain · (base year − model year)).
  double historic_efficiency_gain_pct_per_yr = 0.0;
  std::array<double, kPowertrainCount> base_stock_share{};  // fractions of the base-year stock, Σ = 1
  // Base-year new vehicles, real-world: fuel (ICE, HEV, PHEV charge-sustaining), electricity at the
  // plug (PHEV charge-depleting, BEV), hydrogen (FCEV).
  std::array<double, kPowertrainCount> fuel_l_per_100km{};
  std::array<double, kPowertrainCount> electricity_kwh_per_100km{};
  std::array<double, kPowertrainCount> hydrogen_kg_per_100km{};
  double phev_utility_factor = 0.0;  // electric share of a PHEV's km
  // Sales mix trajectories (fractions 0–1).
  Trajectory nev_sales_share;              // BEV+PHEV+FCEV share of new vehicles (taxi: floor; car: unused)
  Trajectory bev_share_of_nev_sales;       // BEV share of the NEV sales
  Trajectory fcev_share_of_nev_sales;      // FCEV share of the NEV sales; PHEV = the rest
  Trajectory hev_share_of_conventional_sales;  // HEV share of the non-NEV sales; ICE = the rest
};

struct FleetParams {
  int base_year = 2020;
  std::array<VehicleClassParams, kVehicleClassCount> classes{};
  double gasoline_kg_per_l = 0.74;
  double diesel_kg_per_l = 0.84;
  double electrolysis_kwh_per_kg_h2 = 55.0;  // FCEV hydrogen counted as this much grid electricity
  double metro_kwh_per_train_km = 0.0;

  const VehicleClassParams& of(VehicleClass c) const { return classes[static_cast<int>(c)]; }
  VehicleClassParams& of(VehicleClass c) { return classes[static_cast<int>(c)]; }
};

// The parameters of the embedded table (built once, then shared).
const FleetParams& default_fleet_params();

// Delivered energy per vehicle-km of a base-year new vehicle, kWh by carrier (fuels on a net
// calorific value basis, GB/T 2589-2020 NCVs via twin/emissions; FCEV as electrolysis electricity).
CarrierKwh base_energy_kwh_per_km(const FleetParams& params, VehicleClass c, Powertrain p);

}  // namespace twin::transport
