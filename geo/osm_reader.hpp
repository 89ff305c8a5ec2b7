// OpenStreetMap XML (.osm, API 0.6 format: https://wiki.openstreetmap.org/wiki/OSM_XML) → geo::Feature.
//  - nodes tagged as stations → Station points; other tagged nodes → Other points;
//  - ways: building=* (closed) → Building polygon; building:part=* → Other (counted "building_parts":
//    the building outline is the footprint, parts would count it twice); highway=* → Road or Path
//    lines (osm_tags.hpp), a closed one with area=yes → Other ("highway_areas"); railway=subway,
//    light_rail, monorail, rail, tram → Rail lines; landuse/natural/leisure/water/waterway=riverbank
//    closed → Ground polygon; anything else → Other (polygon when closed, else line);
//  - relations type=multipolygon → one polygon feature each (Building, Ground or Other by its tags),
//    rings joined from the member ways; their untagged member ways are not features of their own, and
//    a building relation's outer way tagged building=* is read only as part of the relation.
// Coordinates: x = lon, y = lat in degrees, DeclaredCrs{Implicit, "EPSG:4326"}.
// Feature.id is "node/ID", "way/ID" or "relation/ID"; Feature.index the element's position among the
// file's nodes, ways and relations; attributes its tags in order plus ("osm_id", ID). Features come
// in file order.
// Counts: nodes, ways, relations (elements in the file); buildings, building_parts, roads, paths, rails,
// stations, ground_areas, highway_areas, others (features by what they are; they add up to the number
// of features); incomplete_relations (multipolygons with member ways or nodes not in the file, kept
// with a warning when their rings still close, else skipped with an error); incomplete_ways (lines
// kept in pieces around nodes not in the file); ways_skipped, relations_skipped (errors);
// relations_other_types (route, boundary, type=building … relations: no area of their own, not read);
// untagged_member_ways (read as parts of multipolygons only); duplicate_ids (second elements with an
// id already seen: warned, the first kept); other_elements (children of <osm> other than node, way,
// relation, bounds, note, meta: warned, not read).
#pragma once

#include <string>
#include <string_view>

#include "geo/feature.hpp"

namespace geo {

// Never throws. A file larger than kMaxInputBytes, empty, not well-formed XML (pugixml's description,
// byte offset and line) or without an <osm> root → file_ok = false and one error.
LayerRead read_osm_xml(std::string_view bytes, const std::string& file_name);

}  // namespace geo
