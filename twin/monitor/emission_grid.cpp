// build_emission_grid() (emission_grid.hpp).
#include "twin/monitor/emission_grid.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace twin::monitor {

namespace {

constexpr const char* kNames[kGridSectorCount] = {"residential", "commercial", "industry", "transport",
                                                  "industrial_processes", "waste", "land_use", "energy_supply"};

std::string fmt(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

struct Accumulator {
  EmissionGrid* grid;
  std::vector<double> he, e;  // Σ h·e and Σ e of the emitting sources per cell
  void add(int cell, GridSector s, double t, double height_m) {
    grid->cell_t[static_cast<std::size_t>(cell)][static_cast<int>(s)] += t;
    if (t > 0.0) {
      he[static_cast<std::size_t>(cell)] += height_m * t;
      e[static_cast<std::size_t>(cell)] += t;
    }
  }
};

// Sutherland–Hodgman clip of a polygon to one axis-aligned half-plane.
template <typename Inside, typename Cross>
std::vector<Vec2> clip(const std::vector<Vec2>& in, Inside inside, Cross cross) {
  std::vector<Vec2> out;
  const std::size_t n = in.size();
  for (std::size_t k = 0; k < n; ++k) {
    const Vec2& p = in[k];
    const Vec2& q = in[(k + 1) % n];
    const bool ip = inside(p), iq = inside(q);
    if (ip) out.push_back(p);
    if (ip != iq) out.push_back(cross(p, q));
  }
  return out;
}

double abs_area(const std::vector<Vec2>& poly) {
  if (poly.size() < 3) return 0.0;
  return std::fabs(polygon_signed_area_m2(poly.data(), static_cast<std::uint32_t>(poly.size())));
}

double clipped_area(const std::vector<Vec2>& poly, double x0, double x1, double y0, double y1) {
  std::vector<Vec2> p = poly;
  auto at_x = [](double x) {
    return [x](const Vec2& a, const Vec2& b) { return Vec2{x, a.y_m + (b.y_m - a.y_m) * (x - a.x_m) / (b.x_m - a.x_m)}; };
  };
  auto at_y = [](double y) {
    return [y](const Vec2& a, const Vec2& b) { return Vec2{a.x_m + (b.x_m - a.x_m) * (y - a.y_m) / (b.y_m - a.y_m), y}; };
  };
  p = clip(p, [x0](const Vec2& v) { return v.x_m >= x0; }, at_x(x0));
  p = clip(p, [x1](const Vec2& v) { return v.x_m <= x1; }, at_x(x1));
  p = clip(p, [y0](const Vec2& v) { return v.y_m >= y0; }, at_y(y0));
  p = clip(p, [y1](const Vec2& v) { return v.y_m <= y1; }, at_y(y1));
  return abs_area(p);
}

bool finite(const Vec2& v) { return std::isfinite(v.x_m) && std::isfinite(v.y_m); }

std::string check_source(const char* kind, std::size_t index, GridSector s, double weight, double height) {
  const std::string where = std::string(kind) + " source " + std::to_string(index) + " (" + to_string(s) + ")";
  if (static_cast<int>(s) >= kGridSectorCount) return std::string(kind) + " source " + std::to_string(index) + ": unknown sector";
  if (!std::isfinite(weight) || weight < 0.0) return where + ": weight " + fmt(weight) + " is not a finite number ≥ 0";
  if (!std::isfinite(height) || height < 0.0 || height > 1000.0)
    return where + ": release height " + fmt(height) + " m is not within 0–1000 m";
  return "";
}

}  // namespace

const char* to_string(GridSector sector) {
  const int k = static_cast<int>(sector);
  return k >= 0 && k < kGridSectorCount ? kNames[k] : "?";
}

double EmissionGrid::cell_total_t(std::size_t cell) const {
  double sum = 0.0;
  for (double v : cell_t[cell]) sum += v;
  return sum;
}

std::string validate_cell_size(double cell_m) {
  if (!(cell_m >= kMinCellM && cell_m <= kMaxCellM))
    return "cell size " + fmt(cell_m) + " m is outside 100–1000 m";
  return "";
}

GridGeometry grid_over_extent(Vec2 min, Vec2 max, double cell_m) {
  GridGeometry g;
  g.cell_m = cell_m;
  g.x0_m = std::floor(min.x_m / cell_m) * cell_m;
  g.y0_m = std::floor(min.y_m / cell_m) * cell_m;
  // + 1: the maximum itself must fall inside the half-open last cell.
  g.nx = std::max(1, static_cast<int>(std::floor((max.x_m - g.x0_m) / cell_m)) + 1);
  g.ny = std::max(1, static_cast<int>(std::floor((max.y_m - g.y0_m) / cell_m)) + 1);
  return g;
}

bool sources_extent(const EmissionSources& sources, Vec2* min, Vec2* max) {
  bool any = false;
  auto take = [&](const Vec2& v) {
    if (!any) {
      *min = *max = v;
      any = true;
      return;
    }
    min->x_m = std::min(min->x_m, v.x_m);
    min->y_m = std::min(min->y_m, v.y_m);
    max->x_m = std::max(max->x_m, v.x_m);
    max->y_m = std::max(max->y_m, v.y_m);
  };
  for (const PointSource& p : sources.points)
    if (p.has_xy) take(Vec2{p.x_m, p.y_m});
  for (const LineSource& l : sources.lines) {
    take(l.a);
    take(l.b);
  }
  for (const AreaSource& a : sources.areas)
    for (const Vec2& v : a.polygon) take(v);
  return any;
}

EmissionGrid build_emission_grid(const EmissionSources& sources, const GridGeometry& g) {
  EmissionGrid grid;
  auto fail = [&grid](std::string message) {
    EmissionGrid bad;
    bad.error = std::move(message);
    (void)grid;
    return bad;
  };
  if (std::string e = validate_cell_size(g.cell_m); !e.empty()) return fail(e);
  if (!std::isfinite(g.x0_m) || !std::isfinite(g.y0_m) || g.nx < 1 || g.ny < 1 || g.nx > 100000 || g.ny > 100000)
    return fail("grid geometry: origin must be finite and nx, ny within 1–100000 (nx " + std::to_string(g.nx) +
                ", ny " + std::to_string(g.ny) + ")");
  SectorValues weight_sum{};
  for (int s = 0; s < kGridSectorCount; ++s) {
    const double t = sources.total_t[s];
    if (!std::isfinite(t)) return fail(std::string("total of ") + kNames[s] + " is not a finite number");
    if (s == static_cast<int>(GridSector::LandUse) ? t > 0.0 : t < 0.0)
      return fail(std::string("total of ") + kNames[s] + " is " + fmt(t) +
                  (s == static_cast<int>(GridSector::LandUse) ? " (sinks must be ≤ 0)" : " (must be ≥ 0)"));
  }
  for (std::size_t k = 0; k < sources.points.size(); ++k) {
    const PointSource& p = sources.points[k];
    if (std::string e = check_source("point", k, p.sector, p.weight, p.height_m); !e.empty()) return fail(e);
    if (p.has_xy && (!std::isfinite(p.x_m) || !std::isfinite(p.y_m))) return fail("point source " + std::to_string(k) + ": coordinates are not finite");
    weight_sum[static_cast<int>(p.sector)] += p.weight;
  }
  for (std::size_t k = 0; k < sources.lines.size(); ++k) {
    const LineSource& l = sources.lines[k];
    if (std::string e = check_source("line", k, l.sector, l.weight, l.height_m); !e.empty()) return fail(e);
    if (!finite(l.a) || !finite(l.b)) return fail("line source " + std::to_string(k) + ": coordinates are not finite");
    weight_sum[static_cast<int>(l.sector)] += l.weight;
  }
  std::vector<double> area_m2(sources.areas.size());
  for (std::size_t k = 0; k < sources.areas.size(); ++k) {
    const AreaSource& a = sources.areas[k];
    if (std::string e = check_source("area", k, a.sector, a.weight, a.height_m); !e.empty()) return fail(e);
    for (const Vec2& v : a.polygon)
      if (!finite(v)) return fail("area source " + std::to_string(k) + ": coordinates are not finite");
    area_m2[k] = abs_area(a.polygon);
    if (a.weight > 0.0 && !(area_m2[k] > 0.0))
      return fail("area source " + std::to_string(k) + " (" + to_string(a.sector) + "): the polygon has no area");
    weight_sum[static_cast<int>(a.sector)] += a.weight;
  }
  for (int s = 0; s < kGridSectorCount; ++s)
    if (sources.total_t[s] != 0.0 && !(weight_sum[s] > 0.0))
      return fail(std::string("sector ") + kNames[s] + " has a total of " + fmt(sources.total_t[s]) +
                  " t but no source to place it");

  grid.geometry = g;
  grid.total_t = sources.total_t;
  grid.cell_t.assign(cell_count(g), SectorValues{});
  Accumulator acc{&grid, std::vector<double>(cell_count(g), 0.0), std::vector<double>(cell_count(g), 0.0)};
  auto share = [&](GridSector s, double w) {
    const int k = static_cast<int>(s);
    return weight_sum[k] > 0.0 ? sources.total_t[k] * (w / weight_sum[k]) : 0.0;
  };

  for (const PointSource& p : sources.points) {
    const double t = share(p.sector, p.weight);
    int i = 0, j = 0;
    if (p.has_xy && cell_of(g, p.x_m, p.y_m, &i, &j)) {
      acc.add(j * g.nx + i, p.sector, t, p.height_m);
    } else {
      grid.outside_t[static_cast<int>(p.sector)] += t;
      ++grid.sources_outside;
    }
  }

  for (const LineSource& l : sources.lines) {
    const double t = share(l.sector, l.weight);
    const double dx = l.b.x_m - l.a.x_m, dy = l.b.y_m - l.a.y_m;
    std::vector<double> cuts{0.0, 1.0};
    // Parameters where the segment crosses a grid line (x = x0 + k·cell or y = y0 + k·cell).
    auto crossings = [&](double a, double d, double origin, int n) {
      if (d == 0.0) return;
      const double lo = std::min(a, a + d), hi = std::max(a, a + d);
      const int k0 = std::max(0, static_cast<int>(std::ceil((lo - origin) / g.cell_m)));
      const int k1 = std::min(n, static_cast<int>(std::floor((hi - origin) / g.cell_m)));
      for (int k = k0; k <= k1; ++k) {
        const double u = (origin + k * g.cell_m - a) / d;
        if (u > 0.0 && u < 1.0) cuts.push_back(u);
      }
    };
    crossings(l.a.x_m, dx, g.x0_m, g.nx);
    crossings(l.a.y_m, dy, g.y0_m, g.ny);
    std::sort(cuts.begin(), cuts.end());
    double placed = 0.0;
    bool outside = false;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      const double u0 = cuts[k], u1 = cuts[k + 1];
      if (u1 <= u0) continue;
      const double um = 0.5 * (u0 + u1);
      int i = 0, j = 0;
      if (cell_of(g, l.a.x_m + um * dx, l.a.y_m + um * dy, &i, &j)) {
        const double part = t * (u1 - u0);
        acc.add(j * g.nx + i, l.sector, part, l.height_m);
        placed += part;
      } else {
        outside = true;
      }
    }
    if (dx == 0.0 && dy == 0.0) {  // a zero-length link: a point
      int i = 0, j = 0;
      if (cell_of(g, l.a.x_m, l.a.y_m, &i, &j)) {
        acc.add(j * g.nx + i, l.sector, t, l.height_m);
        placed = t;
      } else {
        outside = true;
      }
    }
    grid.outside_t[static_cast<int>(l.sector)] += t - placed;  // exact remainder: nothing lost to rounding
    if (outside) ++grid.sources_outside;
  }

