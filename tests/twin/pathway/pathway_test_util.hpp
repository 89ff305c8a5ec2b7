// The default city's baseline, built once for all pathway tests (generation takes ~1 s).
#pragma once

#include "twin/city/default_city.hpp"
#include "twin/pathway/baseline.hpp"

namespace twin::pathway::test {

inline const City& default_city() {
  static const City city = generate_city(default_city_def());
  return city;
}

inline const Baseline& default_baseline() {
  static const Baseline baseline = baseline_from_city(default_city());
  return baseline;
}

// The default baseline without its local energy system (local_supply.hpp): every sector's electricity
// at the one annual grid factor, as the per-building, per-plant and per-link accountings price it.
inline Baseline without_local_supply(Baseline b) {
  b.local_supply = {};
  return b;
}

inline const Baseline& default_annual_baseline() {
  static const Baseline baseline = without_local_supply(default_baseline());
  return baseline;
}

// The default baseline without the parts issue 9 added (plants, waste, sinks, agriculture, the local
// energy system): the building stock (and transport, where a test adds it) alone, for the tests of the
// building-stock model.
inline Baseline buildings_only(Baseline b) {
  b.local_supply = {};
  b.plants.clear();
  b.sink_areas = {};
  b.waste.msw_kg_per_person_day = 0.0;  // no waste generated, and no landfill history to decay
  b.has_agriculture = false;
  return b;
}

inline const Baseline& default_buildings_baseline() {
  static const Baseline baseline = buildings_only(default_baseline());
  return baseline;
}

}  // namespace twin::pathway::test
