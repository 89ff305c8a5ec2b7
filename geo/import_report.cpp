#include "geo/import_report.hpp"

#include <nlohmann/json.hpp>

namespace geo {
namespace {

using nlohmann::ordered_json;

template <typename T>
ordered_json object_of(const std::vector<std::pair<std::string, T>>& pairs) {
  ordered_json o = ordered_json::object();
  for (const auto& [k, v] : pairs) o[k] = v;
  return o;
}

ordered_json issues_json(const std::vector<Issue>& issues) {
  ordered_json a = ordered_json::array();
  for (std::size_t k = 0; k < issues.size() && k < kMaxIssuesInReport; ++k)
    a.push_back({{"file", issues[k].file}, {"place", issues[k].place}, {"message", issues[k].message}});
  return a;
}

}  // namespace

std::string import_report_json(const ImportReport& r) {
  ordered_json files = ordered_json::array();
  for (const ImportFileSummary& f : r.files)
    files.push_back({{"file", f.file},
                     {"format", f.format},
                     {"bytes", f.bytes},
                     {"features", f.features},
                     {"errors", f.errors},
                     {"warnings", f.warnings},
                     {"counts", object_of(f.counts)},
                     {"crs", {{"definition", f.crs_definition}, {"label", f.crs_label}, {"how", f.crs_how},
                              {"axes_swapped", f.axes_swapped}}}});
  ordered_json skipped = ordered_json::array();
  for (const auto& [reason, count] : r.buildings_skipped) skipped.push_back({{"reason", reason}, {"count", count}});
  const InferenceCounts& n = r.inference;
  ordered_json j = {
      {"name", r.name},
      {"files", files},
      {"crs", {{"definition", r.crs_definition}, {"label", r.crs_label}, {"how", r.crs_how}}},
      {"origin", {{"lon_deg", r.origin_lon_deg}, {"lat_deg", r.origin_lat_deg}}},
      {"local_crs", r.local_crs},
      {"lonlat_fit_max_error_m", r.lonlat_fit_max_error_m},
      {"buildings_read", r.buildings_read},
      {"buildings_imported", r.buildings_imported},
      {"buildings_skipped", skipped},
      {"footprint_pieces_merged", r.pieces_merged},
      {"footprints_repaired", r.footprints_repaired},
      {"footprint_area_m2", r.footprint_area_m2},
      {"floor_area_m2", r.floor_area_m2},
      {"heights_inferred", r.heights_inferred},
      {"floors_inferred", r.floors_inferred},
      {"uses_inferred", r.uses_inferred},
      {"years_inferred", r.years_inferred},
      {"inference",
       {{"uses", {{"read", n.uses_read}, {"from_land_use_area", n.uses_from_area},
                  {"from_neighbours", n.uses_from_neighbours}, {"default", n.uses_default}}},
        {"heights", {{"read", n.heights_read}, {"from_floors", n.heights_from_floors},
                     {"from_neighbours", n.heights_from_neighbours}, {"default", n.heights_default}}},
        {"floors", {{"read", n.floors_read}, {"from_height", n.floors_from_height}}},
        {"years", {{"read", n.years_read}, {"from_neighbours", n.years_from_neighbours}, {"default", n.years_default}}},
        {"heating", "always inferred from the climate zone, use, typology and year"}}},
      {"road_links", r.road_links},
      {"road_nodes", r.road_nodes},
      {"road_length_km_by_class", object_of(r.road_length_km_by_class)},
      {"road_length_km_by_class_read", object_of(r.road_length_km_by_class_read)},
      {"road_length_km_by_twin_class", object_of(r.road_length_km_by_twin_class)},
      {"road_links_dropped_not_connected", r.road_links_dropped_not_connected},
      {"road_km_dropped_not_connected", r.road_km_dropped_not_connected},
      {"metro_lines", r.metro_lines},
      {"ground_area_km2", object_of(r.ground_area_km2)},
      {"zones", r.zones.zones},
      {"zone_cell_m", r.zones.cell_m},
      {"population", r.zones.population},
      {"jobs", r.zones.jobs},
      {"population_given", r.zones.population_given},
      {"jobs_given", r.zones.jobs_given},
      {"population_from_floor_area", r.zones.population_from_floor_area},
      {"jobs_from_floor_area", r.zones.jobs_from_floor_area},
      {"buildings_far_from_road", r.buildings_far_from_road},
      {"climate", {{"typical_year", r.typical_year}, {"zone", r.climate_zone}, {"distance_km", r.typical_year_distance_km}}},
      {"error_count", r.errors.size()},
      {"warning_count", r.warnings.size()},
      {"errors", issues_json(r.errors)},
      {"warnings", issues_json(r.warnings)},
      {"import_s", r.import_s}};
  // Text from files may hold invalid UTF-8 (a mis-declared DBF): replace it rather than throw.
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace geo
