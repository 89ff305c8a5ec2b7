// Stations (twin/monitor/stations.hpp): the CSV round-trips; each error is named with its line and
// field; the default network's layout.
#include <gtest/gtest.h>

#include <string>

#include "twin/monitor/stations.hpp"

namespace {

using namespace twin::monitor;

std::string first_error(const std::string& text) {
  const StationCsv r = read_stations_csv(text);
  return r.errors.empty() ? "" : to_string(r.errors.front());
}

TEST(MonitorStationsTest, CsvRoundTrips) {
  const std::vector<Station> net = default_network(twin::Vec2{-5000.0, -4000.0}, twin::Vec2{5000.0, 6000.0}, 3);
  const std::string text = write_stations_csv(net);
  const StationCsv back = read_stations_csv(text);
  ASSERT_TRUE(back.errors.empty()) << to_string(back.errors.front());
  ASSERT_EQ(back.stations.size(), net.size());
  for (std::size_t k = 0; k < net.size(); ++k) {
    EXPECT_EQ(back.stations[k].id, net[k].id);
    EXPECT_EQ(back.stations[k].x_m, net[k].x_m);
    EXPECT_EQ(back.stations[k].y_m, net[k].y_m);
    EXPECT_EQ(back.stations[k].height_m, net[k].height_m);
    EXPECT_EQ(back.stations[k].kind, net[k].kind);
  }
  EXPECT_EQ(write_stations_csv(back.stations), text);
}

TEST(MonitorStationsTest, ReaderTakesAnyColumnOrderCommentsAndQuotes) {
  const StationCsv r = read_stations_csv(
      "# network of 2026\r\nkind,id,height_m,y_m,x_m,note\r\nrooftop,\"R,1\",30,2,1,on the library\r\n\r\nmobile,M1,2.5,0,0,\n");
  ASSERT_TRUE(r.errors.empty()) << to_string(r.errors.front());
  ASSERT_EQ(r.stations.size(), 2u);
  EXPECT_EQ(r.stations[0].id, "R,1");
  EXPECT_EQ(r.stations[0].x_m, 1.0);
  EXPECT_EQ(r.stations[0].y_m, 2.0);
  EXPECT_EQ(r.stations[0].kind, StationKind::Rooftop);
  EXPECT_EQ(r.stations[1].kind, StationKind::Mobile);
}

TEST(MonitorStationsTest, EachErrorIsNamed) {
  const std::string h = "id,x_m,y_m,height_m,kind\n";
  EXPECT_EQ(first_error(""), "header: the file is empty (expected the header id,x_m,y_m,height_m,kind)");
  EXPECT_EQ(first_error("id,x_m,y_m,kind\nA,1,2,tower\n"), "line 1, header: no column 'height_m'");
  EXPECT_EQ(first_error(h + "A,1,2,10\n"), "line 2, line: 4 fields, the header has 5");
  EXPECT_EQ(first_error(h + ",1,2,10,tower\n"), "line 2, id: empty");
  EXPECT_EQ(first_error(h + "A,1,2,10,tower\nA,3,4,10,tower\n"), "line 3, id: 'A' is used by an earlier line");
  EXPECT_EQ(first_error(h + "A,east,2,10,tower\n"), "line 2, x_m: 'east' is not a finite number");
  EXPECT_EQ(first_error(h + "A,1,nan,10,tower\n"), "line 2, y_m: 'nan' is not a finite number");
  EXPECT_EQ(first_error(h + "A,2000000,2,10,tower\n"), "line 2, x_m: 2000000 m is more than 1000 km from the city's origin");
  EXPECT_EQ(first_error(h + "A,1,2,-3,tower\n"), "line 2, height_m: -3 m is outside 0–1000 m");
  EXPECT_EQ(first_error(h + "A,1,2,10,balloon\n"), "line 2, kind: 'balloon' is not one of tower, rooftop, lowcost, mobile");
  EXPECT_EQ(first_error(h + "\"A,1,2,10,tower\n"), "line 2, line: a quote is not closed");
  // A bad line does not hide the good ones' errors: every line is checked.
  EXPECT_EQ(read_stations_csv(h + "A,x,2,10,tower\nB,1,2,10,blimp\n").errors.size(), 2u);
}

TEST(MonitorStationsTest, DefaultNetworkLayout) {
  // Extent x −5000…5000, y −4000…6000 (centre (0, 1000), 10 km × 10 km).
  const std::vector<Station> n = default_network(twin::Vec2{-5000.0, -4000.0}, twin::Vec2{5000.0, 6000.0}, 2);
  ASSERT_EQ(n.size(), 4u + 5u + 4u);
  EXPECT_EQ(n[0].id, "T-N");
  EXPECT_EQ(n[0].x_m, 0.0);
  EXPECT_EQ(n[0].y_m, 8000.0);  // 2 km beyond the north edge
  EXPECT_EQ(n[3].id, "T-W");
  EXPECT_EQ(n[3].x_m, -7000.0);
  EXPECT_EQ(n[0].height_m, 100.0);
  EXPECT_EQ(n[4].id, "R-C");
  EXPECT_EQ(n[5].x_m, 2500.0);   // a quarter of 10 km east of the centre
  EXPECT_EQ(n[5].y_m, 3500.0);
  EXPECT_EQ(n[9].id, "L-0-0");
  EXPECT_EQ(n[9].x_m, -2500.0);  // lattice cell centres: −5000 + 0.5 × 5000
  EXPECT_EQ(n[9].y_m, -1500.0);
  EXPECT_EQ(n[9].kind, StationKind::Lowcost);
  for (const Station& s : n)
    if (s.kind != StationKind::Tower) {
      EXPECT_GE(s.x_m, -5000.0);
      EXPECT_LE(s.x_m, 5000.0);
    }
}

}  // namespace
