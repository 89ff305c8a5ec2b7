#include "cli/import_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/ogr_source.hpp"
#include "geo/city_import.hpp"
#include "twin/city/city_file.hpp"

namespace cli {
namespace {

bool read_whole(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *bytes = s.str();
  return static_cast<bool>(in) || in.eof();
}

std::string base_name(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void print_issues(const char* what, const std::vector<geo::Issue>& issues, std::size_t max_shown) {
  if (issues.empty()) return;
  std::printf("%s: %zu\n", what, issues.size());
  for (std::size_t k = 0; k < issues.size() && k < max_shown; ++k)
    std::printf("  %s\n", geo::to_string(issues[k]).c_str());
  if (issues.size() > max_shown) std::printf("  … %zu more in the report (--json)\n", issues.size() - max_shown);
}

void print_report(const nlohmann::json& r) {
  auto num = [&](const char* key) { return r.contains(key) && r[key].is_number() ? r[key].get<double>() : 0.0; };
  std::printf("city: %s\n", r.value("name", std::string()).c_str());
  if (r.contains("crs")) {
    const auto& c = r["crs"];
    std::printf("crs: %s (%s)\n", c.value("label", std::string()).c_str(), c.value("how", std::string()).c_str());
  }
  std::printf("buildings_read: %.0f\nbuildings_imported: %.0f\n", num("buildings_read"), num("buildings_imported"));
  if (r.contains("buildings_skipped"))
    for (const auto& s : r["buildings_skipped"])
      std::printf("  skipped %s: %lld\n", s.value("reason", std::string()).c_str(), s.value("count", 0LL));
  std::printf("footprint_area_m2: %.1f\nfloor_area_m2: %.1f\n", num("footprint_area_m2"), num("floor_area_m2"));
  std::printf("heights_inferred: %.0f\nfloors_inferred: %.0f\nuses_inferred: %.0f\nyears_inferred: %.0f\n",
              num("heights_inferred"), num("floors_inferred"), num("uses_inferred"), num("years_inferred"));
  std::printf("road_links: %.0f\n", num("road_links"));
  if (r.contains("road_length_km_by_class"))
    for (const auto& [cls, km] : r["road_length_km_by_class"].items())
      std::printf("  %s: %.3f km\n", cls.c_str(), km.get<double>());
  std::printf("metro_lines: %.0f\nzones: %.0f\npopulation: %.0f\njobs: %.0f\n", num("metro_lines"), num("zones"),
              num("population"), num("jobs"));
  // The weather: a given EPW (files[] with format "epw"), else the nearest built-in typical year.
  std::string epw;
  if (r.contains("files") && r["files"].is_array())
    for (const auto& f : r["files"])
      if (f.is_object() && f.value("format", std::string()) == "epw") epw = f.value("name", std::string());
  if (!epw.empty())
    std::printf("weather: %s (the city's own EPW)\n", epw.c_str());
  else if (r.contains("climate"))
    std::printf("typical_year: %s (%.0f km away)\n", r["climate"].value("typical_year", std::string()).c_str(),
                r["climate"].value("distance_km", 0.0));
}

// Issues found before geo/ saw the files (layers of a GeoPackage left out …) join the report's warnings,
// so the report says everything that was not imported.
std::string with_warnings(const std::string& report_json, const std::vector<geo::Issue>& extra) {
  if (extra.empty()) return report_json;
  nlohmann::ordered_json r = nlohmann::ordered_json::parse(report_json, nullptr, false);
  if (r.is_discarded() || !r.is_object()) return report_json;
  nlohmann::ordered_json& list = r["warnings"];
  if (!list.is_array()) list = nlohmann::ordered_json::array();
  for (const geo::Issue& w : extra) list.push_back({{"file", w.file}, {"place", w.place}, {"message", w.message}});
  r["warning_count"] = r.value("warning_count", std::size_t{0}) + extra.size();
  return r.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

CLI::App* add_import_command(CLI::App& app, ImportCommandOptions* o) {
  CLI::App* cmd = app.add_subcommand(
      "import", "Import a real city from planners' files (OSM XML, GeoJSON, CityJSON, Shapefile or a zipped one; "
                "through GDAL also GeoPackage, FlatGeobuf, GML, KML, MapInfo) into a city file for --city and the page");
  cmd->add_option("--in", o->inputs, "Input file (repeat for several: buildings and roads may come apart; a "
                                     "Shapefile's .shp/.shx/.dbf/.prj/.cpg are given together; every layer of a .gpkg is read)")
      ->type_name("FILE")
      ->required()
      ->expected(1, -1)
      ->take_all();
  cmd->add_option("--crs", o->crs, "Coordinate system of the inputs when they do not say (or say wrongly): "
                                   "EPSG:N, gcj02 or bd09 (default: as declared, else guessed and reported)")
      ->type_name("CRS");
  cmd->add_option("--attributes", o->attributes_path,
                  "JSON naming the fields that hold height, floors, use, year and name (docs/import.md)")
      ->type_name("MAP.json");
  cmd->add_option("--population", o->population, "Residents to scale the city's population to")
      ->check(CLI::Range(0.0, 1.0e9));
  cmd->add_option("--jobs", o->jobs, "Jobs to scale the city's jobs to")->check(CLI::Range(0.0, 1.0e9));
  cmd->add_option("--name", o->name, "Display name (default: from the first file's name)");
  cmd->add_option("--out", o->out_path, "The city file to write")->type_name("CITY")->required();
  cmd->add_option("--json", o->json_path, "Also write the import report as JSON ('-' for stdout)")->type_name("REPORT");
  return cmd;
}

int run_import_command(const ImportCommandOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const bool quiet = o.json_path == "-";
  std::vector<geo::ImportFile> files;
  std::vector<geo::Issue> early_warnings;
  for (const std::string& path : o.inputs) {
    if (is_ogr_vector_file(path)) {
      OgrLayers layers;
      std::string error;
      if (!read_ogr_layers(path, &layers, &error)) {
        std::cerr << "carbontwin import: " << error << "\n";
        return 1;
      }
      for (geo::ImportFile& f : layers.files) files.push_back(std::move(f));
      for (geo::Issue& w : layers.warnings) early_warnings.push_back(std::move(w));
      continue;
    }
    geo::ImportFile f;
    f.name = base_name(path);
    if (!read_whole(path, &f.bytes)) {
      std::cerr << "carbontwin import: cannot read '" << path << "'\n";
      return 1;
    }
    files.push_back(std::move(f));
  }
  geo::ImportOptions options;
  options.crs = o.crs;
  options.name = o.name;
  if (o.population >= 0) options.totals.population = o.population;
  if (o.jobs >= 0) options.totals.jobs = o.jobs;
  if (!o.attributes_path.empty()) {
    std::string text, error;
    if (!read_whole(o.attributes_path, &text)) {
      std::cerr << "carbontwin import: cannot read '" << o.attributes_path << "'\n";
      return 1;
    }
    if (!geo::parse_attribute_map(text, &options.attributes, &error)) {
      std::cerr << "carbontwin import: " << o.attributes_path << ": " << error << "\n";
      return 1;
    }
  }
  geo::ImportResult result = geo::import_city(files, options, [&](const std::string& stage, double f) {
    if (!quiet) std::fprintf(stderr, "[%3.0f%%] %s\n", 100.0 * f, stage.c_str());
  });
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!result.ok) {
    for (const geo::Issue& e : result.errors) std::cerr << "carbontwin import: " << geo::to_string(e) << "\n";
    if (result.errors.empty()) std::cerr << "carbontwin import: the import failed\n";
    for (const geo::Issue& w : early_warnings) std::cerr << "carbontwin import: warning: " << geo::to_string(w) << "\n";
    return 1;
  }
  result.report_json = with_warnings(result.report_json, early_warnings);
  result.warnings.insert(result.warnings.begin(), early_warnings.begin(), early_warnings.end());
  const std::string bytes = twin::write_city_file(result.city, result.report_json);
  {
    std::ofstream out(o.out_path, std::ios::binary);
    out << bytes;
    out.close();
    if (!out) {
      std::cerr << "carbontwin import: cannot write the city file '" << o.out_path << "'\n";
      return 1;
    }
  }
  if (!o.json_path.empty()) {
    if (quiet) {
      std::cout << result.report_json << "\n";
    } else {
      std::ofstream out(o.json_path, std::ios::binary);
      out << result.report_json << "\n";
      out.close();
      if (!out) {
        std::cerr << "carbontwin import: cannot write the report '" << o.json_path << "'\n";
        return 1;
      }
    }
  }
  if (!quiet) {
    print_report(nlohmann::json::parse(result.report_json, nullptr, false));
    print_issues("errors (features skipped)", result.errors, 10);
    print_issues("warnings", result.warnings, 10);
    std::printf("city file: %s (%zu bytes)\nimport_s: %.3f\n", o.out_path.c_str(), bytes.size(), seconds);
  }
  return 0;
}

}  // namespace cli
