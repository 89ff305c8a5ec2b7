// Land cover and land use of an imported city, from its Ground features (OSM landuse/natural/leisure/
// water areas, GeoJSON and CityJSON equivalents), already in local metres:
//  - cover: parks (leisure=park/garden, landuse=grass/recreation_ground/village_green), water
//    (natural=water, water=*, waterway=riverbank, landuse=reservoir/basin), farmland (landuse=farmland/
//    orchard/meadow/allotments/greenhouse_horticulture) and forest (landuse=forest, natural=wood/scrub)
//    become twin::GroundAreas — drawn on the map and counted as green space, the sinks of issue 9;
//  - use: residential/commercial/retail/industrial land-use areas say which use a building inside them
//    has when the building itself does not (building_inference.hpp).
// Polygons are cleaned like footprints: outer ring only (holes of land-use areas are other land uses,
// drawn above them), orientation corrected, invalid rings skipped with a warning.
#pragma once

#include <optional>
#include <vector>

#include "geo/feature.hpp"
#include "twin/city/city.hpp"

namespace geo {

std::optional<twin::GroundCover> ground_cover_of(const Feature& f);

struct UseArea {
  std::vector<twin::Vec2> ring;  // counter-clockwise, open
  twin::BuildingUse use;
  twin::Vec2 min_corner, max_corner;
};

struct GroundBuild {
  twin::GroundAreas ground;
  std::vector<UseArea> use_areas;
  std::uint32_t skipped = 0;  // invalid polygons (each with a warning)
};

GroundBuild build_ground_areas(const std::vector<Feature>& features, const std::string& file, std::vector<Issue>* warnings);

// The use of the smallest use area containing p (the most specific), if any.
std::optional<twin::BuildingUse> use_at(const std::vector<UseArea>& areas, twin::Vec2 p);

}  // namespace geo
