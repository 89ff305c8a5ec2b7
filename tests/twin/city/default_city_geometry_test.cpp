// Footprints of the default city: counter-clockwise, simple, non-degenerate, not overlapping each
// other, and clear of the river and the parks. Checked with Boost.Geometry (an independent
// implementation), pairs found through an R-tree.
#include <gtest/gtest.h>

// Boost.Geometry's rescale policy trips GCC 12's -Wmaybe-uninitialized inside is_valid (a false
// positive in library code, instantiated here); silence it for this test file only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cmath>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "default_city_fixture.hpp"

namespace twin {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using Point = bg::model::d2::point_xy<double>;
using Polygon = bg::model::polygon<Point, /*ClockWise=*/false, /*Closed=*/false>;
using Box = bg::model::box<Point>;
using Entry = std::pair<Box, std::uint32_t>;

// Smallest footprint we accept: a kiosk; anything smaller is a generator bug.
constexpr double kMinFootprint_m2 = 20.0;

Polygon polygon_of(const std::vector<Vec2>& xy, std::uint32_t begin, std::uint32_t end) {
  Polygon p;
  for (std::uint32_t v = begin; v < end; ++v) bg::append(p.outer(), Point(xy[v].x_m, xy[v].y_m));
  return p;
}

std::vector<Polygon> footprints(const Buildings& b) {
  std::vector<Polygon> out;
  out.reserve(b.size());
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    out.push_back(polygon_of(b.footprint_xy, b.footprint_begin[i], b.footprint_begin[i + 1]));
  }
  return out;
}

TEST(DefaultCityGeometry, FootprintsAreValidCounterClockwiseAndNotDegenerate) {
  const Buildings& b = testing::default_city().buildings;
  const std::vector<Polygon> polys = footprints(b);
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    const std::uint32_t v0 = b.footprint_begin[i], v1 = b.footprint_begin[i + 1];
    ASSERT_GE(v1 - v0, 3u) << i;
    for (std::uint32_t v = v0; v < v1; ++v) {
      const Vec2 p = b.footprint_xy[v], q = b.footprint_xy[v + 1 < v1 ? v + 1 : v0];
      ASSERT_FALSE(p.x_m == q.x_m && p.y_m == q.y_m) << "repeated vertex in building " << i;
      ASSERT_TRUE(std::isfinite(p.x_m) && std::isfinite(p.y_m)) << i;
    }
    const double signed_area = polygon_signed_area_m2(b.footprint_xy.data() + v0, v1 - v0);
    ASSERT_GT(signed_area, kMinFootprint_m2) << "clockwise or tiny footprint " << i;
    std::string reason;
    ASSERT_TRUE(bg::is_valid(polys[i], reason)) << i << ": " << reason;
    ASSERT_NEAR(bg::area(polys[i]), signed_area, 1e-6 * signed_area) << i;
  }
}

TEST(DefaultCityGeometry, NoTwoBuildingsOverlapOrTouch) {
  const Buildings& b = testing::default_city().buildings;
  const std::vector<Polygon> polys = footprints(b);
  std::vector<Entry> entries;
  for (std::uint32_t i = 0; i < b.size(); ++i) entries.emplace_back(bg::return_envelope<Box>(polys[i]), i);
  const bgi::rtree<Entry, bgi::quadratic<16>> tree(entries.begin(), entries.end());
  std::uint32_t violations = 0;
  std::vector<Entry> hits;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    hits.clear();
    tree.query(bgi::intersects(entries[i].first), std::back_inserter(hits));
    for (const Entry& e : hits) {
      if (e.second <= i) continue;
      // The generator keeps ≥ 1 m between buildings, so even touching is a bug.
      if (bg::intersects(polys[i], polys[e.second])) {
        ADD_FAILURE() << "buildings " << i << " and " << e.second << " intersect";
        if (++violations > 10) return;
      }
    }
  }
}

TEST(DefaultCityGeometry, NoBuildingInWaterOrPark) {
  const City& c = testing::default_city();
  const std::vector<Polygon> polys = footprints(c.buildings);
  std::vector<Entry> entries;
  for (std::uint32_t i = 0; i < c.buildings.size(); ++i) entries.emplace_back(bg::return_envelope<Box>(polys[i]), i);
  const bgi::rtree<Entry, bgi::quadratic<16>> tree(entries.begin(), entries.end());
  const GroundAreas& g = c.ground;
  std::uint32_t water = 0;
  for (std::uint32_t k = 0; k < g.size(); ++k) {
    const Polygon area = polygon_of(g.polygon_xy, g.polygon_begin[k], g.polygon_begin[k + 1]);
    std::string reason;
    ASSERT_TRUE(bg::is_valid(area, reason)) << "ground polygon " << k << ": " << reason;
    ASSERT_GT(polygon_signed_area_m2(g.polygon_xy.data() + g.polygon_begin[k], g.polygon_begin[k + 1] - g.polygon_begin[k]), 0.0);
    if (g.cover[k] == GroundCover::Water) ++water;
    std::vector<Entry> hits;
    tree.query(bgi::intersects(bg::return_envelope<Box>(area)), std::back_inserter(hits));
    for (const Entry& e : hits) {
      ASSERT_FALSE(bg::intersects(area, polys[e.second]))
          << "building " << e.second << " in " << to_string(g.cover[k]) << " polygon " << k;
    }
  }
  EXPECT_GE(water, 1u);
}

TEST(DefaultCityGeometry, EverythingLiesInsideTheExtent) {
  const City& c = testing::default_city();
  for (const Vec2& p : c.buildings.footprint_xy) {
    ASSERT_TRUE(p.x_m >= c.min_corner.x_m && p.x_m <= c.max_corner.x_m && p.y_m >= c.min_corner.y_m &&
                p.y_m <= c.max_corner.y_m);
  }
  for (const Vec2& p : c.roads.node_xy) {
    ASSERT_TRUE(p.x_m >= c.min_corner.x_m && p.x_m <= c.max_corner.x_m && p.y_m >= c.min_corner.y_m &&
                p.y_m <= c.max_corner.y_m);
  }
}

}  // namespace
}  // namespace twin
