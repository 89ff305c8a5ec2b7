// PointGrid (geo/point_grid.hpp) against brute force: every point within a radius is among the visited
// ones, each at most once, for dense and for sparse (cell-growing) point sets, and the widening search
// of covers_all ends.
#include "geo/point_grid.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>

namespace {

std::vector<twin::Vec2> random_points(std::size_t n, double extent_m, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-extent_m, extent_m);
  std::vector<twin::Vec2> p(n);
  for (auto& q : p) q = {u(rng), u(rng)};
  return p;
}

void expect_superset_of_disc(const std::vector<twin::Vec2>& pts, const geo::PointGrid& grid, double radius_m) {
  for (std::size_t i = 0; i < pts.size(); i += 7) {
    const twin::Vec2 c = pts[i];
    std::multiset<std::uint32_t> seen;
    grid.near(c.x_m, c.y_m, radius_m, [&](std::uint32_t j) { seen.insert(j); });
    for (std::uint32_t j = 0; j < pts.size(); ++j) {
      const double dx = pts[j].x_m - c.x_m, dy = pts[j].y_m - c.y_m;
      if (dx * dx + dy * dy <= radius_m * radius_m) {
        EXPECT_EQ(seen.count(j), 1u) << "point " << j << " near " << i;
      }
    }
    for (std::uint32_t j : seen) EXPECT_LE(seen.count(j), 1u);
  }
}

TEST(GeoPointGrid, DenseSetVisitsEveryPointInTheDisc) {
  const auto pts = random_points(2000, 1500.0, 1);
  const geo::PointGrid grid(pts, 100.0);
  EXPECT_DOUBLE_EQ(grid.cell_m(), 100.0);  // 31 × 31 cells for 2000 points: no growth
  expect_superset_of_disc(pts, grid, 150.0);
  expect_superset_of_disc(pts, grid, 0.0);
}

TEST(GeoPointGrid, SparseWideSetGrowsItsCellsAndStaysCorrect) {
  auto pts = random_points(50, 500000.0, 2);  // 50 points over 1000 km: 10^8 cells of 100 m
  const geo::PointGrid grid(pts, 100.0);
  EXPECT_GT(grid.cell_m(), 100.0);
  expect_superset_of_disc(pts, grid, 150000.0);
}

TEST(GeoPointGrid, QueriesOutsideTheBoxAndEmptySets) {
  const auto pts = random_points(100, 1000.0, 3);
  const geo::PointGrid grid(pts, 50.0);
  // Far outside the box: the clamped edge cells are visited, none of whose points is near.
  grid.near(1e6, 1e6, 10.0, [&](std::uint32_t j) { EXPECT_GT(std::hypot(pts[j].x_m - 1e6, pts[j].y_m - 1e6), 10.0); });
  EXPECT_FALSE(grid.covers_all(0.0, 0.0, 10.0));
  EXPECT_TRUE(grid.covers_all(0.0, 0.0, 5000.0));
  const geo::PointGrid empty({}, 100.0);
  empty.near(0.0, 0.0, 1e9, [&](std::uint32_t) { ADD_FAILURE() << "an empty grid visited a point"; });
}

}  // namespace
