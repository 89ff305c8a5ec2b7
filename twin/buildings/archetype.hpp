// Building archetypes of the city-scale model: envelope, ventilation, internal gains, set-points and
// hot-water/cooking demand by use category × construction vintage × building-climate zone (GB 50176-2016).
// The rows are an embedded copy of assets/buildings/archetypes.csv (generated together by
// assets/buildings/make_archetypes.py; sources and approximations in assets/buildings/README.md).
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "twin/city/building_category.hpp"
#include "twin/city/city.hpp"
#include "twin/climate/climate_normals.hpp"

namespace twin::buildings {

// Use categories: building use, and housing typology for dwellings.
// Archetype categories are the city-wide building categories (twin/city/building_category.hpp).
using ArchetypeCategory = BuildingCategory;
inline constexpr int kArchetypeCategoryCount = kBuildingCategoryCount;

// Construction periods of China's energy-saving design codes (northern residential 1986 / 1995 /
// 2010 / 2018; public buildings GB 50189-2005 / -2015; GB 55015-2021 from 2022).
enum class ArchetypeVintage : std::uint8_t {
  Before1986 = 0,
  From1986To1999,
  From2000To2009,
  From2010To2018,
  From2019,
  Count
};
inline constexpr int kArchetypeVintageCount = static_cast<int>(ArchetypeVintage::Count);

// Hourly weekday/weekend profiles of occupancy, lighting and equipment (archetype_schedule.cpp).
enum class ScheduleKind : std::uint8_t {
  Residential = 0, Office, Retail, Hotel, School, Hospital, Industrial, Warehouse, Count
};
inline constexpr int kScheduleKindCount = static_cast<int>(ScheduleKind::Count);

struct Archetype {
  climate::ClimateZone zone;
  ArchetypeCategory category;
  ArchetypeVintage vintage;
  double u_wall_w_m2k;
  double u_roof_w_m2k;
  double u_window_w_m2k;
  double u_floor_w_m2k;       // ground floor incl. soil (ISO 13370 equivalent), W/m²K
  double window_to_wall;      // glazed share of the facade area
  double window_g;            // total solar energy transmittance at normal incidence, g_gl,n
  double air_change_per_h;    // infiltration + mean mechanical fresh air, 1/h
  double occupancy_w_m2;      // peak sensible heat of occupants per m² floor
  double lighting_w_m2;       // installed lighting power density
  double equipment_w_m2;      // peak plug/equipment power density
  double heating_setpoint_c;  // operative ≈ air temperature, in the heating season
  double cooling_setpoint_c;  // in the cooling season (≥ 50: no cooling)
  double hot_water_kwh_m2a;   // useful domestic hot-water heat per m² floor and year
  double cooking_kwh_m2a;     // delivered cooking energy per m² floor and year
  ScheduleKind schedule;
  const char* source;
  int source_year;
};

std::span<const Archetype> archetype_rows();  // zone-major, then category, then vintage

const char* to_string(ArchetypeVintage vintage);
const char* to_string(ScheduleKind kind);
const char* csv_key(climate::ClimateZone zone);  // snake_case zone name used in the CSV

ArchetypeCategory archetype_category_of(BuildingUse use, ResidentialType type);
ArchetypeVintage archetype_vintage_of(int construction_year);
// Index into archetype_rows(); every (zone, category, vintage) has a row.
std::uint32_t archetype_index(climate::ClimateZone zone, ArchetypeCategory category, ArchetypeVintage vintage);

// Hourly fraction (0–1) of the peak of each profile. hour_of_year counts from 1 January 00:00 of the
// reference year 2019 (a Tuesday; climate::kReferenceYear); Saturday and Sunday use the weekend profile.
struct ScheduleFractions {
  double occupancy = 0;
  double lighting = 0;
  double equipment = 0;
  double hot_water = 0;  // share of the day's hot water drawn this hour × 24 (mean 1 over a day)
};
ScheduleFractions schedule_at(ScheduleKind kind, std::uint32_t hour_of_year);
bool is_weekend(std::uint32_t hour_of_year);

// Heating and cooling seasons by climate zone, as day-of-year ranges [first, last] (0 = 1 January),
// wrapping over the new year for heating. E.g. the cold zone's district-heating season 15 Nov–15 Mar
// (北京市供热采暖管理办法); see twin/buildings/README.md for the others.
struct Seasons {
  int heating_first_day = -1;  // -1: no heating season
  int heating_last_day = -1;
  int cooling_first_day = -1;  // -1: no cooling season
  int cooling_last_day = -1;
};
Seasons seasons_of(climate::ClimateZone zone);
bool in_heating_season(const Seasons& seasons, std::uint32_t hour_of_year);
bool in_cooling_season(const Seasons& seasons, std::uint32_t hour_of_year);

}  // namespace twin::buildings
