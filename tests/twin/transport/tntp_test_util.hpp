// Loads the TNTP test problems from ../shared/data/transport (CT_SHARED_DATA_DIR) for the tests.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "twin/transport/tntp_reader.hpp"

namespace tntp_test {

struct Problem {
  twin::transport::RoadAssignmentNetwork network;
  twin::transport::OdMatrix demand;
  std::vector<twin::transport::TntpFlowRow> best_flows;
};

inline std::string transport_dir() { return std::string(CT_SHARED_DATA_DIR) + "/transport/"; }

// folder "SiouxFalls", prefix "SiouxFalls" → SiouxFalls/SiouxFalls_{net,trips,flow}.tntp
inline Problem load_problem(const std::string& folder, const std::string& prefix) {
  Problem p;
  const std::string base = transport_dir() + folder + "/" + prefix;
  std::ifstream net(base + "_net.tntp", std::ios::binary);
  EXPECT_TRUE(net.good()) << base;
  auto n = twin::transport::read_tntp_network(net, base + "_net.tntp");
  EXPECT_TRUE(n.error.ok()) << n.error.to_string();
  p.network = std::move(n.network);
  std::ifstream trips(base + "_trips.tntp", std::ios::binary);
  auto t = twin::transport::read_tntp_trips(trips, base + "_trips.tntp", p.network.zone_count);
  EXPECT_TRUE(t.error.ok()) << t.error.to_string();
  p.demand = std::move(t.demand);
  std::ifstream flows(base + "_flow.tntp", std::ios::binary);
  auto f = twin::transport::read_tntp_flows(flows, base + "_flow.tntp");
  EXPECT_TRUE(f.error.ok()) << f.error.to_string();
  p.best_flows = std::move(f.rows);
  return p;
}

}  // namespace tntp_test
