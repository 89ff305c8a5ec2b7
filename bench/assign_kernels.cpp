#include "bench/assign_kernels.hpp"

#include <fstream>

#include "twin/transport/assignment.hpp"
#include "twin/transport/tntp_reader.hpp"

namespace bench {

struct AssignBench {
  twin::transport::RoadAssignmentNetwork network;
  twin::transport::OdMatrix demand;
};

AssignBench* make_assign_bench(const std::string& data_dir, const std::string& folder, const std::string& prefix,
                               double toll_factor, double distance_factor, std::string* error) {
  const std::string base = data_dir + "/transport/" + folder + "/" + prefix;
  std::ifstream net_in(base + "_net.tntp", std::ios::binary);
  std::ifstream trips_in(base + "_trips.tntp", std::ios::binary);
  if (!net_in || !trips_in) {
    *error = "cannot open " + base + "_net.tntp / _trips.tntp";
    return nullptr;
  }
  auto net = twin::transport::read_tntp_network(net_in, base + "_net.tntp");
  if (!net.error.ok()) {
    *error = net.error.to_string();
    return nullptr;
  }
  auto trips = twin::transport::read_tntp_trips(trips_in, base + "_trips.tntp", net.network.zone_count);
  if (!trips.error.ok()) {
    *error = trips.error.to_string();
    return nullptr;
  }
  net.network.toll_factor = toll_factor;
  net.network.distance_factor = distance_factor;
  return new AssignBench{std::move(net.network), std::move(trips.demand)};
}

AssignRun run_assign(const AssignBench* b, double target_gap) {
  twin::transport::AssignmentOptions options;
  options.target_relative_gap = target_gap;
  options.max_iterations = 1000;
  const auto r = twin::transport::assign_user_equilibrium(b->network, b->demand, options);
  return {static_cast<int>(r.iterations.size()), r.relative_gap, r.beckmann, r.tstt, r.converged};
}

void free_assign_bench(AssignBench* b) { delete b; }

std::string shared_data_dir() { return CT_SHARED_DATA_DIR; }

}  // namespace bench
