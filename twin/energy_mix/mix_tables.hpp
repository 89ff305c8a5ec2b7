// Embedded data of the grid-mix path (the core reads no files): the non-fossil generation share
// anchors of the "current policies" baseline, the published fossil-power and residual factors, and
// the forward fossil-factor trend. The same values are in assets/energy_mix/*.csv with their sources;
// tests/twin/energy_mix checks that they are equal.
#pragma once

#include <span>

#include "twin/emissions/factor_tables.hpp"

namespace twin::energy_mix {

// One point of the baseline non-fossil share of generation; linear between points, flat outside.
struct MixAnchor {
  int year;
  double nonfossil_share_pct;  // non-fossil share of total generation, % (CEC 全口径)
  const char* kind;            // "observed", "target-derived" or "assumption"
};

// Fossil-power CO2 factor and national residual factor (excluding market-traded non-fossil power)
// as published by MEE & NBS; residual 0 where not published.
struct PublishedFossilFactor {
  int year;
  double fossil_kg_per_kwh;
  double national_residual_kg_per_kwh;
};

std::span<const MixAnchor> current_policies_anchors();
std::span<const PublishedFossilFactor> published_fossil_factors();

// Forward change of the fossil-power factor, fraction per year (= assets value −0.33 %/yr).
inline constexpr double kFossilFactorChangePerYear = -0.0033;
// Residual/average factor ratio held after the last published year (= 0.6096 / 0.5306).
inline constexpr double kResidualToAverageRatio = 1.1489;
// The year each region's calibration scalar is fitted on.
inline constexpr int kCalibrationYear = 2022;

// First and last year the path is defined for.
inline constexpr int kFirstYear = 2020;
inline constexpr int kLastYear = 2060;

}  // namespace twin::energy_mix
