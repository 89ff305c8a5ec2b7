#include "twin/energy/load_shapes.hpp"

#include <cassert>

namespace twin::energy {

namespace {

// Relative hourly weights, hour 0 … 23 (= assets/energy/daily_profiles.csv). CarbonTwin assumptions:
// shapes after the home / work / fast-charging split of the AFDC EVI-Pro profiles as described for
// GridPIQ (PNNL), evening home peak at 19–22 h, workplace arrival peak 08–10 h, fast charging with a
// midday and an evening hump; industry shifts as plain plateaus with a low night base.
constexpr double kWeights[kDailyProfileCount][24] = {
    // ev_home
    {4, 3, 2, 1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 3, 5, 7, 8, 8, 7, 5.5},
    // ev_work
    {0, 0, 0, 0, 0, 0, 0.5, 2, 8, 10, 8, 6, 4, 5, 5, 4, 2.5, 1, 0.5, 0, 0, 0, 0, 0},
    // ev_fast
    {1, 0.5, 0.5, 0.5, 0.5, 1, 2, 3, 4, 4, 4.5, 5, 5.5, 5, 4.5, 4.5, 5, 5.5, 6, 6, 5, 4, 3, 2},
    // industry_one_shift
    {1, 1, 1, 1, 1, 1, 1, 2, 6, 6, 6, 6, 5, 6, 6, 6, 2, 1, 1, 1, 1, 1, 1, 1},
    // industry_two_shift
    {1, 1, 1, 1, 1, 1, 4, 6, 6, 6, 6, 6, 5, 6, 6, 6, 6, 6, 6, 6, 6, 5, 2, 1},
    // industry_three_shift
    {6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6},
};

const char* const kNames[kDailyProfileCount] = {"ev_home",          "ev_work",          "ev_fast",
                                                "industry_one_shift", "industry_two_shift",
                                                "industry_three_shift"};

// Spreads weights[h % 24] × day_factor(day) over the year and normalises to Σ = 1.
template <class DayFactor>
std::vector<double> spread(std::uint32_t hours, std::span<const double, 24> weights, DayFactor day_factor) {
  std::vector<double> out(hours);
  double sum = 0.0;
  for (std::uint32_t h = 0; h < hours; ++h) {
    out[h] = weights[h % 24] * day_factor(h / 24);
    sum += out[h];
  }
  if (sum > 0.0)
    for (double& v : out) v /= sum;
  return out;
}

LoadShapes shapes(std::uint32_t hours, const LoadShapeDef& def, const std::vector<double>* dry_bulb_c) {
  LoadShapes s;
  auto every_day = [](std::uint32_t) { return 1.0; };
  auto weekend = [](double factor) {
    return [factor](std::uint32_t day) { return weekday_of(day) >= 5 ? factor : 1.0; };
  };
  s.ev_home = spread(hours, daily_profile_weights(DailyProfile::EvHome), every_day);
  s.ev_work = spread(hours, daily_profile_weights(DailyProfile::EvWork), weekend(def.work_charging_weekend_factor));
  s.ev_fast = spread(hours, daily_profile_weights(DailyProfile::EvFast), every_day);
  const DailyProfile industry = def.industry_shifts == ShiftPattern::One   ? DailyProfile::IndustryOneShift
                                : def.industry_shifts == ShiftPattern::Two ? DailyProfile::IndustryTwoShift
                                                                           : DailyProfile::IndustryThreeShift;
  s.industry = spread(hours, daily_profile_weights(industry), weekend(def.industry_weekend_factor));
  s.flat.assign(hours, 1.0 / hours);
  s.heat_pump.assign(hours, 0.0);
  if (dry_bulb_c) {
    double sum = 0.0;
    for (std::uint32_t h = 0; h < hours; ++h) {
      const double dh = def.heat_pump_base_c - (*dry_bulb_c)[h];
      s.heat_pump[h] = dh > 0.0 ? dh : 0.0;
      sum += s.heat_pump[h];
    }
    if (sum > 0.0)
      for (double& v : s.heat_pump) v /= sum;
  }
  return s;
}

}  // namespace

const char* to_string(DailyProfile profile) {
  const int i = static_cast<int>(profile);
  return i >= 0 && i < kDailyProfileCount ? kNames[i] : "unknown";
}

std::span<const double, 24> daily_profile_weights(DailyProfile profile) {
  assert(static_cast<int>(profile) < kDailyProfileCount && "daily profile out of range");
  return std::span<const double, 24>(kWeights[static_cast<int>(profile)], 24);
}

// 1 January 2019 was a Tuesday (weekday 1 with Monday = 0).
int weekday_of(std::uint32_t day_of_year) { return static_cast<int>((day_of_year + 1) % 7); }

LoadShapes make_load_shapes(const climate::WeatherYear& weather, const LoadShapeDef& def) {
  return shapes(weather.hours(), def, &weather.dry_bulb_c);
}

LoadShapes make_load_shapes(std::uint32_t hours, const LoadShapeDef& def) { return shapes(hours, def, nullptr); }

}  // namespace twin::energy
