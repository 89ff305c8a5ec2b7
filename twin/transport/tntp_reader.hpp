// Readers (and a flow writer) for the TNTP traffic-assignment formats of the Transportation
// Networks for Research collection: network (_net), trip table (_trips) and link flows (_flow).
// They take a stream and a display name; opening files is the caller's business. Bad input gives
// a TntpError naming the file, the 1-based line and what was wrong; nothing throws.
//
// Generalised-cost weights are not in the files (each problem's README states them): the caller
// sets RoadAssignmentNetwork::toll_factor / distance_factor. Node ids are 1-based in the files and
// 0-based in memory; <FIRST THRU NODE> k becomes first_thru_node = k − 1.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "twin/transport/assignment.hpp"

namespace twin::transport {

enum class TntpErrorKind : std::uint8_t {
  None = 0,
  MissingMetadata,   // a required <TAG> is absent or <END OF METADATA> never comes
  BadMetadata,       // a <TAG> value is not a valid count/number
  WrongColumnCount,  // a data row with the wrong number of fields
  NotANumber,        // a field that does not parse as a number
  InvalidValue,      // NaN, infinite, negative or zero where not allowed
  NodeOutOfRange,    // a node or zone id outside 1 … count
  CountMismatch,     // link count, zone count or total flow differs from the metadata
  Syntax,            // anything else malformed (e.g. trips outside an "Origin" block)
};

struct TntpError {
  TntpErrorKind kind = TntpErrorKind::None;
  std::string file;     // the display name given by the caller
  int line = 0;         // 1-based; 0 when the problem concerns the whole file
  std::string message;  // what was wrong

  bool ok() const { return kind == TntpErrorKind::None; }
  // "file:line: message"
  std::string to_string() const;
};

struct TntpNetworkRead {
  RoadAssignmentNetwork network;  // toll_factor and distance_factor left at 0
  TntpError error;
};
TntpNetworkRead read_tntp_network(std::istream& in, const std::string& name);

struct TntpTripsRead {
  OdMatrix demand;
  double total_od_flow = 0;  // as declared in the metadata
  TntpError error;
};
// expected_zone_count: the network's zone count (a different <NUMBER OF ZONES> is an error); 0 = any.
TntpTripsRead read_tntp_trips(std::istream& in, const std::string& name, std::uint32_t expected_zone_count = 0);

struct TntpFlowRow {
  std::uint32_t from = 0, to = 0;  // 0-based node ids
  double volume = 0, cost = 0;
};
struct TntpFlowsRead {
  std::vector<TntpFlowRow> rows;  // in file order
  TntpError error;
};
TntpFlowsRead read_tntp_flows(std::istream& in, const std::string& name);

// Writes link flows in the _flow format (header "From \tTo \tVolume \tCost ", 1-based ids, full
// precision), one row per link in network order.
void write_tntp_flows(std::ostream& out, const RoadAssignmentNetwork& network,
                      const std::vector<double>& link_flow, const std::vector<double>& link_cost);

}  // namespace twin::transport
