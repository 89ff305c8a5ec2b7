// Citations of the sources behind the waste, sink and GWP factors (ids used in InventoryRow::source_id
// and in assets/{waste,sinks,inventory}/*.csv). Energy factors keep their ids from twin/emissions;
// source_citation() here looks in both tables.
#pragma once

#include <span>
#include <string_view>

namespace twin::inventory {

struct InventorySource {
  const char* id;
  const char* citation;  // document, issuer, year, table or page
  const char* found_at;  // where the figure was read in this project's store ("" = not found there)
};

std::span<const InventorySource> inventory_sources();
// Citation of an id from this table, twin/emissions or twin/industry; "unknown source" otherwise.
const char* source_citation(std::string_view id);

}  // namespace twin::inventory
