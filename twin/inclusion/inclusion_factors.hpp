// The carbon-inclusion figures that the twin's own tables do not hold (set-point rules of thumb, label
// figures of appliances, second-hand goods, metro load, the points scheme), as embedded constant data:
// the same rows, in the same order, as assets/inclusion/inclusion_factors.csv (checked natively by
// tests/twin/inclusion/inclusion_factors_test.cpp), where each also has the page it was found on.
// Everything else (fuel and grid factors, vehicle energy, heating demand, PV, landfill) comes from the
// twin's parts, so that a resident's saving is priced like the city's account.
#pragma once

#include <span>
#include <string_view>

namespace twin::inclusion {

struct InclusionFactorRow {
  const char* key;  // snake_case, unit in the name where it helps
  double value;
  const char* unit;
  const char* source_id;  // inclusion_source_citation(); "carbontwin_assumption" where none was found
};

std::span<const InclusionFactorRow> inclusion_factor_rows();
// Value and source id of a key (asserts that it exists: keys are compile-time names of the code).
double inclusion_factor(std::string_view key);
const char* inclusion_factor_source(std::string_view key);
// Short citation of a source id (the page it was found on); "unknown source" if not in the table.
const char* inclusion_source_citation(std::string_view source_id);

}  // namespace twin::inclusion
