// What a building feature itself says about its height, floors, use, construction year and name:
// the user's mapped fields first (attribute_map.hpp), then the standard ones of each format —
// OSM tags (height, building:levels, building, amenity, shop, office, tourism, start_date), Tilezen
// properties (height, min_height, kind_detail), CityJSON attributes (measuredHeight, storeysAboveGround,
// yearOfConstruction, function) and its geometry's z range. Nothing is inferred here: a value the
// feature does not carry is left empty for building_inference.hpp, and a value that is present but
// unusable ("abc", −5, 3000 m) is reported, then treated as absent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/attribute_map.hpp"
#include "geo/feature.hpp"
#include "twin/city/city.hpp"

namespace geo {

struct BuildingAttributes {
  std::optional<double> height_m;          // eaves/roof height above ground
  std::optional<std::uint16_t> floors;     // storeys above ground
  std::optional<twin::BuildingUse> use;
  std::optional<std::uint16_t> year;       // construction year
  std::string name;
  std::string height_from;                 // which field gave the height (for the report)
};

// Plausible ranges: taller than the tallest building (828 m) or more storeys than any (163) is a data
// error, as is a year before 1000 or after 2100.
inline constexpr double kMaxHeightM = 1000.0;
inline constexpr int kMaxFloors = 200;

// Reads the attributes; problems go to warnings naming the feature (file, id/index, field, value).
BuildingAttributes read_building_attributes(const Feature& f, const AttributeMap& map, const std::string& file,
                                            std::vector<Issue>* warnings);

// Use from a land-use area's tags (landuse=residential/commercial/retail/industrial, amenity=…), for
// buildings inside it that say nothing themselves.
std::optional<twin::BuildingUse> use_from_area(const Feature& area);

// Lower-level parsers, exposed for tests: "12", "12 m", "12.5m", "40 ft", "40'" → metres;
// "1998", "1998-05-01", "~1998", "1998..2001" → 1998; OSM/Tilezen/Chinese use words → a use.
std::optional<double> parse_length_m(const std::string& text);
std::optional<int> parse_year(const std::string& text);
std::optional<twin::BuildingUse> use_from_word(const std::string& word);

}  // namespace geo
