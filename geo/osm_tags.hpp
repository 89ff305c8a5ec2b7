// What an OSM element stands for, from its tags (the OSM wiki's map features; each list below cites
// its page). Used by the OSM XML reader (osm_reader.hpp) to give each node, way and relation its
// geo::FeatureKind. Tags are kept as read: a list of (key, value) in file order.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace geo {

using OsmTags = std::vector<std::pair<std::string, std::string>>;

// Value of the first tag with this key, or nullptr.
const std::string* osm_tag(const OsmTags& tags, std::string_view key);

// highway=* values a car may drive on (OSM wiki, Key:highway, "Roads", "Link roads" and "Special road
// types": motorway … residential, their *_link, living_street, service, road).
bool is_drivable_highway(std::string_view value);
// highway=* values of the same page that are not for cars (footway, path, cycleway, steps,
// pedestrian, track, …; see osm_tags.cpp). Values on neither list are read as paths, with a warning.
bool is_listed_non_drivable_highway(std::string_view value);

// railway=* values read as rail lines: subway, light_rail, monorail, rail, tram (OSM wiki, Key:railway).
bool is_rail_line(std::string_view railway);

// A node that is a rail or metro station: railway=station|halt, or public_transport=station with
// subway=yes, light_rail=yes or station=subway|light_rail (OSM wiki, Tag:railway=station and
// Tag:public_transport=station). Entrances (railway=subway_entrance) and bus stations are not.
bool is_station_node(const OsmTags& tags);

// landuse=*, natural=*, leisure=*, water=* or waterway=riverbank: a ground area when the way is closed
// (OSM wiki, Key:landuse, Key:natural, Key:leisure, Key:water, Tag:waterway=riverbank).
bool has_ground_tag(const OsmTags& tags);

// building=* with a value other than "no" (OSM wiki, Key:building), and the same for building:part.
bool has_building_tag(const OsmTags& tags);
bool has_building_part_tag(const OsmTags& tags);

// True when no tag says what the element is: no tags, or only keys that describe no feature of their
// own (area, created_by, source, note, fixme). A multipolygon's member ways are usually like this:
// the relation carries the tags (OSM wiki, Relation:multipolygon, "Tagging"); created_by is a
// discardable editor tag (OSM wiki, Key:created_by).
bool is_untagged(const OsmTags& tags);

}  // namespace geo
