// Road vehicle classes and powertrains of the fleet model (twin/transport/fleet.hpp). Order is part
// of the JSON output and of assets/transport/fleet_parameters.csv keys; append before Count only.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace twin::transport {

enum class VehicleClass : std::uint8_t {
  Car = 0,  // private car (Mode::Car)
  Taxi,     // taxi and ride-hailing (Mode::Taxi)
  Bus,      // city bus (Mode::Bus)
  Count
};
inline constexpr int kVehicleClassCount = static_cast<int>(VehicleClass::Count);

enum class Powertrain : std::uint8_t {
  Ice = 0,  // internal combustion: gasoline (car, taxi) or diesel (bus)
  Hev,      // hybrid, not plug-in
  Phev,     // plug-in hybrid
  Bev,      // battery electric
  Fcev,     // fuel cell (hydrogen)
  Count
};
inline constexpr int kPowertrainCount = static_cast<int>(Powertrain::Count);

// Stable snake_case names: "car", "taxi", "bus"; "ice", "hev", "phev", "bev", "fcev".
const char* to_string(VehicleClass c);
const char* to_string(Powertrain p);
std::optional<VehicleClass> vehicle_class_from_string(std::string_view key);
std::optional<Powertrain> powertrain_from_string(std::string_view key);

// New-energy vehicle (新能源汽车, the MPS/MIIT definition): BEV, PHEV or FCEV.
constexpr bool is_nev(Powertrain p) { return p == Powertrain::Phev || p == Powertrain::Bev || p == Powertrain::Fcev; }

}  // namespace twin::transport
