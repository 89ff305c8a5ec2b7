#include "twin/transport/transit_loading.hpp"

#include <algorithm>

namespace twin::transport {

LineLoads load_metro_lines(const MetroNetwork& net, const std::vector<double>& station_od) {
  LineLoads loads;
  const std::size_t line_count = net.segment_km.size();
  loads.direction_pax.resize(line_count);
  loads.busier_pax.resize(line_count);
  for (std::size_t l = 0; l < line_count; ++l) {
    loads.direction_pax[l].assign(net.segment_km[l].size(), {0.0, 0.0});
    loads.busier_pax[l].assign(net.segment_km[l].size(), 0.0);
  }
  const std::uint32_t S = net.station_count();
  for (std::uint32_t o = 0; o < S; ++o) {
    for (std::uint32_t d = 0; d < S; ++d) {
      const double trips = station_od[static_cast<std::uint64_t>(o) * S + d];
      if (trips == 0.0) continue;
      for (const MetroLeg& leg : net.path(o, d).legs) {
        const int dir = leg.to_stop > leg.from_stop ? 0 : 1;
        const std::uint32_t lo = std::min(leg.from_stop, leg.to_stop), hi = std::max(leg.from_stop, leg.to_stop);
        for (std::uint32_t s = lo; s < hi; ++s) loads.direction_pax[leg.line][s][dir] += trips;
      }
    }
  }
  for (std::size_t l = 0; l < line_count; ++l) {
    for (std::size_t s = 0; s < loads.busier_pax[l].size(); ++s) {
      loads.busier_pax[l][s] = std::max(loads.direction_pax[l][s][0], loads.direction_pax[l][s][1]);
    }
  }
  return loads;
}

double metro_train_km_per_day(const MetroNetwork& net, const VehicleParameters& v) {
  double train_km = 0.0;
  for (std::size_t l = 0; l < net.segment_km.size(); ++l) {
    if (!net.is_metro[l] || !(net.headway_min[l] > 0.0)) continue;
    double length_km = 0.0;
    for (double km : net.segment_km[l]) length_km += km;
    const double peak_h = std::min(v.metro_peak_service_h, v.metro_service_h);
    const double trains_per_direction = peak_h * 60.0 / net.headway_min[l] +
                                        (v.metro_service_h - peak_h) * 60.0 /
                                            (net.headway_min[l] * v.metro_offpeak_headway_factor);
    train_km += 2.0 * length_km * trains_per_direction;
  }
  return train_km;
}

}  // namespace twin::transport
