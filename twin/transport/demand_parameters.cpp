#include "twin/transport/demand_parameters.hpp"

#include <cstring>
#include <vector>

namespace twin::transport {

const char* to_string(Purpose purpose) {
  switch (purpose) {
    case Purpose::HomeBasedWork: return "hbw";
    case Purpose::HomeBasedOther: return "hbo";
    case Purpose::NonHomeBased: return "nhb";
    case Purpose::Count: break;
  }
  return "unknown";
}

namespace {

struct Binding {
  const char* key;
  const char* scope;
  double* target;
};

// Sets every bound field from the one row with its key and scope; the first key missing or
// duplicated is reported. (Not named `bind`: argument-dependent lookup would prefer std::bind for
// these std:: arguments where <functional> is included transitively, as in libc++.)
void bind_rows(std::span<const DemandTableRow> rows, const std::vector<Binding>& bindings, const char* table,
          std::string* error) {
  for (const Binding& b : bindings) {
    int found = 0;
    for (const DemandTableRow& row : rows) {
      if (std::strcmp(row.key, b.key) != 0 || std::strcmp(row.scope, b.scope) != 0) continue;
      *b.target = row.value;
      ++found;
    }
    if (found != 1 && error != nullptr && error->empty()) {
      *error = std::string(table) + ": " + (found == 0 ? "missing" : "duplicated") + " parameter " + b.key +
               " (" + b.scope + ")";
    }
  }
}

}  // namespace

DemandParameters demand_parameters_from_rows(std::span<const DemandTableRow> trip_rows,
                                             std::span<const DemandTableRow> mode_rows, std::string* error) {
  DemandParameters p;
  std::vector<Binding> trip;
  for (int k = 0; k < kPurposeCount; ++k) {
    const char* s = to_string(static_cast<Purpose>(k));
    PurposeParameters& q = p.purpose[k];
    trip.push_back({"production_per_resident", s, &q.production_per_resident});
    trip.push_back({"production_per_job", s, &q.production_per_job});
    trip.push_back({"attraction_per_resident", s, &q.attraction_per_resident});
    trip.push_back({"attraction_per_job", s, &q.attraction_per_job});
    trip.push_back({"target_mean_trip_km", s, &q.target_mean_trip_km});
    trip.push_back({"peak_hour_share", s, &q.peak_hour_share});
    trip.push_back({"peak_from_home_share", s, &q.peak_from_home_share});
  }
  bind_rows(trip_rows, trip, "trip_rates", error);

  ModeChoiceParameters& m = p.mode;
  VehicleParameters& v = p.vehicle;
  std::vector<Binding> mode;
  for (int k = 0; k < kModeCount; ++k) {
    const char* s = to_string(static_cast<Mode>(k));
    mode.push_back({"asc", s, &m.asc[k]});
    mode.push_back({"target_share", s, &m.target_share[k]});
  }
  const std::vector<Binding> fields = {
      {"beta_in_vehicle_time", "all", &m.beta_in_vehicle_per_min},
      {"beta_out_of_vehicle_time", "all", &m.beta_out_of_vehicle_per_min},
      {"beta_main_mode_time", "walk", &m.beta_walk_per_min},
      {"beta_main_mode_time", "bike", &m.beta_bike_per_min},
      {"beta_cost", "all", &m.beta_cost_per_yuan},
      {"transfer_penalty_min", "metro", &m.transfer_penalty_min},
      {"speed_kmh", "walk", &m.walk_speed_kmh},
      {"speed_kmh", "bike", &m.bike_speed_kmh},
      {"speed_kmh", "metro", &m.metro_speed_kmh},
      {"max_trip_km", "walk", &m.walk_max_km},
      {"max_trip_km", "bike", &m.bike_max_km},
      {"time_factor_on_car_time", "bus", &m.bus_time_factor},
      {"access_walk_km_each_end", "bus", &m.bus_access_walk_km},
      {"headway_min", "bus", &m.bus_headway_min},
      {"wait_cap_min", "bus", &m.bus_wait_cap_min},
      {"fare_yuan", "bus", &m.bus_fare_yuan},
      {"access_max_km", "metro", &m.metro_access_max_km},
      {"walk_detour_factor", "all", &m.walk_detour_factor},
      {"transfer_walk_min", "metro", &m.metro_transfer_walk_min},
      {"fare_base_yuan", "metro", &m.metro_fare_base_yuan},
      {"fare_band1_km", "metro", &m.metro_fare_band_km[0]},
      {"fare_band2_km", "metro", &m.metro_fare_band_km[1]},
      {"fare_band3_km", "metro", &m.metro_fare_band_km[2]},
      {"fare_band4_km", "metro", &m.metro_fare_band_km[3]},
      {"fare_extra_band_km", "metro", &m.metro_fare_extra_band_km},
      {"fare_step_yuan", "metro", &m.metro_fare_step_yuan},
      {"flag_fare_yuan", "taxi", &m.taxi_flag_fare_yuan},
      {"flag_km", "taxi", &m.taxi_flag_km},
      {"per_km_yuan", "taxi", &m.taxi_per_km_yuan},
      {"long_trip_km", "taxi", &m.taxi_long_trip_km},
      {"long_trip_surcharge", "taxi", &m.taxi_long_trip_surcharge},
      {"wait_min", "taxi", &m.taxi_wait_min},
      {"running_cost_yuan_per_km", "car", &m.car_cost_yuan_per_km},
      {"parking_base_yuan", "car", &m.car_parking_base_yuan},
      {"access_egress_walk_min", "car", &m.car_access_egress_min},
      {"intrazonal_speed_kmh", "car", &m.intrazonal_speed_kmh},
      {"occupancy", "car", &v.car_occupancy},
      {"occupancy", "taxi", &v.taxi_occupancy},
      {"empty_km_share", "taxi", &v.taxi_empty_km_share},
      {"pcu", "car", &v.car_pcu},
      {"pcu", "taxi", &v.taxi_pcu},
      {"average_load_pax", "bus", &v.bus_average_load_pax},
      {"service_hours", "metro", &v.metro_service_h},
      {"peak_service_hours", "metro", &v.metro_peak_service_h},
      {"offpeak_headway_factor", "metro", &v.metro_offpeak_headway_factor},
  };
  mode.insert(mode.end(), fields.begin(), fields.end());
  bind_rows(mode_rows, mode, "mode_choice_parameters", error);
  return p;
}

const DemandParameters& default_demand_parameters() {
  static const DemandParameters kDefault = demand_parameters_from_rows(trip_rate_rows(), mode_choice_parameter_rows(), nullptr);
  return kDefault;
}

}  // namespace twin::transport
