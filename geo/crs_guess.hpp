// Guessing a layer's CRS from the ranges of its coordinates, when the file declares none (or declares
// lon/lat while holding metres). Pure arithmetic, no PROJ: crs.cpp turns a guess into a CrsSpec and
// reports it as a warning. The rules, in the order they are tried (geo/README-crs.md says why each):
//   1. x ∈ [18, 54] and y ∈ [73, 136]: China with latitude first → EPSG:4326, axes swapped.
//   2. |x| ≤ 180 and |y| ≤ 90: lon/lat degrees → EPSG:4326 (WGS84; CGCS2000, EPSG:4490, differs from it
//      by centimetres, below what a footprint needs).
//   3. |x| ≤ 90 and |y| ≤ 180 (some |y| > 90): lat/lon → EPSG:4326, axes swapped.
//   4. Gauss–Krüger easting with a zone prefix: ⌊x / 1e6⌋ is one zone z ∈ 25…45, x − z·1e6 ∈ [2e5, 8e5],
//      y ∈ [1e6, 6e6] → CGCS2000 3-degree zone z, EPSG:4513 + (z − 25) (proj.db: 4513 = "CGCS2000 /
//      3-degree Gauss-Kruger zone 25" … 4533 = zone 45).
//   5. Web Mercator over China: x ∈ [8.0e6, 15.4e6] (72…138 °E) and y ∈ [2.0e6, 7.2e6] (17.7…54.2 °N)
//      → EPSG:3857, low confidence.
//   6. Any other finite values within ±1e8: projected metres without a zone hint → no guess (error).
//   7. Beyond that: not coordinates on Earth → no guess (error).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "geo/feature.hpp"

namespace geo {

struct CoordinateRanges {
  double min_x = std::numeric_limits<double>::infinity();
  double max_x = -std::numeric_limits<double>::infinity();
  double min_y = std::numeric_limits<double>::infinity();
  double max_y = -std::numeric_limits<double>::infinity();
  std::size_t finite = 0;      // points with both coordinates finite (the only ones ranged)
  std::size_t non_finite = 0;  // points with a NaN or infinite coordinate (ignored)
};
CoordinateRanges coordinate_ranges(const std::vector<Point>& sample);
// "x 116.34403…116.35974, y 39.99767…40.00888 (4347 points)" — 6 significant decimals for degrees-sized
// values, 1 for metres.
std::string describe(const CoordinateRanges& ranges);

enum class RangeLook : std::uint8_t {
  NoPoints = 0,      // nothing finite to look at
  LonLat,            // rule 2
  LatLonSwapped,     // rules 1 and 3
  GaussKrugerZone3,  // rule 4
  WebMercatorChina,  // rule 5
  ProjectedMetres,   // rule 6
  NotOnEarth,        // rule 7
};

struct RangeGuess {
  RangeLook look = RangeLook::NoPoints;
  std::string definition;     // "EPSG:4326", "EPSG:4527", "EPSG:3857"; empty when there is no guess
  bool axes_swapped = false;  // x holds latitude
  int gk_zone = 0;            // rule 4's zone number
  std::string why;            // the rule that matched, worded for a report
};
RangeGuess guess_from_ranges(const CoordinateRanges& ranges);

}  // namespace geo
