// Appends generated buildings to the structure-of-arrays twin::Buildings, one row per call, and
// refuses any footprint that would come within the clearance of the river — the one constraint a
// block filler cannot see from inside its block.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/building_systems.hpp"
#include "twin/city/river.hpp"

namespace twin::citygen {

struct BuildingSpec {
  BuildingUse use = BuildingUse::Residential;
  ResidentialType type = ResidentialType::Nonresidential;
  std::uint16_t floors = 1;
  double height_m = 3.0;
  std::uint16_t year = 2000;
  Heating heating;
};

class StockWriter {
 public:
  StockWriter(Buildings& out, const River& river) : out_(out), river_(river) {}

  void set_zone(std::uint32_t zone) { zone_ = zone; }

  // Adds a counter-clockwise footprint; false (and nothing added) if it is too close to water.
  bool add(const std::vector<Vec2>& footprint, const BuildingSpec& spec);

  double residential_floor_area_m2() const { return residential_floor_area_m2_; }

 private:
  Buildings& out_;
  const River& river_;
  std::uint32_t zone_ = 0;
  double residential_floor_area_m2_ = 0.0;
};

// Floors × floor-to-floor height, the eaves height of a generated building.
inline double storey_height_m(std::uint16_t floors, double floor_to_floor_m) {
  return static_cast<double>(floors) * floor_to_floor_m;
}

}  // namespace twin::citygen
