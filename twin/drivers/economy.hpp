// Economic drivers of a pathway year — GDP, value added by sector, population — from base-year values
// and yearly growth paths. The default paths are the documented national rates (national_trends.hpp)
// for the years they cover, then a declining rate that is a CarbonTwin assumption (no published
// projection was found in the sources we hold; docs/baseline.md). GDP is real, at base-year prices.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace twin::drivers {

enum class EconomicSector { Primary = 0, Secondary, Tertiary, Count };
inline constexpr int kEconomicSectorCount = static_cast<int>(EconomicSector::Count);

// A yearly rate path: the rate of a year is linear between points, flat outside them. The rate of
// year y is the growth from y − 1 to y.
struct RatePoint {
  int year;
  double rate;  // fraction per year, e.g. 0.052
};
using RatePath = std::vector<RatePoint>;

struct EconomyBase {
  int base_year = 2020;
  double gdp_10k_yuan = 0.0;  // GDP of the base year, 10 000 yuan (万元)
  std::array<double, kEconomicSectorCount> value_added_share{};  // base-year shares, sum 1
  double population = 0.0;    // persons (year-end)
};

struct EconomyPaths {
  RatePath gdp_growth;         // real GDP growth
  RatePath population_growth;
  // Value-added shares reached linearly by share_target_year (default: the base shares, i.e. held).
  std::array<double, kEconomicSectorCount> value_added_share_target{};
  int share_target_year = 2060;
  bool hold_shares = true;     // true: ignore the target and keep the base shares
};

struct EconomyYear {
  int year = 0;
  double gdp_10k_yuan = 0.0;
  std::array<double, kEconomicSectorCount> value_added_10k_yuan{};
  double population = 0.0;
  double gdp_per_capita_yuan = 0.0;
};

struct EconomyError {
  std::string field;
  std::string message;
};

// Default paths: GDP growth 2021–2023 documented (8.1, 3.0, 5.2 %, NBS), then linear to 3.0 % in 2035
// and 1.5 % in 2060 (CarbonTwin assumption); population −0.06 % (2022) and −0.15 % (2023) documented
// (NBS year-end totals), then linear to −0.5 % in 2060 (CarbonTwin assumption).
EconomyPaths default_economy_paths();

// Rate of a year on a path (see RatePath); 0 for an empty path.
double rate_of_year(const RatePath& path, int year);

// Values of one year ≥ base year: GDP = base × Π (1 + g_t) over base < t ≤ year (by repeated
// multiplication, no libm), shares linear toward the target, population likewise compounded.
// False with *error for a year before the base year or after 2060, or bad base/paths (NaN, negative
// GDP or population, shares not summing to 1 within 1e-6, a rate ≤ −100 %).
bool economy_of_year(const EconomyBase& base, const EconomyPaths& paths, int year, EconomyYear* out,
                     EconomyError* error);

}  // namespace twin::drivers
