// Hourly profiles (emission_profiles.hpp).
#include "twin/monitor/emission_profiles.hpp"

#include <cmath>

namespace twin::monitor {

namespace {
// = assets/monitor/traffic_hourly.csv, hours 0–23 (the test compares them).
constexpr double kTraffic[24] = {0.20, 0.12, 0.08, 0.07, 0.10, 0.25, 0.70, 1.50, 1.75, 1.40, 1.25, 1.25,
                                 1.15, 1.20, 1.30, 1.35, 1.50, 1.75, 1.65, 1.30, 1.00, 0.85, 0.65, 0.40};
}  // namespace

std::span<const double> traffic_hour_weights() { return kTraffic; }

std::vector<double> flat_profile() { return std::vector<double>(kProfileHours, 1.0); }

std::vector<double> traffic_profile() {
  double sum = 0.0;
  for (double w : kTraffic) sum += w;
  std::vector<double> out(kProfileHours);
  for (int h = 0; h < kProfileHours; ++h) out[static_cast<std::size_t>(h)] = kTraffic[h % 24] * (24.0 / sum);
  return out;
}

std::string profile_from_hourly(std::span<const double> hourly, std::vector<double>* out) {
  *out = flat_profile();
  if (hourly.size() != static_cast<std::size_t>(kProfileHours))
    return "an hourly profile needs 8760 values, got " + std::to_string(hourly.size());
  double sum = 0.0;
  for (std::size_t h = 0; h < hourly.size(); ++h) {
    if (!std::isfinite(hourly[h]) || hourly[h] < 0.0)
      return "hour " + std::to_string(h) + " of the profile is not a finite number ≥ 0";
    sum += hourly[h];
  }
  if (!(sum > 0.0)) return "the hourly profile sums to zero";
  const double scale = kProfileHours / sum;
  for (std::size_t h = 0; h < hourly.size(); ++h) (*out)[h] = hourly[h] * scale;
  return "";
}

std::string sector_profiles(std::span<const double> buildings_hourly, SectorProfiles* out) {
  for (auto& p : *out) p = flat_profile();
  (*out)[static_cast<int>(GridSector::Transport)] = traffic_profile();
  if (buildings_hourly.empty()) return "";
  std::vector<double> b;
  if (std::string e = profile_from_hourly(buildings_hourly, &b); !e.empty()) return "buildings: " + e;
  for (GridSector s : {GridSector::Residential, GridSector::Commercial})
    (*out)[static_cast<int>(s)] = b;
  return "";
}

}  // namespace twin::monitor
