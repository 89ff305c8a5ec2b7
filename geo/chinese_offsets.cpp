// GCJ-02 / BD-09 offsets (chinese_offsets.hpp). Written from the formula as published in
// googollee/eviltransform (javascript/transform.js) and wandergis/coordtransform (index.js); see the
// header for the sources and geo/README-crs.md for the test vectors.
#include "geo/chinese_offsets.hpp"

#include <cmath>
#include <numbers>

namespace geo {
namespace {

constexpr double kPi = std::numbers::pi;
// Krasovsky 1940 ellipsoid, the one GCJ-02's offset is scaled on (eviltransform gcjDelta: a, ee).
constexpr double kKrasovskyA_m = 6378245.0;
constexpr double kKrasovskyE2 = 0.00669342162296594323;
// Baidu's x_pi = π · 3000 / 180 (wandergis/coordtransform index.js).
constexpr double kBaiduXPi = kPi * 3000.0 / 180.0;
// The iterative inverses stop when a step moves the point by less than this (degrees, ~1e-7 m).
constexpr double kInverseStep_deg = 1e-12;
constexpr int kMaxIterations = 30;

// The offset polynomials in "metres-like" units of x = lon − 105, y = lat − 35.
double offset_lat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double offset_lon(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}

// GCJ-02 − WGS84 at a WGS84 point, degrees (no box test: callers decide).
LonLat gcj_offset(LonLat w) {
  const double x = w.lon_deg - 105.0;
  const double y = w.lat_deg - 35.0;
  const double lat_rad = w.lat_deg / 180.0 * kPi;
  const double s = std::sin(lat_rad);
  const double m = 1.0 - kKrasovskyE2 * s * s;
  const double sqrt_m = std::sqrt(m);
  // Metres → degrees on the Krasovsky ellipsoid: meridian radius M = a(1−e²)/m^1.5, parallel radius N cos φ.
  const double dlat = offset_lat(x, y) * 180.0 / ((kKrasovskyA_m * (1.0 - kKrasovskyE2)) / (m * sqrt_m) * kPi);
  const double dlon = offset_lon(x, y) * 180.0 / (kKrasovskyA_m / sqrt_m * std::cos(lat_rad) * kPi);
  return {dlon, dlat};
}

}  // namespace

bool inside_china_offset_area(double lon_deg, double lat_deg) {
  return lon_deg >= 72.004 && lon_deg <= 137.8347 && lat_deg >= 0.8293 && lat_deg <= 55.8271;
}

LonLat wgs84_to_gcj02(LonLat w) {
  if (!inside_china_offset_area(w.lon_deg, w.lat_deg)) return w;
  const LonLat d = gcj_offset(w);
  return {w.lon_deg + d.lon_deg, w.lat_deg + d.lat_deg};
}

LonLat gcj02_to_wgs84(LonLat g) {
  if (!inside_china_offset_area(g.lon_deg, g.lat_deg)) return g;
  // Solve w + offset(w) = g: w ← g − offset(w), starting from w = g.
  LonLat w = g;
  for (int k = 0; k < kMaxIterations; ++k) {
    const LonLat d = gcj_offset(w);
    const LonLat next{g.lon_deg - d.lon_deg, g.lat_deg - d.lat_deg};
    const double step = std::fmax(std::fabs(next.lon_deg - w.lon_deg), std::fabs(next.lat_deg - w.lat_deg));
    w = next;
    if (!(step > kInverseStep_deg)) break;  // also stops on NaN
  }
  return w;
}

LonLat gcj02_to_bd09(LonLat g) {
  const double x = g.lon_deg, y = g.lat_deg;
  const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBaiduXPi);
  const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBaiduXPi);
  return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09_to_gcj02(LonLat b) {
  // Baidu's published closed form, then fixed-point refinement g ← g − (bd(g) − b).
  const double x = b.lon_deg - 0.0065, y = b.lat_deg - 0.006;
  const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBaiduXPi);
  const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBaiduXPi);
  LonLat g{z * std::cos(theta), z * std::sin(theta)};
  for (int k = 0; k < kMaxIterations; ++k) {
    const LonLat fb = gcj02_to_bd09(g);
    const double dlon = fb.lon_deg - b.lon_deg, dlat = fb.lat_deg - b.lat_deg;
    g = {g.lon_deg - dlon, g.lat_deg - dlat};
    if (!(std::fmax(std::fabs(dlon), std::fabs(dlat)) > kInverseStep_deg)) break;
  }
  return g;
}

LonLat wgs84_to_bd09(LonLat w) { return gcj02_to_bd09(wgs84_to_gcj02(w)); }

LonLat bd09_to_wgs84(LonLat b) { return gcj02_to_wgs84(bd09_to_gcj02(b)); }

}  // namespace geo
