// Step 4 for transit: loading a station-to-station metro demand onto the lines along the paths of
// metro_network.hpp, and the train-km the timetable runs.
#pragma once

#include <array>
#include <vector>

#include "twin/transport/demand_parameters.hpp"
#include "twin/transport/metro_network.hpp"

namespace twin::transport {

struct LineLoads {
  // Per input line, per segment between consecutive stops: passengers towards the higher stop
  // index [0] and towards the lower [1]; and the busier of the two. Non-metro lines get zeros.
  std::vector<std::vector<std::array<double, 2>>> direction_pax;
  std::vector<std::vector<double>> busier_pax;
};

// station_od: trips, station_count² (origin-major), in any unit (the loads come out in it).
LineLoads load_metro_lines(const MetroNetwork& net, const std::vector<double>& station_od);

// Train-km per day of every metro line, both directions: line length × trains per direction, with
// peak_service_h at the (policy) peak headway and the rest of the service day at
// headway × offpeak_headway_factor.
double metro_train_km_per_day(const MetroNetwork& net, const VehicleParameters& v);

}  // namespace twin::transport
