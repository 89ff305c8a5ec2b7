// run_travel_demand end to end on a small hand-made city: four zones, one metro line.
#include "twin/transport/demand.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "tests/twin/transport/demand_test_util.hpp"

namespace twin::transport {
namespace {

constexpr int kCar = static_cast<int>(Mode::Car), kTaxi = static_cast<int>(Mode::Taxi),
              kBus = static_cast<int>(Mode::Bus), kMetro = static_cast<int>(Mode::Metro);

struct SmallCity {
  Zones zones = test::zone_row({20000.0, 15000.0, 2000.0, 8000.0}, {3000.0, 6000.0, 20000.0, 4000.0});
  DemandInputs in;
  SmallCity() {
    in.zones = &zones;
    in.lines = {test::straight_line({0.0, 1000.0, 2000.0, 3000.0}, 4.0)};
    test::straight_line_skims(zones, &in.car_time_min, &in.car_distance_km);
  }
};

// Same peak-hour share for every purpose, so the peak-hour OD is a fixed fraction of daily trips.
DemandParameters flat_peak() {
  DemandParameters p = default_demand_parameters();
  for (PurposeParameters& q : p.purpose) {
    q.peak_hour_share = 0.1;
    q.target_mean_trip_km = 1.6;  // the zones are 1.3 km apart by road; reachable for every purpose
  }
  return p;
}

TEST(TravelDemand, SmallCityTotalsSharesAndVehicles) {
  const SmallCity c;
  const DemandParameters p = flat_peak();
  const DemandResult r = run_travel_demand(c.in, p);
  ASSERT_EQ(r.error, "");
  // Trips: productions of all purposes.
  double expected = 0.0;
  for (std::size_t i = 0; i < 4; ++i) {
    for (const PurposeParameters& q : p.purpose) {
      expected += q.production_per_resident * c.zones.population[i] + q.production_per_job * c.zones.jobs[i];
    }
  }
  double trips = 0.0, share = 0.0;
  for (int m = 0; m < kModeCount; ++m) {
    for (double t : r.trips_od[m]) trips += t;
    share += r.mode_share[m];
    EXPECT_GT(r.mode_share[m], 0.0) << to_string(static_cast<Mode>(m));
  }
  EXPECT_NEAR(trips, expected, 1e-9 * expected);
  EXPECT_NEAR(share, 1.0, 1e-12);
  for (const PurposeDiagnostics& d : r.purpose) {
    EXPECT_TRUE(d.gravity_converged);
    EXPECT_TRUE(d.calibration_reached);
    EXPECT_NEAR(d.mean_trip_km, 1.6, 1.6e-4);
  }
  // Peak-hour pcu: 10 % of daily car trips / 1.4 persons, taxi trips / 1.3 / (1 − 0.3 empty).
  const TravelActivity& a = r.activity;
  double pcu = 0.0;
  for (double x : r.car_vehicle_peak_od) pcu += x;
  EXPECT_NEAR(pcu, 0.1 * (a.trips_per_day[kCar] / 1.4 + a.trips_per_day[kTaxi] / (1.3 * 0.7)), 1e-9 * pcu);
  EXPECT_NEAR(a.vehicle_km_per_day[kCar], a.passenger_km_per_day[kCar] / 1.4, 1e-9);
  EXPECT_NEAR(a.vehicle_km_per_day[kTaxi], a.passenger_km_per_day[kTaxi] / (1.3 * 0.7), 1e-9);
  EXPECT_NEAR(a.vehicle_km_per_day[kBus], a.passenger_km_per_day[kBus] / 12.0, 1e-9);
  EXPECT_NEAR(a.vehicle_km_per_day[kMetro], 2.0 * 3.0 * (5.0 * 60.0 / 4.0 + 13.0 * 60.0 / 8.0), 1e-9);
  EXPECT_EQ(a.population, 45000.0);
  // Metro loads: three segments; the busier direction carries at least half of the segment's riders.
  ASSERT_EQ(r.line_segment_load_pax_h.size(), 1u);
  ASSERT_EQ(r.line_segment_load_pax_h[0].size(), 3u);
  for (double x : r.line_segment_load_pax_h[0]) EXPECT_GT(x, 0.0);
  EXPECT_DOUBLE_EQ(r.metro_zone_coverage, 1.0);
}

// Home-based trips: the daily OD is symmetric (each production–attraction pair is one trip each way).
TEST(TravelDemand, DailyOdIsSymmetricAndPeakIsDirectional) {
  const SmallCity c;
  const DemandResult r = run_travel_demand(c.in);
  ASSERT_EQ(r.error, "");
  for (int i = 0; i < 4; ++i) {
    for (int j = 0; j < 4; ++j) EXPECT_NEAR(r.trips_od[kCar][i * 4 + j], r.trips_od[kCar][j * 4 + i], 1e-9);
  }
  // In the AM peak, more cars leave the residential zone 0 for the job centre 2 than come back.
  EXPECT_GT(r.car_vehicle_peak_od[0 * 4 + 2], r.car_vehicle_peak_od[2 * 4 + 0]);
}

TEST(TravelDemand, SameInputsSameBits) {
  const SmallCity c;
  const DemandResult a = run_travel_demand(c.in), b = run_travel_demand(c.in);
  for (int m = 0; m < kModeCount; ++m) {
    ASSERT_EQ(a.trips_od[m].size(), b.trips_od[m].size());
    EXPECT_EQ(std::memcmp(a.trips_od[m].data(), b.trips_od[m].data(), a.trips_od[m].size() * sizeof(double)), 0);
  }
}

TEST(TravelDemand, RejectsBadInputs) {
  SmallCity c;
  DemandInputs in = c.in;
  in.zones = nullptr;
  EXPECT_NE(run_travel_demand(in).error, "");
  in = c.in;
  in.car_time_min.pop_back();
  EXPECT_NE(run_travel_demand(in).error, "");
  in = c.in;
  in.car_distance_km[1] = std::nan("");
  EXPECT_NE(run_travel_demand(in).error, "");
  in = c.in;
  in.car_time_min[2] = -1.0;
  EXPECT_NE(run_travel_demand(in).error, "");
  in = c.in;
  in.policy.transit_headway_factor = 0.0;
  EXPECT_NE(run_travel_demand(in).error, "");
  in = c.in;
  in.policy.congestion_charge_yuan = -5.0;
  EXPECT_NE(run_travel_demand(in).error, "");
  in = c.in;
  in.zone_is_central = {1, 0};
  EXPECT_NE(run_travel_demand(in).error, "");
  in = c.in;
  c.zones.population[1] = -3.0;
  EXPECT_NE(run_travel_demand(in).error, "");
}

// A city without metro lines runs; metro gets nothing.
TEST(TravelDemand, NoLinesNoMetro) {
  SmallCity c;
  c.in.lines.clear();
  const DemandResult r = run_travel_demand(c.in);
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.mode_share[kMetro], 0.0);
  EXPECT_EQ(r.activity.vehicle_km_per_day[kMetro], 0.0);
  EXPECT_TRUE(r.line_segment_load_pax_h.empty());
}

}  // namespace
}  // namespace twin::transport
