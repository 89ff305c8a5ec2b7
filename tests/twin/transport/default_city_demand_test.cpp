// The demand model on the embedded default city (225 zones, 3 metro lines), with stand-in car skims
// (straight line × 1.3 at 30 km/h) in place of the congested road skims the lead's
// run_transport_model feeds in. Checks plausibility, not exact values; prints the figures.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <cstdio>

#include "tests/twin/city/default_city_fixture.hpp"
#include "tests/twin/transport/demand_test_util.hpp"
#include "twin/transport/car_skims.hpp"
#include "twin/transport/city_network.hpp"
#include "twin/transport/demand.hpp"
#include "twin/transport/mode_calibration.hpp"

namespace twin::transport {
namespace {

DemandInputs default_city_inputs() {
  const City& city = testing::default_city();
  DemandInputs in;
  in.zones = &city.zones;
  in.lines = city.transit_lines;
  in.zone_is_central = central_zones(city.zones);
  // The city's own road network at free-flow times (the transport model then feeds back congested
  // times; the default city's roads are lightly loaded, so the shares move by well under a point).
  const CityNetwork network = build_city_network(city);
  const CarSkims skims = car_skims(network.network, build_road_graph(network.network), network.network.free_flow_time);
  in.car_time_min = skims.time_min;
  in.car_distance_km = skims.distance_km;
  return in;
}

// FNV-1a 64 over the bits of every OD cell: equal natively and in wasm when the results are.
std::uint64_t hash_od(const DemandResult& r) {
  std::uint64_t h = 14695981039346656037ull;
  auto add = [&](const std::vector<double>& v) {
    for (double x : v) {
      std::uint64_t bits;
      std::memcpy(&bits, &x, sizeof bits);
      for (int k = 0; k < 8; ++k) {
        h ^= (bits >> (8 * k)) & 0xFFu;
        h *= 1099511628211ull;
      }
    }
  };
  for (const auto& m : r.trips_od) add(m);
  add(r.car_vehicle_peak_od);
  for (const auto& l : r.line_segment_load_pax_h) add(l);
  return h;
}

void print(const DemandResult& r, double ms) {
  std::printf("run %.1f ms, population %.0f, result hash %016llx\n", ms, r.activity.population,
              static_cast<unsigned long long>(hash_od(r)));
  for (int m = 0; m < kModeCount; ++m) {
    std::printf("  %-5s share %6.3f trips %10.0f pkm %11.0f vkm %10.0f mean %5.2f km\n", to_string(static_cast<Mode>(m)),
                r.mode_share[m], r.activity.trips_per_day[m], r.activity.passenger_km_per_day[m],
                r.activity.vehicle_km_per_day[m], r.mean_trip_km[m]);
  }
  for (int k = 0; k < kPurposeCount; ++k) {
    const PurposeDiagnostics& d = r.purpose[k];
    std::printf("  %s trips %10.0f mean %.3f km (target %.2f) beta %.5f/min steps %d furness %d it err %.2e\n",
                to_string(static_cast<Purpose>(k)), d.trips_per_day, d.mean_trip_km, d.target_mean_trip_km,
                d.beta_per_min, d.calibration_steps, d.gravity_iterations, d.gravity_max_relative_error);
  }
  std::printf("  metro coverage %.3f of residents\n", r.metro_zone_coverage);
  for (std::size_t l = 0; l < r.line_segment_load_pax_h.size(); ++l) {
    double peak = 0.0;
    for (double x : r.line_segment_load_pax_h[l]) peak = std::max(peak, x);
    std::printf("  line %zu max segment load %.0f pax/h\n", l, peak);
  }
}

// Base year with the stored (calibrated) constants: shares at their targets, inside the ranges of
// Chinese mid-size cities with metro; about 2.5 trips per resident; mean trip lengths calibrated.
TEST(TravelDemandDefaultCity, SharesArePlausible) {
  const DemandInputs in = default_city_inputs();
  const auto t0 = std::chrono::steady_clock::now();
  const DemandResult r = run_travel_demand(in);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(r.error, "");
  print(r, ms);
  const DemandParameters& p = default_demand_parameters();
  double share_sum = 0.0, trips = 0.0;
  for (int m = 0; m < kModeCount; ++m) {
    share_sum += r.mode_share[m];
    trips += r.activity.trips_per_day[m];
    EXPECT_NEAR(r.mode_share[m], p.mode.target_share[m], 0.005) << to_string(static_cast<Mode>(m));
  }
  EXPECT_NEAR(share_sum, 1.0, 1e-12);
  const auto share = [&](Mode m) { return r.mode_share[static_cast<int>(m)]; };
  EXPECT_GT(share(Mode::Walk), 0.20);
  EXPECT_LT(share(Mode::Walk), 0.35);
  EXPECT_GT(share(Mode::Metro), 0.04);
  EXPECT_LT(share(Mode::Metro), 0.15);
  EXPECT_GT(share(Mode::Car), 0.20);
  EXPECT_LT(share(Mode::Car), 0.35);
  EXPECT_GT(trips / r.activity.population, 2.3);
  EXPECT_LT(trips / r.activity.population, 2.7);
  for (const PurposeDiagnostics& d : r.purpose) {
    EXPECT_TRUE(d.calibration_reached);
    EXPECT_TRUE(d.gravity_converged);
    EXPECT_LT(d.gravity_max_relative_error, 1e-8);
  }
  // Busiest metro segment: a few thousand passengers per hour and direction (a 6-car line carries
  // up to about 40 000).
  ASSERT_EQ(r.line_segment_load_pax_h.size(), 3u);
  for (const auto& line : r.line_segment_load_pax_h) {
    double peak = 0.0;
    for (double x : line) peak = std::max(peak, x);
    EXPECT_GT(peak, 300.0);
    EXPECT_LT(peak, 40000.0);
  }
  // Car vkm per resident: a few km per day.
  const double car_vkm = r.activity.vehicle_km_per_day[static_cast<int>(Mode::Car)] / r.activity.population;
  EXPECT_GT(car_vkm, 1.0);
  EXPECT_LT(car_vkm, 10.0);
}

// The demand-side levers move the shares the right way on the whole city.
TEST(TravelDemandDefaultCity, PolicyLeversMoveSharesTheRightWay) {
  const DemandInputs base_in = default_city_inputs();
  const DemandResult base = run_travel_demand(base_in);
  ASSERT_EQ(base.error, "");
  const int car = static_cast<int>(Mode::Car), metro = static_cast<int>(Mode::Metro), bus = static_cast<int>(Mode::Bus);

  DemandInputs in = base_in;
  in.policy.transit_headway_factor = 0.5;
  const DemandResult frequent = run_travel_demand(in);
  ASSERT_EQ(frequent.error, "");
  EXPECT_GT(frequent.mode_share[metro], base.mode_share[metro]);
  EXPECT_GT(frequent.mode_share[bus], base.mode_share[bus]);
  EXPECT_LT(frequent.mode_share[car], base.mode_share[car]);
  EXPECT_GT(frequent.activity.vehicle_km_per_day[metro], base.activity.vehicle_km_per_day[metro]);

  in = base_in;
  in.policy.parking_price_yuan = 10.0;
  const DemandResult parking = run_travel_demand(in);
  ASSERT_EQ(parking.error, "");
  EXPECT_LT(parking.mode_share[car], base.mode_share[car]);

  // Congestion charge on zones within 3 km of the centre.
  in = base_in;
  const Zones& z = *in.zones;
  in.zone_is_central.clear();
  for (std::uint32_t i = 0; i < z.size(); ++i) {
    in.zone_is_central.push_back(z.centroid[i].x_m * z.centroid[i].x_m + z.centroid[i].y_m * z.centroid[i].y_m < 3000.0 * 3000.0 ? 1 : 0);
  }
  in.policy.congestion_charge_yuan = 20.0;
  const DemandResult charge = run_travel_demand(in);
  ASSERT_EQ(charge.error, "");
  EXPECT_LT(charge.mode_share[car], base.mode_share[car]);
  double pcu_base = 0.0, pcu_charge = 0.0;
  for (double x : base.car_vehicle_peak_od) pcu_base += x;
  for (double x : charge.car_vehicle_peak_od) pcu_charge += x;
  EXPECT_LT(pcu_charge, pcu_base);
  std::printf("car share: base %.4f, headway ×0.5 %.4f, parking +10 yuan %.4f, charge 20 yuan %.4f\n",
              base.mode_share[car], frequent.mode_share[car], parking.mode_share[car], charge.mode_share[car]);
  std::printf("metro share: base %.4f, headway ×0.5 %.4f\n", base.mode_share[metro], frequent.mode_share[metro]);
}

// calibrate_mode_constants from zero constants reproduces the constants stored in
// assets/transport/mode_choice_parameters.csv (rounded there to 4 decimals).
TEST(TravelDemandDefaultCity, CalibrationReproducesTheStoredConstants) {
  const DemandInputs in = default_city_inputs();
  DemandParameters p = default_demand_parameters();
  p.mode.asc.fill(0.0);
  const ModeConstantCalibration cal = calibrate_mode_constants(in, p, 30, 1e-4);
  ASSERT_EQ(cal.error, "");
  EXPECT_TRUE(cal.converged);
  std::printf("rounds %d, max share error %.2e\n", cal.rounds, cal.max_abs_share_error);
  for (int m = 0; m < kModeCount; ++m) {
    std::printf("  %-5s asc %8.4f share %.4f\n", to_string(static_cast<Mode>(m)), cal.asc[m], cal.share[m]);
    EXPECT_NEAR(cal.asc[m], default_demand_parameters().mode.asc[m], 2e-3) << to_string(static_cast<Mode>(m));
  }
}

}  // namespace
}  // namespace twin::transport
