#include "twin/energy/representative_days.hpp"

#include <cassert>

#include "twin/energy/heat_balance.hpp"

namespace twin::energy {

DayGroups group_days(std::uint32_t hours, const HeatingSeasonDef& season) {
  assert(hours % 24 == 0 && "group_days: not a whole number of days");
  constexpr int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};  // 2019
  const std::uint32_t day_count = hours / 24;
  DayGroups g;
  g.group_of_day.assign(day_count, 0);
  int month = 0, month_end = kMonthDays[0];
  int group_of[12][2];  // month × in season → group, −1 until seen
  for (auto& m : group_of) m[0] = m[1] = -1;
  for (std::uint32_t d = 0; d < day_count; ++d) {
    while (month < 11 && static_cast<int>(d) >= month_end) month_end += kMonthDays[++month];
    const int in = in_heating_season(season, d) ? 1 : 0;
    int& id = group_of[month][in];
    if (id < 0) {
      id = static_cast<int>(g.days.size());
      g.first_day.push_back(static_cast<std::uint16_t>(d));
      g.days.push_back(0.0);
    }
    g.group_of_day[d] = static_cast<std::uint16_t>(id);
    g.days[id] += 1.0;
  }
  return g;
}

std::vector<double> fold_series(std::span<const double> hourly, const DayGroups& g) {
  assert(hourly.size() == 24 * g.group_of_day.size() && "fold_series: series of another year length");
  std::vector<double> out(24 * g.count(), 0.0);
  for (std::size_t d = 0; d < g.group_of_day.size(); ++d) {
    const std::size_t base = 24 * static_cast<std::size_t>(g.group_of_day[d]);
    for (std::size_t i = 0; i < 24; ++i) out[base + i] += hourly[24 * d + i];
  }
  for (std::size_t k = 0; k < g.count(); ++k)
    for (std::size_t i = 0; i < 24; ++i) out[24 * k + i] /= g.days[k];
  return out;
}

EnergyProfiles representative_profiles(const EnergyProfiles& full, const DayGroups& g) {
  EnergyProfiles p;
  p.utility_pv_kwh_per_kwp = fold_series(full.utility_pv_kwh_per_kwp, g);
  p.wind_kwh_per_kw = fold_series(full.wind_kwh_per_kw, g);
  const LoadShapes& s = full.shapes;
  p.shapes.ev_home = fold_series(s.ev_home, g);
  p.shapes.ev_work = fold_series(s.ev_work, g);
  p.shapes.ev_fast = fold_series(s.ev_fast, g);
  p.shapes.industry = fold_series(s.industry, g);
  p.shapes.heat_pump = fold_series(s.heat_pump, g);
  p.shapes.flat = fold_series(s.flat, g);
  p.day_of_year.resize(24 * g.count());
  p.weight.resize(24 * g.count());
  for (std::size_t k = 0; k < g.count(); ++k)
    for (std::size_t i = 0; i < 24; ++i) {
      p.day_of_year[24 * k + i] = g.first_day[k];
      p.weight[24 * k + i] = g.days[k];
    }
  return p;
}

}  // namespace twin::energy
