// Dual-control (双控) indicators of the pathway (issue 9 item 5): the city's base economy, each year's
// economy (real GDP, value added, residents), the year's total energy (tce) and CO2 → indicators, and
// the scenario's targets checked over all years (twin/drivers/dual_control.hpp does the arithmetic).
//
// 口径 (what is counted):
//  - energy_tce: the energy the city buys in the year, every sector of the pathway (buildings,
//    transport, the industrial plants; industrial buildings are in the industry row), after rooftop PV
//    self-use (PV is not counted); electricity at the calorific equivalent 0.1229 kgce/kWh (当量值,
//    GB/T 2589-2020), fuels and heat at their heat content (1 kgce = 29 307.6 kJ), plants' coke as coal,
//    plants' bought-in hydrogen at its heat content (NCV). Terminal consumption, not primary energy.
//  - co2_t: the year's gross emissions (scope 1 + 2 of every emitting sector: energy CO2, industrial
//    process CO2 net of CCUS, waste CO2e), sinks and the PV export credit not deducted; agriculture
//    (PathwayYear::agriculture_t, N2O and CH4 only) not counted.
#pragma once

#include <vector>

#include "twin/drivers/dual_control.hpp"
#include "twin/drivers/economy.hpp"
#include "twin/emissions/accounting.hpp"
#include "twin/industry/industry_model.hpp"

namespace twin::pathway {

struct PathwayYear;
struct PathwayResult;

// The base economy of a city without its own GDP figure: residents × the national GDP per capita of
// 2020, with the national 2020 value-added shares. CarbonTwin assumption (a city of national-average
// productivity). From national_trend_rows() (= assets/drivers/national_trends_2020_2024.csv): GDP 2020
// 1 015 986 亿元 and value added 77 754 / 384 255 / 553 977 亿元 (NBS 2020 communiqué); the table has
// no 2020 population, so the year-end 2021 row, 141 260 万人, stands in for it (NBS: 141 212 万 at the
// end of 2020, 0.03 % less): 1 015 986e8 yuan / 1 412 600 000 = 71 923.5 yuan per person.
drivers::EconomyBase default_city_economy(int base_year, double population);
double national_gdp_per_capita_2020_yuan();

// Total energy of a year in tce (see 口径 above).
double year_energy_tce(const emissions::EnergyBySectorCarrier& energy, const industry::IndustryAccount& plants);

// The economy of a year: GDP = previous year's GDP × (1 + growth of the year) (the base GDP in the
// base year; bit for bit drivers::economy_of_year with the same path), value added at the base shares,
// population = the pathway's residents of the year (the population lever), GDP per capita from them.
drivers::EconomyYear economy_year(const drivers::EconomyBase& base, const drivers::RatePath& gdp_growth, int year,
                                  double previous_gdp_10k_yuan, double population);

// The dual-control input of a pathway year (its economy, energy and gross CO2).
drivers::DualControlInput dual_control_input(const PathwayYear& year);

// Years whose indicator is above its bound, and years whose cumulative CO2 is over the budget;
// the first year over the budget (0 if none).
std::vector<int> years_out_of_bounds(const drivers::DualControlReport& report, drivers::Indicator indicator);
std::vector<int> years_over_budget(const drivers::DualControlReport& report);
int first_year_over_budget(const drivers::DualControlReport& report);

// The report's year entry for a year (nullptr if absent, e.g. left out as an error).
const drivers::DualControlYear* dual_control_of_year(const drivers::DualControlReport& report, int year);

}  // namespace twin::pathway
