// The city's plants year by year as the pathway computes them (twin/pathway/pathway.cpp: output index
// advanced by the GDP path + growth offset, the industry levers of the year, the year's electricity and
// heat factors), kept per plant — the pathway keeps only the total. The cost module needs per-plant
// output (allowances, H2-DRI steel) and the plants without efficiency or electrification (the energy
// those levers save or move). Σ plants of `actual` equals PathwayYear::industry (tested).
#pragma once

#include <vector>

#include "twin/industry/industry_model.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::cost {

struct PlantsYear {
  industry::IndustryYear actual;             // the scenario's levers
  industry::IndustryYear no_efficiency;      // efficiency lever at 0, others as the scenario
  industry::IndustryYear no_electrification; // electrification lever at 0, others as the scenario
};

// One entry per pathway year (empty IndustryYears when the baseline has no plants).
// Precondition: `result` = evaluate_pathway(baseline, scenario).
std::vector<PlantsYear> plants_by_year(const pathway::Baseline& baseline, const pathway::Scenario& scenario,
                                       const pathway::PathwayResult& result);

}  // namespace twin::cost
