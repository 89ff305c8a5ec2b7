// City-scale hourly building energy: every building of a twin::City through the ISO 13790 5R1C
// model (rc5.hpp) with its archetype (archetype.hpp), then hot water, lighting, appliances and
// cooking from schedules, delivered energy by carrier through its heating system and cooling plant,
// and rooftop PV potential (pv.hpp). See twin/buildings/README.md, "City-scale model".
//
// Batched mode simulates one unit (1 m² floor) per group of buildings sharing the archetype, the
// heated/unheated state and the quantised envelope-per-floor-area ratios (facade area per m² floor in
// each 45° orientation sector, roof area per m² floor, storey height), and scales by floor area.
// Exact mode simulates every building with its own ratios and its facades' own azimuths.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "twin/buildings/archetype.hpp"
#include "twin/buildings/pv.hpp"
#include "twin/city/city.hpp"
#include "twin/climate/weather.hpp"
#include "twin/emissions/carrier.hpp"

namespace twin::buildings {

enum class EndUse : std::uint8_t { SpaceHeating = 0, Cooling, HotWater, Lighting, Appliances, Cooking, Count };
inline constexpr int kEndUseCount = static_cast<int>(EndUse::Count);
const char* to_string(EndUse end_use);

enum class SimulationMode : std::uint8_t { Batched = 0, Exact };

struct CityEnergyDef {
  climate::ClimateZone zone = climate::ClimateZone::Cold;
  SimulationMode mode = SimulationMode::Batched;
  bool hourly = false;  // also fill CityEnergyResult::hourly_*
  PvDef pv = default_pv_def();
  std::uint32_t warmup_h = 168;  // hours of the year's end run before 1 January
};
CityEnergyDef default_city_energy_def();

using EndUseCarrierKwh = std::array<std::array<double, emissions::kCarrierCount>, kEndUseCount>;

struct CityEnergyResult {
  // Per building, same order as City::buildings.
  std::vector<double> floor_area_m2;
  std::vector<std::uint32_t> archetype;     // index into archetype_rows()
  std::vector<double> heating_need_kwh;     // useful space heat (0 if the building has no heating)
  std::vector<double> cooling_need_kwh;     // useful sensible cooling (removed heat, positive)
  std::vector<EndUseCarrierKwh> delivered_kwh;  // delivered energy by end use and carrier
  std::vector<double> pv_kwh;               // rooftop PV potential (not netted from demand)
  // City totals per hour (only when CityEnergyDef::hourly): delivered energy by carrier, kWh.
  std::vector<std::array<double, emissions::kCarrierCount>> hourly_carrier_kwh;
  std::vector<double> hourly_pv_kwh;
  std::uint32_t simulated_units = 0;        // 5R1C runs: groups (batched) or buildings (exact)

  double end_use_kwh(std::uint32_t building, EndUse end_use) const;
  double carrier_kwh(std::uint32_t building, emissions::Carrier carrier) const;
};

CityEnergyResult simulate_city_energy(const City& city, const climate::WeatherYear& weather,
                                      const CityEnergyDef& def);

// Heating and cooling plant (city_energy_systems.cpp). Efficiency = useful heat / delivered energy;
// heat pumps' COP depends on the outdoor temperature.
emissions::Carrier heating_carrier(HeatingSystem system, Fuel fuel);
double heating_efficiency(HeatingSystem system, Fuel fuel, double theta_e_c);
double cooling_eer(ArchetypeCategory category);
// Share of the full-space, full-time cooling need that is met (dwellings cool part-time, part-space).
double cooling_use_factor(ArchetypeCategory category);
double heating_use_factor(ArchetypeCategory category);
// Delivered hot water and cooking energy per unit of useful hot water / delivered cooking, by carrier.
std::array<double, emissions::kCarrierCount> hot_water_carriers(ArchetypeCategory category);
std::array<double, emissions::kCarrierCount> cooking_carriers(ArchetypeCategory category);

}  // namespace twin::buildings
