// `carbontwin export`: an imported city's buildings with their results — attributes (and which were
// inferred), floor area, the hourly model's annual energy use intensity and emissions — back in the
// source file's own coordinate system, as GeoJSON.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace cli {

struct ExportCommandOptions {
  std::string city_path;     // --city (required: the synthetic city has no source CRS)
  std::string geojson_path;  // --geojson OUT
  int year = 2020;           // --year: emission factors' inventory year
};

CLI::App* add_export_command(CLI::App& app, ExportCommandOptions* options);
int run_export_command(const ExportCommandOptions& options);

}  // namespace cli
