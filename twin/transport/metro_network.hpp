// The metro network as a passenger sees it: stations (stops of different lines at the same point are
// one interchange station, as twin/city/metro.cpp builds them), the best path between every pair
// of stations by generalised time, and each zone's nearest station. Bus lines are not part of it
// (bus is modelled off the road skims, see mode_choice.hpp).
//
// Path search: Dijkstra over (line, stop) nodes. Riding a segment costs its in-vehicle minutes
// (straight-line length at the commercial speed); boarding costs the line's wait (headway / 2)
// weighted by β_out_of_vehicle / β_in_vehicle; a transfer costs the transfer walk and the next
// line's wait (same weight) plus the transfer penalty. Ties go to the lower node index.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/transport/demand_parameters.hpp"

namespace twin::transport {

// A ride on one line from stop index from_stop to to_stop (either direction).
struct MetroLeg {
  std::uint32_t line = 0;
  std::uint32_t from_stop = 0;
  std::uint32_t to_stop = 0;
};

struct MetroPath {
  bool available = false;        // false for the same station or when no path exists
  double in_vehicle_min = 0.0;
  double wait_min = 0.0;         // first boarding and every transfer
  double transfer_walk_min = 0.0;
  int transfers = 0;
  double rail_km = 0.0;          // distance ridden (fares, passenger-km)
  std::vector<MetroLeg> legs;
};

struct MetroNetwork {
  std::vector<Vec2> station_xy;                          // distinct stations
  std::vector<std::vector<std::uint32_t>> stop_station;  // per input line, per stop: station index
  std::vector<std::vector<double>> segment_km;           // per input line, per segment
  std::vector<double> headway_min;                       // per input line, after the policy factor
  std::vector<std::uint8_t> is_metro;                    // per input line
  std::vector<MetroPath> paths;                          // station_count² (origin-major)

  std::uint32_t station_count() const { return static_cast<std::uint32_t>(station_xy.size()); }
  const MetroPath& path(std::uint32_t from, std::uint32_t to) const {
    return paths[static_cast<std::uint64_t>(from) * station_count() + to];
  }
};

// Lines of any mode may be passed (indices are kept); only TransitMode::Metro lines with two or more
// stops join the network. Stops closer than 1 m are one station.
MetroNetwork build_metro_network(const std::vector<TransitLine>& lines, const ModeChoiceParameters& m,
                                 double headway_factor);

// Nearest station to each zone centroid (ties: lower station index) and the walk to it, and the
// stations a traveller of the zone would consider: up to kMaxCandidateStations within walking reach
// (metro_access_max_km), nearest first. Considering more than the nearest matters when a new line
// passes close by: its station may be nearest yet lead nowhere useful, while an older line's
// station a little further on does (choosing only the nearest made a new line lower metro use).
inline constexpr std::uint32_t kMaxCandidateStations = 4;
struct ZoneStationAccess {
  std::vector<std::uint32_t> station;  // per zone; undefined where walk_km is +inf
  std::vector<double> walk_km;         // straight line × walk detour factor; +inf with no stations
  std::vector<std::vector<std::uint32_t>> candidates;  // per zone, nearest first
  std::vector<std::vector<double>> candidate_walk_km;  // per zone, same order
};
ZoneStationAccess nearest_stations(const Zones& zones, const MetroNetwork& net, const ModeChoiceParameters& m);

// Fare in yuan for a ride of rail_km (distance bands, then a step per extra band).
double metro_fare_yuan(double rail_km, const ModeChoiceParameters& m);

}  // namespace twin::transport
