// Classification of OSM elements by their tags (osm_tags.hpp). Source of every list: the OSM wiki
// pages named beside it (https://wiki.openstreetmap.org/wiki/Key:highway etc., as of 2025).
#include "geo/osm_tags.hpp"

#include <algorithm>
#include <array>

namespace geo {
namespace {

// https://wiki.openstreetmap.org/wiki/Key:highway — "Roads" (motorway, trunk, primary, secondary,
// tertiary, unclassified, residential), "Link roads" (*_link of the first five) and "Special road types"
// that carry general motor traffic (living_street, service; road = unknown classification).
constexpr std::array<std::string_view, 10> kDrivableHighways = {
    "motorway", "trunk", "primary", "secondary", "tertiary",
    "unclassified", "residential", "living_street", "service", "road"};

// The same page: special road types not open to general motor traffic (pedestrian, track,
// bus_guideway, escape, raceway, busway), "Paths" (footway, bridleway, steps, corridor, path,
// via_ferrata, cycleway), "Lifecycle" (proposed, construction; abandoned and disused are its
// deprecated forms), and "Other highway features" drawn as ways (platform, elevator, rest_area,
// services, emergency_bay).
constexpr std::array<std::string_view, 22> kNonDrivableHighways = {
    "pedestrian", "track", "bus_guideway", "escape", "raceway", "busway",
    "footway", "bridleway", "steps", "corridor", "path", "via_ferrata", "cycleway",
    "proposed", "construction", "abandoned", "disused",
    "platform", "elevator", "rest_area", "services", "emergency_bay"};

// https://wiki.openstreetmap.org/wiki/Key:railway — "Tracks" for passenger trains, metros and trams.
constexpr std::array<std::string_view, 5> kRailLines = {"subway", "light_rail", "monorail", "rail", "tram"};

// https://wiki.openstreetmap.org/wiki/Relation:multipolygon ("Tagging": tags go on the relation) and
// Key:created_by (discardable): keys that say nothing about what a way is.
constexpr std::array<std::string_view, 6> kNonDescriptiveKeys = {"area", "created_by", "source",
                                                                 "note", "fixme", "FIXME"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool tag_is(const OsmTags& tags, std::string_view key, std::string_view value) {
  const std::string* v = osm_tag(tags, key);
  return v != nullptr && *v == value;
}

}  // namespace

const std::string* osm_tag(const OsmTags& tags, std::string_view key) {
  for (const auto& [k, v] : tags)
    if (k == key) return &v;
  return nullptr;
}

bool is_drivable_highway(std::string_view value) {
  constexpr std::string_view kLink = "_link";
  if (value.size() > kLink.size() && value.ends_with(kLink))
    value.remove_suffix(kLink.size());  // motorway_link … tertiary_link (and any *_link of a road)
  return listed(kDrivableHighways, value);
}

bool is_listed_non_drivable_highway(std::string_view value) { return listed(kNonDrivableHighways, value); }

bool is_rail_line(std::string_view railway) { return listed(kRailLines, railway); }

bool is_station_node(const OsmTags& tags) {
  if (tag_is(tags, "railway", "station") || tag_is(tags, "railway", "halt")) return true;
  const bool metro = tag_is(tags, "subway", "yes") || tag_is(tags, "light_rail", "yes") ||
                     tag_is(tags, "station", "subway") || tag_is(tags, "station", "light_rail");
  // Public Transport v2 (https://wiki.openstreetmap.org/wiki/Public_transport): a metro station is
  // often mapped only by its stop positions on the tracks (railway=stop / public_transport=
  // stop_position with subway=yes); the metro builder merges those of one name into one station.
  if (tag_is(tags, "public_transport", "station")) return metro;
  if (tag_is(tags, "railway", "stop") || tag_is(tags, "public_transport", "stop_position")) return metro;
  return false;
}

bool has_ground_tag(const OsmTags& tags) {
  return osm_tag(tags, "landuse") != nullptr || osm_tag(tags, "natural") != nullptr ||
         osm_tag(tags, "leisure") != nullptr || osm_tag(tags, "water") != nullptr ||
         tag_is(tags, "waterway", "riverbank");
}

bool has_building_tag(const OsmTags& tags) {
  const std::string* v = osm_tag(tags, "building");
  return v != nullptr && *v != "no";
}

bool has_building_part_tag(const OsmTags& tags) {
  const std::string* v = osm_tag(tags, "building:part");
  return v != nullptr && *v != "no";
}

bool is_untagged(const OsmTags& tags) {
  return std::all_of(tags.begin(), tags.end(),
                     [](const auto& kv) { return listed(kNonDescriptiveKeys, kv.first); });
}

}  // namespace geo
