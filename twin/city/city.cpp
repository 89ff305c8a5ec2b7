// Names of the city enums and the footprint/floor-area helpers declared in city.hpp.
#include "twin/city/city.hpp"

#include <utility>

namespace twin {

const char* to_string(BuildingUse use) {
  switch (use) {
    case BuildingUse::Residential: return "residential";
    case BuildingUse::Office: return "office";
    case BuildingUse::Retail: return "retail";
    case BuildingUse::Hotel: return "hotel";
    case BuildingUse::School: return "school";
    case BuildingUse::Hospital: return "hospital";
    case BuildingUse::Industrial: return "industrial";
    case BuildingUse::Warehouse: return "warehouse";
    case BuildingUse::Count: break;
  }
  return "unknown";
}

const char* to_string(HeatingSystem system) {
  switch (system) {
    case HeatingSystem::DistrictHeat: return "district_heat";
    case HeatingSystem::Boiler: return "boiler";
    case HeatingSystem::HeatPump: return "heat_pump";
    case HeatingSystem::ElectricResistance: return "electric_resistance";
    case HeatingSystem::Stove: return "stove";
    case HeatingSystem::None: return "none";
    case HeatingSystem::Count: break;
  }
  return "unknown";
}

const char* to_string(Fuel fuel) {
  switch (fuel) {
    case Fuel::Heat: return "heat";
    case Fuel::NaturalGas: return "natural_gas";
    case Fuel::Coal: return "coal";
    case Fuel::Electricity: return "electricity";
    case Fuel::Count: break;
  }
  return "unknown";
}

const char* to_string(ResidentialType type) {
  switch (type) {
    case ResidentialType::Nonresidential: return "nonresidential";
    case ResidentialType::HighRiseTower: return "high_rise_tower";
    case ResidentialType::WalkUp: return "walk_up";
    case ResidentialType::UrbanVillage: return "urban_village";
    case ResidentialType::RuralHouse: return "rural_house";
    case ResidentialType::Count: break;
  }
  return "unknown";
}

const char* to_string(RoadClass road_class) {
  switch (road_class) {
    case RoadClass::Expressway: return "expressway";
    case RoadClass::Arterial: return "arterial";
    case RoadClass::Collector: return "collector";
    case RoadClass::Local: return "local";
    case RoadClass::Count: break;
  }
  return "unknown";
}

const char* to_string(TransitMode mode) {
  switch (mode) {
    case TransitMode::Metro: return "metro";
    case TransitMode::Bus: return "bus";
    case TransitMode::Count: break;
  }
  return "unknown";
}

const char* to_string(GroundCover cover) {
  switch (cover) {
    case GroundCover::Park: return "park";
    case GroundCover::Water: return "water";
    case GroundCover::Farmland: return "farmland";
    case GroundCover::Forest: return "forest";
    case GroundCover::Count: break;
  }
  return "unknown";
}

std::string inferred_flag_names(std::uint8_t flags) {
  static constexpr std::pair<std::uint8_t, const char*> kNames[] = {{kInferredHeight, "height"},
                                                                    {kInferredFloors, "floors"},
                                                                    {kInferredUse, "use"},
                                                                    {kInferredYear, "year"},
                                                                    {kInferredHeating, "heating"}};
  std::string out;
  for (const auto& [bit, name] : kNames)
    if (flags & bit) out += (out.empty() ? "" : "|") + std::string(name);
  return out;
}

double polygon_signed_area_m2(const Vec2* points, std::uint32_t count) {
  if (count < 3) return 0.0;
  // Shoelace formula about the first vertex: subtracting it keeps the products small, so the
  // result does not lose digits to cancellation far from the origin.
  const Vec2 o = points[0];
  double twice_area = 0.0;
  for (std::uint32_t k = 1; k + 1 < count; ++k) {
    const double ax = points[k].x_m - o.x_m, ay = points[k].y_m - o.y_m;
    const double bx = points[k + 1].x_m - o.x_m, by = points[k + 1].y_m - o.y_m;
    twice_area += ax * by - ay * bx;
  }
  return 0.5 * twice_area;
}

double building_footprint_area_m2(const Buildings& b, std::uint32_t i) {
  const std::uint32_t begin = b.footprint_begin[i];
  const std::uint32_t end = b.footprint_begin[i + 1];
  const double a = polygon_signed_area_m2(b.footprint_xy.data() + begin, end - begin);
  return a < 0.0 ? -a : a;
}

double building_floor_area_m2(const Buildings& b, std::uint32_t i) {
  return building_footprint_area_m2(b, i) * static_cast<double>(b.floors[i]);
}

}  // namespace twin
