// The pathway's inventory rows as CSV text (`carbontwin pathway --inventory-csv`), one row per figure:
//   year,sector,subsector,gas,scope,activity,activity_unit,factor,factor_unit,source_id,source,gas_t,co2e_t
// sector = the provincial guideline's sector (inventory::to_string); scope = scope1 | scope2 | none (the
// export credit, outside the scopes); numbers with the fewest digits (15–17) that read back to the same double;
// fields with a comma, quote or line break quoted (RFC 4180). No file I/O: the CLI writes the text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "twin/pathway/year_inventory.hpp"

namespace twin::pathway {

std::string year_inventory_csv_header();  // with the trailing "\n"
// Appends one line per row of `inventory`.
void append_year_inventory_csv(const YearInventory& inventory, std::string* csv);

// Parses a comma-separated list of years ("2020,2030,2060"), each an integer in kFirstYear–kLastYear,
// no duplicates; sorted on return. On bad input returns false with a message naming the entry.
bool parse_inventory_years(std::string_view text, std::vector<int>* years, std::string* error);

}  // namespace twin::pathway
