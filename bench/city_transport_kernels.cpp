#include "bench/city_transport_kernels.hpp"

#include "twin/city/default_city.hpp"
#include "twin/transport/car_skims.hpp"
#include "twin/transport/city_network.hpp"
#include "twin/transport/demand.hpp"
#include "twin/transport/road_graph.hpp"
#include "twin/transport/transport_model.hpp"

namespace bench {

struct CityTransportBench {
  twin::City city;
  twin::transport::CityNetwork network;
  twin::transport::OdMatrix peak_car_od;
};

CityTransportBench* make_city_transport_bench() {
  auto* b = new CityTransportBench;
  b->city = twin::generate_city(twin::default_city_def());
  b->network = twin::transport::build_city_network(b->city);
  const twin::transport::RoadAssignmentNetwork& net = b->network.network;
  const twin::transport::CarSkims skims =
      twin::transport::car_skims(net, twin::transport::build_road_graph(net), net.free_flow_time);
  twin::transport::DemandInputs in;
  in.zones = &b->city.zones;
  in.lines = b->city.transit_lines;
  in.zone_is_central = twin::transport::central_zones(b->city.zones);
  in.car_time_min = skims.time_min;
  in.car_distance_km = skims.distance_km;
  const twin::transport::DemandResult demand = twin::transport::run_travel_demand(in);
  b->peak_car_od = {net.zone_count, demand.car_vehicle_peak_od};
  return b;
}

CityAssignRun run_city_assign(const CityTransportBench* b, double target_gap) {
  twin::transport::AssignmentOptions options;
  options.target_relative_gap = target_gap;
  const twin::transport::AssignmentResult r =
      twin::transport::assign_user_equilibrium(b->network.network, b->peak_car_od, options);
  return {static_cast<int>(r.iterations.size()), r.relative_gap, r.beckmann};
}

double run_city_transport_model(const CityTransportBench* b) {
  const twin::transport::TransportResult r = twin::transport::run_transport_model(b->city);
  return r.mode_share[static_cast<int>(twin::transport::Mode::Car)];
}

void free_city_transport_bench(CityTransportBench* b) { delete b; }

}  // namespace bench
