// `carbontwin export`: an imported city's buildings with their results — attributes (and which were
// inferred), floor area, the hourly model's annual energy use intensity and emissions — back in the
// source file's own coordinate system, as GeoJSON and/or a GeoPackage (through GDAL). One feature builder
// for both (export_features.hpp).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace cli {

struct ExportCommandOptions {
  std::string city_path;     // --city (required: the synthetic city has no source CRS)
  std::string geojson_path;  // --geojson OUT
  std::string gpkg_path;     // --gpkg OUT (at least one of the two)
  std::string epw_path;      // --epw: a station's weather year (default: the city's own, else typical)
  int year = 2020;           // --year: emission factors' inventory year
};

CLI::App* add_export_command(CLI::App& app, ExportCommandOptions* options);
int run_export_command(const ExportCommandOptions& options);

}  // namespace cli
