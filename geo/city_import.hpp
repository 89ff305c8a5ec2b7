// From planners' files to a twin::City (DESIGN.md, "Real cities"): read every file with its reader,
// resolve each layer's CRS and project all of them into one local metric frame centred on the data,
// clean the footprints, read or infer each building's height, floors, use, year and heating, build the
// road network, metro lines, land cover, zones and people — and say in a report what was read, what was
// inferred and what was skipped and why. The same pipeline serves `carbontwin import` and the page.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "geo/attribute_map.hpp"
#include "geo/feature.hpp"
#include "geo/zones_people.hpp"
#include "twin/city/city.hpp"

namespace geo {

struct ImportFile {
  std::string name;   // file name as the user knows it (used in every message)
  std::string bytes;  // the whole file
};

struct ImportOptions {
  std::string crs;             // --crs: "EPSG:4527", "gcj02", "bd09"; "" = declared, else guessed
  AttributeMap attributes;     // --attributes
  PeopleTotals totals;         // --population, --jobs
  std::string name;            // display name; "" = from the first file's name
};

// Called at each stage: a short stage name ("reading map.osm", "footprints", "roads" …) and the
// fraction of the import done (0..1).
using ImportProgress = std::function<void(const std::string& stage, double fraction)>;

struct ImportResult {
  bool ok = false;             // false: no city (errors say why); true: the city may still have
                               // warnings and skipped features, all in the report
  twin::City city;
  std::string report_json;     // the import report (README.md, "carbontwin import")
  std::vector<Issue> errors;   // every error of every file, in order
  std::vector<Issue> warnings;
};

ImportResult import_city(const std::vector<ImportFile>& files, const ImportOptions& options,
                         const ImportProgress& progress = {});

}  // namespace geo
