#include "twin/transport/mode.hpp"

namespace twin::transport {

const char* to_string(Mode mode) {
  switch (mode) {
    case Mode::Walk: return "walk";
    case Mode::Bike: return "bike";
    case Mode::Bus: return "bus";
    case Mode::Metro: return "metro";
    case Mode::Car: return "car";
    case Mode::Taxi: return "taxi";
    case Mode::Count: break;
  }
  return "unknown";
}

}  // namespace twin::transport
