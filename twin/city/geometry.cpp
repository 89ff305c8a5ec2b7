#include "twin/city/geometry.hpp"

#include <cmath>

namespace twin::citygen {

Rect cell_of_grid(const Rect& r, int cols, int rows, int col, int row, double gap_m) {
  const double cw = (r.width_m() - gap_m * (cols - 1)) / cols;
  const double ch = (r.depth_m() - gap_m * (rows - 1)) / rows;
  const double x0 = r.x0_m + col * (cw + gap_m);
  const double y0 = r.y0_m + row * (ch + gap_m);
  return {x0, y0, x0 + cw, y0 + ch};
}

std::vector<Vec2> rect_polygon(const Rect& r) {
  return {{r.x0_m, r.y0_m}, {r.x1_m, r.y0_m}, {r.x1_m, r.y1_m}, {r.x0_m, r.y1_m}};
}

std::vector<Vec2> rotated_rect_polygon(double cx_m, double cy_m, double w_m, double d_m, double t) {
  const double den = 1.0 + t * t;
  const double c = (1.0 - t * t) / den;
  const double s = (2.0 * t) / den;
  const double hw = 0.5 * w_m, hd = 0.5 * d_m;
  const double lx[4] = {-hw, hw, hw, -hw};
  const double ly[4] = {-hd, -hd, hd, hd};
  std::vector<Vec2> out(4);
  for (int k = 0; k < 4; ++k) {
    out[k].x_m = cx_m + (c * lx[k] - s * ly[k]);
    out[k].y_m = cy_m + (s * lx[k] + c * ly[k]);
  }
  return out;
}

void rotated_rect_half_extents(double w_m, double d_m, double t, double& hx_m, double& hy_m) {
  const double den = 1.0 + t * t;
  const double c = std::abs((1.0 - t * t) / den);
  const double s = std::abs((2.0 * t) / den);
  hx_m = 0.5 * (c * w_m + s * d_m);
  hy_m = 0.5 * (s * w_m + c * d_m);
}

std::vector<Vec2> l_polygon(const Rect& r, double bar_m, double wing_m, bool mirrored) {
  const double x0 = r.x0_m, y0 = r.y0_m, x1 = r.x1_m, y1 = r.y1_m;
  if (!mirrored) {
    return {{x0, y0}, {x1, y0}, {x1, y0 + bar_m}, {x0 + wing_m, y0 + bar_m}, {x0 + wing_m, y1}, {x0, y1}};
  }
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x1 - wing_m, y1}, {x1 - wing_m, y0 + bar_m}, {x0, y0 + bar_m}};
}

std::vector<Vec2> u_polygon(const Rect& r, double bar_m, double wing_m) {
  const double x0 = r.x0_m, y0 = r.y0_m, x1 = r.x1_m, y1 = r.y1_m;
  return {{x0, y0},          {x1, y0},          {x1, y1},          {x1 - wing_m, y1},
          {x1 - wing_m, y0 + bar_m}, {x0 + wing_m, y0 + bar_m}, {x0 + wing_m, y1}, {x0, y1}};
}

}  // namespace twin::citygen
