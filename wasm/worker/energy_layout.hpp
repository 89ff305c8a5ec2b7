// One row of doubles per building: what the energy worker (energy_worker.cpp) posts to the page
// and the app (wasm/app_energy.cpp) reads. Both sides include this header.
#pragma once

#include "twin/buildings/city_energy.hpp"
#include "twin/emissions/carrier.hpp"

namespace energy_layout {

inline constexpr int kFloorArea = 0;           // m²
inline constexpr int kEui = 1;                 // delivered energy, all end uses, kWh/m²
inline constexpr int kEmissionsIntensity = 2;  // scope 1 + 2, kgCO2/m²
inline constexpr int kPvKwh = 3;               // rooftop PV potential, kWh/yr
inline constexpr int kScope1 = 4;              // tCO2
inline constexpr int kScope2 = 5;              // tCO2
inline constexpr int kHeatingNeed = 6;         // useful space heat, kWh
inline constexpr int kCoolingNeed = 7;         // useful sensible cooling, kWh
inline constexpr int kArchetype = 8;           // index into archetype_rows()
inline constexpr int kDelivered = 9;           // [end use][carrier] kWh, end-use major
inline constexpr int kStride = kDelivered + twin::buildings::kEndUseCount * twin::emissions::kCarrierCount;

// The city's hourly totals (simulated with CityEnergyDef::hourly = true), one row of doubles per hour:
// delivered kWh by carrier (twin::emissions::Carrier order), then the rooftop PV potential kWh of
// every roof. The page scales them to a pathway year's annual totals for its energy balance.
inline constexpr int kHourlyPv = twin::emissions::kCarrierCount;
inline constexpr int kHourlyStride = kHourlyPv + 1;

}  // namespace energy_layout
