#include "twin/transport/transit_loading.hpp"

#include <gtest/gtest.h>

#include "tests/twin/transport/demand_test_util.hpp"

namespace twin::transport {
namespace {

// One line, four stations 1 km apart; loads by hand:
//   forward  0→3: 100 on every segment, 1→2: 50 on segment 1  → {100, 150, 100}
//   backward 3→0: 30 on every segment, 2→1: 10 on segment 1   → {30, 40, 30}
TEST(TransitLoad, OneLineHandComputedLoads) {
  const MetroNetwork net = build_metro_network({test::straight_line({0.0, 1000.0, 2000.0, 3000.0}, 4.0)},
                                               default_demand_parameters().mode, 1.0);
  ASSERT_EQ(net.station_count(), 4u);
  std::vector<double> od(16, 0.0);
  od[0 * 4 + 3] = 100.0;
  od[1 * 4 + 2] = 50.0;
  od[3 * 4 + 0] = 30.0;
  od[2 * 4 + 1] = 10.0;
  const LineLoads loads = load_metro_lines(net, od);
  ASSERT_EQ(loads.busier_pax.size(), 1u);
  const std::vector<double> busier = {100.0, 150.0, 100.0};
  const std::vector<double> backward = {30.0, 40.0, 30.0};
  for (int s = 0; s < 3; ++s) {
    EXPECT_DOUBLE_EQ(loads.busier_pax[0][s], busier[s]);
    EXPECT_DOUBLE_EQ(loads.direction_pax[0][s][1], backward[s]);
  }
  const MetroPath& p = net.path(0, 3);
  EXPECT_TRUE(p.available);
  EXPECT_EQ(p.transfers, 0);
  EXPECT_NEAR(p.rail_km, 3.0, 1e-12);
  EXPECT_NEAR(p.in_vehicle_min, 3.0 / 35.0 * 60.0, 1e-12);
  EXPECT_DOUBLE_EQ(p.wait_min, 2.0);
  EXPECT_FALSE(net.path(2, 2).available);
}

// Line A along the x axis and line B along x = 1 km meet at (1 km, 0): one interchange station, and
// a trip from A's first stop to B's last rides one segment of each with one transfer.
TEST(TransitLoad, TransfersAtSharedStations) {
  TransitLine a = test::straight_line({0.0, 1000.0, 2000.0}, 4.0);
  TransitLine b = test::straight_line({0.0, 0.0, 0.0}, 6.0);
  b.stops[0].xy = {1000.0, -1000.0};
  b.stops[1].xy = {1000.0, 0.0};
  b.stops[2].xy = {1000.0, 1000.0};
  const ModeChoiceParameters& m = default_demand_parameters().mode;
  const MetroNetwork net = build_metro_network({a, b}, m, 1.0);
  ASSERT_EQ(net.station_count(), 5u);
  EXPECT_EQ(net.stop_station[1][1], net.stop_station[0][1]);
  const std::uint32_t from = net.stop_station[0][0], to = net.stop_station[1][2];
  const MetroPath& p = net.path(from, to);
  ASSERT_TRUE(p.available);
  EXPECT_EQ(p.transfers, 1);
  ASSERT_EQ(p.legs.size(), 2u);
  EXPECT_EQ(p.legs[0].line, 0u);
  EXPECT_EQ(p.legs[0].from_stop, 0u);
  EXPECT_EQ(p.legs[0].to_stop, 1u);
  EXPECT_EQ(p.legs[1].line, 1u);
  EXPECT_EQ(p.legs[1].from_stop, 1u);
  EXPECT_EQ(p.legs[1].to_stop, 2u);
  EXPECT_NEAR(p.rail_km, 2.0, 1e-12);
  EXPECT_NEAR(p.wait_min, 2.0 + 3.0, 1e-12);  // half of 4 min, then half of 6 min
  EXPECT_NEAR(p.transfer_walk_min, m.metro_transfer_walk_min, 1e-12);

  std::vector<double> od(25, 0.0);
  od[from * 5 + to] = 10.0;
  const LineLoads loads = load_metro_lines(net, od);
  EXPECT_DOUBLE_EQ(loads.direction_pax[0][0][0], 10.0);
  EXPECT_DOUBLE_EQ(loads.direction_pax[0][1][0], 0.0);
  EXPECT_DOUBLE_EQ(loads.direction_pax[1][0][0], 0.0);
  EXPECT_DOUBLE_EQ(loads.direction_pax[1][1][0], 10.0);
}

// Train-km by hand: 3 km line, 4 min peak headway for 5 h, 8 min for the other 13 h of 18:
// (75 + 97.5) trains per direction × 2 directions × 3 km = 1035 train-km. Bus lines are skipped.
TEST(TransitLoad, TrainKmFromHeadwaysAndServiceHours) {
  TransitLine bus = test::straight_line({0.0, 5000.0}, 10.0);
  bus.mode = TransitMode::Bus;
  const DemandParameters& p = default_demand_parameters();
  const MetroNetwork net = build_metro_network({test::straight_line({0.0, 1000.0, 3000.0}, 4.0), bus}, p.mode, 1.0);
  EXPECT_NEAR(metro_train_km_per_day(net, p.vehicle), 1035.0, 1e-9);
  const MetroNetwork twice = build_metro_network({test::straight_line({0.0, 1000.0, 3000.0}, 4.0)}, p.mode, 0.5);
  EXPECT_NEAR(metro_train_km_per_day(twice, p.vehicle), 2070.0, 1e-9);
  const LineLoads loads = load_metro_lines(net, std::vector<double>(9, 1.0));
  ASSERT_EQ(loads.busier_pax.size(), 2u);
  EXPECT_EQ(loads.busier_pax[1], std::vector<double>{0.0});
}

}  // namespace
}  // namespace twin::transport
