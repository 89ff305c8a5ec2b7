// Small geometry for the generator: axis-aligned rectangles (lots, blocks) and the footprint shapes
// placed inside them. Every shape fits inside the cell it is given, so buildings whose cells are
// disjoint cannot overlap: non-overlap holds by construction, not by a later repair pass.
#pragma once

#include <vector>

#include "twin/city/city.hpp"

namespace twin::citygen {

struct Rect {
  double x0_m = 0.0, y0_m = 0.0, x1_m = 0.0, y1_m = 0.0;  // x0 < x1, y0 < y1

  double width_m() const { return x1_m - x0_m; }
  double depth_m() const { return y1_m - y0_m; }
  double cx_m() const { return 0.5 * (x0_m + x1_m); }
  double cy_m() const { return 0.5 * (y0_m + y1_m); }
  bool valid() const { return x1_m > x0_m && y1_m > y0_m; }
  Rect inset(double d_m) const { return {x0_m + d_m, y0_m + d_m, x1_m - d_m, y1_m - d_m}; }
};

// Splits [lo, hi] into `count` equal cells separated by `gap_m` (no gap at the ends).
Rect cell_of_grid(const Rect& r, int cols, int rows, int col, int row, double gap_m);

// Counter-clockwise footprint polygons, not closed.
std::vector<Vec2> rect_polygon(const Rect& r);

// Rectangle w × d centred at (cx, cy), rotated by the angle whose half-angle tangent is t
// (cos = (1−t²)/(1+t²), sin = 2t/(1+t²)): a rational rotation, so no libm sin/cos is needed and
// native and wasm agree to the bit. |t| ≤ 0.1 keeps the angle within about ±11°.
std::vector<Vec2> rotated_rect_polygon(double cx_m, double cy_m, double w_m, double d_m, double t);

// Axis-aligned bounding half-extents of that rotated rectangle.
void rotated_rect_half_extents(double w_m, double d_m, double t, double& hx_m, double& hy_m);

// L-shape filling the box r: a bottom bar of thickness bar_m and a left (or right, when mirrored)
// wing of thickness wing_m.
std::vector<Vec2> l_polygon(const Rect& r, double bar_m, double wing_m, bool mirrored);

// U-shape filling r, open to the north: bottom bar of thickness bar_m, two wings of wing_m.
std::vector<Vec2> u_polygon(const Rect& r, double bar_m, double wing_m);

}  // namespace twin::citygen
