// The building spec file of `carbontwin building` (schema: docs/building-spec.md) → twin ZoneSpec.
// Every problem is reported with its JSON path (RFC 6901 pointer, e.g. /constructions/LTWALL/layers/1/
// thickness_m) and what is wrong; unknown keys are errors too, so a typo never silently falls back
// to a default.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "twin/buildings/zone_spec.hpp"

namespace cli {

struct BuildingSpecParse {
  twin::buildings::ZoneSpec spec;
  std::vector<std::string> errors;  // "/path: message"; empty = spec is usable
  bool ok() const { return errors.empty(); }
};

BuildingSpecParse parse_building_spec_json(std::string_view text);

}  // namespace cli
