// Road-vehicle fleet stock-turnover model (cars, taxis, buses × ICE, HEV, PHEV, BEV, FCEV), yearly
// from the base year, and the energy it uses (twin/transport/README-fleet.md).
//
// Per class and year: required stock = vehicle-km / km per vehicle; survivors of every cohort by
// the Weibull survival curve; new sales = required − survivors (≥ 0), split by powertrain by the
// year's sales mix; energy = Σ cohorts vehicle-km × energy per km of (powertrain, model year). The
// base-year stock is split into cohorts by an age profile (past sales growing at a constant rate,
// times survival) with the base-year powertrain shares in every cohort. When the stock exceeds the
// demand (falling demand), every vehicle runs proportionally less, so the vehicle-km always equal
// the demand. Deterministic (+ − × ÷ and twin/pathway/det_math only): bit-identical in wasm.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "twin/transport/fleet_params.hpp"

namespace twin::transport {

// What drives one year of the fleet.
struct FleetYearInput {
  std::array<double, kVehicleClassCount> vehicle_km{};  // demand this year, km/yr
  // NEV (BEV + PHEV) share of new private cars, 0–1 (the ev_sales_share_pct lever); also the floor
  // for taxis when above their own trajectory. Buses follow their table trajectory.
  double car_nev_sales_share = 0.0;
  // Energy per km of this year's new vehicles relative to base-year new vehicles (1 − improvement).
  double new_vehicle_energy_factor = 1.0;
};

struct FleetYearResult {
  std::array<std::array<double, kPowertrainCount>, kVehicleClassCount> stock{};  // vehicles
  std::array<double, kVehicleClassCount> sales{};        // vehicles bought this year
  std::array<double, kVehicleClassCount> retirements{};  // vehicles scrapped since last year
  std::array<double, kVehicleClassCount> vehicle_km{};   // km/yr (= the demand)
  std::array<CarrierKwh, kVehicleClassCount> energy_kwh{};  // delivered energy, kWh/yr

  double class_stock(VehicleClass c) const;
  double nev_share(VehicleClass c) const;  // (BEV + PHEV + FCEV) / stock, 0 when no stock
  CarrierKwh total_energy_kwh() const;
};

// Sales mix of class `c` in `year` (fractions by powertrain, Σ = 1) given the car NEV share.
std::array<double, kPowertrainCount> sales_mix(const FleetParams& params, VehicleClass c, int year,
                                               double car_nev_sales_share);

// Survival S(age) = exp(−ln2 · (age/median)^shape) of class `c`.
double fleet_survival(const VehicleClassParams& c, int age_years);

// Runs the model for years params.base_year, params.base_year + 1, …, one per input. `out` is
// resized to inputs.size() (reused between calls without reallocating).
void simulate_fleet(const FleetParams& params, std::span<const FleetYearInput> inputs,
                    std::vector<FleetYearResult>& out);

// Oldest base-year cohort (age in the base year); older vehicles are neglected.
inline constexpr int kFleetMaxBaseAge = 40;

}  // namespace twin::transport
