#include "twin/city/stock_writer.hpp"

#include <algorithm>

namespace twin::citygen {

bool StockWriter::add(const std::vector<Vec2>& footprint, const BuildingSpec& spec) {
  Rect box{1e300, 1e300, -1e300, -1e300};
  for (const Vec2& p : footprint) {
    box.x0_m = std::min(box.x0_m, p.x_m);
    box.y0_m = std::min(box.y0_m, p.y_m);
    box.x1_m = std::max(box.x1_m, p.x_m);
    box.y1_m = std::max(box.y1_m, p.y_m);
  }
  if (!river_.clear_of(box, kBuildingWaterClearance_m)) return false;

  out_.footprint_xy.insert(out_.footprint_xy.end(), footprint.begin(), footprint.end());
  out_.footprint_begin.push_back(static_cast<std::uint32_t>(out_.footprint_xy.size()));
  out_.height_m.push_back(spec.height_m);
  out_.floors.push_back(spec.floors);
  out_.use.push_back(spec.use);
  out_.residential_type.push_back(spec.type);
  out_.construction_year.push_back(spec.year);
  out_.heating_system.push_back(spec.heating.system);
  out_.heating_fuel.push_back(spec.heating.fuel);
  out_.zone.push_back(zone_);
  out_.access_node.push_back(0);  // filled once the road network is known
  if (spec.use == BuildingUse::Residential) {
    residential_floor_area_m2_ += building_floor_area_m2(out_, out_.size() - 1);
  }
  return true;
}

}  // namespace twin::citygen
