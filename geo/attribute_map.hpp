// Which attribute of a planner's file holds a building's height, floors, use, construction year and
// name — given by the user (`carbontwin import --attributes MAP.json`, the page's import dialog) when
// the file's own field names are not the standard ones (OSM tags, CityJSON attributes, Tilezen
// properties). docs/import.md documents the JSON:
//   {"height": "HEIGHT_M", "floors": "FLOORS", "use": "USE", "year": "BUILT", "name": "NAME",
//    "use_values": {"住宅": "residential", "商业": "retail"}}
// Every key is optional; use_values maps values of the use field to CarbonTwin uses (twin::BuildingUse
// names) before the built-in vocabulary is tried.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "twin/city/city.hpp"

namespace geo {

struct AttributeMap {
  std::string height;  // field with the height in metres ("" = the standard fields only)
  std::string floors;  // field with the number of storeys above ground
  std::string use;     // field with the building's use
  std::string year;    // field with the construction year (or a date starting with it)
  std::string name;    // field with the building's name
  std::vector<std::pair<std::string, twin::BuildingUse>> use_values;
};

// Parses the JSON above; false with a message naming the key and what is wrong (unknown key, a
// value that is not a string, an unknown use name).
bool parse_attribute_map(std::string_view json, AttributeMap* out, std::string* error);

// twin::BuildingUse from its snake_case name ("residential", "office", …).
std::optional<twin::BuildingUse> building_use_from_name(std::string_view name);

}  // namespace geo
