// Carbon value (碳增值): the carbon price path (national ETS allowances, CEA, and CCER offsets: prices to
// date cited, a default path after 2024 that the user may replace), the allowances of the city's key
// emitters (its industrial plants) against their net emissions — surplus or deficit × the year's CEA
// price — and the sink credit of the removals a scenario adds (× the CCER price).
//
// Allowances: plants of a route in the national ETS (cement clinker, primary aluminium since 2025;
// assets/cost/allowance_benchmarks.csv) get benchmark × output of the year; the rest (not covered:
// grinding plants, chemicals, manufacturing, data centres, steel whose benchmark was not found) are
// valued pilot-style against their own base-year intensity (net tCO2 per unit of 2020, held), flagged
// `covered = false`. The obligation compared is the plant's net tCO2 (scope 1 + 2 − captured), as the
// key-emitter ranking uses.
#pragma once

#include <string>
#include <vector>

#include "twin/cost/cost_tables.hpp"
#include "twin/cost/plant_years.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::cost {

struct PricePoint {
  int year = 0;
  double yuan_per_t = 0.0;
};

// Points per market, increasing years; linear between points, held after the last, 0 before the first
// (no market). CCER after its last point: the CEA price × ccer_discount_to_cea().
struct CarbonPricePath {
  std::vector<PricePoint> cea;
  std::vector<PricePoint> ccer;
};
// The cited prices to date and the default path (carbon_prices.csv).
CarbonPricePath default_carbon_price_path();
// The user's path after the last cited year (2024): CEA points after 2024 replaced by `points`.
// Returns an error message ("" when valid): years 2025–2100 increasing, prices finite and 0–10 000.
std::string with_user_cea_points(const std::vector<PricePoint>& points, CarbonPricePath* path);

double carbon_price(const CarbonPricePath& path, Market market, int year);

struct EmitterAllowance {
  std::size_t plant = 0;
  bool covered = false;              // by the national ETS in that year (benchmark row, covered_since)
  std::string method;                // "national_benchmark" or "base_year_intensity"
  double output = 0.0;               // of the year, the route's unit
  double benchmark_t_per_unit = 0.0;
  double allowance_t = 0.0;          // benchmark × output
  double net_t = 0.0;                // the plant's net tCO2 of the year
  double surplus_t = 0.0;            // allowance − net (< 0: deficit to buy)
  double price_yuan_per_t = 0.0;     // CEA of the year
  double value_yuan = 0.0;           // surplus × price
};

// Preconditions: `plants` = plants_by_year(baseline, scenario, result); year inside the pathway.
std::vector<EmitterAllowance> allowance_values(const pathway::Baseline& baseline, const std::vector<PlantsYear>& plants,
                                               int year, const CarbonPricePath& path);

struct SinkCredit {
  double added_removal_t = 0.0;  // reference sinks − scenario sinks (sinks ≤ 0), tCO2 of the year
  double price_yuan_per_t = 0.0; // CCER of the year
  double value_yuan = 0.0;
};
SinkCredit sink_credit(const pathway::PathwayResult& reference, const pathway::PathwayResult& result, int year,
                       const CarbonPricePath& path);

}  // namespace twin::cost
