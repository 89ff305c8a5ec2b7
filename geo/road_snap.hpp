// Snapping points closer than a tolerance to one node, with a grid hash (cell = tolerance, the
// point's cell and its 8 neighbours searched). Nodes are numbered in order of first appearance and a
// point joins the nearest existing node within the tolerance (the lowest number on a tie), so the
// result depends only on the order of the points. Used for road vertices (tiled GeoJSON pieces meet
// a few decimetres apart; OSM ways share exact nodes) and metro track ends.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "geo/feature.hpp"

namespace geo {

class PointSnapper {
 public:
  explicit PointSnapper(double tolerance_m);
  // The node of p: an existing one within the tolerance, else a new one at p. p must be finite and
  // within ±kMaxCoordinateM (callers check and report first).
  std::uint32_t snap(const Point& p);
  const std::vector<Point>& nodes() const { return nodes_; }

  // Local coordinates beyond this are absurd for a city (10,000 km from its centre).
  static constexpr double kMaxCoordinateM = 1e7;

 private:
  std::uint64_t cell_key(std::int64_t cx, std::int64_t cy) const;
  double tolerance_m_;
  std::vector<Point> nodes_;
  std::vector<std::uint32_t> next_in_cell_;                 // chain of nodes sharing a cell
  std::unordered_map<std::uint64_t, std::uint32_t> first_;  // cell → first node; lookups only
};

}  // namespace geo
