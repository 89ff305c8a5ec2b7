#include "twin/transport/trip_generation.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/transport/demand_test_util.hpp"

namespace twin::transport {
namespace {

// Three zones: homes only, jobs only, mixed. Expectations by hand from the default rates.
TEST(TripGeneration, HandComputedProductionsAndAttractions) {
  const Zones z = test::zone_row({1000.0, 0.0, 500.0}, {0.0, 800.0, 200.0});
  std::array<TripEnds, kPurposeCount> e;
  ASSERT_EQ(generate_trip_ends(z, default_demand_parameters(), &e), "");
  const TripEnds& hbw = e[static_cast<int>(Purpose::HomeBasedWork)];
  // 0.9 trips per resident; attractions ∝ jobs, scaled to 1350.
  EXPECT_DOUBLE_EQ(hbw.production[0], 900.0);
  EXPECT_DOUBLE_EQ(hbw.production[1], 0.0);
  EXPECT_DOUBLE_EQ(hbw.production[2], 450.0);
  EXPECT_DOUBLE_EQ(hbw.total, 1350.0);
  EXPECT_NEAR(hbw.attraction[0], 0.0, 1e-12);
  EXPECT_NEAR(hbw.attraction[1], 1080.0, 1e-9);
  EXPECT_NEAR(hbw.attraction[2], 270.0, 1e-9);
  // NHB: 0.2 per resident + 0.3 per job at both ends.
  const TripEnds& nhb = e[static_cast<int>(Purpose::NonHomeBased)];
  EXPECT_NEAR(nhb.production[0], 200.0, 1e-9);
  EXPECT_NEAR(nhb.production[1], 240.0, 1e-9);
  EXPECT_NEAR(nhb.production[2], 160.0, 1e-9);
  // HBO attractions: 0.6 per resident + 1.2 per job = {600, 960, 540}, scaled to 1.25 × 1500 = 1875.
  const TripEnds& hbo = e[static_cast<int>(Purpose::HomeBasedOther)];
  EXPECT_NEAR(hbo.attraction[1], 960.0 * 1875.0 / 2100.0, 1e-9);
}

TEST(TripGeneration, AttractionsBalanceProductionsPerPurpose) {
  const Zones z = test::zone_row({1200.0, 300.0, 0.0, 4500.0}, {50.0, 2500.0, 900.0, 10.0});
  std::array<TripEnds, kPurposeCount> e;
  ASSERT_EQ(generate_trip_ends(z, default_demand_parameters(), &e), "");
  for (const TripEnds& t : e) {
    double p = 0.0, a = 0.0;
    for (std::size_t i = 0; i < t.production.size(); ++i) {
      p += t.production[i];
      a += t.attraction[i];
    }
    EXPECT_NEAR(a, p, 1e-9 * p);
    EXPECT_DOUBLE_EQ(t.total, p);
  }
}

TEST(TripGeneration, RejectsNegativeNanAndUnattractedTrips) {
  std::array<TripEnds, kPurposeCount> e;
  EXPECT_NE(generate_trip_ends(test::zone_row({-1.0, 10.0}, {5.0, 5.0}), default_demand_parameters(), &e), "");
  EXPECT_NE(generate_trip_ends(test::zone_row({1.0, std::nan("")}, {5.0, 5.0}), default_demand_parameters(), &e), "");
  // Residents but no jobs: nobody to attract commutes.
  const std::string error = generate_trip_ends(test::zone_row({100.0, 10.0}, {0.0, 0.0}), default_demand_parameters(), &e);
  EXPECT_NE(error.find("hbw"), std::string::npos) << error;
  // An empty city is fine: no trips.
  EXPECT_EQ(generate_trip_ends(test::zone_row({0.0}, {0.0}), default_demand_parameters(), &e), "");
  EXPECT_EQ(e[0].total, 0.0);
}

}  // namespace
}  // namespace twin::transport
