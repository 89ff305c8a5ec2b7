// What a GeoJSON feature stands for, from its geometry and its properties (OSM tags as exported by
// osmtogeojson/ogr2ogr, or Tilezen/Nextzen vector-tile properties "kind" / "kind_detail").
#pragma once

#include <cstdint>

#include "geo/feature.hpp"

namespace geo {

enum class JsonGeometryClass : std::uint8_t { Area = 0, Line, Point };

struct JsonClassified {
  FeatureKind kind = FeatureKind::Other;
  bool building_part = false;  // a Building that is a part of a building (Tilezen kind=building_part,
                               // OSM building:part=* without building=*)
  bool line_without_class = false;  // a line with no class key at all, taken as a road
};

// Areas: Building (parts flagged), unless building=no (Other), a landuse / natural / leisure /
// water / waterway key or a Tilezen ground "kind" (Ground), or a highway / railway key without a building
// key (Other). Lines: Road, Path, Rail or Other by highway, Tilezen kind / kind_detail, railway; a line
// with no class key at all → Road (line_without_class). Points: Station by railway / public_transport /
// Tilezen kind, else Other.
JsonClassified classify_json_feature(const Feature& feature, JsonGeometryClass geometry);

}  // namespace geo
