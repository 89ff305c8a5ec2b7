// Travel modes of the twin's transport model (DESIGN.md §4). Order is part of the JSON/CLI output
// (mode names); append before Count only.
#pragma once

#include <cstdint>

namespace twin::transport {

enum class Mode : std::uint8_t {
  Walk = 0,
  Bike,   // private and shared bicycles, e-bikes
  Bus,
  Metro,
  Car,    // private car, driver and passengers
  Taxi,   // taxi and ride-hailing (网约车)
  Count
};
inline constexpr int kModeCount = static_cast<int>(Mode::Count);

// Stable snake_case name: "walk", "bike", "bus", "metro", "car", "taxi".
const char* to_string(Mode mode);

}  // namespace twin::transport
