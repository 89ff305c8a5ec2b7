// The city's transport model, end to end: zones and the road network of a twin::City → trip
// generation → gravity distribution → logit mode choice (twin/transport/demand.hpp) → peak-hour
// user-equilibrium road assignment (assignment.hpp) with the congested car times fed back to the
// demand → transit line loads → daily travel activity (activity.hpp).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/transport/activity.hpp"
#include "twin/transport/assignment.hpp"
#include "twin/transport/mode.hpp"

namespace twin::transport {

// The transport policy state the model runs in (the structural transport levers of the pathway).
struct TransportPolicy {
  double transit_headway_factor = 1.0;   // multiplies every line's headway (0.5 = twice as frequent)
  double congestion_charge_yuan = 0.0;   // per car trip ending in the central area
  double parking_price_yuan = 0.0;       // extra parking charge per car trip, every destination
  std::vector<TransitLine> extra_lines;  // new lines (e.g. drawn by a visitor), after the city's own
};

struct TransportModelOptions {
  double target_relative_gap = 1e-4;
  int feedback_iterations = 2;  // demand ↔ assignment loops (method of successive averages)
  // Progress 0…1 with a short stage name; return false to cancel (the result then has an error).
  std::function<bool(double fraction, const char* stage)> on_progress;
};

struct TransportResult {
  std::string error;  // non-empty when the model could not run; nothing else is set then
  // Per link of city.roads, in its order: peak-hour flow (passenger-car units per hour) and
  // volume / capacity.
  std::vector<double> road_link_flow_pcu_h;
  std::vector<double> road_link_vc;
  // Per transit line (the city's lines, then policy.extra_lines) and per segment between
  // consecutive stops (stops − 1 entries): peak-hour passengers on the busier direction.
  std::vector<std::vector<double>> line_segment_load_pax_h;
  std::array<double, kModeCount> mode_share{};  // of person trips, sums to 1
  TravelActivity activity;                      // daily
  AssignmentResult assignment;                  // the final peak-hour road assignment
  double run_ms = 0.0;
};

TransportResult run_transport_model(const City& city, const TransportPolicy& policy = {},
                                    const TransportModelOptions& options = {});

}  // namespace twin::transport
