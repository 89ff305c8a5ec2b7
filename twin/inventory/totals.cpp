// sum_rows() and the totals' accessors (see totals.hpp).
#include "twin/inventory/totals.hpp"

namespace twin::inventory {

double InventoryTotals::sector_co2e_t(InventorySector s) const {
  double sum = 0.0;
  for (const auto& by_scope : co2e_t[static_cast<int>(s)])
    for (double v : by_scope) sum += v;
  return sum;
}

double InventoryTotals::gas_co2e_t(Gas g) const {
  double sum = 0.0;
  for (const auto& by_gas : co2e_t)
    for (double v : by_gas[static_cast<int>(g)]) sum += v;
  return sum;
}

double InventoryTotals::scope_co2e_t(Scope sc) const {
  double sum = 0.0;
  for (const auto& by_gas : co2e_t)
    for (const auto& by_scope : by_gas) sum += by_scope[static_cast<int>(sc)];
  return sum;
}

double InventoryTotals::total_co2e_t() const {
  double sum = 0.0;
  for (int s = 0; s < kInventorySectorCount; ++s) sum += sector_co2e_t(static_cast<InventorySector>(s));
  return sum;
}

InventoryTotals sum_rows(const std::vector<InventoryRow>& rows) {
  InventoryTotals t;
  for (const InventoryRow& r : rows) {
    const int s = static_cast<int>(r.sector), g = static_cast<int>(r.gas), sc = static_cast<int>(r.scope);
    t.co2e_t[s][g][sc] += r.co2e_t;
    t.gas_t[s][g] += r.gas_t;
    if (r.co2e_t < 0.0) t.removals_t += r.co2e_t;
    else t.gross_emissions_t += r.co2e_t;
  }
  return t;
}

}  // namespace twin::inventory
