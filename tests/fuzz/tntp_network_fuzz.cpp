// libFuzzer target: twin::transport::read_tntp_network on arbitrary bytes (through an in-memory
// stream). Invariants: an error has a message and a kind; on success every column has one value per
// link, node ids are in range and the zone/first-thru counts are consistent; on error the network
// is empty.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "tests/fuzz/fuzz_check.hpp"
#include "twin/transport/tntp_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using ct_fuzz::check;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  const twin::transport::TntpNetworkRead r = twin::transport::read_tntp_network(in, "fuzz_net.tntp");
  const twin::transport::RoadAssignmentNetwork& n = r.network;
  if (!r.error.ok()) {
    check(!r.error.message.empty() && r.error.file == "fuzz_net.tntp");
    check(n.link_count() == 0);
    return 0;
  }
  check(n.zone_count <= n.node_count && n.first_thru_node <= n.node_count);
  const std::size_t links = n.link_count();
  check(n.link_to.size() == links && n.capacity.size() == links && n.length.size() == links &&
        n.free_flow_time.size() == links && n.b.size() == links && n.power.size() == links &&
        n.toll.size() == links && n.link_type.size() == links);
  for (std::size_t a = 0; a < links; ++a) {
    check(n.link_from[a] < n.node_count && n.link_to[a] < n.node_count);
    check(n.capacity[a] > 0.0);
  }
  for (const auto* column : {&n.capacity, &n.length, &n.free_flow_time, &n.b, &n.power, &n.toll})
    ct_fuzz::check_finite(*column);
  return 0;
}
