// The regular grid of the monitoring part (issue 11): cell (i, j) covers [x0 + i·cell, x0 + (i+1)·cell) ×
// [y0 + j·cell, y0 + (j+1)·cell) in the city's local metric frame, flat index j·nx + i. The same fields
// and indexing as the transport operator's grid, so a gridded emission field is its state vector.
#pragma once

#include <cmath>
#include <cstddef>

namespace twin::monitor {

struct GridGeometry {
  double x0_m = 0.0, y0_m = 0.0, cell_m = 0.0;
  int nx = 0, ny = 0;
};

inline std::size_t cell_count(const GridGeometry& g) {
  return static_cast<std::size_t>(g.nx) * static_cast<std::size_t>(g.ny);
}

// The cell holding (x, y) by the half-open rule (a point on a boundary goes to the cell above/right);
// false when the point is outside the grid.
inline bool cell_of(const GridGeometry& g, double x_m, double y_m, int* i, int* j) {
  const double fi = std::floor((x_m - g.x0_m) / g.cell_m);
  const double fj = std::floor((y_m - g.y0_m) / g.cell_m);
  if (!(fi >= 0.0 && fj >= 0.0 && fi < g.nx && fj < g.ny)) return false;
  *i = static_cast<int>(fi);
  *j = static_cast<int>(fj);
  return true;
}

}  // namespace twin::monitor
