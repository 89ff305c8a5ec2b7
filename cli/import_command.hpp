// `carbontwin import`: planners' files (OSM XML, GeoJSON, CityJSON, Shapefiles; GeoPackage, FlatGeobuf,
// GML, KML and MapInfo through GDAL, ogr_source.hpp) → a city file that every other command (--city) and
// the page read. Prints the import report; --json writes it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace cli {

struct ImportCommandOptions {
  std::vector<std::string> inputs;  // --in, repeatable
  std::string crs;                  // --crs
  std::string attributes_path;      // --attributes MAP.json
  double population = -1;           // --population (persons); < 0: from floor area
  double jobs = -1;                 // --jobs
  std::string name;                 // --name
  std::string out_path;             // --out CITY
  std::string json_path;            // --json REPORT ('-' = stdout)
};

CLI::App* add_import_command(CLI::App& app, ImportCommandOptions* options);
int run_import_command(const ImportCommandOptions& options);

}  // namespace cli
