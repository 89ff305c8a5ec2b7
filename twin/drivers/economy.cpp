#include "twin/drivers/economy.hpp"

#include <cassert>
#include <cmath>

namespace twin::drivers {
namespace {

bool fail(EconomyError* error, const char* field, std::string message) {
  if (error != nullptr) *error = EconomyError{field, std::move(message)};
  return false;
}

bool shares_ok(const std::array<double, kEconomicSectorCount>& s) {
  double sum = 0.0;
  for (double v : s) {
    if (!std::isfinite(v) || v < 0.0) return false;
    sum += v;
  }
  return std::fabs(sum - 1.0) <= 1e-6;
}

bool path_ok(const RatePath& path, int* bad_year) {
  for (std::size_t i = 0; i < path.size(); ++i) {
    const RatePoint& p = path[i];
    if (!std::isfinite(p.rate) || p.rate <= -1.0 || (i > 0 && p.year <= path[i - 1].year)) {
      *bad_year = p.year;
      return false;
    }
  }
  return true;
}

}  // namespace

EconomyPaths default_economy_paths() {
  EconomyPaths p;
  // NBS communiqués (assets/drivers/national_trends_2020_2024.csv); 2035/2060: CarbonTwin assumption.
  p.gdp_growth = {{2021, 0.081}, {2022, 0.030}, {2023, 0.052}, {2035, 0.030}, {2060, 0.015}};
  // −85/141260 = −0.060 % (2022), −208/141175 = −0.147 % (2023), NBS year-end totals; 2060 assumption.
  p.population_growth = {{2022, -0.00060}, {2023, -0.00147}, {2060, -0.005}};
  return p;
}

double rate_of_year(const RatePath& path, int year) {
  if (path.empty()) return 0.0;
  if (year <= path.front().year) return path.front().rate;
  for (std::size_t i = 1; i < path.size(); ++i) {
    if (year > path[i].year) continue;
    const RatePoint& a = path[i - 1];
    const RatePoint& b = path[i];
    const double t = static_cast<double>(year - a.year) / static_cast<double>(b.year - a.year);
    return a.rate + t * (b.rate - a.rate);
  }
  return path.back().rate;
}

bool economy_of_year(const EconomyBase& base, const EconomyPaths& paths, int year, EconomyYear* out,
                     EconomyError* error) {
  assert(out != nullptr && "economy_of_year needs an output");
  if (!std::isfinite(base.gdp_10k_yuan) || base.gdp_10k_yuan < 0.0)
    return fail(error, "gdp_10k_yuan", "base GDP must be a finite number ≥ 0");
  if (!std::isfinite(base.population) || base.population < 0.0)
    return fail(error, "population", "base population must be a finite number ≥ 0");
  if (!shares_ok(base.value_added_share))
    return fail(error, "value_added_share", "base shares must be ≥ 0 and sum to 1");
  if (!paths.hold_shares && !shares_ok(paths.value_added_share_target))
    return fail(error, "value_added_share_target", "target shares must be ≥ 0 and sum to 1");
  if (!paths.hold_shares && paths.share_target_year <= base.base_year)
    return fail(error, "share_target_year", "must be after the base year");
  int bad = 0;
  if (!path_ok(paths.gdp_growth, &bad))
    return fail(error, "gdp_growth", "rate at " + std::to_string(bad) + " is NaN, ≤ −100 % or out of year order");
  if (!path_ok(paths.population_growth, &bad))
    return fail(error, "population_growth",
                "rate at " + std::to_string(bad) + " is NaN, ≤ −100 % or out of year order");
  if (year < base.base_year || year > 2060)
    return fail(error, "year", "year " + std::to_string(year) + " is outside base year–2060");

  EconomyYear r;
  r.year = year;
  r.gdp_10k_yuan = base.gdp_10k_yuan;
  r.population = base.population;
  for (int t = base.base_year + 1; t <= year; ++t) {
    r.gdp_10k_yuan *= 1.0 + rate_of_year(paths.gdp_growth, t);
    r.population *= 1.0 + rate_of_year(paths.population_growth, t);
  }
  double f = 0.0;  // progress toward the target shares
  if (!paths.hold_shares) {
    f = static_cast<double>(year - base.base_year) / static_cast<double>(paths.share_target_year - base.base_year);
    f = f > 1.0 ? 1.0 : f;
  }
  for (int s = 0; s < kEconomicSectorCount; ++s) {
    const double target = paths.hold_shares ? base.value_added_share[s] : paths.value_added_share_target[s];
    const double share = base.value_added_share[s] + f * (target - base.value_added_share[s]);
    r.value_added_10k_yuan[s] = r.gdp_10k_yuan * share;
  }
  r.gdp_per_capita_yuan = r.population > 0.0 ? r.gdp_10k_yuan * 1.0e4 / r.population : 0.0;
  *out = r;
  return true;
}

}  // namespace twin::drivers
