// Base-year energy intensities of the building stock by category, vintage and end use, until the
// hourly simulation (twin/buildings) provides simulated ones. Embedded copy of
// assets/pathway/baseline_intensity.csv and heating_efficiency.csv (tests compare them natively).
//
// Space heating is given as useful heat delivered to the rooms (kWh per m² of floor area and year)
// and turned into carrier energy by the heating system's efficiency, so that a change of system
// (e.g. to a heat pump) changes the carrier and the energy but not the demand. Every other end use
// is given as delivered (final) energy by carrier.
#pragma once

#include <cstdint>
#include <span>

#include "twin/city/building_category.hpp"
#include "twin/city/city.hpp"
#include "twin/emissions/carrier.hpp"

namespace twin::pathway {

enum class EndUse : std::uint8_t {
  SpaceHeating = 0,
  Cooling,
  HotWater,
  Lighting,
  Appliances,  // plug loads, lifts, pumps, fans, IT
  Cooking,
  Count
};
inline constexpr int kEndUseCount = static_cast<int>(EndUse::Count);

// Building categories of the intensity table (use, and housing typology for dwellings).
// Categories are the city-wide building categories (twin/city/building_category.hpp).
using Category = BuildingCategory;
inline constexpr int kCategoryCount = kBuildingCategoryCount;

// Construction periods of China's residential energy codes for the cold zone: before the first
// code, the 1986/1995 codes (30 %/50 %), 2000s enforcement, JGJ 26-2010 (65 %) and later (75 %).
enum class Vintage : std::uint8_t {
  Before1980 = 0,
  From1980To1999,
  From2000To2009,
  From2010,  // 2010 to the base year
  Count
};
inline constexpr int kVintageCount = static_cast<int>(Vintage::Count);

const char* to_string(EndUse end_use);
const char* to_string(Vintage vintage);
Category category_of(BuildingUse use, ResidentialType type);
Vintage vintage_of(int construction_year);

struct HeatingDemandRow {
  Category category;
  Vintage vintage;
  double useful_kwh_per_m2;  // space-heating heat delivered, kWh/(m²·yr)
  const char* source_id;
};

struct EndUseIntensityRow {
  Category category;
  EndUse end_use;  // never SpaceHeating
  emissions::Carrier carrier;
  double kwh_per_m2;  // delivered energy, kWh/(m²·yr), all vintages
  const char* source_id;
};

struct HeatingEfficiencyRow {
  HeatingSystem system;
  Fuel fuel;
  double efficiency;  // useful heat / delivered energy (heat pumps: the heat_pump_scop lever)
  const char* source_id;
};

std::span<const HeatingDemandRow> heating_demand_rows();
std::span<const EndUseIntensityRow> end_use_intensity_rows();
std::span<const HeatingEfficiencyRow> heating_efficiency_rows();

// Carrier a heating system buys and its efficiency; heat pumps return Electricity and `scop`.
// Systems without a row fall back to 1.0 on the fuel's carrier.
emissions::Carrier heating_carrier(HeatingSystem system, Fuel fuel);
double heating_efficiency(HeatingSystem system, Fuel fuel, double heat_pump_scop);

const char* intensity_source_citation(const char* source_id);

}  // namespace twin::pathway
