// CRS guessing from coordinate ranges (crs_guess.hpp; the rules and their reasons are in
// geo/README-crs.md).
#include "geo/crs_guess.hpp"

#include <cmath>
#include <cstdio>

namespace geo {
namespace {

bool within(double lo, double hi, double min, double max) { return lo >= min && hi <= max; }

// Web Mercator's half extent, metres: π · 6378137 (EPSG:3857, EPSG Guidance Note 7-2 §1.3.3.2).
constexpr double kWebMercatorHalf_m = 20037508.342789244;

}  // namespace

CoordinateRanges coordinate_ranges(const std::vector<Point>& sample) {
  CoordinateRanges r;
  for (const Point& p : sample) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
      ++r.non_finite;
      continue;
    }
    ++r.finite;
    r.min_x = std::fmin(r.min_x, p.x);
    r.max_x = std::fmax(r.max_x, p.x);
    r.min_y = std::fmin(r.min_y, p.y);
    r.max_y = std::fmax(r.max_y, p.y);
  }
  return r;
}

std::string describe(const CoordinateRanges& r) {
  if (r.finite == 0) return "no finite coordinates (" + std::to_string(r.non_finite) + " points with NaN/infinity)";
  const bool small = std::fmax(std::fmax(std::fabs(r.min_x), std::fabs(r.max_x)),
                               std::fmax(std::fabs(r.min_y), std::fabs(r.max_y))) <= 360.0;
  char buf[200];
  std::snprintf(buf, sizeof buf, small ? "x %.6f…%.6f, y %.6f…%.6f" : "x %.1f…%.1f, y %.1f…%.1f", r.min_x, r.max_x,
                r.min_y, r.max_y);
  std::string s = buf;
  s += " (" + std::to_string(r.finite) + (r.finite == 1 ? " point" : " points");
  if (r.non_finite > 0) s += "; " + std::to_string(r.non_finite) + " with NaN/infinity ignored";
  return s + ")";
}

RangeGuess guess_from_ranges(const CoordinateRanges& r) {
  RangeGuess g;
  if (r.finite == 0) {
    g.look = RangeLook::NoPoints;
    g.why = "there is no finite coordinate to guess from";
    return g;
  }
  // Rule 1 before rule 2: China's latitudes (18…54) fit in ±90 as longitudes too, but then the
  // "latitudes" 73…90 would put the data in the Arctic Ocean.
  if (within(r.min_x, r.max_x, 18.0, 54.0) && within(r.min_y, r.max_y, 73.0, 136.0)) {
    g.look = RangeLook::LatLonSwapped;
    g.definition = "EPSG:4326";
    g.axes_swapped = true;
    g.why = "x within 18…54 and y within 73…136 are China's latitudes and longitudes in swapped order "
            "(lat, lon) → WGS84 (EPSG:4326) with the axes swapped back";
    return g;
  }
  if (within(r.min_x, r.max_x, -180.0, 180.0) && within(r.min_y, r.max_y, -90.0, 90.0)) {
    g.look = RangeLook::LonLat;
    g.definition = "EPSG:4326";
    g.why = "x within ±180 and y within ±90 look like longitude/latitude degrees → WGS84 (EPSG:4326; "
            "CGCS2000, EPSG:4490, differs from it by centimetres)";
    return g;
  }
  if (within(r.min_x, r.max_x, -90.0, 90.0) && within(r.min_y, r.max_y, -180.0, 180.0)) {
    g.look = RangeLook::LatLonSwapped;
    g.definition = "EPSG:4326";
    g.axes_swapped = true;
    g.why = "x within ±90 while y goes beyond ±90 look like latitude/longitude in swapped order → WGS84 "
            "(EPSG:4326) with the axes swapped back";
    return g;
  }
  const double zone_lo = std::floor(r.min_x / 1e6);
  const double zone_hi = std::floor(r.max_x / 1e6);
  if (zone_lo == zone_hi && zone_lo >= 25.0 && zone_lo <= 45.0 &&
      within(r.min_x - zone_lo * 1e6, r.max_x - zone_lo * 1e6, 2e5, 8e5) && within(r.min_y, r.max_y, 1e6, 6e6)) {
    const int zone = static_cast<int>(zone_lo);
    g.look = RangeLook::GaussKrugerZone3;
    g.gk_zone = zone;
    g.definition = "EPSG:" + std::to_string(4513 + (zone - 25));
    g.why = "x is a Gauss-Kruger easting with zone prefix " + std::to_string(zone) +
            " (x / 1e6 = " + std::to_string(zone) + ", x mod 1e6 within 200000…800000) and y a northing within "
            "1e6…6e6 → CGCS2000 3-degree Gauss-Kruger zone " + std::to_string(zone) + " (" + g.definition +
            ", central meridian " + std::to_string(3 * zone) + "°E)";
    return g;
  }
  const bool in_web_mercator = within(r.min_x, r.max_x, -kWebMercatorHalf_m, kWebMercatorHalf_m) &&
                               within(r.min_y, r.max_y, -kWebMercatorHalf_m, kWebMercatorHalf_m);
  if (in_web_mercator && within(r.min_x, r.max_x, 8.0e6, 15.4e6) && within(r.min_y, r.max_y, 2.0e6, 7.2e6)) {
    g.look = RangeLook::WebMercatorChina;
    g.definition = "EPSG:3857";
    g.why = "x within 8.0e6…15.4e6 and y within 2.0e6…7.2e6 fit Web Mercator metres over China (72…138°E, "
            "17.7…54.2°N) → EPSG:3857; LOW CONFIDENCE: other projected CRSs can give such numbers";
    return g;
  }
  const double largest = std::fmax(std::fmax(std::fabs(r.min_x), std::fabs(r.max_x)),
                                   std::fmax(std::fabs(r.min_y), std::fabs(r.max_y)));
  if (largest <= 1e8) {
    g.look = RangeLook::ProjectedMetres;
    g.why = "the values look like projected metres but carry no zone hint";
    if (within(r.min_x, r.max_x, 1e5, 9e5))
      g.why += " (x within 100000…900000 is a Gauss-Kruger or UTM easting without zone prefix: e.g. EPSG:4534…4554 "
               "for CGCS2000 3-degree Gauss-Kruger CM 75E…135E, EPSG:326NN for WGS84 UTM zone NN north)";
    return g;
  }
  g.look = RangeLook::NotOnEarth;
  g.why = "the values exceed 1e8 in magnitude: no CRS on Earth gives such coordinates";
  return g;
}

}  // namespace geo
