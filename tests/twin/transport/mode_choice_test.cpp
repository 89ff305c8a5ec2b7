#include "twin/transport/mode_choice.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/transport/demand_test_util.hpp"
#include "twin/transport/demand_inputs.hpp"

namespace twin::transport {
namespace {

constexpr int kWalk = static_cast<int>(Mode::Walk), kBike = static_cast<int>(Mode::Bike),
              kBus = static_cast<int>(Mode::Bus), kMetro = static_cast<int>(Mode::Metro),
              kCar = static_cast<int>(Mode::Car), kTaxi = static_cast<int>(Mode::Taxi);

// Zones 0–2 on a metro line at x = 0, 3 km, 8 km; zone 3 at (0, 5 km), out of walking reach of it.
struct Corridor {
  Zones zones;
  DemandInputs demand;
  std::vector<double> time_min, distance_km;
  MetroNetwork metro;
  ZoneStationAccess access;
  ModeChoiceInputs in;

  explicit Corridor(const DemandParameters& p, double headway_factor = 1.0) {
    zones = test::zone_row({1000.0, 1000.0, 1000.0}, {500.0, 500.0, 500.0});
    zones.centroid[1].x_m = 3000.0;
    zones.min_corner[1].x_m = 2500.0;
    zones.max_corner[1].x_m = 3500.0;
    zones.centroid[2].x_m = 8000.0;
    zones.min_corner[2].x_m = 7500.0;
    zones.max_corner[2].x_m = 8500.0;
    zones.centroid.push_back({0.0, 5000.0});
    zones.min_corner.push_back({-500.0, 4500.0});
    zones.max_corner.push_back({500.0, 5500.0});
    zones.population.push_back(1000.0);
    zones.jobs.push_back(500.0);
    demand.zones = &zones;
    test::straight_line_skims(zones, &demand.car_time_min, &demand.car_distance_km);
    fill_intrazonal(demand, p.mode, &time_min, &distance_km);
    metro = build_metro_network({test::straight_line({0.0, 3000.0, 8000.0}, 4.0)}, p.mode, headway_factor);
    access = nearest_stations(zones, metro, p.mode);
    in.zone_count = zones.size();
    in.car_time_min = &time_min;
    in.car_distance_km = &distance_km;
    in.zone_is_central = &central;
    in.metro = &metro;
    in.access = &access;
    in.transit_headway_factor = headway_factor;
  }
  std::vector<std::uint8_t> central;
};

double prob(const ModeChoiceResult& r, int mode, std::uint32_t i, std::uint32_t j, std::uint32_t n = 4) {
  return r.probability[mode][i * n + j];
}

TEST(ModeChoice, ProbabilitiesSumToOneForEveryPair) {
  const DemandParameters& p = default_demand_parameters();
  const Corridor c(p);
  ModeChoiceResult r;
  choose_modes(c.in, p.mode, &r);
  for (std::uint32_t k = 0; k < 16; ++k) {
    double s = 0.0;
    for (int m = 0; m < kModeCount; ++m) {
      EXPECT_GE(r.probability[m][k], 0.0);
      s += r.probability[m][k];
    }
    EXPECT_NEAR(s, 1.0, 1e-12) << "pair " << k;
    EXPECT_TRUE(std::isfinite(r.composite_cost_min[k]));
  }
}

TEST(ModeChoice, UnavailableModesGetZero) {
  const DemandParameters& p = default_demand_parameters();
  const Corridor c(p);
  ModeChoiceResult r;
  choose_modes(c.in, p.mode, &r);
  EXPECT_EQ(prob(r, kWalk, 0, 2), 0.0);   // 10.4 km > 5 km walking limit
  EXPECT_GT(prob(r, kWalk, 0, 1), 0.0);   // 3.9 km
  EXPECT_EQ(prob(r, kMetro, 0, 0), 0.0);  // same station
  EXPECT_EQ(prob(r, kMetro, 3, 2), 0.0);  // zone 3 is 6.5 km on foot from the nearest station
  EXPECT_GT(prob(r, kMetro, 0, 2), 0.0);
  EXPECT_GT(prob(r, kBike, 0, 2), 0.0);
}

// Utilities by hand for the pair 0 → 2 (road 10.4 km, car 20.8 min).
TEST(ModeChoice, HandComputedUtilities) {
  const DemandParameters& p = default_demand_parameters();
  const ModeChoiceParameters& m = p.mode;
  const Corridor c(p);
  const auto v = mode_utilities(c.in, m, 0, 2);
  const double d = 10.4, t = 20.8;
  EXPECT_NEAR(v[kCar], m.asc[kCar] + m.beta_in_vehicle_per_min * t + m.beta_out_of_vehicle_per_min * 4.0 +
                           m.beta_cost_per_yuan * (0.6 * d + 3.0), 1e-9);
  EXPECT_NEAR(v[kBike], m.asc[kBike] + m.beta_bike_per_min * d / 12.0 * 60.0, 1e-9);
  // Metro: 8 km at 35 km/h, wait 2 min (4 min headway), no walking (stations at the centroids), 4 yuan (8 km).
  EXPECT_NEAR(v[kMetro], m.asc[kMetro] + m.beta_in_vehicle_per_min * (8.0 / 35.0 * 60.0) +
                             m.beta_out_of_vehicle_per_min * 2.0 + m.beta_cost_per_yuan * 4.0, 1e-9);
  // Bus: 1.6 × car time, 2 × 0.3 km walk at 4.5 km/h = 8 min, wait 4 min, 1.5 yuan.
  EXPECT_NEAR(v[kBus], m.asc[kBus] + m.beta_in_vehicle_per_min * 1.6 * t + m.beta_out_of_vehicle_per_min * 12.0 +
                           m.beta_cost_per_yuan * 1.5, 1e-9);
}

TEST(ModeChoice, FaresFollowTheSchedules) {
  const ModeChoiceParameters& m = default_demand_parameters().mode;
  EXPECT_EQ(metro_fare_yuan(5.0, m), 3.0);
  EXPECT_EQ(metro_fare_yuan(6.0, m), 3.0);
  EXPECT_EQ(metro_fare_yuan(6.1, m), 4.0);
  EXPECT_EQ(metro_fare_yuan(22.0, m), 5.0);
  EXPECT_EQ(metro_fare_yuan(32.0, m), 6.0);
  EXPECT_EQ(metro_fare_yuan(40.0, m), 7.0);
  EXPECT_EQ(metro_fare_yuan(52.5, m), 8.0);
  EXPECT_DOUBLE_EQ(taxi_fare_yuan(2.0, m), 13.0);
  EXPECT_NEAR(taxi_fare_yuan(10.0, m), 13.0 + 2.3 * 7.0, 1e-12);
  EXPECT_NEAR(taxi_fare_yuan(20.0, m), 13.0 + 2.3 * (17.0 + 0.5 * 5.0), 1e-12);
}

TEST(ModeChoice, FasterOrCheaperMetroRaisesMetroAndLowersCar) {
  const DemandParameters base = default_demand_parameters();
  ModeChoiceResult r0, r1, r2, r3;
  {
    const Corridor c(base);
    choose_modes(c.in, base.mode, &r0);
  }
  DemandParameters faster = base;
  faster.mode.metro_speed_kmh = 50.0;
  {
    const Corridor c(faster);
    choose_modes(c.in, faster.mode, &r1);
  }
  DemandParameters cheaper = base;
  cheaper.mode.metro_fare_base_yuan = 1.0;
  {
    const Corridor c(cheaper);
    choose_modes(c.in, cheaper.mode, &r2);
  }
  {
    const Corridor c(base, 0.5);  // twice as frequent
    choose_modes(c.in, base.mode, &r3);
  }
  for (const ModeChoiceResult* r : {&r1, &r2, &r3}) {
    EXPECT_GT(prob(*r, kMetro, 0, 2), prob(r0, kMetro, 0, 2));
    EXPECT_LT(prob(*r, kCar, 0, 2), prob(r0, kCar, 0, 2));
    EXPECT_LT(r->composite_cost_min[2], r0.composite_cost_min[2]);  // better service, lower composite cost
  }
  // Pairs without metro are not affected by its speed or fare.
  EXPECT_DOUBLE_EQ(prob(r1, kCar, 3, 2), prob(r0, kCar, 3, 2));
}

TEST(ModeChoice, ParkingPriceAndCongestionChargeLowerCarShare) {
  const DemandParameters& p = default_demand_parameters();
  Corridor c(p);
  ModeChoiceResult base, parking, charge;
  choose_modes(c.in, p.mode, &base);
  c.in.parking_price_yuan = 10.0;
  choose_modes(c.in, p.mode, &parking);
  c.in.parking_price_yuan = 0.0;
  c.central = {0, 0, 1, 0};  // zone 2 is central
  c.in.congestion_charge_yuan = 20.0;
  choose_modes(c.in, p.mode, &charge);
  EXPECT_LT(prob(parking, kCar, 0, 1), prob(base, kCar, 0, 1));
  EXPECT_GT(prob(parking, kMetro, 0, 1), prob(base, kMetro, 0, 1));
  EXPECT_LT(prob(charge, kCar, 0, 2), prob(base, kCar, 0, 2));
  EXPECT_GT(prob(charge, kTaxi, 0, 2), prob(base, kTaxi, 0, 2));  // taxis do not pay the charge
  EXPECT_DOUBLE_EQ(prob(charge, kCar, 0, 1), prob(base, kCar, 0, 1));  // neither end central
  // Half the charge per central trip end: V_car(0→2) falls by β_cost × 10.
  const double charged = mode_utilities(c.in, p.mode, 0, 2)[kCar];
  c.in.congestion_charge_yuan = 0.0;
  EXPECT_NEAR(charged - mode_utilities(c.in, p.mode, 0, 2)[kCar], p.mode.beta_cost_per_yuan * 10.0, 1e-12);
}

}  // namespace
}  // namespace twin::transport
