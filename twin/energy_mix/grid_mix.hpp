// The grid's generation mix of a year → its CO2 factor, replacing the bare percentage lever on the
// grid factor. Factor = Σ share × source factor over {fossil, non-fossil} (fossil at the published
// MEE/NBS fossil-power factor, non-fossil 0), times one calibration scalar per grid region fitted so
// that the published factor of kCalibrationYear (2022) is met exactly. Regional mixes are not
// published in the sources we hold, so a region follows the national non-fossil path and its scalar
// carries its difference from the national grid (README.md gives the fit and the 2021/2023 checks).
// Green power bought by the city (certified, market-traded non-fossil power) counts at 0 and the
// rest at the residual factor that excludes market-traded non-fossil power (MEE/NBS 2022, 2023).
#pragma once

#include <string>

#include "twin/emissions/factor_tables.hpp"

namespace twin::energy_mix {

// How green-power purchases enter the city's factor.
enum class GreenPowerAccounting {
  ResidualMix,  // green share at 0, the rest at the residual factor (excl. market-traded non-fossil)
  Average,      // green share at 0, the rest at the ordinary average factor (simpler, double counts)
};

// Lever values of one year (the pathway ramps them; this module only reads the year's values).
struct GridMixLevers {
  // The user's own mix: non-fossil share of generation of the year, 0–1; < 0 = use the baseline path.
  double own_nonfossil_share = -1.0;
  // Non-fossil share points added to the baseline path, −1–1 (e.g. 0.05 = five points faster).
  double extra_nonfossil_share = 0.0;
  // Share of the year's remaining fossil generation retired and replaced by non-fossil, 0–1.
  double coal_retirement_share = 0.0;
  // Share of the city's electricity bought as certified green power, 0–1.
  double green_power_share = 0.0;
  GreenPowerAccounting accounting = GreenPowerAccounting::ResidualMix;
};

struct GridMixYear {
  int year = 0;
  emissions::GridRegion region = emissions::GridRegion::National;
  double nonfossil_share = 0.0;          // of generation, 0–1, after the levers
  double fossil_factor_kg_per_kwh = 0.0; // fossil-power factor of the year
  double calibration = 1.0;              // region scalar (published / mix factor in 2022)
  double grid_factor_kg_per_kwh = 0.0;   // location-based average factor of the region's grid
  double residual_factor_kg_per_kwh = 0.0;  // excluding market-traded non-fossil power
  double green_power_share = 0.0;
  double city_factor_kg_per_kwh = 0.0;   // what the city's scope 2 electricity uses
};

struct MixError {
  std::string field;
  std::string message;
};

// Σ share × factor of a two-source mix: (1 − s) × fossil factor + s × 0.
double mix_factor_kg_per_kwh(double nonfossil_share, double fossil_factor_kg_per_kwh);

// Baseline ("current policies") non-fossil share of generation of a year, 0–1: linear between the
// anchors of mix_tables.hpp, flat before the first and after the last.
double baseline_nonfossil_share(int year);

// Fossil-power factor of a year: published 2021–2023; 2020 takes 2021's; after 2023 the 2023 value
// × (1 + kFossilFactorChangePerYear)^(year − 2023).
double fossil_factor_kg_per_kwh(int year);

// The region's calibration scalar: published factor of kCalibrationYear / mix factor of that year.
double region_calibration(emissions::GridRegion region);

// The grid year. Returns false and fills *error for a year outside 2020–2060, a NaN or out-of-range
// lever, or a region without a published calibration-year factor.
bool grid_mix_year(emissions::GridRegion region, int year, const GridMixLevers& levers, GridMixYear* out,
                   MixError* error);

}  // namespace twin::energy_mix
