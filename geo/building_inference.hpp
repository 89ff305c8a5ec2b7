// Filling in what an imported building's file does not say, from its surroundings first and from
// documented defaults last — and flagging every value so filled (twin::InferredFlag):
//   use    ← the land-use area around it (landuse=residential …) → the majority use of buildings
//            within 150 m that state theirs (≥ 3) → residential;
//   floors ← height ÷ storey height of its use → the median floors of buildings of the same use
//            within 300 m that state theirs (≥ 3) → the use's default (assets/geo/import_defaults.csv);
//   height ← floors × storey height of its use;
//   year   ← the median year of buildings within 500 m that state theirs (≥ 3) → 2000
//            (kDefaultConstructionYear), i.e. the archetype vintage of the area;
//   heating system and fuel ← climate zone, use, typology and year (always inferred: files do not
//            carry them): the northern district-heating rules of the default city
//            (twin/city/building_systems.hpp) in the severe-cold and cold zones; split air-source
//            heat pumps (electricity) in the hot-summer-cold-winter zone (no central heating south of
//            the Qinling–Huaihe line); no space heating in the hot-summer-warm-winter and mild zones.
// Residential typology from floors: ≥ 10 high-rise tower, 4–9 walk-up, ≤ 3 low-rise (urban village).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "geo/building_attributes.hpp"
#include "twin/city/city.hpp"
#include "twin/climate/climate_normals.hpp"

namespace geo {

struct BuildingDraft {
  twin::Vec2 centroid;                        // local metres
  BuildingAttributes read;                    // what the file says
  std::optional<twin::BuildingUse> area_use;  // use of the land-use area containing it, if any
};

struct InferredBuilding {
  double height_m = 0.0;
  std::uint16_t floors = 1;
  twin::BuildingUse use = twin::BuildingUse::Residential;
  twin::ResidentialType residential_type = twin::ResidentialType::Nonresidential;
  std::uint16_t year = 2000;
  twin::HeatingSystem heating_system = twin::HeatingSystem::None;
  twin::Fuel heating_fuel = twin::Fuel::Electricity;
  std::uint8_t inferred = 0;  // twin::InferredFlag bits
};

// How each value was obtained, for the import report.
struct InferenceCounts {
  std::uint32_t uses_read = 0, uses_from_area = 0, uses_from_neighbours = 0, uses_default = 0;
  std::uint32_t heights_read = 0, heights_from_floors = 0, heights_from_neighbours = 0, heights_default = 0;
  std::uint32_t floors_read = 0, floors_from_height = 0;
  std::uint32_t years_read = 0, years_from_neighbours = 0, years_default = 0;
};

// Deterministic: the same drafts give the same buildings (heating draws use a per-building seed).
std::vector<InferredBuilding> infer_buildings(const std::vector<BuildingDraft>& drafts,
                                              twin::climate::ClimateZone zone, InferenceCounts* counts);

}  // namespace geo
