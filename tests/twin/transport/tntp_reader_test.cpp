// TNTP readers: the real files, and every error kind from small inline texts (file name and
// 1-based line in the message).
#include <gtest/gtest.h>

#include <sstream>

#include "tests/twin/transport/tntp_test_util.hpp"
#include "twin/transport/tntp_reader.hpp"

namespace {

using namespace twin::transport;

const char* const kHeader =
    "<NUMBER OF ZONES> 2\n"
    "<NUMBER OF NODES> 3\n"
    "<FIRST THRU NODE> 3\n"
    "<NUMBER OF LINKS> 2\n"
    "<END OF METADATA>\n"
    "~ init term cap len fft b power speed toll type ;\n";

TntpNetworkRead read_net(const std::string& text) {
  std::istringstream in(text);
  return read_tntp_network(in, "net.tntp");
}

TntpTripsRead read_trips(const std::string& text, std::uint32_t zones = 2) {
  std::istringstream in(text);
  return read_tntp_trips(in, "trips.tntp", zones);
}

void expect_error(const TntpError& e, TntpErrorKind kind, int line, const std::string& words) {
  EXPECT_EQ(e.kind, kind) << e.to_string();
  EXPECT_EQ(e.line, line) << e.to_string();
  EXPECT_NE(e.to_string().find(words), std::string::npos) << e.to_string();
  EXPECT_EQ(e.to_string().rfind(e.file + ":" + std::to_string(line) + ": ", 0), 0u) << e.to_string();
}

TEST(TntpReader, SmallNetwork) {
  const TntpNetworkRead r = read_net(std::string(kHeader) +
                                     "\t1\t3\t100\t2\t1.5\t0.15\t4\t0\t0\t1\t;\n"
                                     "3 2 200.5 3 0 0.15 4 0 7 2;  ~ trailing comment\n");
  ASSERT_TRUE(r.error.ok()) << r.error.to_string();
  const RoadAssignmentNetwork& n = r.network;
  EXPECT_EQ(n.node_count, 3u);
  EXPECT_EQ(n.zone_count, 2u);
  EXPECT_EQ(n.first_thru_node, 2u);
  ASSERT_EQ(n.link_count(), 2u);
  EXPECT_EQ(n.link_from[1], 2u);
  EXPECT_EQ(n.link_to[1], 1u);
  EXPECT_EQ(n.capacity[1], 200.5);
  EXPECT_EQ(n.free_flow_time[1], 0.0);
  EXPECT_EQ(n.toll[1], 7.0);
  EXPECT_EQ(n.link_type[1], 2);
}

TEST(TntpReader, NetworkErrors) {
  const std::string row = "1 3 100 2 1.5 0.15 4 0 0 1 ;\n";
  expect_error(read_net("<NUMBER OF ZONES> 2\n<NUMBER OF LINKS> 2\n<END OF METADATA>\n" + row).error,
               TntpErrorKind::MissingMetadata, 3, "NUMBER OF NODES");
  expect_error(read_net("<NUMBER OF ZONES> 2\n").error, TntpErrorKind::MissingMetadata, 1, "END OF METADATA");
  expect_error(read_net("<NUMBER OF ZONES> two\n").error, TntpErrorKind::BadMetadata, 1, "NUMBER OF ZONES");
  expect_error(read_net(std::string(kHeader) + row + "1 3 100 2 1.5 0.15 4 0 0 ;\n").error,
               TntpErrorKind::WrongColumnCount, 8, "got 9");
  expect_error(read_net(std::string(kHeader) + row + "1 3 1O0 2 1.5 0.15 4 0 0 1 ;\n").error,
               TntpErrorKind::NotANumber, 8, "capacity");
  expect_error(read_net(std::string(kHeader) + row + "1 3 nan 2 1.5 0.15 4 0 0 1 ;\n").error,
               TntpErrorKind::InvalidValue, 8, "capacity");
  expect_error(read_net(std::string(kHeader) + "1 3 -5 2 1.5 0.15 4 0 0 1 ;\n" + row).error,
               TntpErrorKind::InvalidValue, 7, "capacity");
  expect_error(read_net(std::string(kHeader) + row + "1 3 100 2 -1 0.15 4 0 0 1 ;\n").error,
               TntpErrorKind::InvalidValue, 8, "free_flow_time");
  expect_error(read_net(std::string(kHeader) + row + "1 4 100 2 1.5 0.15 4 0 0 1 ;\n").error,
               TntpErrorKind::NodeOutOfRange, 8, "term_node 4");
  expect_error(read_net(std::string(kHeader) + row + "0 2 100 2 1.5 0.15 4 0 0 1 ;\n").error,
               TntpErrorKind::NodeOutOfRange, 8, "init_node 0");
  expect_error(read_net(std::string(kHeader) + row).error, TntpErrorKind::CountMismatch, 7, "NUMBER OF LINKS");
  expect_error(read_net(std::string(kHeader) + row + row + row).error, TntpErrorKind::CountMismatch, 9,
               "more links");
  // A failed read leaves no partial network behind.
  EXPECT_EQ(read_net(std::string(kHeader) + row).network.link_count(), 0u);
}

TEST(TntpReader, Trips) {
  const TntpTripsRead r = read_trips(
      "<NUMBER OF ZONES> 2\n<TOTAL OD FLOW> 30.5\n<END OF METADATA>\n\nOrigin 1\n 1 : 0.0; 2 : 10.5;\n"
      "Origin \t2\n    1 :     20.0;\n");
  ASSERT_TRUE(r.error.ok()) << r.error.to_string();
  EXPECT_EQ(r.demand.zone_count, 2u);
  EXPECT_EQ(r.demand.at(0, 1), 10.5);
  EXPECT_EQ(r.demand.at(1, 0), 20.0);
  EXPECT_EQ(r.demand.at(1, 1), 0.0);
  EXPECT_EQ(r.total_od_flow, 30.5);
}

TEST(TntpReader, TripsErrors) {
  const std::string meta = "<NUMBER OF ZONES> 2\n<END OF METADATA>\n";
  expect_error(read_trips(meta, 3).error, TntpErrorKind::CountMismatch, 1, "network has 3");
  expect_error(read_trips("<END OF METADATA>\n").error, TntpErrorKind::MissingMetadata, 1, "NUMBER OF ZONES");
  expect_error(read_trips(meta + "1 : 5;\n").error, TntpErrorKind::Syntax, 3, "before any 'Origin'");
  expect_error(read_trips(meta + "Origin 3\n").error, TntpErrorKind::NodeOutOfRange, 3, "origin 3");
  expect_error(read_trips(meta + "Origin 1\n 2 : 5; 3 : 1;\n").error, TntpErrorKind::NodeOutOfRange, 4,
               "destination 3");
  expect_error(read_trips(meta + "Origin 1\n 2 : five;\n").error, TntpErrorKind::NotANumber, 4, "five");
  expect_error(read_trips(meta + "Origin 1\n 2 : -5;\n").error, TntpErrorKind::InvalidValue, 4, "-5");
  expect_error(read_trips(meta + "Origin 1\n 2 5;\n").error, TntpErrorKind::Syntax, 4, "destination : trips");
  expect_error(read_trips(meta + "Origin 1\n 2 : 5;\n 2 : 5;\n").error, TntpErrorKind::Syntax, 5, "twice");
  expect_error(read_trips("<NUMBER OF ZONES> 2\n<TOTAL OD FLOW> 9\n<END OF METADATA>\nOrigin 1\n 2 : 5;\n").error,
               TntpErrorKind::CountMismatch, 2, "TOTAL OD FLOW");
}

// Found by tests/fuzz/tntp_trips_fuzz: "<NUMBER OF ZONES> 4000000000" asked for a dense zones² table
// (length_error, or bad_alloc past the memory) from a 40-byte file. Now refused before allocating.
TEST(TntpReader, ZoneCountBeyondTheDenseTableLimitIsRefused) {
  expect_error(read_trips("<NUMBER OF ZONES> 4000000000\n<END OF METADATA>\n", 0).error, TntpErrorKind::BadMetadata,
               1, "<NUMBER OF ZONES> 4000000000 is more than 10000");
  expect_error(read_trips("~ big\n<NUMBER OF ZONES> 10001\n<END OF METADATA>\nOrigin 1\n", 0).error,
               TntpErrorKind::BadMetadata, 2, "10001");
}

TEST(TntpReader, FlowsAndRoundTrip) {
  std::istringstream in("From \tTo \tVolume \tCost \n1 \t2 \t4494.6576464564205 \t6.0008162373543197 \n");
  const TntpFlowsRead f = read_tntp_flows(in, "flow.tntp");
  ASSERT_TRUE(f.error.ok()) << f.error.to_string();
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_EQ(f.rows[0].from, 0u);
  EXPECT_EQ(f.rows[0].volume, 4494.6576464564205);
  std::istringstream bad("From To Volume Cost\n1 2 3\n");
  expect_error(read_tntp_flows(bad, "flow.tntp").error, TntpErrorKind::WrongColumnCount, 2, "4 columns");
  std::istringstream bad2("From To Volume Cost\n1 2 x 4\n");
  expect_error(read_tntp_flows(bad2, "flow.tntp").error, TntpErrorKind::NotANumber, 2, "'x'");

  // Written flows read back bit for bit.
  RoadAssignmentNetwork net;
  net.node_count = 3;
  net.link_from = {0, 2};
  net.link_to = {2, 1};
  std::ostringstream out;
  write_tntp_flows(out, net, {0.1 + 0.2, 1e-300}, {1.0 / 3.0, 12345.678});
  EXPECT_EQ(out.str().substr(0, 25), "From \tTo \tVolume \tCost \n1");
  std::istringstream back(out.str());
  const TntpFlowsRead g = read_tntp_flows(back, "written");
  ASSERT_TRUE(g.error.ok()) << g.error.to_string();
  ASSERT_EQ(g.rows.size(), 2u);
  EXPECT_EQ(g.rows[0].volume, 0.1 + 0.2);
  EXPECT_EQ(g.rows[1].volume, 1e-300);
  EXPECT_EQ(g.rows[0].cost, 1.0 / 3.0);
  EXPECT_EQ(g.rows[1].from, 2u);
}

TEST(TntpReader, TestProblems) {
  const tntp_test::Problem sf = tntp_test::load_problem("SiouxFalls", "SiouxFalls");
  EXPECT_EQ(sf.network.link_count(), 76u);
  EXPECT_EQ(sf.network.first_thru_node, 0u);
  EXPECT_EQ(sf.best_flows.size(), 76u);
  double total = 0;
  for (const double t : sf.demand.trips) total += t;
  EXPECT_DOUBLE_EQ(total, 360600.0);
  const tntp_test::Problem an = tntp_test::load_problem("Anaheim", "Anaheim");
  EXPECT_EQ(an.network.link_count(), 914u);
  EXPECT_EQ(an.network.node_count, 416u);
  EXPECT_EQ(an.network.first_thru_node, 38u);
}

}  // namespace
