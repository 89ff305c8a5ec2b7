#include "twin/transport/demand_inputs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace twin::transport {
namespace {

bool bad(double x) { return !std::isfinite(x) || x < 0.0; }

}  // namespace

std::string check_demand_inputs(const DemandInputs& in, const DemandParameters& p) {
  if (in.zones == nullptr) return "demand: no zones";
  const std::uint64_t n = in.zones->size();
  if (n == 0) return "demand: the city has no zones";
  if (in.zones->centroid.size() != n || in.zones->jobs.size() != n) return "demand: zone columns differ in length";
  if (in.car_time_min.size() != n * n) return "demand: car_time_min is not zone×zone";
  if (in.car_distance_km.size() != n * n) return "demand: car_distance_km is not zone×zone";
  if (!in.zone_is_central.empty() && in.zone_is_central.size() != n) return "demand: zone_is_central is not per zone";
  for (std::uint64_t k = 0; k < n * n; ++k) {
    if (bad(in.car_time_min[k]) || bad(in.car_distance_km[k])) {
      return "demand: car skim cell " + std::to_string(k / n) + "→" + std::to_string(k % n) +
             " is negative or not finite";
    }
  }
  const DemandPolicy& pol = in.policy;
  if (!std::isfinite(pol.transit_headway_factor) || !(pol.transit_headway_factor > 0.0)) {
    return "demand: transit_headway_factor must be > 0";
  }
  if (bad(pol.congestion_charge_yuan) || bad(pol.parking_price_yuan)) return "demand: charges must be ≥ 0";
  for (const TransitLine& line : in.lines) {
    if (!std::isfinite(line.headway_min) || !(line.headway_min > 0.0)) return "demand: line " + line.name + " has no headway";
  }
  const ModeChoiceParameters& m = p.mode;
  if (!(m.beta_in_vehicle_per_min < 0.0) || !(m.beta_cost_per_yuan < 0.0)) return "demand: time and cost coefficients must be < 0";
  if (!(p.vehicle.car_occupancy > 0.0) || !(p.vehicle.taxi_occupancy > 0.0) || !(p.vehicle.taxi_empty_km_share < 1.0) ||
      !(p.vehicle.bus_average_load_pax > 0.0)) {
    return "demand: vehicle occupancies must be > 0";
  }
  return {};
}

void fill_intrazonal(const DemandInputs& in, const ModeChoiceParameters& m, std::vector<double>* time_min,
                     std::vector<double>* distance_km) {
  const Zones& z = *in.zones;
  const std::uint32_t n = z.size();
  *time_min = in.car_time_min;
  *distance_km = in.car_distance_km;
  const bool have_bounds = z.min_corner.size() == n && z.max_corner.size() == n;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint64_t ii = static_cast<std::uint64_t>(i) * n + i;
    double d_km = (*distance_km)[ii];
    if (d_km == 0.0) {
      double area_m2 = 0.0;
      if (have_bounds) area_m2 = (z.max_corner[i].x_m - z.min_corner[i].x_m) * (z.max_corner[i].y_m - z.min_corner[i].y_m);
      if (area_m2 > 0.0) {
        d_km = 0.5 * std::sqrt(area_m2) / 1000.0;
      } else {
        double nearest_m = std::numeric_limits<double>::infinity();
        for (std::uint32_t j = 0; j < n; ++j) {
          if (j == i) continue;
          const double dx = z.centroid[i].x_m - z.centroid[j].x_m, dy = z.centroid[i].y_m - z.centroid[j].y_m;
          nearest_m = std::min(nearest_m, std::sqrt(dx * dx + dy * dy));  // not hypot: see metro_network.cpp
        }
        d_km = std::isfinite(nearest_m) && nearest_m > 0.0 ? 0.5 * nearest_m / 1000.0 : 0.5;
      }
      (*distance_km)[ii] = d_km;
    }
    if ((*time_min)[ii] == 0.0) (*time_min)[ii] = d_km / m.intrazonal_speed_kmh * 60.0;
  }
}

}  // namespace twin::transport
