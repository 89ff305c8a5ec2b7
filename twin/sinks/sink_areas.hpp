// Area of each sink type, ha: from a twin::City's ground polygons, or from a CSV the planner gives
// (the land-use survey 国土调查 areas by class), with errors naming the line and field.
//
// City ground cover → sink type (twin/city GroundCover; geo/ground_areas maps OSM and GeoJSON land use
// onto the same covers):
//   Park     (GB 50137 class G parks and squares; OSM leisure=park/garden, landuse=grass…) → urban_green_space
//   Forest   (woodland, green belt; OSM landuse=forest, natural=wood/scrub)              → forest
//   Farmland (cultivated land 耕地; OSM landuse=farmland/orchard/meadow…)                  → farmland
//   Water    (rivers, lakes; OSM natural=water/wetland, waterway=riverbank…)             → none: open water is
//            not counted as a sink, and the importer folds natural=wetland into Water, so wetlands,
//            mangroves and salt marsh come only from the CSV or an explicit area.
// Urban trees outside parks (street trees, compound green) are not in the City: give their canopy area.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/sinks/sink_rates.hpp"

namespace twin::sinks {

struct SinkAreas {
  std::array<double, kSinkTypeCount> area_ha{};

  double& at(SinkType t) { return area_ha[static_cast<int>(t)]; }
  double at(SinkType t) const { return area_ha[static_cast<int>(t)]; }
};

// Σ |shoelace area| of the city's ground polygons by the mapping above, m² → ha (1 ha = 10 000 m²).
// The sink type a ground cover counts as (the table above); false for covers that are not sinks.
bool sink_of_cover(GroundCover cover, SinkType* type);

SinkAreas sink_areas_of(const City& city);

struct SinkAreaError {
  int line = 0;        // 1-based line of the CSV (0: the file as a whole)
  std::string field;   // "sink_type", "area_ha", "header"
  std::string message;
};

struct SinkAreaCsv {
  SinkAreas areas;
  std::vector<SinkAreaError> errors;  // any error: `areas` holds the valid lines only — report, don't use
  int lines_read = 0;                 // data lines accepted
};

// CSV with a header "sink_type,area_ha" (extra columns allowed, e.g. a note), one line per type (a
// type may repeat: areas add up). Types are to_string(SinkType) names. Blank lines and lines starting
// with '#' are skipped; CR before LF is dropped. Unknown types, non-numbers, NaN, negative areas and
// areas above 10 million ha (larger than any Chinese prefecture) are errors.
SinkAreaCsv read_sink_areas_csv(std::string_view text);

}  // namespace twin::sinks
