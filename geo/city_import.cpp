// The import pipeline (city_import.hpp). Stages, each in its own module:
//   input_format → readers (osm_reader, geojson_reader, cityjson_reader, shapefile_reader)
//   → crs (resolve per layer) → local_frame (one frame for all layers, origin at the data's centre)
//   → footprints (clean, merge tiled pieces, resolve overlaps) → building_attributes + ground_areas
//   → building_inference → road_network, metro_lines → access_nodes → zones_people → import_report.
//   An EPW among the files is the city's weather (weather_input), not a layer.
#include "geo/city_import.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "geo/access_nodes.hpp"
#include "geo/building_attributes.hpp"
#include "geo/building_inference.hpp"
#include "geo/cityjson_reader.hpp"
#include "geo/crs.hpp"
#include "geo/footprints.hpp"
#include "geo/geojson_reader.hpp"
#include "geo/ground_areas.hpp"
#include "geo/import_report.hpp"
#include "geo/input_format.hpp"
#include "geo/local_frame.hpp"
#include "geo/metro_lines.hpp"
#include "geo/osm_reader.hpp"
#include "geo/road_network.hpp"
#include "geo/shapefile_reader.hpp"
#include "geo/weather_input.hpp"
#include "twin/city/lonlat_fit.hpp"
#include "twin/climate/city_weather.hpp"

