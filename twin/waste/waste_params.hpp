// The waste model's parameters: one embedded table of named values with units and source ids (equal
// to assets/waste/waste_parameters.csv, checked natively by tests/twin/waste/waste_tables_test.cpp),
// and WasteParams, the struct a pathway year uses, filled from that table by default_waste_params().
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace twin::waste {

struct WasteParamRow {
  const char* key;        // snake_case name, e.g. "docf"
  double value;
  const char* unit;       // e.g. "kg/(person·d)", "fraction", "1/yr"
  const char* source_id;  // twin::inventory::source_citation()
};

std::span<const WasteParamRow> waste_param_rows();
// Value of a key of the table (asserts that it exists: keys are compile-time names of the code).
double waste_param(std::string_view key);
const char* waste_param_source(std::string_view key);

// IPCC 2006 Vol. 5 Table 3.1 site classes (methane correction factor MCF).
enum class LandfillType : std::uint8_t {
  ManagedAnaerobic = 0,  // 卫生填埋: MCF 1.0
  ManagedSemiAerobic,    // 0.5
  UnmanagedDeep,         // ≥ 5 m: 0.8
  UnmanagedShallow,      // < 5 m: 0.4
  Uncategorised,         // 0.6
  Count
};

// IPCC 2006 Vol. 5 Table 3.3 climate zones for the bulk-waste decay rate k. Most Chinese cities are
// temperate (MAT ≤ 20 °C); wet where annual precipitation exceeds potential evapotranspiration
// (south of the Huai River, roughly), dry in the north and north-west.
enum class LandfillClimate : std::uint8_t { TemperateDry = 0, TemperateWet, TropicalDry, TropicalWet, Count };

// First-order decay (IPCC 2006, the default here: emissions follow the waste of past decades, so a
// landfill ban shows its true, slow effect) or mass balance (IPCC 1996 default method used by the
// 2011 provincial guideline: the whole potential of a year's waste counted in that year).
enum class LandfillMethod : std::uint8_t { FirstOrderDecay = 0, MassBalance };

double mcf_of(LandfillType type);
double k_per_yr_of(LandfillClimate climate);

// Shares of the municipal solid waste generated in a year by destination; they sum to 1.
struct TreatmentShares {
  double recycling = 0.0;     // diverted to material recovery (no emissions counted here)
  double landfill = 0.0;
  double incineration = 0.0;  // with energy recovery (waste-to-energy)
  double composting = 0.0;    // composting and other biological treatment
};

struct WasteParams {
  double msw_kg_per_person_day = 0.0;  // collected municipal solid waste per resident
  TreatmentShares shares;              // base-year destination shares
  // Landfill (IPCC 2006 Vol. 5 Ch. 3).
  double doc = 0.0;                    // degradable organic carbon, t C / t wet waste
  double docf = 0.0;                   // fraction of DOC that decomposes
  double f_ch4 = 0.0;                  // CH4 fraction of landfill gas (volume)
  double ox = 0.0;                     // oxidation in the cover
  LandfillType landfill_type = LandfillType::ManagedAnaerobic;
  LandfillClimate climate = LandfillClimate::TemperateWet;
  LandfillMethod method = LandfillMethod::FirstOrderDecay;
  double methane_recovery_share = 0.0; // of the CH4 generated, captured and flared or used
  // Incineration (provincial guideline method; IPCC 2006 Vol. 5 Ch. 5 for CH4 and N2O).
  double incineration_carbon_wet = 0.0;       // t C / t wet waste
  double incineration_fossil_share = 0.0;     // fossil share of that carbon
  double incineration_efficiency = 0.0;       // combustion efficiency (carbon oxidised)
  double incineration_ch4_t_per_t = 0.0;
  double incineration_n2o_t_per_t = 0.0;
  double incineration_kwh_per_t = 0.0;        // gross electricity per t incinerated
  // Composting (IPCC 2006 Vol. 5 Table 4.1, wet weight).
  double composting_ch4_t_per_t = 0.0;
  double composting_n2o_t_per_t = 0.0;
  // Landfill history behind the base year, for the first-order decay stock (landfill.hpp).
  int history_years = 0;
  double history_growth_per_yr = 0.0;  // growth of the landfilled tonnage towards the base year
};

// Defaults from the table: China's 2020 urban statistics, IPCC defaults, a managed anaerobic landfill
// in a temperate wet climate, first-order decay.
WasteParams default_waste_params();

const char* to_string(LandfillType type);
const char* to_string(LandfillClimate climate);
const char* to_string(LandfillMethod method);

}  // namespace twin::waste
