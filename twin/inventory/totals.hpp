// Sums of inventory rows: by sector × gas × scope, and the city total, in tCO2e (and tonnes of each
// gas). The totals are nothing but sums of the rows' activity × factor × GWP, so that every figure on
// a chart can be opened into the rows it came from.
#pragma once

#include <array>
#include <vector>

#include "twin/inventory/inventory_row.hpp"

namespace twin::inventory {

struct InventoryTotals {
  // tCO2e by sector, gas and scope (removals negative).
  std::array<std::array<std::array<double, kScopeCount>, kGasCount>, kInventorySectorCount> co2e_t{};
  // tonnes of each gas (not weighted), by sector.
  std::array<std::array<double, kGasCount>, kInventorySectorCount> gas_t{};

  double at(InventorySector s, Gas g, Scope sc) const {
    return co2e_t[static_cast<int>(s)][static_cast<int>(g)][static_cast<int>(sc)];
  }
  double sector_co2e_t(InventorySector s) const;
  double gas_co2e_t(Gas g) const;
  double scope_co2e_t(Scope sc) const;
  double total_co2e_t() const;      // net: emissions + removals
  double gross_emissions_t = 0.0;   // Σ co2e_t of the rows with co2e_t ≥ 0
  double removals_t = 0.0;          // Σ co2e_t of the rows with co2e_t < 0 (a negative number)
};

// Adds every row (in order, so the sums are deterministic) into the totals.
InventoryTotals sum_rows(const std::vector<InventoryRow>& rows);

}  // namespace twin::inventory
