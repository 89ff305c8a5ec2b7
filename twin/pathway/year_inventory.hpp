// The complete inventory rows of one pathway year (issue 9 item 5): every figure that enters the
// year's emissions by sector (PathwayYear::emissions) as activity × factor × source, so that each
// total of the pathway can be opened into the rows it came from. Rows, in this order:
//  - the building stock's and transport's energy by sector and carrier at the year's factors (PV
//    self-use netted as the pathway nets it); electricity at the factor the pathway used for it —
//    the grid factor of the year, or with a local energy system the hourly balance's factor of
//    buildings (every building sector), of EVs and of the rest (metro) — and heat at the year's factor;
//  - the plants' energy by carrier (scope 1 at the IPCC factors, scope 2 as above with the balance's
//    "rest" factor), their process CO2 per plant (output × t CO2 per unit, route default or measured),
//    and CCUS capture as negative rows in industry (combustion share) and industrial processes;
//  - waste (landfill CH4, incineration and composting CO2/CH4/N2O) and sinks (negative, land use);
//  - agriculture (Baseline::has_agriculture: fertiliser N2O, livestock CH4; PathwayYear::agriculture_t);
//  - the export credit (exported kWh × −grid factor), which is outside by_sector_t and the scopes.
// Σ co2e_t of the rows of pathway sector s equals PathwayYear::emissions.sector_t(s), the agriculture
// rows agriculture_t, and Σ of all rows
// equals net_t, up to the order of the additions (tests/twin/pathway/year_inventory_test.cpp).
#pragma once

#include <string>
#include <vector>

#include "twin/emissions/carrier.hpp"
#include "twin/inventory/inventory_row.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::pathway {

struct YearInventory {
  int year = kFirstYear;
  std::vector<inventory::InventoryRow> rows;
  // Per row: the pathway figure it adds to — a sector index of by_sector_t (emissions::Sector),
  // kLineAgriculture (PathwayYear::agriculture_t) or kLineExportCredit (−pv_export_credit_t, net_t only).
  std::vector<int> pathway_line;
};
inline constexpr int kLineAgriculture = emissions::kSectorCount;
inline constexpr int kLineExportCredit = emissions::kSectorCount + 1;
inline constexpr int kLineCount = emissions::kSectorCount + 2;

// `year` must come from evaluate_pathway(baseline, …) of the same baseline (its plants are re-evaluated
// with the year's drivers, levers and factors to give the per-plant process rows).
YearInventory pathway_year_inventory(const Baseline& baseline, const PathwayYear& year);

// The differences between the rows and the year (Σ rows of each pathway sector against
// emissions.sector_t, agriculture against agriculture_t, the export credit against pv_export_credit_t, Σ rows against net_t) beyond
// `rel_tol` relative (of the larger magnitude, at least 1 t), and rows that fail
// inventory::validate_rows or whose source id has no citation; one message each, empty when consistent.
std::vector<std::string> check_year_inventory(const YearInventory& inventory, const PathwayYear& year,
                                              double rel_tol = 1e-9);

}  // namespace twin::pathway
