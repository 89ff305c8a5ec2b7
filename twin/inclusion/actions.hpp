// A resident's (household's) everyday choices for carbon inclusion (碳普惠): commute mode switches,
// heating and cooling set-points, rooftop PV, efficient appliances, waste sorting, second-hand goods.
// Plain data, so the page can fill it from its panel and the CLI from a file (docs/inclusion.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/pathway/intensity_table.hpp"

namespace twin::inclusion {

// Order is part of the JSON: append before Count only.
enum class CommuteMode : std::uint8_t { CarPetrol = 0, CarEv, Bus, Metro, Bike, Walk, Count };
inline constexpr int kCommuteModeCount = static_cast<int>(CommuteMode::Count);
const char* to_string(CommuteMode mode);  // "car_petrol", "car_ev", "bus", "metro", "bike", "walk"
std::optional<CommuteMode> commute_mode_from_string(std::string_view key);

// One person's commute moved from one mode to another (both ways, every commuting day).
struct CommuteSwitch {
  CommuteMode from = CommuteMode::CarPetrol;
  CommuteMode to = CommuteMode::Metro;
  double one_way_km = 0.0;
  double days_per_yr = 0.0;
};

// How the dwelling is heated (the twin's heating system and fuel, twin/city/city.hpp).
enum class DwellingHeating : std::uint8_t { DistrictHeat = 0, GasBoiler, HeatPump, ElectricResistance, None, Count };
const char* to_string(DwellingHeating heating);  // "district_heat", "gas_boiler", "heat_pump", "electric", "none"
std::optional<DwellingHeating> dwelling_heating_from_string(std::string_view key);

// Set-points: heating lowered and cooling raised, for a dwelling of the pathway's high-rise housing category.
struct SetpointChange {
  double dwelling_area_m2 = 0.0;
  DwellingHeating heating = DwellingHeating::DistrictHeat;
  pathway::Vintage vintage = pathway::Vintage::From2000To2009;  // picks the useful heating demand per m²
  double heating_lower_c = 0.0;
  double cooling_raise_c = 0.0;
};

enum class Appliance : std::uint8_t { AirConditioner = 0, Refrigerator, WashingMachine, Count };
const char* to_string(Appliance appliance);  // "air_conditioner", "refrigerator", "washing_machine"
std::optional<Appliance> appliance_from_string(std::string_view key);

// Units replaced: a China Energy Label grade-3 model by a grade-1 model.
struct ApplianceSwap {
  Appliance appliance = Appliance::AirConditioner;
  int units = 1;
};

struct PersonalActions {
  std::vector<CommuteSwitch> commutes;
  std::optional<SetpointChange> setpoints;
  double rooftop_pv_kwp = 0.0;
  std::vector<ApplianceSwap> appliances;
  double waste_sorted_kg_per_yr = 0.0;   // diverted from landfill to composting by sorting
  double secondhand_items_per_yr = 0.0;  // clothing items bought second-hand instead of new
  double household_persons = 0.0;        // 0 = the table's default (household_persons)
};

struct ActionsError {
  std::string path;     // e.g. "commutes[1].one_way_km", as in the JSON file
  std::string message;  // what is wrong, with the allowed range
};
// Bounds: km 0–200, days 0–366, area 1–2000 m², set-point changes 0–10 °C, PV 0–100 kWp, units 0–50,
// waste 0–10 000 kg/yr, items 0–1 000/yr, persons 0 or 1–20; every number finite; a commute's modes
// differ. Empty when valid.
std::vector<ActionsError> validate_actions(const PersonalActions& actions);

}  // namespace twin::inclusion
