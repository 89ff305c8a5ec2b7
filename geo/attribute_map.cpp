// Parsing of the user's attribute map (attribute_map.hpp) with nlohmann-json.
#include "geo/attribute_map.hpp"

#include <nlohmann/json.hpp>

namespace geo {

std::optional<twin::BuildingUse> building_use_from_name(std::string_view name) {
  for (int k = 0; k < static_cast<int>(twin::BuildingUse::Count); ++k) {
    const auto use = static_cast<twin::BuildingUse>(k);
    if (name == twin::to_string(use)) return use;
  }
  return std::nullopt;
}

bool parse_attribute_map(std::string_view json, AttributeMap* out, std::string* error) {
  const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded()) {
    *error = "not valid JSON";
    return false;
  }
  if (!doc.is_object()) {
    *error = "must be a JSON object with keys height, floors, use, year, name, use_values";
    return false;
  }
  AttributeMap map;
  for (const auto& [key, value] : doc.items()) {
    std::string* field = key == "height" ? &map.height
                         : key == "floors" ? &map.floors
                         : key == "use"    ? &map.use
                         : key == "year"   ? &map.year
                         : key == "name"   ? &map.name
                                           : nullptr;
    if (field) {
      if (!value.is_string()) {
        *error = "'" + key + "' must be a field name (a string)";
        return false;
      }
      *field = value.get<std::string>();
      continue;
    }
    if (key == "use_values") {
      if (!value.is_object()) {
        *error = "'use_values' must be an object mapping field values to uses";
        return false;
      }
      for (const auto& [from, to] : value.items()) {
        const auto use = to.is_string() ? building_use_from_name(to.get<std::string>()) : std::nullopt;
        if (!use) {
          *error = "use_values['" + from + "'] must be one of residential, office, retail, hotel, school, "
                   "hospital, industrial, warehouse";
          return false;
        }
        map.use_values.emplace_back(from, *use);
      }
      continue;
    }
    *error = "unknown key '" + key + "' (known: height, floors, use, year, name, use_values)";
    return false;
  }
  *out = std::move(map);
  return true;
}

}  // namespace geo
