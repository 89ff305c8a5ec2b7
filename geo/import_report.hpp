// The import report: what was read, what was inferred and what was skipped and why, for the CLI
// (`carbontwin import --json`), the city file (RPRT section) and the page's import dialog. Keys are
// documented in docs/import.md; the issue names the minimum set (crs, buildings_read,
// buildings_imported, buildings_skipped, footprint_area_m2, heights_inferred, uses_inferred, road_links,
// road_length_km_by_class, population, jobs).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "geo/building_inference.hpp"
#include "geo/feature.hpp"
#include "geo/zones_people.hpp"

namespace geo {

struct ImportFileSummary {
  std::string file;
  std::string format;
  std::uint64_t bytes = 0;
  std::uint64_t features = 0;
  std::uint64_t errors = 0, warnings = 0;
  std::vector<std::pair<std::string, std::uint64_t>> counts;  // the reader's own counts
  std::string crs_definition, crs_label, crs_how;
  bool axes_swapped = false;
};

struct ImportReport {
  std::string name;
  std::vector<ImportFileSummary> files;
  std::string crs_definition, crs_label, crs_how;  // of the city (its main layer)
  double origin_lon_deg = 0, origin_lat_deg = 0;
  std::string local_crs;
  double lonlat_fit_max_error_m = 0;
  std::uint64_t buildings_read = 0, buildings_imported = 0;
  std::vector<std::pair<std::string, std::uint64_t>> buildings_skipped;  // reason → count
  std::uint64_t pieces_merged = 0, footprints_repaired = 0;
  double footprint_area_m2 = 0, floor_area_m2 = 0;
  InferenceCounts inference;
  std::uint64_t heights_inferred = 0, floors_inferred = 0, uses_inferred = 0, years_inferred = 0;
  std::uint64_t road_links = 0, road_nodes = 0;
  std::vector<std::pair<std::string, double>> road_length_km_by_class;        // OSM classes, kept
  std::vector<std::pair<std::string, double>> road_length_km_by_class_read;   // before the SCC filter
  std::vector<std::pair<std::string, double>> road_length_km_by_twin_class;
  std::uint64_t road_links_dropped_not_connected = 0;
  double road_km_dropped_not_connected = 0;
  std::uint64_t metro_lines = 0;
  std::vector<std::pair<std::string, double>> ground_area_km2;  // park, water, farmland, forest
  ZonesReport zones;
  std::uint64_t buildings_far_from_road = 0;
  std::string typical_year, climate_zone;
  double typical_year_distance_km = 0;
  std::vector<Issue> errors, warnings;  // all of them (the JSON keeps the first kMaxIssuesInReport)
  double import_s = 0;
};

inline constexpr std::size_t kMaxIssuesInReport = 500;

std::string import_report_json(const ImportReport& report);

}  // namespace geo
