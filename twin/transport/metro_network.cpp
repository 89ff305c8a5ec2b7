#include "twin/transport/metro_network.hpp"

#include <algorithm>

#include <cmath>
#include <limits>

namespace twin::transport {
namespace {

// sqrt is correctly rounded everywhere; hypot is not (glibc and musl may differ in the last bit).
double distance_m(const Vec2& a, const Vec2& b) {
  const double dx = a.x_m - b.x_m, dy = a.y_m - b.y_m;
  return std::sqrt(dx * dx + dy * dy);
}

struct Node {
  std::uint32_t line;
  std::uint32_t stop;
  std::uint32_t station;
};

}  // namespace

MetroNetwork build_metro_network(const std::vector<TransitLine>& lines, const ModeChoiceParameters& m,
                                 double headway_factor) {
  MetroNetwork net;
  const std::uint32_t line_count = static_cast<std::uint32_t>(lines.size());
  net.stop_station.resize(line_count);
  net.segment_km.resize(line_count);
  net.headway_min.resize(line_count);
  net.is_metro.resize(line_count);
  std::vector<Node> nodes;
  for (std::uint32_t l = 0; l < line_count; ++l) {
    const TransitLine& line = lines[l];
    net.headway_min[l] = line.headway_min * headway_factor;
    net.is_metro[l] = (line.mode == TransitMode::Metro && line.stops.size() >= 2) ? 1 : 0;
    for (std::size_t s = 0; s + 1 < line.stops.size(); ++s) {
      net.segment_km[l].push_back(distance_m(line.stops[s].xy, line.stops[s + 1].xy) / 1000.0);
    }
    if (!net.is_metro[l]) continue;
    for (std::uint32_t s = 0; s < line.stops.size(); ++s) {
      std::uint32_t station = net.station_count();
      for (std::uint32_t k = 0; k < net.station_count(); ++k) {
        if (distance_m(net.station_xy[k], line.stops[s].xy) < 1.0) {
          station = k;
          break;
        }
      }
      if (station == net.station_count()) net.station_xy.push_back(line.stops[s].xy);
      net.stop_station[l].push_back(station);
      nodes.push_back({l, s, station});
    }
  }

  const std::uint32_t S = net.station_count();
  const std::uint32_t N = static_cast<std::uint32_t>(nodes.size());
  net.paths.assign(static_cast<std::uint64_t>(S) * S, MetroPath{});
  const double ovt_weight = m.beta_out_of_vehicle_per_min / m.beta_in_vehicle_per_min;
  const double inf = std::numeric_limits<double>::infinity();
  // Nodes are stored line after line, stops in order: the neighbours of node u on its line are u ± 1.
  auto ride_min = [&](std::uint32_t line, std::uint32_t seg) { return net.segment_km[line][seg] / m.metro_speed_kmh * 60.0; };

  std::vector<double> cost(N);
  std::vector<std::uint32_t> pred(N);
  std::vector<char> done(N);
  for (std::uint32_t origin = 0; origin < S; ++origin) {
    for (std::uint32_t k = 0; k < N; ++k) {
      cost[k] = nodes[k].station == origin ? ovt_weight * 0.5 * net.headway_min[nodes[k].line] : inf;
      pred[k] = k;
      done[k] = 0;
    }
    for (;;) {
      std::uint32_t u = N;
      for (std::uint32_t k = 0; k < N; ++k) {
        if (!done[k] && cost[k] < inf && (u == N || cost[k] < cost[u])) u = k;
      }
      if (u == N) break;
      done[u] = 1;
      const Node& a = nodes[u];
      auto relax = [&](std::uint32_t v, double c) {
        if (!done[v] && cost[u] + c < cost[v]) {
          cost[v] = cost[u] + c;
          pred[v] = u;
        }
      };
      if (a.stop > 0) relax(u - 1, ride_min(a.line, a.stop - 1));
      if (a.stop + 1 < net.stop_station[a.line].size()) relax(u + 1, ride_min(a.line, a.stop));
      for (std::uint32_t v = 0; v < N; ++v) {
        if (nodes[v].station == a.station && nodes[v].line != a.line) {
          relax(v, ovt_weight * (m.metro_transfer_walk_min + 0.5 * net.headway_min[nodes[v].line]) +
                       m.transfer_penalty_min);
        }
      }
    }
    for (std::uint32_t dest = 0; dest < S; ++dest) {
      if (dest == origin) continue;
      std::uint32_t best = N;
      for (std::uint32_t k = 0; k < N; ++k) {
        if (nodes[k].station == dest && cost[k] < inf && (best == N || cost[k] < cost[best])) best = k;
      }
      if (best == N) continue;
      // Walk back to the boarding node, collecting legs in reverse.
      MetroPath& path = net.paths[static_cast<std::uint64_t>(origin) * S + dest];
      path.available = true;
      std::vector<MetroLeg> reversed;
      std::uint32_t v = best;
      std::uint32_t leg_end = best;
      while (pred[v] != v) {
        const std::uint32_t u = pred[v];
        if (nodes[u].line != nodes[v].line) {  // transfer u → v
          reversed.push_back({nodes[v].line, nodes[v].stop, nodes[leg_end].stop});
          path.transfer_walk_min += m.metro_transfer_walk_min;
          path.wait_min += 0.5 * net.headway_min[nodes[v].line];
          ++path.transfers;
          leg_end = u;
        } else {
          const std::uint32_t seg = std::min(nodes[u].stop, nodes[v].stop);
          path.in_vehicle_min += ride_min(nodes[v].line, seg);
          path.rail_km += net.segment_km[nodes[v].line][seg];
        }
        v = u;
      }
      reversed.push_back({nodes[v].line, nodes[v].stop, nodes[leg_end].stop});
      path.wait_min += 0.5 * net.headway_min[nodes[v].line];
      for (std::size_t k = reversed.size(); k-- > 0;) {
        if (reversed[k].from_stop != reversed[k].to_stop) path.legs.push_back(reversed[k]);
      }
    }
  }
  return net;
}

ZoneStationAccess nearest_stations(const Zones& zones, const MetroNetwork& net, const ModeChoiceParameters& m) {
  ZoneStationAccess access;
  const std::uint32_t n = zones.size();
  access.station.assign(n, 0);
  access.walk_km.assign(n, std::numeric_limits<double>::infinity());
  access.candidates.assign(n, {});
  access.candidate_walk_km.assign(n, {});
  std::vector<std::pair<double, std::uint32_t>> reach;
  for (std::uint32_t i = 0; i < n; ++i) {
    reach.clear();
    for (std::uint32_t s = 0; s < net.station_count(); ++s) {
      const double km = distance_m(zones.centroid[i], net.station_xy[s]) / 1000.0 * m.walk_detour_factor;
      if (km < access.walk_km[i]) {
        access.walk_km[i] = km;
        access.station[i] = s;
      }
      if (km <= m.metro_access_max_km) reach.emplace_back(km, s);
    }
    std::sort(reach.begin(), reach.end());  // by distance, ties by station index
    for (std::uint32_t k = 0; k < reach.size() && k < kMaxCandidateStations; ++k) {
      access.candidates[i].push_back(reach[k].second);
      access.candidate_walk_km[i].push_back(reach[k].first);
    }
  }
  return access;
}

double metro_fare_yuan(double rail_km, const ModeChoiceParameters& m) {
  double fare = m.metro_fare_base_yuan;
  for (double band_km : m.metro_fare_band_km) {
    if (rail_km <= band_km) return fare;
    fare += m.metro_fare_step_yuan;
  }
  // Beyond the last band: one more step per started extra band.
  double edge = m.metro_fare_band_km.back() + m.metro_fare_extra_band_km;
  while (rail_km > edge && m.metro_fare_extra_band_km > 0.0) {
    fare += m.metro_fare_step_yuan;
    edge += m.metro_fare_extra_band_km;
  }
  return fare;
}

}  // namespace twin::transport
