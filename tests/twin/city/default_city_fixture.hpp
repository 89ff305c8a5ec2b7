// The default city, generated once per test binary and shared by the city tests (generation is
// deterministic, so sharing it cannot couple the tests).
#pragma once

#include "twin/city/city_stats.hpp"
#include "twin/city/default_city.hpp"

namespace twin::testing {

inline const City& default_city() {
  static const City city = generate_city(default_city_def());
  return city;
}

inline const CityStats& default_city_stats() {
  static const CityStats stats = compute_city_stats(default_city());
  return stats;
}

}  // namespace twin::testing
