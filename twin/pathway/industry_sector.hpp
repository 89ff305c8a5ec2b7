// Industry in a pathway year (twin/industry): the city's plants, their output growing with the
// drivers of the year — the two-high plants (steel, cement, non-ferrous) held at their base output
// (national output saturated, assets/drivers), the value-added ones (chemicals, other manufacturing,
// data centres) with the real GDP growth path of twin/drivers plus the growth-offset lever — and the
// industry levers of the year → energy by carrier and CO2 (combustion, process, scope 2, captured).
#pragma once

#include <array>
#include <span>

#include "twin/emissions/factor_set.hpp"
#include "twin/industry/industry_model.hpp"

namespace twin::pathway {

// Output growth of each industry sector in a year (growth from the year before), %, given the real GDP
// growth of that year (%, twin/drivers' path).
std::array<double, industry::kSectorCount> industry_growth_pct(double gdp_growth_pct, double growth_offset_pts);

// The year's account of all plants together. `factors` carries the year's electricity and heat factors.
industry::IndustryAccount industry_sector_year(std::span<const industry::Plant> plants,
                                               const industry::IndustryDrivers& drivers,
                                               const industry::IndustryLevers& levers,
                                               const emissions::FactorSet& factors);

}  // namespace twin::pathway
