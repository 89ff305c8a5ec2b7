// new_build_multipliers() (see new_build_standard.hpp for the sources of the values).
#include "twin/pathway/new_build_standard.hpp"

namespace twin::pathway {
namespace {

constexpr double kHeatingResidential[3] = {0.70, 0.35, 0.15};
constexpr double kHeatingPublic[3] = {0.80, 0.40, 0.25};
constexpr double kServices[3] = {1.00, 0.85, 0.75};

double interpolate(const double (&v)[3], double level) {
  if (level <= 0.0) return v[0];
  if (level >= 2.0) return v[2];
  const int i = level < 1.0 ? 0 : 1;
  const double t = level - i;
  return v[i] + (v[i + 1] - v[i]) * t;
}

}  // namespace

NewBuildMultipliers new_build_multipliers(double level, bool residential) {
  return {interpolate(residential ? kHeatingResidential : kHeatingPublic, level),
          interpolate(kServices, level)};
}

}  // namespace twin::pathway
