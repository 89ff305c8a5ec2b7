#include "twin/energy_mix/grid_mix.hpp"

#include <cassert>
#include <cmath>

#include "twin/energy_mix/mix_tables.hpp"

namespace twin::energy_mix {
namespace {

double published_grid_factor(emissions::GridRegion region, int year) {
  for (const emissions::GridFactorRow& row : emissions::grid_factor_rows())
    if (row.region == region && row.year == year) return row.kg_per_kwh;
  return 0.0;
}

// Residual/average ratio of a year: published for 2022 and 2023; 2020–2021 take 2022's; later
// years the 2023 ratio (kResidualToAverageRatio).
double residual_ratio(int year) {
  if (year > 2023) return kResidualToAverageRatio;
  const int y = year < 2022 ? 2022 : year;
  for (const PublishedFossilFactor& f : published_fossil_factors())
    if (f.year == y) return f.national_residual_kg_per_kwh / published_grid_factor(emissions::GridRegion::National, y);
  return kResidualToAverageRatio;
}

bool fail(MixError* error, const char* field, std::string message) {
  if (error != nullptr) *error = MixError{field, std::move(message)};
  return false;
}

bool in_range(double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; }

}  // namespace

double mix_factor_kg_per_kwh(double nonfossil_share, double fossil_factor_kg_per_kwh) {
  return (1.0 - nonfossil_share) * fossil_factor_kg_per_kwh + nonfossil_share * 0.0;
}

double baseline_nonfossil_share(int year) {
  const auto anchors = current_policies_anchors();
  if (year <= anchors.front().year) return anchors.front().nonfossil_share_pct / 100.0;
  for (std::size_t i = 1; i < anchors.size(); ++i) {
    if (year > anchors[i].year) continue;
    const MixAnchor& a = anchors[i - 1];
    const MixAnchor& b = anchors[i];
    const double t = static_cast<double>(year - a.year) / static_cast<double>(b.year - a.year);
    return (a.nonfossil_share_pct + t * (b.nonfossil_share_pct - a.nonfossil_share_pct)) / 100.0;
  }
  return anchors.back().nonfossil_share_pct / 100.0;
}

double fossil_factor_kg_per_kwh(int year) {
  const auto published = published_fossil_factors();
  if (year <= published.front().year) return published.front().fossil_kg_per_kwh;
  for (const PublishedFossilFactor& f : published)
    if (f.year == year) return f.fossil_kg_per_kwh;
  // Compound by repeated multiplication (no libm pow: bit-identical natively and in wasm).
  double factor = published.back().fossil_kg_per_kwh;
  for (int y = published.back().year; y < year; ++y) factor *= 1.0 + kFossilFactorChangePerYear;
  return factor;
}

double region_calibration(emissions::GridRegion region) {
  const double published = published_grid_factor(region, kCalibrationYear);
  if (published <= 0.0) return 0.0;
  return published /
         mix_factor_kg_per_kwh(baseline_nonfossil_share(kCalibrationYear), fossil_factor_kg_per_kwh(kCalibrationYear));
}

bool grid_mix_year(emissions::GridRegion region, int year, const GridMixLevers& levers, GridMixYear* out,
                   MixError* error) {
  assert(out != nullptr && "grid_mix_year needs an output");
  if (year < kFirstYear || year > kLastYear)
    return fail(error, "year", "year " + std::to_string(year) + " is outside 2020–2060");
  if (std::isnan(levers.own_nonfossil_share) || levers.own_nonfossil_share > 1.0)
    return fail(error, "own_nonfossil_share", "must be a share 0–1 (or negative for the baseline path)");
  if (!in_range(levers.extra_nonfossil_share, -1.0, 1.0))
    return fail(error, "extra_nonfossil_share", "must be a finite share −1–1");
  if (!in_range(levers.coal_retirement_share, 0.0, 1.0))
    return fail(error, "coal_retirement_share", "must be a finite share 0–1");
  if (!in_range(levers.green_power_share, 0.0, 1.0))
    return fail(error, "green_power_share", "must be a finite share 0–1");
  const double k = region_calibration(region);
  if (!(k > 0.0)) return fail(error, "region", "no published 2022 factor for this grid region");

  double s = levers.own_nonfossil_share >= 0.0 ? levers.own_nonfossil_share
                                               : baseline_nonfossil_share(year) + levers.extra_nonfossil_share;
  s = s < 0.0 ? 0.0 : (s > 1.0 ? 1.0 : s);
  s += (1.0 - s) * levers.coal_retirement_share;  // retired fossil output is replaced by non-fossil

  GridMixYear r;
  r.year = year;
  r.region = region;
  r.nonfossil_share = s;
  r.fossil_factor_kg_per_kwh = fossil_factor_kg_per_kwh(year);
  r.calibration = k;
  r.grid_factor_kg_per_kwh = k * mix_factor_kg_per_kwh(s, r.fossil_factor_kg_per_kwh);
  r.residual_factor_kg_per_kwh = r.grid_factor_kg_per_kwh * residual_ratio(year);
  r.green_power_share = levers.green_power_share;
  const double g = levers.green_power_share;
  if (g <= 0.0) {
    r.city_factor_kg_per_kwh = r.grid_factor_kg_per_kwh;
  } else {
    const double rest = levers.accounting == GreenPowerAccounting::ResidualMix ? r.residual_factor_kg_per_kwh
                                                                               : r.grid_factor_kg_per_kwh;
    r.city_factor_kg_per_kwh = g * 0.0 + (1.0 - g) * rest;
  }
  *out = r;
  return true;
}

}  // namespace twin::energy_mix
