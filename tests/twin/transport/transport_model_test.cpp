// The whole transport model on the default city: it runs, reproduces the calibrated base-year
// mode shares, converges, and responds to a new metro line, more frequent transit and a parking
// charge with the right signs. Each run takes about 0.4 s natively, so the base run is shared.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "tests/twin/city/default_city_fixture.hpp"
#include "twin/transport/city_network.hpp"
#include "twin/transport/demand_parameters.hpp"
#include "twin/transport/transport_model.hpp"

namespace twin::transport {
namespace {

constexpr int kCar = static_cast<int>(Mode::Car);
constexpr int kMetro = static_cast<int>(Mode::Metro);

const TransportResult& base_run() {
  static const TransportResult result = run_transport_model(testing::default_city());
  return result;
}

// A new east–west line 2.5 km north of the centre, 10 km long, a station every 1.25 km.
TransitLine test_line() {
  TransitLine line;
  line.name = "test line";
  line.headway_min = 5.0;
  for (int k = 0; k <= 8; ++k) line.stops.push_back({"s" + std::to_string(k), {-5000.0 + 1250.0 * k, 2500.0}});
  return line;
}

double road_vehicle_km(const City& city, const TransportResult& r) {
  double vkm = 0.0;
  for (std::uint32_t i = 0; i < city.roads.link_count(); ++i)
    vkm += r.road_link_flow_pcu_h[i] * city.roads.link_length_m[i] / 1000.0;
  return vkm;
}

std::uint64_t hash_doubles(std::uint64_t h, const std::vector<double>& values) {
  for (double x : values) {
    std::uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    for (int k = 0; k < 8; ++k) {
      h ^= (bits >> (8 * k)) & 0xFFu;
      h *= 1099511628211ull;
    }
  }
  return h;
}

TEST(TransportModel, DefaultCityRunsConvergesAndReproducesTheCalibratedShares) {
  const City& city = testing::default_city();
  const TransportResult& r = base_run();
  ASSERT_EQ(r.error, "");
  EXPECT_TRUE(r.assignment.converged);
  EXPECT_LE(r.assignment.relative_gap, 1e-4);
  ASSERT_EQ(r.road_link_flow_pcu_h.size(), city.roads.link_count());
  ASSERT_EQ(r.road_link_vc.size(), city.roads.link_count());
  double sum = 0.0;
  for (int m = 0; m < kModeCount; ++m) {
    sum += r.mode_share[m];
    // The constants were calibrated on free-flow skims; congestion feedback moves shares a little.
    EXPECT_NEAR(r.mode_share[m], default_demand_parameters().mode.target_share[m], 0.005)
        << to_string(static_cast<Mode>(m));
  }
  EXPECT_NEAR(sum, 1.0, 1e-12);
  double max_vc = 0.0;
  std::uint32_t loaded = 0;
  for (std::uint32_t i = 0; i < city.roads.link_count(); ++i) {
    EXPECT_GE(r.road_link_flow_pcu_h[i], 0.0);
    max_vc = std::max(max_vc, r.road_link_vc[i]);
    if (r.road_link_flow_pcu_h[i] > 0.0) ++loaded;
  }
  // A lightly congested district in the peak hour: some links near or over capacity, none absurd.
  EXPECT_GT(max_vc, 0.5);
  EXPECT_LT(max_vc, 2.0);
  EXPECT_GT(loaded, city.roads.link_count() / 2);
  ASSERT_EQ(r.line_segment_load_pax_h.size(), city.transit_lines.size());
  std::printf("base: %.0f ms, %zu iterations, gap %.2e, max v/c %.3f, %u of %u links loaded, road vkm (peak h) %.0f\n",
              r.run_ms, r.assignment.iterations.size(), r.assignment.relative_gap, max_vc, loaded,
              city.roads.link_count(), road_vehicle_km(city, r));
  std::uint64_t h = 14695981039346656037ull;
  h = hash_doubles(h, r.road_link_flow_pcu_h);
  for (const auto& loads : r.line_segment_load_pax_h) h = hash_doubles(h, loads);
  h = hash_doubles(h, std::vector<double>(r.mode_share.begin(), r.mode_share.end()));
  // Printed so the native and wasm logs can be compared; ct_fingerprint checks it byte for byte.
  std::printf("result hash %016llx\n", static_cast<unsigned long long>(h));
}

TEST(TransportModel, ANewMetroLineShiftsTripsFromCarsToMetroAndRelievesTheRoads) {
  const City& city = testing::default_city();
  const TransportResult& base = base_run();
  TransportPolicy policy;
  policy.extra_lines.push_back(test_line());
  const TransportResult r = run_transport_model(city, policy);
  ASSERT_EQ(r.error, "");
  EXPECT_LT(r.mode_share[kCar], base.mode_share[kCar]);
  EXPECT_GT(r.mode_share[kMetro], base.mode_share[kMetro]);
  EXPECT_LT(r.activity.vehicle_km_per_day[kCar], base.activity.vehicle_km_per_day[kCar]);
  EXPECT_GT(r.activity.vehicle_km_per_day[kMetro], base.activity.vehicle_km_per_day[kMetro]);  // more train-km
  EXPECT_LT(road_vehicle_km(city, r), road_vehicle_km(city, base));
  ASSERT_EQ(r.line_segment_load_pax_h.size(), city.transit_lines.size() + 1);
  double busiest = 0.0;
  for (double x : r.line_segment_load_pax_h.back()) busiest = std::max(busiest, x);
  EXPECT_GT(busiest, 100.0);
  std::printf("new line: car share %.4f → %.4f, metro %.4f → %.4f, busiest segment %.0f pax/h\n",
              base.mode_share[kCar], r.mode_share[kCar], base.mode_share[kMetro], r.mode_share[kMetro], busiest);
}

TEST(TransportModel, FrequentTransitAndParkingChargesLowerCarUse) {
  const City& city = testing::default_city();
  const TransportResult& base = base_run();
  TransportPolicy frequent;
  frequent.transit_headway_factor = 0.5;
  const TransportResult a = run_transport_model(city, frequent);
  ASSERT_EQ(a.error, "");
  EXPECT_LT(a.mode_share[kCar], base.mode_share[kCar]);
  TransportPolicy parking;
  parking.parking_price_yuan = 10.0;
  const TransportResult b = run_transport_model(city, parking);
  ASSERT_EQ(b.error, "");
  EXPECT_LT(b.mode_share[kCar], a.mode_share[kCar]);
  EXPECT_LT(road_vehicle_km(city, b), road_vehicle_km(city, base));
}

TEST(TransportModel, BadPoliciesAreRefusedWithTheReason) {
  const City& city = testing::default_city();
  TransportPolicy p;
  p.transit_headway_factor = std::nan("");
  EXPECT_NE(run_transport_model(city, p).error.find("transit_headway_factor"), std::string::npos);
  p = {};
  p.parking_price_yuan = -1.0;
  EXPECT_NE(run_transport_model(city, p).error.find("parking_price_yuan"), std::string::npos);
  p = {};
  TransitLine one_stop = test_line();
  one_stop.stops.resize(1);
  p.extra_lines.push_back(one_stop);
  EXPECT_NE(run_transport_model(city, p).error.find("at least 2 stops"), std::string::npos);
  p = {};
  TransitLine nan_stop = test_line();
  nan_stop.stops[3].xy.x_m = std::nan("");
  p.extra_lines.push_back(nan_stop);
  EXPECT_NE(run_transport_model(city, p).error.find("non-finite"), std::string::npos);
  City empty;
  EXPECT_NE(run_transport_model(empty).error.find("no zones"), std::string::npos);
}

TEST(TransportModel, ProgressRisesToOneAndCancellingStops) {
  const City& city = testing::default_city();
  TransportModelOptions options;
  std::vector<double> seen;
  options.on_progress = [&](double f, const char*) {
    seen.push_back(f);
    return true;
  };
  ASSERT_EQ(run_transport_model(city, {}, options).error, "");
  ASSERT_GE(seen.size(), 4u);
  for (std::size_t k = 1; k < seen.size(); ++k) EXPECT_GE(seen[k], seen[k - 1]);
  EXPECT_EQ(seen.back(), 1.0);
  int calls = 0;
  options.on_progress = [&](double, const char*) { return ++calls < 3; };
  EXPECT_EQ(run_transport_model(city, {}, options).error, "transport model: cancelled");
}

TEST(CityNetwork, EveryZoneIsConnectedAndNeverPassedThrough) {
  const City& city = testing::default_city();
  const CityNetwork cn = build_city_network(city);
  const RoadAssignmentNetwork& n = cn.network;
  EXPECT_EQ(n.zone_count, city.zones.size());
  EXPECT_EQ(n.first_thru_node, n.zone_count);
  EXPECT_EQ(cn.road_link_count, city.roads.link_count());
  std::vector<int> out(n.zone_count, 0), in(n.zone_count, 0);
  for (std::uint32_t i = cn.road_link_count; i < n.link_count(); ++i) {
    if (n.link_from[i] < n.zone_count) ++out[n.link_from[i]];
    if (n.link_to[i] < n.zone_count) ++in[n.link_to[i]];
    EXPECT_EQ(n.b[i], 0.0);  // connectors never congest
  }
  for (std::uint32_t z = 0; z < n.zone_count; ++z) {
    EXPECT_GE(out[z], 1) << z;
    EXPECT_LE(out[z], static_cast<int>(kConnectorsPerZone)) << z;
    EXPECT_EQ(in[z], out[z]) << z;
  }
  // Road links keep their order and free-flow time = length / speed.
  EXPECT_NEAR(n.free_flow_time[0], city.roads.link_length_m[0] / 1000.0 / city.roads.link_free_speed_kmh[0] * 60.0, 1e-12);
}

}  // namespace
}  // namespace twin::transport
