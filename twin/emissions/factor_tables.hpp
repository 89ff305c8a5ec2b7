// The emission-factor tables of the core, embedded as constant data (the core reads no files).
// Each row names its source by id; source_citation() gives the full reference. The same rows are in
// assets/emissions/*.csv with their source columns, and tests/twin/emissions checks (natively) that
// the embedded values equal those CSVs and the collected references in shared/data/emission_factors.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "twin/emissions/carrier.hpp"

namespace twin::emissions {

// Grid of the MEE/NBS electricity CO2 factor announcements: the national average and the six
// regional grids (华北, 东北, 华东, 华中, 西北, 南方) plus 西南 as published for 2022 and 2023.
enum class GridRegion : std::uint8_t {
  National = 0,
  NorthChina,    // 华北
  Northeast,     // 东北
  EastChina,     // 华东
  CentralChina,  // 华中
  Northwest,     // 西北
  South,         // 南方 (China Southern Power Grid area)
  Southwest,     // 西南
  Count
};

const char* to_string(GridRegion region);  // snake_case key, e.g. "north_china"
bool grid_region_from_string(std::string_view key, GridRegion* region);

struct GridFactorRow {
  GridRegion region;
  const char* label;        // region as printed in the announcement, e.g. "华北 North China"
  int year;                 // the year the factor describes
  double kg_per_kwh;        // average CO2 emission factor of electricity, kgCO2/kWh (= tCO2/MWh)
  const char* source_id;
};

// IPCC 2006 default CO2 factor of the fuel used for a combustion carrier.
struct CombustionFactorRow {
  Carrier carrier;
  const char* ipcc_fuel;    // fuel name as in IPCC 2006 Vol. 2 Ch. 2 Table 2.2
  double kg_per_tj;         // kgCO2 per TJ of net calorific value
  const char* source_id;
};

// Net calorific value (低位发热量) of a fuel as bought, to turn physical quantities into energy.
struct NcvRow {
  Carrier carrier;
  const char* fuel;         // e.g. "raw coal (原煤)"
  double kj_per_unit;       // kJ per kg or per normal m³ (NCV)
  const char* unit;         // "kg" or "m3"
  const char* source_id;
};

struct HeatFactorRow {
  double t_per_gj;          // tCO2 per GJ of purchased heat
  const char* source_id;
};

struct SourceRef {
  const char* id;
  const char* citation;
};

std::span<const GridFactorRow> grid_factor_rows();
std::span<const CombustionFactorRow> combustion_factor_rows();
std::span<const NcvRow> ncv_rows();
HeatFactorRow district_heat_factor_row();
std::span<const SourceRef> source_refs();
// Full citation of a source id; "unknown source" if the id is not in the table.
const char* source_citation(std::string_view id);

// 1 kgce (kilogram of standard coal equivalent) = 29 307.6 kJ (GB/T 2589-2020 §3: 7 000 kcal).
inline constexpr double kKjPerKgce = 29307.6;
inline constexpr double kKwhPerTj = 1.0e12 / 3.6e6;  // 1 TJ = 277 777.7… kWh
inline constexpr double kKwhPerGj = 1.0e6 / 3.6e3;  // 1 GJ = 277.7… kWh

}  // namespace twin::emissions
