// Embedded cost tables (= assets/cost/*.csv, tested in tests/twin/cost/cost_tables_test.cpp): what each
// costed lever's activity costs (capital, fixed O&M, variable cost, lifetime), energy prices by carrier
// and sector, national ETS (CEA) and CCER prices with the default path after 2024, allowance benchmarks,
// finance parameters (discount rate) and the "ambitious" setting of each lever for the MAC curve. Every
// row names a source id (cost_sources()); "carbontwin_assumption" rows give their reason in the CSV.
// Prices are real, 2023 yuan.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "twin/emissions/carrier.hpp"
#include "twin/pathway/lever.hpp"

namespace twin::cost {

// What a costed lever drives. Order = assets/cost/lever_costs.csv and the JSON; append before Count.
enum class CostItem : std::uint8_t {
  Retrofit = 0,
  HeatPump,
  RooftopPv,
  NewBuildUltraLow,
  NewBuildNearZero,
  Nev,
  ElectricCooking,
  IndustryEfficiency,
  IndustryElectrification,
  IndustryCcus,
  SteelH2Dri,
  LandfillGas,
  Landfill,
  Incineration,
  Recycling,
  Composting,
  GreenSpace,
  Forest,
  GreenPower,
  GridNonfossil,
  Count
};
inline constexpr int kCostItemCount = static_cast<int>(CostItem::Count);

struct LeverCostRow {
  CostItem item;
  const char* key;                       // snake_case, = the CSV's item
  pathway::LeverId lever;                // the lever that drives the activity
  pathway::LeverId second_lever;         // a second one (grid_nonfossil), else LeverId::Count
  const char* activity_unit;
  double capital_yuan_per_unit;          // paid once per unit in service, annualised over lifetime_yr
  double fixed_om_yuan_per_unit_yr;      // per unit in service per year
  double variable_yuan_per_unit;         // per unit of a yearly flow (t captured, kWh premium…)
  int lifetime_yr;                       // 0 for purely variable items
  const char* source_id;
};
std::span<const LeverCostRow> lever_cost_rows();
const LeverCostRow& lever_cost(CostItem item);

struct EnergyPriceRow {
  const char* carrier;    // twin/emissions carrier key, "hydrogen" or "pv_export"
  const char* sector;     // "residential", "commercial", "industry", "transport" or "all"
  double yuan_per_kwh;    // = price_value / kwh_per_unit (4 decimals)
  double price_value;     // as quoted, in price_unit
  double kwh_per_unit;
  const char* source_id;
};
std::span<const EnergyPriceRow> energy_price_rows();
// Price of a carrier bought by a sector: the sector's own row, else the "all" row. Sectors map as
// residential, commercial, industry (and industrial processes), transport; waste and land use buy at
// the commercial price. 0 for a carrier without a row (none today).
double energy_price_yuan_per_kwh(emissions::Carrier carrier, emissions::Sector sector);
double hydrogen_price_yuan_per_kwh();
double pv_export_price_yuan_per_kwh();

enum class Market : std::uint8_t { Cea = 0, Ccer, Count };
const char* to_string(Market market);

struct CarbonPriceRow {
  Market market;
  int year;
  double yuan_per_t;
  const char* kind;       // "annual_average", "year_end_close", "default_path", …
  const char* source_id;
};
std::span<const CarbonPriceRow> carbon_price_rows();

struct BenchmarkRow {
  const char* route;             // twin/industry route key, or "power_coal_300mw" (reported only)
  double t_per_unit;             // tCO2 per unit of output
  int covered_since;             // first year the route is in the national ETS
  const char* source_id;
};
std::span<const BenchmarkRow> allowance_benchmark_rows();

struct FinanceRow {
  const char* parameter;
  double value;
  const char* source_id;
};
std::span<const FinanceRow> finance_rows();
double discount_rate();                    // 0.08
double persons_per_household();            // 2.62
double industry_electric_full_load_h();    // 5000
double ccer_discount_to_cea();             // 0.73

struct AmbitiousRow {
  pathway::LeverId lever;
  pathway::LeverSetting setting;
  const char* reason;
};
std::span<const AmbitiousRow> mac_ambitious_rows();

struct CostSource {
  const char* id;
  const char* citation;
  const char* found_at;  // "" for CarbonTwin assumptions
};
std::span<const CostSource> cost_sources();
// The citation of a source id, or nullptr if unknown.
const char* cost_source_citation(std::string_view id);

}  // namespace twin::cost
