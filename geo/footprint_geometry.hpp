// Boost.Geometry types and small helpers shared by the footprint cleaning steps (footprints.hpp).
// Polygons are counter-clockwise and closed (the last point repeats the first) inside the pipeline,
// as twin::City wants counter-clockwise; the output ring is opened at the very end.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

// Boost 1.74's overlay, envelope and buffer code draws false "may be used uninitialized" warnings
// from GCC 12 at -O1 and above (inside boost's own headers); they are silenced for these headers only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/geometry/multi/geometries/multi_polygon.hpp>
#pragma GCC diagnostic pop

#include "geo/feature.hpp"

namespace geo::fp {

namespace bg = boost::geometry;
using BgPoint = bg::model::d2::point_xy<double>;
using BgPolygon = bg::model::polygon<BgPoint, /*ClockWise=*/false, /*Closed=*/true>;
using BgRing = BgPolygon::ring_type;
using BgMulti = bg::model::multi_polygon<BgPolygon>;
using BgBox = bg::model::box<BgPoint>;

// Vertices closer than this are one vertex: 1 mm is far below the precision of any building survey
// (cadastral surveys work to centimetres) and far above double rounding at city scale (1e-9 m).
inline constexpr double kSameVertexM = 1e-3;
// Footprints (after merging tiled pieces) smaller than this are skipped as "too_small". 2 m² is the
// area of a sliver 0.2 m wide (the few-decimetre quantisation of tiled sources, SOURCE.md of the
// Lujiazui tiles) along a 10 m wall; no room a person can use is that small (the smallest kitchen
// that GB 50096-2011 §5.3.1 allows is 3.5 m²), so such a footprint is an artefact, not a building.
inline constexpr double kMinFootprintAreaM2 = 2.0;
// Coordinates beyond ±1e7 m from the local origin (a quarter of the Earth's circumference,
// 40,075 km / 4) cannot belong to one city in a local frame: a failed projection, treated as non-finite.
inline constexpr double kMaxAbsCoordinateM = 1e7;

// What happened to one piece or footprint, turned into counts and issues by footprints.cpp.
// Info notes are only counted (normalisation that formats differ on: orientation, closing);
// warnings are repairs or merges; errors skip the piece or footprint, reason being the skip reason.
struct StepNote {
  enum class Level : std::uint8_t { Info, Warning, Error };
  Level level = Level::Warning;
  std::string reason;   // count key: "reoriented", "spikes", "self_intersection", "too_small" …
  std::string message;  // words for the issue (what, where, how much); empty for Info
};

// Words for a Boost.Geometry validity failure (validity_failure_type.hpp of boost 1.74).
std::string validity_words(bg::validity_failure_type failure);

// Exact shoelace area of an open or closed ring of twin points is twin::polygon_signed_area_m2;
// this one is for the closed Boost ring (positive when counter-clockwise).
double signed_area_m2(const BgRing& ring);

// "(x, y)" with centimetre precision, for issues.
std::string where(const BgPoint& p);

}  // namespace geo::fp
