// Building picking: a uniform grid (CSR) over footprint bounding boxes, walked cell by cell along
// the ray's ground projection (Amanatides & Woo 1987, "A fast voxel traversal algorithm"), with an
// exact ray vs extruded-prism test per candidate.
#include "render/mesh/picking.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace render {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Grids larger than this many cells get coarser cells: a bound on memory for huge or sparse data.
constexpr double kMaxCells = 4.0e6;

bool building_is_solid(const twin::Buildings& b, std::uint32_t i) {
  const double h = b.height_m[i];
  return b.footprint_begin[i + 1] - b.footprint_begin[i] >= 3 && h > 0.0 && std::isfinite(h);
}

// Even-odd rule; points exactly on an edge may go either way, which is fine for picking.
bool point_in_polygon(const twin::Vec2* p, std::uint32_t n, double x, double y) {
  bool inside = false;
  for (std::uint32_t i = 0, j = n - 1; i < n; j = i++) {
    if ((p[i].y_m > y) != (p[j].y_m > y)) {
      const double x_cross =
          p[j].x_m + (y - p[j].y_m) * (p[i].x_m - p[j].x_m) / (p[i].y_m - p[j].y_m);
      if (x < x_cross) inside = !inside;
    }
  }
  return inside;
}

// Smallest t >= 0 at which the ray meets the surface of the prism footprint × [0, height], or inf.
// The floor is not tested: the ground hides it.
double ray_prism_t(const double* o, const double* d, const twin::Vec2* p, std::uint32_t n,
                   double height_m) {
  double best = kInf;
  if (d[2] != 0.0) {
    const double t = (height_m - o[2]) / d[2];
    if (t >= 0.0 && point_in_polygon(p, n, o[0] + t * d[0], o[1] + t * d[1])) best = t;
  }
  // Walls: the ray's ground projection o + t d against edge a + s (b - a), s in [0, 1].
  for (std::uint32_t i = 0, j = n - 1; i < n; j = i++) {
    const double ax = p[j].x_m, ay = p[j].y_m;
    const double ex = p[i].x_m - ax, ey = p[i].y_m - ay;
    const double denom = d[0] * ey - d[1] * ex;
    if (denom == 0.0) continue;  // parallel to the wall (or a vertical ray): the roof decides
    const double wx = ax - o[0], wy = ay - o[1];
    const double t = (wx * ey - wy * ex) / denom;
    const double s = (wx * d[1] - wy * d[0]) / denom;
    if (t < 0.0 || t >= best || s < 0.0 || s > 1.0) continue;
    const double z = o[2] + t * d[2];
    if (z >= 0.0 && z <= height_m) best = t;
  }
  return best;
}

// Slab test of the ray against an axis-aligned box; narrows [*t0, *t1]. False if it misses.
bool clip_to_box(const double* o, const double* d, const double* lo, const double* hi, double* t0,
                 double* t1) {
  for (int k = 0; k < 3; ++k) {
    if (d[k] == 0.0) {
      if (o[k] < lo[k] || o[k] > hi[k]) return false;
      continue;
    }
    double ta = (lo[k] - o[k]) / d[k], tb = (hi[k] - o[k]) / d[k];
    if (ta > tb) std::swap(ta, tb);
    *t0 = std::max(*t0, ta);
    *t1 = std::min(*t1, tb);
    if (*t0 > *t1) return false;
  }
  return true;
}

}  // namespace

BuildingPicker::BuildingPicker(const twin::City& city, double cell_size_m)
    : city_(&city), cell_size_m_(cell_size_m > 0.0 ? cell_size_m : 100.0), min_x_m_(0),
      min_y_m_(0), max_x_m_(0), max_y_m_(0), max_height_m_(0), nx_(0), ny_(0) {
  const twin::Buildings& b = city.buildings;
  const std::uint32_t count = b.size();
  double lo_x = kInf, lo_y = kInf, hi_x = -kInf, hi_y = -kInf, hi_z = 0.0;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (!building_is_solid(b, i)) continue;
    for (std::uint32_t k = b.footprint_begin[i]; k < b.footprint_begin[i + 1]; ++k) {
      lo_x = std::min(lo_x, b.footprint_xy[k].x_m);
      hi_x = std::max(hi_x, b.footprint_xy[k].x_m);
      lo_y = std::min(lo_y, b.footprint_xy[k].y_m);
      hi_y = std::max(hi_y, b.footprint_xy[k].y_m);
    }
    hi_z = std::max(hi_z, b.height_m[i]);
  }
  cell_begin_.assign(1, 0);
  if (!(lo_x <= hi_x)) return;  // no solid building: every pick misses
  min_x_m_ = lo_x, min_y_m_ = lo_y, max_x_m_ = hi_x, max_y_m_ = hi_y, max_height_m_ = hi_z;
  const double span_x = hi_x - lo_x, span_y = hi_y - lo_y;
  if ((span_x / cell_size_m_ + 1.0) * (span_y / cell_size_m_ + 1.0) > kMaxCells) {
    cell_size_m_ = std::sqrt(span_x * span_y / kMaxCells) + std::max(span_x, span_y) / kMaxCells;
  }
  nx_ = static_cast<std::uint32_t>(span_x / cell_size_m_) + 1;
  ny_ = static_cast<std::uint32_t>(span_y / cell_size_m_) + 1;

  // Cell ranges of a building's bounding box; used twice (count, then fill).
  auto cell_range = [&](std::uint32_t i, std::uint32_t* x0, std::uint32_t* x1, std::uint32_t* y0,
                        std::uint32_t* y1) {
    double bx0 = kInf, by0 = kInf, bx1 = -kInf, by1 = -kInf;
    for (std::uint32_t k = b.footprint_begin[i]; k < b.footprint_begin[i + 1]; ++k) {
      bx0 = std::min(bx0, b.footprint_xy[k].x_m), bx1 = std::max(bx1, b.footprint_xy[k].x_m);
      by0 = std::min(by0, b.footprint_xy[k].y_m), by1 = std::max(by1, b.footprint_xy[k].y_m);
    }
    auto cell = [&](double v, double lo, std::uint32_t n) {
      return std::min(static_cast<std::uint32_t>((v - lo) / cell_size_m_), n - 1);
    };
    *x0 = cell(bx0, min_x_m_, nx_), *x1 = cell(bx1, min_x_m_, nx_);
    *y0 = cell(by0, min_y_m_, ny_), *y1 = cell(by1, min_y_m_, ny_);
  };
  cell_begin_.assign(std::size_t{nx_} * ny_ + 1, 0);
  std::uint32_t x0, x1, y0, y1;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (!building_is_solid(b, i)) continue;
    cell_range(i, &x0, &x1, &y0, &y1);
    for (std::uint32_t y = y0; y <= y1; ++y)
      for (std::uint32_t x = x0; x <= x1; ++x) ++cell_begin_[std::size_t{y} * nx_ + x + 1];
  }
  for (std::size_t c = 0; c + 1 < cell_begin_.size(); ++c) cell_begin_[c + 1] += cell_begin_[c];
  cell_items_.resize(cell_begin_.back());
  std::vector<std::uint32_t> fill(cell_begin_.begin(), cell_begin_.end() - 1);
  for (std::uint32_t i = 0; i < count; ++i) {
    if (!building_is_solid(b, i)) continue;
    cell_range(i, &x0, &x1, &y0, &y1);
    for (std::uint32_t y = y0; y <= y1; ++y)
      for (std::uint32_t x = x0; x <= x1; ++x) cell_items_[fill[std::size_t{y} * nx_ + x]++] = i;
  }
}

