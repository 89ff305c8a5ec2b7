// Travel-activity JSON reader (see activity_json.hpp).
#include "cli/activity_json.hpp"

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cli {
namespace {

using nlohmann::json;
namespace tr = twin::transport;

bool read_value(const json& v, const std::string& path, double* out, std::vector<std::string>* errors) {
  if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() < 0.0) {
    errors->push_back(path + ": expected a finite number >= 0");
    return false;
  }
  *out = v.get<double>();
  return true;
}

void read_modes(const json& v, const std::string& path, std::array<double, tr::kModeCount>* out,
                std::vector<std::string>* errors) {
  if (!v.is_object()) {
    errors->push_back(path + ": expected an object of modes (walk, bike, bus, metro, car, taxi)");
    return;
  }
  for (const auto& [key, value] : v.items()) {
    int mode = -1;
    for (int m = 0; m < tr::kModeCount; ++m)
      if (key == tr::to_string(static_cast<tr::Mode>(m))) mode = m;
    if (mode < 0) errors->push_back(path + "." + key + ": unknown mode (walk, bike, bus, metro, car, taxi)");
    else read_value(value, path + "." + key, &(*out)[mode], errors);
  }
}

}  // namespace

bool activity_from_json(const std::string& text, tr::TravelActivity* activity, std::vector<std::string>* errors) {
  *activity = tr::TravelActivity{};
  const std::size_t before = errors->size();
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    errors->push_back(std::string("$: not valid JSON: ") + e.what());
    return false;
  }
  if (!doc.is_object()) {
    errors->push_back("$: expected an object");
    return false;
  }
  for (const auto& [key, value] : doc.items()) {
    const std::string path = "$." + key;
    if (key == "population") read_value(value, path, &activity->population, errors);
    else if (key == "vehicle_km_per_day") read_modes(value, path, &activity->vehicle_km_per_day, errors);
    else if (key == "passenger_km_per_day") read_modes(value, path, &activity->passenger_km_per_day, errors);
    else if (key == "trips_per_day") read_modes(value, path, &activity->trips_per_day, errors);
    else if (key != "description")
      errors->push_back(path + ": unknown key (expected population, vehicle_km_per_day, passenger_km_per_day, "
                               "trips_per_day, description)");
  }
  if (errors->size() == before && !(activity->population > 0.0))
    errors->push_back("$.population: the population the activity was generated for is required (> 0)");
  return errors->size() == before;
}

}  // namespace cli
