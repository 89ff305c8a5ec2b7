// build_city_mesh: the four layers of one city. Each layer lives in its own file.
#include "render/mesh/city_mesh.hpp"

namespace render {

CityMesh build_city_mesh(const twin::City& city) {
  CityMesh mesh;
  mesh.buildings = build_building_mesh(city.buildings);
  mesh.ground = build_ground_mesh(city.ground);
  mesh.roads = build_road_lines(city.roads);
  mesh.metro = build_metro_lines(city.transit_lines);
  return mesh;
}

}  // namespace render
