// The hourly series the energy system takes from the building simulation (twin/buildings/
// city_energy.hpp, run with CityEnergyDef::hourly = true), and the drivers of a year built from them
// and an EnergyLoadsDef — what the CLI, the bench and a pathway's base year do.
#pragma once

#include <vector>

#include "twin/buildings/city_energy.hpp"
#include "twin/energy/energy_city_def.hpp"
#include "twin/energy/energy_year.hpp"

namespace twin::energy {

struct BuildingSeries {
  std::vector<double> electricity_kwh;    // delivered electricity of all buildings, per hour
  std::vector<double> district_heat_kwh;  // district heat delivered to buildings, per hour
  std::vector<double> rooftop_pv_kwh;     // rooftop PV potential × rooftop_pv_share, per hour
};

// Empty series when the result has no hourly values (simulated without CityEnergyDef::hourly).
BuildingSeries building_series(const buildings::CityEnergyResult& result, double rooftop_pv_share);

// Drivers over `series` (held by reference: keep `series` alive while the drivers are used).
EnergyYearDrivers drivers_of(const BuildingSeries& series, const EnergyLoadsDef& loads, const EnergyFactors& factors,
                             int year);

}  // namespace twin::energy
