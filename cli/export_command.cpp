#include "cli/export_command.hpp"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/city_source.hpp"
#include "cli/export_features.hpp"
#include "cli/gpkg_export.hpp"

namespace cli {
namespace {

// GeoJSON of the export features: a FeatureCollection whose feature ids are the buildings' indices.
bool write_geojson(const std::string& path, const twin::City& city, const std::vector<ExportFeature>& features) {
  using nlohmann::ordered_json;
  const std::vector<ExportField> fields = export_fields();
  ordered_json list = ordered_json::array();
  for (const ExportFeature& f : features) {
    ordered_json ring = ordered_json::array();
    for (const geo::Point& p : f.ring) ring.push_back({p.x, p.y});
    ordered_json properties = ordered_json::object();
    for (std::size_t k = 0; k < fields.size() && k < f.values.size(); ++k)
      std::visit([&](const auto& v) { properties[fields[k].name] = v; }, f.values[k]);
    list.push_back({{"type", "Feature"},
                    {"id", f.index},
                    {"properties", std::move(properties)},
                    {"geometry", {{"type", "Polygon"}, {"coordinates", ordered_json::array({ring})}}}});
  }
  const twin::CityLocation& loc = city.location;
  ordered_json doc = {{"type", "FeatureCollection"}, {"name", city.name}};
  // RFC 7946 allows only WGS84 lon/lat; any other CRS is named in the legacy (2008) crs member.
  if (loc.source_crs != "EPSG:4326" && loc.source_crs != "OGC:CRS84")
    doc["crs"] = {{"type", "name"}, {"properties", {{"name", loc.source_crs}}}};
  doc["features"] = std::move(list);
  std::ofstream out(path, std::ios::binary);
  out << doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

CLI::App* add_export_command(CLI::App& app, ExportCommandOptions* o) {
  CLI::App* cmd = app.add_subcommand("export", "Write an imported city's buildings and their energy and emissions "
                                               "back in the source CRS (GeoJSON and/or GeoPackage)");
  cmd->add_option("--city", o->city_path, "The imported city (a city file from 'carbontwin import')")
      ->type_name("CITY")
      ->required();
  cmd->add_option("--geojson", o->geojson_path, "GeoJSON file to write")->type_name("OUT");
  cmd->add_option("--gpkg", o->gpkg_path, "GeoPackage to write (layer 'buildings', typed fields; through GDAL)")
      ->type_name("OUT");
  add_epw_option(cmd, &o->epw_path);
  cmd->add_option("--year", o->year, "Inventory year of the emission factors (default 2020)")->check(CLI::Range(2000, 2100));
  return cmd;
}

int run_export_command(const ExportCommandOptions& o) {
  if (o.geojson_path.empty() && o.gpkg_path.empty()) {
    std::cerr << "carbontwin export: nothing to write: give --geojson OUT, --gpkg OUT or both\n";
    return 1;
  }
  LoadedCity loaded;
  if (!load_city(o.city_path, false, 0, "export", &loaded, o.epw_path)) return 1;
  std::vector<ExportFeature> features;
  std::string error;
  if (!build_export_features(loaded, o.city_path, o.year, &features, &error)) {
    std::cerr << "carbontwin export: " << error << "\n";
    return 1;
  }
  const twin::CityLocation& loc = loaded.city.location;
  if (!o.geojson_path.empty()) {
    if (!write_geojson(o.geojson_path, loaded.city, features)) {
      std::cerr << "carbontwin export: cannot write '" << o.geojson_path << "'\n";
      return 1;
    }
    std::printf("exported %zu buildings in %s to %s\n", features.size(), loc.source_crs_label.c_str(),
                o.geojson_path.c_str());
  }
  if (!o.gpkg_path.empty()) {
    std::string note;
    if (!write_gpkg_buildings(o.gpkg_path, loc.source_crs, features, &error, &note)) {
      std::cerr << "carbontwin export: " << error << "\n";
      return 1;
    }
    if (!note.empty()) std::cerr << "carbontwin export: note: " << note << "\n";
    std::printf("exported %zu buildings in %s to %s (layer buildings)\n", features.size(),
                loc.source_crs_label.c_str(), o.gpkg_path.c_str());
  }
  return 0;
}

}  // namespace cli
