#include "twin/transport/vehicle.hpp"

namespace twin::transport {

const char* to_string(VehicleClass c) {
  switch (c) {
    case VehicleClass::Car: return "car";
    case VehicleClass::Taxi: return "taxi";
    case VehicleClass::Bus: return "bus";
    case VehicleClass::Count: break;
  }
  return "unknown";
}

const char* to_string(Powertrain p) {
  switch (p) {
    case Powertrain::Ice: return "ice";
    case Powertrain::Hev: return "hev";
    case Powertrain::Phev: return "phev";
    case Powertrain::Bev: return "bev";
    case Powertrain::Fcev: return "fcev";
    case Powertrain::Count: break;
  }
  return "unknown";
}

std::optional<VehicleClass> vehicle_class_from_string(std::string_view key) {
  for (int i = 0; i < kVehicleClassCount; ++i)
    if (key == to_string(static_cast<VehicleClass>(i))) return static_cast<VehicleClass>(i);
  return std::nullopt;
}

std::optional<Powertrain> powertrain_from_string(std::string_view key) {
  for (int i = 0; i < kPowertrainCount; ++i)
    if (key == to_string(static_cast<Powertrain>(i))) return static_cast<Powertrain>(i);
  return std::nullopt;
}

}  // namespace twin::transport
