// Which weather a city's buildings run under — one rule for the CLI, the page's energy worker and the
// import:
//   1. a station's year given for this run (`--epw FILE`), overriding both of the others;
//   2. else the city's own (City::weather: an EPW given with its files at import);
//   3. else the built-in typical year nearest the city (climate_choice.hpp).
// The climate zone (which archetype constructions the buildings get) follows the weather: the zone of
// the built-in city nearest the *station* when the weather is a station's with a known position, else
// nearest the city. The power grid is not chosen here: it follows the city's own location
// (climate_for_city → grid_region_for), wherever its weather station is.
#pragma once

#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/climate/climate_choice.hpp"
#include "twin/climate/station_weather.hpp"
#include "twin/climate/weather.hpp"

namespace twin::climate {

// What the rule chose, without the hours (the import needs it before the City exists).
struct WeatherPlan {
  bool from_station = false;         // an EPW's year (given or the city's own), else the typical year
  bool given_for_run = false;        // the station's year is the one given for this run (rule 1)
  ClimateChoice climate;             // built-in city whose zone the buildings take (and whose typical
                                     // year is used when from_station is false)
  ClimateZone zone = ClimateZone::Cold;
  double station_distance_km = -1;   // city origin → station; −1 when either position is unknown
  std::string label;                 // "EPW CHN_Beijing….epw: BEIJING, CHN (WMO 545110, 39.80° N 116.47° E)"
                                     // or "typical year, Beijing"
  std::vector<std::string> warnings; // station far (> kFarFromTypicalYearKm) or of unknown position, city
                                     // without a location, city far from every built-in typical year
};

// `station`: the weather to use (rule 1 or 2), or null for the typical year.
WeatherPlan plan_weather(const CityLocation& location, const StationWeather* station);

struct CityWeather {
  WeatherPlan plan;
  WeatherYear year;  // the hours the buildings run under
};

// `given`: a station's year for this run (rule 1), or null.
CityWeather weather_for_city(const City& city, const StationWeather* given = nullptr);

// "Beijing" for ClimateCity::Beijing (to_string is lower-case, for JSON keys).
std::string climate_city_name(ClimateCity city);

}  // namespace twin::climate