std::int32_t BuildingPicker::pick(const Ray& ray, double* hit_t) const {
  if (nx_ == 0) return -1;
  const double* o = ray.origin;
  const double* d = ray.direction;
  const double lo[3] = {min_x_m_, min_y_m_, 0.0};
  const double hi[3] = {max_x_m_, max_y_m_, max_height_m_};
  double t = 0.0, t_exit = kInf;
  if (!clip_to_box(o, d, lo, hi, &t, &t_exit)) return -1;

  // Start cell: where the clipped ray enters the box.
  auto clamp_cell = [&](double v, double lo_v, std::uint32_t n) -> std::int64_t {
    const double c = std::floor((v - lo_v) / cell_size_m_);
    return static_cast<std::int64_t>(std::clamp(c, 0.0, static_cast<double>(n - 1)));
  };
  std::int64_t ix = clamp_cell(o[0] + t * d[0], min_x_m_, nx_);
  std::int64_t iy = clamp_cell(o[1] + t * d[1], min_y_m_, ny_);
  const int step_x = d[0] > 0.0 ? 1 : (d[0] < 0.0 ? -1 : 0);
  const int step_y = d[1] > 0.0 ? 1 : (d[1] < 0.0 ? -1 : 0);
  auto next_boundary_t = [&](std::int64_t i, int step, double lo_v, double o_k, double d_k) {
    if (step == 0) return kInf;
    const double edge = lo_v + static_cast<double>(i + (step > 0 ? 1 : 0)) * cell_size_m_;
    return (edge - o_k) / d_k;
  };
  double t_next_x = next_boundary_t(ix, step_x, min_x_m_, o[0], d[0]);
  double t_next_y = next_boundary_t(iy, step_y, min_y_m_, o[1], d[1]);
  const double dt_x = step_x != 0 ? cell_size_m_ / std::fabs(d[0]) : kInf;
  const double dt_y = step_y != 0 ? cell_size_m_ / std::fabs(d[1]) : kInf;

  const twin::Buildings& b = city_->buildings;
  double best_t = kInf;
  std::int32_t best = -1;
  // A hit found in one cell may lie in a later cell, so walk on until cells start beyond it.
  while (t <= t_exit && t <= best_t) {
    const std::size_t cell = static_cast<std::size_t>(iy) * nx_ + static_cast<std::size_t>(ix);
    for (std::uint32_t k = cell_begin_[cell]; k < cell_begin_[cell + 1]; ++k) {
      const std::uint32_t i = cell_items_[k];
      const std::uint32_t begin = b.footprint_begin[i];
      const double ti = ray_prism_t(o, d, b.footprint_xy.data() + begin,
                                    b.footprint_begin[i + 1] - begin, b.height_m[i]);
      if (ti < best_t || (ti == best_t && static_cast<std::int32_t>(i) < best)) {
        best_t = ti;
        best = static_cast<std::int32_t>(i);
      }
    }
    if (t_next_x < t_next_y) {
      ix += step_x, t = t_next_x, t_next_x += dt_x;
      if (ix < 0 || ix >= static_cast<std::int64_t>(nx_)) break;
    } else {
      if (step_y == 0) break;  // vertical ray (or both infinite): one cell only
      iy += step_y, t = t_next_y, t_next_y += dt_y;
      if (iy < 0 || iy >= static_cast<std::int64_t>(ny_)) break;
    }
  }
  if (best >= 0 && hit_t != nullptr) *hit_t = best_t;
  return best;
}

}  // namespace render
