// run_transport_model: the four steps with feedback. Round 0 skims the free-flow network; every
// later round skims the congested times of the previous assignment, re-runs the demand and
// averages the peak car OD with the earlier rounds (method of successive averages), so that demand
// and congestion settle together.
#include "twin/transport/transport_model.hpp"

#include <chrono>
#include <cmath>

#include "twin/transport/car_skims.hpp"
#include "twin/transport/city_network.hpp"
#include "twin/transport/demand.hpp"
#include "twin/transport/road_graph.hpp"

namespace twin::transport {
namespace {

std::string check_policy(const TransportPolicy& policy) {
  if (!std::isfinite(policy.transit_headway_factor) || policy.transit_headway_factor < 0.1 ||
      policy.transit_headway_factor > 10.0)
    return "transit_headway_factor must be within 0.1–10";
  if (!std::isfinite(policy.congestion_charge_yuan) || policy.congestion_charge_yuan < 0.0 ||
      policy.congestion_charge_yuan > 1000.0)
    return "congestion_charge_yuan must be within 0–1000";
  if (!std::isfinite(policy.parking_price_yuan) || policy.parking_price_yuan < 0.0 || policy.parking_price_yuan > 1000.0)
    return "parking_price_yuan must be within 0–1000";
  for (std::size_t i = 0; i < policy.extra_lines.size(); ++i) {
    const TransitLine& line = policy.extra_lines[i];
    const std::string where = "extra line " + std::to_string(i + 1) + " (" + line.name + ")";
    if (line.stops.size() < 2) return where + ": needs at least 2 stops";
    if (!std::isfinite(line.headway_min) || line.headway_min <= 0.0 || line.headway_min > 120.0)
      return where + ": headway_min must be within 0–120";
    for (const TransitStop& stop : line.stops)
      if (!std::isfinite(stop.xy.x_m) || !std::isfinite(stop.xy.y_m)) return where + ": a stop has a non-finite position";
  }
  return {};
}

double elapsed_ms(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

TransportResult run_transport_model(const City& city, const TransportPolicy& policy,
                                    const TransportModelOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  TransportResult result;
  if (std::string problem = check_policy(policy); !problem.empty()) {
    result.error = "transport policy: " + problem;
    return result;
  }
  if (city.zones.size() == 0 || city.roads.link_count() == 0) {
    result.error = "transport model: the city has no zones or no road links";
    return result;
  }
  const int rounds = options.feedback_iterations < 1 ? 1 : options.feedback_iterations;
  auto progress = [&](double fraction, const char* stage) {
    return !options.on_progress || options.on_progress(fraction, stage);
  };

  const CityNetwork city_network = build_city_network(city);
  const RoadAssignmentNetwork& network = city_network.network;
  const RoadGraph graph = build_road_graph(network);

  DemandInputs inputs;
  inputs.zones = &city.zones;
  inputs.lines = city.transit_lines;
  inputs.lines.insert(inputs.lines.end(), policy.extra_lines.begin(), policy.extra_lines.end());
  inputs.zone_is_central = central_zones(city.zones);
  inputs.policy = {policy.transit_headway_factor, policy.congestion_charge_yuan, policy.parking_price_yuan};

  std::vector<double> link_time = network.free_flow_time;
  std::vector<double> car_od;
  DemandResult demand;
  for (int round = 0; round < rounds; ++round) {
    const double round_begin = static_cast<double>(round) / rounds, round_span = 1.0 / rounds;
    if (!progress(round_begin, "skims")) {
      result.error = "transport model: cancelled";
      return result;
    }
    const CarSkims skims = car_skims(network, graph, link_time);
    inputs.car_time_min = skims.time_min;
    inputs.car_distance_km = skims.distance_km;
    if (!progress(round_begin + 0.15 * round_span, "demand")) {
      result.error = "transport model: cancelled";
      return result;
    }
    demand = run_travel_demand(inputs);
    if (!demand.error.empty()) {
      result.error = "travel demand: " + demand.error;
      return result;
    }
    for (int k = 0; k < kPurposeCount; ++k) inputs.beta_guess_per_min[k] = demand.purpose[k].beta_per_min;
    if (round == 0) {
      car_od = demand.car_vehicle_peak_od;
    } else {
      const double step = 1.0 / (round + 1);
      for (std::size_t k = 0; k < car_od.size(); ++k) car_od[k] += step * (demand.car_vehicle_peak_od[k] - car_od[k]);
    }
    AssignmentOptions assignment_options;
    assignment_options.target_relative_gap = options.target_relative_gap;
    bool cancelled = false;
    const double log_target = std::log10(options.target_relative_gap);
    assignment_options.on_iteration = [&](const IterationReport& it) {
      // Progress through the assignment: how far the gap has come down (log scale) towards the target.
      double done = it.relative_gap > 0.0 ? std::log10(it.relative_gap) / log_target : 1.0;
      done = done < 0.0 ? 0.0 : (done > 1.0 ? 1.0 : done);
      cancelled = !progress(round_begin + (0.3 + 0.7 * done) * round_span, "assignment");
      return !cancelled;
    };
    result.assignment = assign_user_equilibrium(network, OdMatrix{network.zone_count, car_od}, assignment_options);
    if (cancelled) {
      result.error = "transport model: cancelled";
      return result;
    }
    if (!result.assignment.error.empty()) {
      result.error = "road assignment: " + result.assignment.error;
      return result;
    }
    link_time = result.assignment.link_time;
  }

  const std::uint32_t links = city_network.road_link_count;
  result.road_link_flow_pcu_h.assign(result.assignment.link_flow.begin(), result.assignment.link_flow.begin() + links);
  result.road_link_vc.resize(links);
  for (std::uint32_t i = 0; i < links; ++i) result.road_link_vc[i] = result.road_link_flow_pcu_h[i] / network.capacity[i];
  result.line_segment_load_pax_h = demand.line_segment_load_pax_h;
  result.mode_share = demand.mode_share;
  result.activity = demand.activity;
  result.run_ms = elapsed_ms(start);
  progress(1.0, "done");
  return result;
}

}  // namespace twin::transport
