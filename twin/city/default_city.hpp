// The seeded generator of the embedded default city: a synthetic Chinese city district of about one
// million people on roughly 15 km × 15 km. Everything it makes is synthetic (City::synthetic = true);
// its aggregate statistics are tuned to published figures for Chinese cities, listed with their
// sources in assets/city/default_city_targets.csv and checked by tests/twin/city.
#pragma once

#include <cstdint>

#include "twin/city/city.hpp"
#include "twin/city/construction_land.hpp"

namespace twin {

// Knobs of the generator, with their defaults in default_city_def(). Sizes in metres.
struct CityGeneratorDef {
  std::uint64_t seed = 20200101;
  double extent_m = 15000.0;          // side of the square district
  double target_population = 1.0e6;   // persons
  std::uint32_t metro_line_count = 3;
  const char* name = "";              // UTF-8 display name; empty → a name derived from the seed
  // Housing built per resident, m² of gross floor area: urban households' per-capita housing
  // floor area in China's 7th population census (2020). See assets/city/default_city_targets.csv.
  double residential_floor_area_per_person_m2 = 36.52;
};

CityGeneratorDef default_city_def();

// Deterministic for a given def: same def → bit-identical City, natively and in wasm.
City generate_city(const CityGeneratorDef& def);
// The same city, and the split of its urban construction land by GB 50137-2011 class.
City generate_city(const CityGeneratorDef& def, ConstructionLand* land);

}  // namespace twin
