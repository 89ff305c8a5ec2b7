#include "cli/export_command.hpp"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/city_source.hpp"
#include "geo/crs.hpp"
#include "geo/local_frame.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/climate/typical_year.hpp"
#include "twin/emissions/factor_set.hpp"

namespace cli {

namespace tb = twin::buildings;
namespace te = twin::emissions;

CLI::App* add_export_command(CLI::App& app, ExportCommandOptions* o) {
  CLI::App* cmd = app.add_subcommand("export", "Write an imported city's buildings and their energy and emissions "
                                               "back in the source CRS (GeoJSON)");
  cmd->add_option("--city", o->city_path, "The imported city (a city file from 'carbontwin import')")
      ->type_name("CITY")
      ->required();
  cmd->add_option("--geojson", o->geojson_path, "GeoJSON file to write")->type_name("OUT")->required();
  cmd->add_option("--year", o->year, "Inventory year of the emission factors (default 2020)")->check(CLI::Range(2000, 2100));
  return cmd;
}

int run_export_command(const ExportCommandOptions& o) {
  LoadedCity loaded;
  if (!load_city(o.city_path, false, 0, "export", &loaded)) return 1;
  const twin::City& city = loaded.city;
  const twin::CityLocation& loc = city.location;
  if (!loc.georeferenced || loc.source_crs.empty()) {
    std::cerr << "carbontwin export: '" << o.city_path << "' has no source coordinate system to export to\n";
    return 1;
  }
  geo::CrsSpec crs;
  std::string error;
  geo::LocalFrame frame;
  if (!geo::parse_crs_text(loc.source_crs, &crs, &error) ||
      !geo::LocalFrame::make_at_lonlat(crs, loc.origin_lon_deg, loc.origin_lat_deg, &frame, &error)) {
    std::cerr << "carbontwin export: cannot set up " << loc.source_crs << ": " << error << "\n";
    return 1;
  }
  tb::CityEnergyDef def = tb::default_city_energy_def();
  def.zone = twin::climate::city_normals(loaded.climate.city).zone;
  const tb::CityEnergyResult energy =
      tb::simulate_city_energy(city, twin::climate::typical_year(loaded.climate.city), def);
  const te::FactorSet factors = te::factors_for_year(o.year, loaded.grid);

  using nlohmann::ordered_json;
  ordered_json features = ordered_json::array();
  const twin::Buildings& b = city.buildings;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    ordered_json ring = ordered_json::array();
    bool ok = true;
    for (std::uint32_t k = b.footprint_begin[i]; k <= b.footprint_begin[i + 1] && ok; ++k) {
      // The ring closed again, as GeoJSON wants (its last position repeats the first).
      const twin::Vec2& p = b.footprint_xy[k < b.footprint_begin[i + 1] ? k : b.footprint_begin[i]];
      geo::Point q;
      ok = frame.to_source(p.x_m, p.y_m, &q);
      ring.push_back({q.x, q.y});
    }
    if (!ok) {
      std::cerr << "carbontwin export: building " << i << " could not be projected back to " << loc.source_crs << "\n";
      return 1;
    }
    double total_kwh = 0, scope[te::kScopeCount] = {};
    for (int c = 0; c < te::kCarrierCount; ++c) {
      const auto carrier = static_cast<te::Carrier>(c);
      const double kwh = energy.carrier_kwh(i, carrier);
      total_kwh += kwh;
      scope[static_cast<int>(te::scope_of(carrier))] += kwh * factors.of(carrier).kg_per_kwh / 1000.0;
    }
    const double area = energy.floor_area_m2[i];
    features.push_back(
        {{"type", "Feature"},
         {"id", i},
         {"properties",
          {{"source_id", i < b.source_id.size() ? b.source_id[i] : std::string()},
           {"use", twin::to_string(b.use[i])},
           {"floors", b.floors[i]},
           {"height_m", b.height_m[i]},
           {"construction_year", b.construction_year[i]},
           {"heating_system", twin::to_string(b.heating_system[i])},
           {"inferred", twin::inferred_flag_names(twin::building_inferred(b, i))},
           {"floor_area_m2", area},
           {"eui_kwh_m2", area > 0 ? total_kwh / area : 0.0},
           {"scope1_t", scope[0]},
           {"scope2_t", scope[1]},
           {"pv_kwh", energy.pv_kwh[i]}}},
         {"geometry", {{"type", "Polygon"}, {"coordinates", ordered_json::array({ring})}}}});
  }
  ordered_json doc = {{"type", "FeatureCollection"}, {"name", city.name}};
  // RFC 7946 allows only WGS84 lon/lat; any other CRS is named in the legacy (2008) crs member.
  if (loc.source_crs != "EPSG:4326" && loc.source_crs != "OGC:CRS84")
    doc["crs"] = {{"type", "name"}, {"properties", {{"name", loc.source_crs}}}};
  doc["features"] = std::move(features);
  std::ofstream out(o.geojson_path, std::ios::binary);
  out << doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  out.close();
  if (!out) {
    std::cerr << "carbontwin export: cannot write '" << o.geojson_path << "'\n";
    return 1;
  }
  std::printf("exported %u buildings in %s to %s\n", b.size(), loc.source_crs_label.c_str(), o.geojson_path.c_str());
  return 0;
}

}  // namespace cli
