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

}  // namespace twin::pathway::test
