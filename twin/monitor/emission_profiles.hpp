// Hourly profiles of the gridded emissions (issue 11, item 1): 8760 factors per sector with mean 1, so
// that the hourly rate is annual / 8760 × factor. Buildings: from the city's hourly simulation (the
// hourly scope-1 fuel use) for residential and commercial where it ran, else flat; transport: a weekday traffic curve repeated every
// day (assets/monitor/traffic_hourly.csv, a CarbonTwin assumption of the usual two-peak shape);
// industry, processes, waste, sinks and energy supply: flat (plants run around the clock).
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "twin/monitor/emission_grid.hpp"

namespace twin::monitor {

inline constexpr int kProfileHours = 8760;

using SectorProfiles = std::array<std::vector<double>, kGridSectorCount>;

// The 24 weights of assets/monitor/traffic_hourly.csv, as written (not yet scaled to mean 1).
std::span<const double> traffic_hour_weights();

std::vector<double> flat_profile();     // 8760 × 1
std::vector<double> traffic_profile();  // 8760 values, each day the 24 weights scaled to mean 1

// `hourly` scaled to mean 1. "" or the error: not 8760 values, a value NaN or negative (naming the
// hour), or a zero sum (then *out is left flat).
std::string profile_from_hourly(std::span<const double> hourly, std::vector<double>* out);

// Every sector: transport from traffic_profile(), residential and commercial from `buildings_hourly`
// (empty: flat), the rest flat (industry too: its plants, which run around the clock, dominate it).
std::string sector_profiles(std::span<const double> buildings_hourly, SectorProfiles* out);

}  // namespace twin::monitor
