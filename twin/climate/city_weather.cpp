// The weather rule for a city's buildings (city_weather.hpp).
#include "twin/climate/city_weather.hpp"

#include "twin/climate/typical_year.hpp"

namespace twin::climate {
namespace {

std::string km_text(double km) { return std::to_string(static_cast<long>(km + 0.5)) + " km"; }

}  // namespace

std::string climate_city_name(ClimateCity city) {
  std::string name = to_string(city);
  if (!name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

WeatherPlan plan_weather(const CityLocation& location, const StationWeather* station) {
  WeatherPlan p;
  const ClimateChoice at_city = location.georeferenced
                                    ? nearest_climate_city(location.origin_lon_deg, location.origin_lat_deg)
                                    : ClimateChoice{};
  if (station == nullptr) {
    p.climate = at_city;
    p.label = "typical year, " + climate_city_name(p.climate.city);
    if (p.climate.georeferenced && p.climate.distance_km > kFarFromTypicalYearKm)
      p.warnings.push_back("the city lies " + km_text(p.climate.distance_km) +
                           " from the nearest built-in typical year (" + climate_city_name(p.climate.city) +
                           "); its buildings' energy uses that climate (give an EPW file of a nearer station)");
  } else {
    p.from_station = true;
    const Location& s = station->year.location;
    const std::string who = "the weather station " + station_label(*station) + " of " + station->file_name;
    p.label = "EPW " + station->file_name + ": " + station_label(*station);
    if (!station_location_known(*station)) {
      // No position to take the zone from: the city's own location decides it, as without the file.
      p.climate = at_city;
      p.warnings.push_back(station->file_name + " gives no station position (latitude and longitude 0): its "
                           "distance from the city cannot be checked, and the climate zone follows the "
                           "city's location (" + std::string(to_string(city_normals(p.climate.city).zone)) + ")");
    } else {
      p.climate = nearest_climate_city(s.longitude_deg, s.latitude_deg);
      if (!location.georeferenced) {
        p.warnings.push_back("the city has no location on Earth: whether " + who + " is near it cannot be checked");
      } else {
        p.station_distance_km =
            great_circle_km(location.origin_lon_deg, location.origin_lat_deg, s.longitude_deg, s.latitude_deg);
        if (p.station_distance_km > kFarFromTypicalYearKm)
          p.warnings.push_back(who + " lies " + km_text(p.station_distance_km) + " from the city (more than " +
                               km_text(kFarFromTypicalYearKm) + "): its weather may not stand for the city's");
      }
    }
  }
  p.zone = city_normals(p.climate.city).zone;
  return p;
}

CityWeather weather_for_city(const City& city, const StationWeather* given) {
  const StationWeather* station = given != nullptr ? given : (city.weather ? &*city.weather : nullptr);
  CityWeather w;
  w.plan = plan_weather(city.location, station);
  w.plan.given_for_run = given != nullptr;
  w.year = station != nullptr ? station->year : typical_year(w.plan.climate.city);
  return w;
}

}  // namespace twin::climate
