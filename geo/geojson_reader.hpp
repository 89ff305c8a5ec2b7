// GeoJSON (RFC 7946, https://www.rfc-editor.org/rfc/rfc7946) → geo::Feature.
//  - Top level: a FeatureCollection, a single Feature (index 0) or a bare geometry (index 0, no
//    properties).
//  - Geometry: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon and
//    GeometryCollection (flattened into the one feature). Positions [x, y] or [x, y, z …]; z is kept
//    only as the feature's lowest / highest value in ground_z / roof_z. A position that is not an
//    array of at least two finite numbers within ±1e9, a ring of fewer than 4 positions, a line of
//    fewer than 2, an empty, null or unknown geometry → an error "feature N: …" and the feature is
//    skipped (counted in "skipped").
//  - Kind (json_classify.hpp): areas are buildings unless their properties say ground or otherwise,
//    lines are roads, paths or rails by OSM highway / Tilezen kind, points are stations or other.
//  - Feature.id: the Feature's "id", else properties.id, as text; attributes: the properties in
//    order as text (json_document.hpp), nulls left out.
//  - CRS: the legacy `crs` member (GeoJSON 2008 §3: {"type":"name","properties":{"name":…}}, also a
//    plain string or the pre-2008 {"type":"EPSG","properties":{"code":N}}) → DeclaredCrs{Member,
//    text}; a "link" crs is not supported (warning, treated as absent). Absent → {Implicit,
//    "OGC:CRS84"} (RFC 7946 §4) when every position read lies within ±180 / ±90, else None (the crs
//    module guesses and says so).
// Counts: features (entries in the file); buildings, roads, paths, rails, stations, ground_areas,
// others, skipped (these add up to features); building_parts (the parts of buildings — Tilezen
// kind=building_part, OSM building:part — read as Other, as the OSM reader does); roads_without_class (lines without any class key taken as
// roads, one warning for all of them).
#pragma once

#include <string>
#include <string_view>

#include "geo/feature.hpp"

namespace geo {

// Never throws. Bytes that are not JSON (simdjson's message, with the feature and line where it goes
// wrong when found), empty, larger than kMaxInputBytes, or JSON that is not GeoJSON → file_ok = false
// and one error.
LayerRead read_geojson(std::string_view bytes, const std::string& file_name);

}  // namespace geo
