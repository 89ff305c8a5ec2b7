// Representative days: the year's hours folded into a few mean days, so that a pathway year can run
// the hourly balance (energy_year.hpp) on ~300 hours instead of 8760. The days of the year are
// grouped by calendar month and, within a month, by whether they lie in the heating season (the
// district network's season splits March and November); each group becomes one mean day — every
// hourly series averaged by hour of day over the group's days — weighted by its number of days.
// Σ weight × value of a folded series equals the full series' sum (to rounding), so annual loads
// and shapes keep their totals. Build once per baseline (not per evaluation).
// What the folding loses: weekday/weekend and day-to-day weather variation inside a month (sunny and
// cloudy days become one mean day), and storage shifting energy across days.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "twin/energy/energy_system.hpp"
#include "twin/energy/energy_year.hpp"

namespace twin::energy {

struct DayGroups {
  std::vector<std::uint16_t> group_of_day;  // per day of the full year: its group
  std::vector<std::uint16_t> first_day;     // per group: its first day of the year (0-based)
  std::vector<double> days;                 // per group: number of days (the weight of its hours)
  std::size_t count() const { return days.size(); }
};

// Groups the days of a year of `hours` hours (a whole number of days; 365 or 366) by month of
// climate::kReferenceYear's calendar (a 366th day joins December) × heating season.
DayGroups group_days(std::uint32_t hours, const HeatingSeasonDef& season);

// 24 × groups values: each group's mean day of `hourly` (hours = 24 × group_of_day.size()).
std::vector<double> fold_series(std::span<const double> hourly, const DayGroups& groups);

// The per-unit profiles (PV per kWp, wind per kW, every load shape) folded onto the groups, with
// day_of_year (each group's first day) and weight (its day count) set.
EnergyProfiles representative_profiles(const EnergyProfiles& full, const DayGroups& groups);

}  // namespace twin::energy
