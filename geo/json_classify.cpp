// Classification of GeoJSON features (json_classify.hpp). Sources of the value lists:
//  - OSM wiki, Key:highway (https://wiki.openstreetmap.org/wiki/Key:highway, 2025): "Roads", "Link
//    roads" and "Special road types" open to general motor traffic; "Paths".
//  - Tilezen (Nextzen) vector-tile schema v1.9 (https://tilezen.readthedocs.io/en/latest/layers/):
//    roads layer kinds (highway, major_road, minor_road, path, rail, ferry, aerialway, …) with the OSM
//    highway value in kind_detail; landuse and water layer kinds; pois layer kinds for stations.
#include "geo/json_classify.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace geo {
namespace {

// Key:highway — roads and link roads (motorway … tertiary, *_link), unclassified, residential,
// living_street, service, and road (a road of unknown class).
constexpr std::array<std::string_view, 15> kDrivable = {
    "motorway", "trunk", "primary", "secondary", "tertiary", "motorway_link", "trunk_link",
    "primary_link", "secondary_link", "tertiary_link", "unclassified", "residential", "living_street",
    "service", "road"};
// Key:highway — paths and the special road types not for cars (pedestrian, track).
constexpr std::array<std::string_view, 8> kPaths = {"footway", "path", "cycleway", "steps",
                                                    "pedestrian", "track", "bridleway", "corridor"};
// Tilezen roads layer: kinds of roads open to cars.
constexpr std::array<std::string_view, 3> kTilezenRoadKinds = {"highway", "major_road", "minor_road"};
// Tilezen landuse and water layer kinds that are open ground or water (not built-up land use).
constexpr std::array<std::string_view, 30> kTilezenGroundKinds = {
    "park", "forest", "wood", "natural_wood", "natural_forest", "grass", "meadow", "scrub", "garden",
    "farmland", "farm", "farmyard", "orchard", "vineyard", "allotments", "wetland", "recreation_ground",
    "village_green", "nature_reserve", "national_park", "cemetery", "golf_course", "beach", "water",
    "riverbank", "lake", "river", "basin", "reservoir", "ocean"};
// OSM keys that make an area open ground (Key:landuse, Key:natural, Key:leisure, Key:water,
// Key:waterway — waterway=riverbank areas).
constexpr std::array<std::string_view, 5> kGroundKeys = {"landuse", "natural", "leisure", "water", "waterway"};
// Keys that say what a line is. A line with none of them is taken as a road (a plain line layer).
constexpr std::array<std::string_view, 11> kLineClassKeys = {
    "highway", "railway", "kind", "kind_detail", "waterway", "aerialway", "route", "power", "barrier",
    "boundary", "natural"};
// Key:railway — stations and halts; Key:public_transport — station; Tilezen pois kinds of stations.
constexpr std::array<std::string_view, 2> kRailwayStations = {"station", "halt"};
constexpr std::array<std::string_view, 3> kTilezenStationKinds = {"station", "halt", "train_station"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, const std::string* value) {
  return value != nullptr && std::find(list.begin(), list.end(), *value) != list.end();
}

bool is(const std::string* value, std::string_view expected) { return value != nullptr && *value == expected; }

JsonClassified classify_area(const Feature& f) {
  JsonClassified c;
  const std::string* building = f.attribute("building");
  const std::string* kind = f.attribute("kind");
  if (is(building, "no")) return c;
  // Parts (Tilezen kind building_part, OSM building:part) are not buildings of their own: the building
  // they belong to (Tilezen's root_id) carries the outline and the overall height, and counting its
  // parts too would count its floor area twice — as the OSM reader does (osm_reader.hpp).
  c.building_part = is(kind, "building_part") || (building == nullptr && f.attribute("building:part") != nullptr);
  if (c.building_part) return c;  // Other, counted in building_parts
  if (building == nullptr) {
    for (std::string_view key : kGroundKeys) {
      if (f.attribute(std::string(key)) != nullptr) {
        c.kind = FeatureKind::Ground;
        return c;
      }
    }
    if (listed(kTilezenGroundKinds, kind)) {
      c.kind = FeatureKind::Ground;
      return c;
    }
    if (f.attribute("highway") != nullptr || f.attribute("railway") != nullptr) return c;
  }
  c.kind = FeatureKind::Building;
  return c;
}

JsonClassified classify_line(const Feature& f) {
  JsonClassified c;
  const std::string* highway = f.attribute("highway");
  const std::string* kind = f.attribute("kind");
  const std::string* kind_detail = f.attribute("kind_detail");
  // An OSM highway tag is the most specific; then Tilezen's kind, then its kind_detail (= highway).
  if (highway != nullptr) {
    if (listed(kDrivable, highway)) c.kind = FeatureKind::Road;
    else if (listed(kPaths, highway)) c.kind = FeatureKind::Path;
    return c;
  }
  if (listed(kTilezenRoadKinds, kind)) {
    c.kind = FeatureKind::Road;
  } else if (is(kind, "path")) {
    c.kind = FeatureKind::Path;
  } else if (is(kind, "rail") || f.attribute("railway") != nullptr) {
    c.kind = FeatureKind::Rail;
  } else if (kind == nullptr && listed(kDrivable, kind_detail)) {
    c.kind = FeatureKind::Road;
  } else if (kind == nullptr && listed(kPaths, kind_detail)) {
    c.kind = FeatureKind::Path;
  } else {
    const bool has_class = std::any_of(kLineClassKeys.begin(), kLineClassKeys.end(),
                                       [&](std::string_view key) { return f.attribute(std::string(key)); });
    if (!has_class) {
      c.kind = FeatureKind::Road;
      c.line_without_class = true;
    }
  }
  return c;
}

JsonClassified classify_point(const Feature& f) {
  JsonClassified c;
  if (listed(kRailwayStations, f.attribute("railway")) || is(f.attribute("public_transport"), "station") ||
      listed(kTilezenStationKinds, f.attribute("kind")))
    c.kind = FeatureKind::Station;
  return c;
}

}  // namespace

JsonClassified classify_json_feature(const Feature& feature, JsonGeometryClass geometry) {
  switch (geometry) {
    case JsonGeometryClass::Area: return classify_area(feature);
    case JsonGeometryClass::Line: return classify_line(feature);
    case JsonGeometryClass::Point: return classify_point(feature);
  }
  return {};
}

}  // namespace geo