namespace geo {
namespace {

struct Layer {
  LayerRead read;
  InputFormat format = InputFormat::Unsupported;
  std::uint64_t bytes = 0;
  CrsSpec crs;
  bool crs_ok = false;
};

// Reads every file; Shapefile parts are grouped by stem and read as one layer.
std::vector<Layer> read_layers(const std::vector<ImportFile>& files, const ImportProgress& progress,
                               std::vector<Issue>* errors) {
  std::vector<Layer> layers;
  std::map<std::string, std::pair<ShapefileParts, std::uint64_t>> shapefiles;  // by stem, in name order
  const double n = static_cast<double>(std::max<std::size_t>(files.size(), 1));
  for (std::size_t k = 0; k < files.size(); ++k) {
    const ImportFile& f = files[k];
    if (progress) progress("reading " + f.name, 0.3 * static_cast<double>(k) / n);
    std::string reason;
    const InputFormat format = detect_input_format(f.name, f.bytes, &reason);
    Layer layer;
    layer.format = format;
    layer.bytes = f.bytes.size();
    switch (format) {
      case InputFormat::OsmXml: layer.read = read_osm_xml(f.bytes, f.name); break;
      case InputFormat::GeoJson: layer.read = read_geojson(f.bytes, f.name); break;
      case InputFormat::CityJson: layer.read = read_cityjson(f.bytes, f.name); break;
      case InputFormat::ShapefileZip: layer.read = read_shapefile_zip(f.bytes, f.name); break;
      case InputFormat::ShapefilePart: {
        const std::string ext = shapefile_part_extension(f.name);
        auto& [parts, size] = shapefiles[shapefile_stem(f.name)];
        std::string* slot = ext == "shp"   ? &parts.shp
                            : ext == "shx" ? &parts.shx
                            : ext == "dbf" ? &parts.dbf
                            : ext == "prj" ? &parts.prj
                                           : &parts.cpg;
        *slot = f.bytes;
        size += f.bytes.size();
        continue;
      }
      case InputFormat::CityFile:
        errors->push_back(Issue{f.name, "", "this is a CarbonTwin city file, already imported: open it with --city "
                                            "(or drop it on the page) instead of importing it again"});
        continue;
      case InputFormat::Unsupported: errors->push_back(Issue{f.name, "", reason}); continue;
      case InputFormat::Epw: continue;  // the city's weather: read_weather_input
    }
    layers.push_back(std::move(layer));
  }
  for (auto& [stem, entry] : shapefiles) {
    auto& [parts, size] = entry;
    if (parts.shp.empty()) {
      errors->push_back(Issue{stem + ".shp", "", "the .shp part of this Shapefile was not given (only its other parts)"});
      continue;
    }
    Layer layer;
    layer.format = InputFormat::ShapefilePart;
    layer.bytes = size;
    layer.read = read_shapefile(parts, stem + ".shp");
    layers.push_back(std::move(layer));
  }
  return layers;
}

template <typename F>
void for_each_point(LayerRead& layer, F f) {
  for (Feature& feature : layer.features) {
    for (Polygon& p : feature.polygons) {
      for (Point& q : p.outer) f(q);
      for (Ring& h : p.holes)
        for (Point& q : h) f(q);
    }
    for (auto& l : feature.lines)
      for (Point& q : l) f(q);
    for (Point& q : feature.points) f(q);
  }
}

std::vector<Point> all_points(LayerRead& layer) {
  std::vector<Point> pts;
  for_each_point(layer, [&](const Point& p) { pts.push_back(p); });
  return pts;
}

std::string place_of(const Feature& f) {
  return "feature " + std::to_string(f.index) + (f.id.empty() ? "" : " (" + f.id + ")");
}

// Projects every coordinate of the layer into the city frame (through lon/lat when the layer has
// another CRS). A feature with a point that cannot be projected is dropped with an error naming it.
void project_layer(Layer* layer, const LocalFrame& city_frame, std::vector<Issue>* errors) {
  const bool same = layer->crs.definition == city_frame.source().definition &&
                    layer->crs.axes_swapped == city_frame.source().axes_swapped;
  LocalFrame own;
  if (!same) {
    std::string error;
    if (!LocalFrame::make_for_city(layer->crs, city_frame, &own, &error)) {
      errors->push_back(Issue{layer->read.file, "", "cannot project from " + layer->crs.definition + ": " + error});
      layer->read.features.clear();
      return;
    }
  }
  std::vector<Feature> kept;
  kept.reserve(layer->read.features.size());
  for (Feature& f : layer->read.features) {
    bool ok = true;
    auto project = [&](std::vector<Point>& pts) {
      for (Point& p : pts) {
        if (!ok) return;
        double x = 0, y = 0;
        ok = (same ? city_frame : own).to_local(p, &x, &y);
        p = {x, y};
      }
    };
    for (Polygon& p : f.polygons) {
      project(p.outer);
      for (Ring& h : p.holes) project(h);
    }
    for (auto& l : f.lines) project(l);
    project(f.points);
    if (ok)
      kept.push_back(std::move(f));
    else
      errors->push_back(Issue{layer->read.file, place_of(f),
                              "a coordinate could not be projected from " + layer->crs.definition +
                                  " (outside the CRS's area of use?); feature skipped"});
  }
  layer->read.features = std::move(kept);
}

twin::Vec2 centroid_of(const std::vector<twin::Vec2>& ring) {
  twin::Vec2 c;
  for (const twin::Vec2& p : ring) c.x_m += p.x_m, c.y_m += p.y_m;
  c.x_m /= static_cast<double>(ring.size());
  c.y_m /= static_cast<double>(ring.size());
  return c;
}

// Samples the frame with PROJ over the city's extent and fits lon/lat as cubics of x, y (lonlat_fit.hpp).
void fit_lonlat_of(const LocalFrame& frame, const twin::City& city, twin::LonLatFit* fit) {
  const double half = std::max({std::fabs(city.min_corner.x_m), std::fabs(city.min_corner.y_m),
                                std::fabs(city.max_corner.x_m), std::fabs(city.max_corner.y_m), 100.0});
  std::vector<twin::LonLatSample> samples;
  constexpr int kSteps = 12;
  for (int i = 0; i <= kSteps; ++i)
    for (int j = 0; j <= kSteps; ++j) {
      twin::LonLatSample s{-half + 2.0 * half * i / kSteps, -half + 2.0 * half * j / kSteps, 0, 0};
      if (frame.to_lonlat(s.x_m, s.y_m, &s.lon_deg, &s.lat_deg)) samples.push_back(s);
    }
  twin::fit_lonlat(samples, half, fit);
}

}  // namespace

ImportResult import_city(const std::vector<ImportFile>& files, const ImportOptions& options,
                         const ImportProgress& progress) {
  const auto start = std::chrono::steady_clock::now();
  ImportResult result;
  ImportReport report;
  std::vector<Issue>& errors = result.errors;
  std::vector<Issue>& warnings = result.warnings;
  if (files.empty()) {
    errors.push_back(Issue{"", "", "no input files"});
    return result;
  }
  // The city's own weather, first: a weather file given but unreadable fails the import, rather than
  // the city silently running under another climate.
  WeatherInput weather = read_weather_input(files);
  warnings.insert(warnings.end(), weather.warnings.begin(), weather.warnings.end());
  if (!weather.errors.empty()) {
    errors.insert(errors.end(), weather.errors.begin(), weather.errors.end());
    return result;
  }
  std::vector<Layer> layers = read_layers(files, progress, &errors);
  for (Layer& l : layers) {
    errors.insert(errors.end(), l.read.errors.begin(), l.read.errors.end());
    warnings.insert(warnings.end(), l.read.warnings.begin(), l.read.warnings.end());
  }

  // 1. The CRS of each layer; the city's frame from the first layer with buildings (else the first with
  //    features), origin at the centre of its extent.
  if (progress) progress("coordinate systems", 0.35);
  const std::string* override_crs = options.crs.empty() ? nullptr : &options.crs;
  int main_layer = -1;
  bool main_has_buildings = false;
  for (std::size_t k = 0; k < layers.size(); ++k) {
    Layer& l = layers[k];
    if (!l.read.file_ok || l.read.features.empty()) continue;
    l.crs = resolve_crs(l.read.crs, all_points(l.read), override_crs, &errors, &warnings, l.read.file, &l.crs_ok);
    if (!l.crs_ok) continue;
    const bool has_buildings = std::any_of(l.read.features.begin(), l.read.features.end(),
                                           [](const Feature& f) { return f.kind == FeatureKind::Building; });
    if (main_layer < 0 || (has_buildings && !main_has_buildings)) {
      main_layer = static_cast<int>(k);
      main_has_buildings = has_buildings;
    }
  }
  for (const Layer& l : layers) {
    ImportFileSummary s;
    s.file = l.read.file;
    s.format = to_string(l.format);
    s.bytes = l.bytes;
    s.features = l.read.features.size();
    s.errors = l.read.errors.size();
    s.warnings = l.read.warnings.size();
    s.counts = l.read.counts;
    if (l.crs_ok) s.crs_definition = l.crs.definition, s.crs_label = l.crs.label, s.crs_how = l.crs.how;
    s.axes_swapped = l.crs.axes_swapped;
    report.files.push_back(std::move(s));
  }
  report.files.insert(report.files.end(), weather.files.begin(), weather.files.end());
  if (main_layer < 0) {
    errors.push_back(Issue{"", "", "nothing to import: no file gave features with a usable coordinate system"});
    return result;
  }
  LocalFrame frame;
  {
    // The centre of the buildings (complete ways of an extract — a metro line, a motorway — reach far
    // beyond the area the data is about); of everything when there are no buildings.
    std::vector<Point> pts;
    for (const Feature& f : layers[main_layer].read.features)
      if (f.kind == FeatureKind::Building)
        for (const Polygon& p : f.polygons) pts.insert(pts.end(), p.outer.begin(), p.outer.end());
    if (pts.empty()) pts = all_points(layers[main_layer].read);
    Point lo = pts.front(), hi = pts.front();
    for (const Point& p : pts) {
      lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
      hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
    std::string error;
    if (!LocalFrame::make(layers[main_layer].crs, Point{(lo.x + hi.x) / 2, (lo.y + hi.y) / 2}, &frame, &error)) {
      errors.push_back(Issue{layers[main_layer].read.file, "", "cannot set up the city's local frame: " + error});
      return result;
    }
  }

  // 2. Everything into local metres.
  for (Layer& l : layers) {
    if (!l.crs_ok || l.read.features.empty()) continue;
    if (progress) progress("projecting " + l.read.file, 0.4);
    project_layer(&l, frame, &errors);
  }

  // 3. Footprints, per layer (tiled pieces and overlaps are resolved within a file).
  if (progress) progress("footprints", 0.5);
  std::vector<BuildingDraft> drafts;
  std::vector<twin::Vec2> rings_xy;
  std::vector<std::uint32_t> ring_begin{0};
  std::vector<std::string> source_ids;
  std::map<std::string, std::uint64_t> skipped;
  std::vector<Feature> road_features;
  std::string road_files;
  std::vector<UseArea> use_areas;
  twin::GroundAreas ground;
  // The climate zone follows the weather: nearest the EPW's station when one was given (city_weather.hpp).
  twin::CityLocation at_origin;
  at_origin.georeferenced = true;
  at_origin.origin_lon_deg = frame.origin_lon_deg();
  at_origin.origin_lat_deg = frame.origin_lat_deg();
  const twin::climate::WeatherPlan weather_plan =
      twin::climate::plan_weather(at_origin, weather.weather ? &*weather.weather : nullptr);
  const twin::climate::ClimateChoice climate = weather_plan.climate;
  for (Layer& l : layers) {
    if (!l.crs_ok || l.read.features.empty()) continue;
    // Buildings moved out of the layer (not copied: at 10^5 features a copy was a tenth of the peak).
    std::vector<Feature> buildings, others;
    for (Feature& f : l.read.features) (f.kind == FeatureKind::Building ? buildings : others).push_back(std::move(f));
    l.read.features = std::move(others);
    report.buildings_read += buildings.size();
    const FootprintResult fp = clean_footprints(buildings, l.read.file);
    errors.insert(errors.end(), fp.errors.begin(), fp.errors.end());
    warnings.insert(warnings.end(), fp.warnings.begin(), fp.warnings.end());
    for (const auto& [reason, count] : fp.skipped) skipped[reason] += count;
    report.pieces_merged += fp.merged_pieces;
    report.footprints_repaired += fp.repaired;
    // Land cover and land-use areas of this layer.
    GroundBuild g = build_ground_areas(l.read.features, l.read.file, &warnings);
    for (std::uint32_t k = 0; k < g.ground.size(); ++k) {
      for (std::uint32_t v = g.ground.polygon_begin[k]; v < g.ground.polygon_begin[k + 1]; ++v)
        ground.polygon_xy.push_back(g.ground.polygon_xy[v]);
      ground.polygon_begin.push_back(static_cast<std::uint32_t>(ground.polygon_xy.size()));
      ground.cover.push_back(g.ground.cover[k]);
    }
    use_areas.insert(use_areas.end(), g.use_areas.begin(), g.use_areas.end());
    for (const CleanFootprint& c : fp.footprints) {
      const Feature& f = buildings[c.feature];
      BuildingDraft d;
      d.centroid = centroid_of(c.ring);
      d.read = read_building_attributes(f, options.attributes, l.read.file, &warnings);
      drafts.push_back(std::move(d));
      rings_xy.insert(rings_xy.end(), c.ring.begin(), c.ring.end());
      ring_begin.push_back(static_cast<std::uint32_t>(rings_xy.size()));
      source_ids.push_back(f.id);
      report.footprint_area_m2 += c.area_m2;
    }
    // Roads, rails and stations of this layer; the files that gave roads name the road issues.
    bool layer_has_roads = false;
    for (Feature& f : l.read.features)
      if (f.kind == FeatureKind::Road || f.kind == FeatureKind::Rail || f.kind == FeatureKind::Station) {
        layer_has_roads |= f.kind == FeatureKind::Road;
        road_features.push_back(std::move(f));
      }
    if (layer_has_roads) road_files += (road_files.empty() ? "" : ", ") + l.read.file;
  }
  for (BuildingDraft& d : drafts) d.area_use = use_at(use_areas, d.centroid);

  // 4. What the files did not say.
  if (progress) progress("building attributes", 0.65);
  const std::vector<InferredBuilding> inferred =
      infer_buildings(drafts, twin::climate::city_normals(climate.city).zone, &report.inference);

  twin::City& city = result.city;
  city.synthetic = false;
  city.seed = 0;
  twin::Buildings& b = city.buildings;
  b.footprint_begin = ring_begin;
  b.footprint_xy = rings_xy;
  for (std::size_t i = 0; i < inferred.size(); ++i) {
    const InferredBuilding& x = inferred[i];
    b.height_m.push_back(x.height_m);
    b.floors.push_back(x.floors);
    b.use.push_back(x.use);
    b.residential_type.push_back(x.residential_type);
    b.construction_year.push_back(x.year);
    b.heating_system.push_back(x.heating_system);
    b.heating_fuel.push_back(x.heating_fuel);
    b.inferred.push_back(x.inferred);
    report.heights_inferred += (x.inferred & twin::kInferredHeight) ? 1 : 0;
    report.floors_inferred += (x.inferred & twin::kInferredFloors) ? 1 : 0;
    report.uses_inferred += (x.inferred & twin::kInferredUse) ? 1 : 0;
    report.years_inferred += (x.inferred & twin::kInferredYear) ? 1 : 0;
  }
  b.source_id = std::move(source_ids);
  for (std::uint32_t i = 0; i < b.size(); ++i) report.floor_area_m2 += twin::building_floor_area_m2(b, i);
  report.buildings_imported = b.size();
  for (const auto& [reason, count] : skipped) report.buildings_skipped.emplace_back(reason, count);
  city.ground = std::move(ground);

  // 5. Roads and metro lines.
  if (progress) progress("roads", 0.75);
  const RoadBuild roads = build_road_network(road_features, road_files.empty() ? "inputs" : road_files);
  errors.insert(errors.end(), roads.errors.begin(), roads.errors.end());
  warnings.insert(warnings.end(), roads.warnings.begin(), roads.warnings.end());
  city.roads = roads.network;
  report.road_links = roads.links;
  report.road_nodes = roads.nodes;
  report.road_length_km_by_class = roads.length_km_by_osm_class;
  report.road_length_km_by_class_read = roads.length_km_by_osm_class_before_scc;
  for (int c = 0; c < static_cast<int>(twin::RoadClass::Count); ++c)
    report.road_length_km_by_twin_class.emplace_back(twin::to_string(static_cast<twin::RoadClass>(c)),
                                                     roads.length_km_by_twin_class[c]);
  report.road_links_dropped_not_connected = roads.links_dropped_not_connected;
  report.road_km_dropped_not_connected = roads.km_dropped_not_connected;
  MetroBuild metro = build_metro_lines(road_features, road_files.empty() ? "inputs" : road_files);
  errors.insert(errors.end(), metro.errors.begin(), metro.errors.end());
  warnings.insert(warnings.end(), metro.warnings.begin(), metro.warnings.end());
  city.transit_lines = std::move(metro.lines);
  report.metro_lines = city.transit_lines.size();
  if (roads.links == 0)
    warnings.push_back(Issue{"", "", "no road network in the inputs: the transport model cannot run on this city "
                                     "(add an OSM extract or a road layer)"});

  // 6. Entrances, zones and people.
  if (progress) progress("zones and people", 0.85);
  const AccessReport access = assign_access_nodes(&city);
  report.buildings_far_from_road = access.far_from_road;
  if (access.far_from_road > 0)
    warnings.push_back(Issue{"", "", std::to_string(access.far_from_road) + " buildings are more than " +
                                         std::to_string(static_cast<int>(kFarFromRoadM)) +
                                         " m from the nearest road node (the road data may not cover them)"});
  report.zones = build_zones_and_people(&city, options.totals, "", &warnings);

  // 7. Extent, name and location.
  bool any = false;
  auto extend = [&](const twin::Vec2& p) {
    if (!any) city.min_corner = city.max_corner = p, any = true;
    city.min_corner = {std::min(city.min_corner.x_m, p.x_m), std::min(city.min_corner.y_m, p.y_m)};
    city.max_corner = {std::max(city.max_corner.x_m, p.x_m), std::max(city.max_corner.y_m, p.y_m)};
  };
  for (const twin::Vec2& p : b.footprint_xy) extend(p);
  for (const twin::Vec2& p : city.roads.node_xy) extend(p);
  for (const twin::Vec2& p : city.ground.polygon_xy) extend(p);
  if (b.size() == 0 && city.roads.link_count() == 0) {
    errors.push_back(Issue{"", "", "nothing to import: no building footprint and no road could be read"});
    return result;
  }
  city.name = options.name;
  if (city.name.empty()) {
    const std::string& first = files.front().name;
    city.name = first.substr(0, first.find_last_of('.'));
  }
  twin::CityLocation& loc = city.location;
  loc.georeferenced = true;
  loc.origin_lon_deg = frame.origin_lon_deg();
  loc.origin_lat_deg = frame.origin_lat_deg();
  loc.source_crs = frame.source().definition;
  loc.source_crs_label = frame.source().label;
  loc.local_crs = frame.local_definition();
  fit_lonlat_of(frame, city, &loc.lonlat_fit);

  for (std::uint32_t k = 0; k < city.ground.size(); ++k) {
    const char* cover = twin::to_string(city.ground.cover[k]);
    const double km2 = std::fabs(twin::polygon_signed_area_m2(city.ground.polygon_xy.data() + city.ground.polygon_begin[k],
                                                                city.ground.polygon_begin[k + 1] - city.ground.polygon_begin[k])) /
                       1e6;
    auto it = std::find_if(report.ground_area_km2.begin(), report.ground_area_km2.end(),
                           [&](const auto& e) { return e.first == cover; });
    if (it == report.ground_area_km2.end()) report.ground_area_km2.emplace_back(cover, km2);
    else it->second += km2;
  }
  report.name = city.name;
  report.crs_definition = loc.source_crs;
  report.crs_label = loc.source_crs_label;
  report.crs_how = frame.source().how;
  report.origin_lon_deg = loc.origin_lon_deg;
  report.origin_lat_deg = loc.origin_lat_deg;
  report.local_crs = loc.local_crs;
  report.lonlat_fit_max_error_m = loc.lonlat_fit.max_error_m;
  report.typical_year = twin::climate::to_string(climate.city);
  report.climate_zone = twin::climate::to_string(twin::climate::city_normals(climate.city).zone);
  report.typical_year_distance_km = climate.distance_km;
  for (const std::string& w : weather_plan.warnings) warnings.push_back(Issue{"", "", w});
  city.weather = std::move(weather.weather);
  report.errors = errors;
  report.warnings = warnings;
  report.import_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.report_json = import_report_json(report);
  if (progress) progress("done", 1.0);
  result.ok = true;
  return result;
}

}  // namespace geo
