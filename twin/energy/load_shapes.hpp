// Hourly shapes of the demand classes that have no hourly model of their own: EV charging at home,
// at work and at fast chargers, industry by shift pattern, heat pumps by heating degree-hours, and
// the flat "other" load. Each shape is a fraction per hour of the year summing to 1, so that an
// annual kWh of the pathway year becomes an hourly array by one multiplication. The 24-hour daily
// weights are embedded constants (= assets/energy/daily_profiles.csv, checked by a test).
//
// Calendar: hour 0 is 1 January 00:00 of climate::kReferenceYear (2019, a Tuesday); Saturdays and
// Sundays are weekend days. No public holidays (a CarbonTwin simplification).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "twin/climate/weather.hpp"

namespace twin::energy {

enum class DailyProfile : std::uint8_t {
  EvHome = 0,          // residential charging, evening arrival, overnight tail
  EvWork,              // workplace charging, morning arrival
  EvFast,              // public DC fast charging (taxis, ride-hailing, long trips)
  IndustryOneShift,    // 08–16
  IndustryTwoShift,    // 06–22
  IndustryThreeShift,  // round the clock
  Count
};
inline constexpr int kDailyProfileCount = static_cast<int>(DailyProfile::Count);
const char* to_string(DailyProfile profile);  // CSV column name, e.g. "ev_home"

// Relative weights per hour of the day (hour h covers [h, h+1)), as in the CSV; not normalised.
std::span<const double, 24> daily_profile_weights(DailyProfile profile);

enum class ShiftPattern : std::uint8_t { One = 1, Two = 2, Three = 3 };

// Day of week of day `day_of_year` (0-based): 0 = Monday … 6 = Sunday, for kReferenceYear.
int weekday_of(std::uint32_t day_of_year);

struct LoadShapeDef {
  ShiftPattern industry_shifts = ShiftPattern::Two;
  double industry_weekend_factor = 0.7;  // weekend day's energy / weekday's
  double work_charging_weekend_factor = 0.2;
  double heat_pump_base_c = 18.0;        // heating degree-hours base temperature
};

// Each vector: hours() values, Σ = 1 (a zero-sum shape, e.g. no heating hour, stays all zero).
struct LoadShapes {
  std::vector<double> ev_home, ev_work, ev_fast, industry, heat_pump, flat;
  std::uint32_t hours() const { return static_cast<std::uint32_t>(flat.size()); }
};

// Shapes for a weather year (its length and its dry-bulb temperature for heat pumps: ∝ max(0,
// base − T), the degree-hour method; COP variation with temperature is not modelled here).
LoadShapes make_load_shapes(const climate::WeatherYear& weather, const LoadShapeDef& def);
// The same without weather (heat-pump shape all zero) for `hours` hours.
LoadShapes make_load_shapes(std::uint32_t hours, const LoadShapeDef& def);

}  // namespace twin::energy