  for (std::size_t k = 0; k < sources.areas.size(); ++k) {
    const AreaSource& a = sources.areas[k];
    const double t = share(a.sector, a.weight);
    if (t == 0.0) continue;
    double xmin = a.polygon[0].x_m, xmax = xmin, ymin = a.polygon[0].y_m, ymax = ymin;
    for (const Vec2& v : a.polygon) {
      xmin = std::min(xmin, v.x_m);
      xmax = std::max(xmax, v.x_m);
      ymin = std::min(ymin, v.y_m);
      ymax = std::max(ymax, v.y_m);
    }
    const int i0 = std::max(0, static_cast<int>(std::floor((xmin - g.x0_m) / g.cell_m)));
    const int i1 = std::min(g.nx - 1, static_cast<int>(std::floor((xmax - g.x0_m) / g.cell_m)));
    const int j0 = std::max(0, static_cast<int>(std::floor((ymin - g.y0_m) / g.cell_m)));
    const int j1 = std::min(g.ny - 1, static_cast<int>(std::floor((ymax - g.y0_m) / g.cell_m)));
    double placed = 0.0;
    for (int j = j0; j <= j1; ++j)
      for (int i = i0; i <= i1; ++i) {
        const double cx0 = g.x0_m + i * g.cell_m, cy0 = g.y0_m + j * g.cell_m;
        const double inside = clipped_area(a.polygon, cx0, cx0 + g.cell_m, cy0, cy0 + g.cell_m);
        if (inside <= 0.0) continue;
        const double part = t * (inside / area_m2[k]);
        acc.add(j * g.nx + i, a.sector, part, a.height_m);
        placed += part;
      }
    const double rest = t - placed;
    grid.outside_t[static_cast<int>(a.sector)] += rest;
    if (std::fabs(rest) > 1e-9 * std::fabs(t)) ++grid.sources_outside;
  }

  grid.release_height_m.assign(cell_count(g), 0.0);
  for (std::size_t c = 0; c < cell_count(g); ++c)
    if (acc.e[c] > 0.0) grid.release_height_m[c] = acc.he[c] / acc.e[c];
  return grid;
}

}  // namespace twin::monitor
