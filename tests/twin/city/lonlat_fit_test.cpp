// lon/lat from local metres by the fitted cubic (twin/city/lonlat_fit.hpp), checked against the closed
// form of the spherical transverse Mercator inverse (Snyder 1987, "Map Projections — A Working Manual",
// USGS PP 1395, eqs. 8-6 and 8-7): over ±10 km the cubic must reproduce it to a few centimetres.
#include "twin/city/lonlat_fit.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace twin {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kR = 6371008.8;

void tmerc_inverse(double x, double y, double lon0, double lat0, double* lon, double* lat) {
  const double d = y / kR + lat0 * kPi / 180.0;
  *lon = lon0 + std::atan2(std::sinh(x / kR), std::cos(d)) * 180.0 / kPi;
  *lat = std::asin(std::sin(d) / std::cosh(x / kR)) * 180.0 / kPi;
}

TEST(LonLatFit, CubicReproducesTheTransverseMercatorInverseOverADistrict) {
  std::vector<LonLatSample> samples;
  for (int i = -10; i <= 10; ++i)
    for (int j = -10; j <= 10; ++j) {
      LonLatSample s{i * 1000.0, j * 1000.0, 0, 0};
      tmerc_inverse(s.x_m, s.y_m, 116.35, 40.0, &s.lon_deg, &s.lat_deg);
      samples.push_back(s);
    }
  LonLatFit fit;
  ASSERT_TRUE(fit_lonlat(samples, 10000.0, &fit));
  EXPECT_LT(fit.max_error_m, 0.05);
  CityLocation loc;
  loc.georeferenced = true;
  loc.lonlat_fit = fit;
  double lon = 0, lat = 0;
  ASSERT_TRUE(local_to_lonlat(loc, 3333.0, -7777.0, &lon, &lat));
  double lon_ref = 0, lat_ref = 0;
  tmerc_inverse(3333.0, -7777.0, 116.35, 40.0, &lon_ref, &lat_ref);
  EXPECT_NEAR(lon, lon_ref, 1e-6);  // 1e-6 degree ≈ 0.1 m
  EXPECT_NEAR(lat, lat_ref, 1e-6);
  ASSERT_TRUE(local_to_lonlat(loc, 0.0, 0.0, &lon, &lat));
  EXPECT_NEAR(lon, 116.35, 1e-9);
  EXPECT_NEAR(lat, 40.0, 1e-9);
}

TEST(LonLatFit, InverseReturnsTheLocalPointOfALonLat) {
  std::vector<LonLatSample> samples;
  for (int i = -10; i <= 10; ++i)
    for (int j = -10; j <= 10; ++j) {
      LonLatSample s{i * 1000.0, j * 1000.0, 0, 0};
      tmerc_inverse(s.x_m, s.y_m, 121.5, 31.2, &s.lon_deg, &s.lat_deg);
      samples.push_back(s);
    }
  CityLocation loc;
  loc.georeferenced = true;
  ASSERT_TRUE(fit_lonlat(samples, 10000.0, &loc.lonlat_fit));
  // Round trip through the fit itself: exact to the iteration's tolerance.
  for (const auto& [x, y] : {std::pair{0.0, 0.0}, {3333.0, -7777.0}, {-9500.0, 9900.0}, {25000.0, -1000.0}}) {
    double lon = 0, lat = 0, bx = 0, by = 0;
    ASSERT_TRUE(local_to_lonlat(loc, x, y, &lon, &lat));
    ASSERT_TRUE(lonlat_to_local(loc, lon, lat, &bx, &by));
    EXPECT_NEAR(bx, x, 1e-4);
    EXPECT_NEAR(by, y, 1e-4);
  }
  // Against the closed-form projection: the exact lon/lat of a point lands within the fit's error.
  double lon = 0, lat = 0, x = 0, y = 0;
  tmerc_inverse(-4200.0, 6100.0, 121.5, 31.2, &lon, &lat);
  ASSERT_TRUE(lonlat_to_local(loc, lon, lat, &x, &y));
  EXPECT_NEAR(x, -4200.0, 0.05);
  EXPECT_NEAR(y, 6100.0, 0.05);
  // Far outside the fitted extent (1 degree away ≈ 100 km), NaN, or no location: refused.
  EXPECT_FALSE(lonlat_to_local(loc, 122.5, 31.2, &x, &y));
  EXPECT_FALSE(lonlat_to_local(loc, std::nan(""), 31.2, &x, &y));
  EXPECT_FALSE(lonlat_to_local(CityLocation{}, 121.5, 31.2, &x, &y));
}

TEST(LonLatFit, NoFitWithoutEnoughOrDegenerateSamplesOrLocation) {
  LonLatFit fit;
  EXPECT_FALSE(fit_lonlat({}, 1000.0, &fit));
  std::vector<LonLatSample> line;
  for (int i = 0; i < 20; ++i) line.push_back({i * 10.0, 0.0, 116.0 + i * 1e-4, 40.0});
  EXPECT_FALSE(fit_lonlat(line, 1000.0, &fit));  // all on one line: rank-deficient
  CityLocation none;
  double lon = 0, lat = 0;
  EXPECT_FALSE(local_to_lonlat(none, 0, 0, &lon, &lat));
}

}  // namespace
}  // namespace twin
