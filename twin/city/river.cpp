#include "twin/city/river.hpp"

#include <algorithm>
#include <cmath>

namespace twin::citygen {
namespace {

constexpr double kControlSpacing_m = 1500.0;
constexpr int kSamplesPerSpan = 30;  // 50 m between samples

// Catmull–Rom spline through equally spaced values; u in [0, count−1].
double catmull_rom(const std::vector<double>& v, int span, double t) {
  const int last = static_cast<int>(v.size()) - 1;
  const double p0 = v[span], p1 = v[span + 1];
  const double m0 = 0.5 * (v[std::min(span + 1, last)] - v[std::max(span - 1, 0)]);
  const double m1 = 0.5 * (v[std::min(span + 2, last)] - v[span]);
  const double t2 = t * t, t3 = t2 * t;
  const double h00 = 2.0 * t3 - 3.0 * t2 + 1.0;
  const double h10 = t3 - 2.0 * t2 + t;
  const double h01 = -2.0 * t3 + 3.0 * t2;
  const double h11 = t3 - t2;
  return h00 * p0 + h10 * m0 + h01 * p1 + h11 * m1;
}

}  // namespace

River make_river(const Lattice& lattice, Rng& rng) {
  const double west = lattice.coord_m(0);
  const double east = lattice.coord_m(lattice.nodes_per_side() - 1);
  // Centre between the inner ring's north side and the outer ring's north side (or 1/4 of the
  // extent north of centre when the district is too small for rings), so no ring runs in water.
  double base_y = 0.25 * (east - west);
  const std::vector<Ring> rings = expressway_rings(lattice);
  double amplitude = 0.15 * (east - west);
  if (rings.size() == 2) {
    const double inner = lattice.coord_m(rings[0].hi * kStepsPerSuperblock);
    const double outer = lattice.coord_m(rings[1].hi * kStepsPerSuperblock);
    base_y = 0.5 * (inner + outer);
    amplitude = 0.2 * (outer - inner);
  }
  const int spans = static_cast<int>((east - west) / kControlSpacing_m + 0.999);
  std::vector<double> centre(spans + 1), half_width(spans + 1);
  for (int k = 0; k <= spans; ++k) {
    centre[k] = base_y + rng.uniform(-amplitude, amplitude);
    half_width[k] = rng.uniform(85.0, 130.0);  // a 170–260 m wide river, like many city rivers
  }
  River r;
  const double step = (east - west) / (spans * kSamplesPerSpan);
  for (int s = 0; s < spans; ++s) {
    for (int q = 0; q < kSamplesPerSpan + (s == spans - 1 ? 1 : 0); ++q) {
      const double t = static_cast<double>(q) / kSamplesPerSpan;
      const double yc = catmull_rom(centre, s, t);
      const double hw = catmull_rom(half_width, s, t);
      r.x_m.push_back(west + step * (s * kSamplesPerSpan + q));
      r.lower_m.push_back(yc - hw);
      r.upper_m.push_back(yc + hw);
    }
  }
  return r;
}

void River::band_over(double x0_m, double x1_m, double& lowest_m, double& highest_m) const {
  lowest_m = 1e300;
  highest_m = -1e300;
  const std::size_t n = x_m.size();
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (x_m[k + 1] < x0_m || x_m[k] > x1_m) continue;
    // Both ends of each overlapping segment: a conservative (slightly wider) band, never narrower.
    lowest_m = std::min({lowest_m, lower_m[k], lower_m[k + 1]});
    highest_m = std::max({highest_m, upper_m[k], upper_m[k + 1]});
  }
}

bool River::clear_of(const Rect& r, double margin_m) const {
  double lo = 0.0, hi = 0.0;
  band_over(r.x0_m, r.x1_m, lo, hi);
  if (lo > hi) return true;  // outside the river's x range
  return r.y0_m > hi + margin_m || r.y1_m < lo - margin_m;
}

namespace {

// Linear interpolation of a bank at x (clamped to the ends); samples are evenly spaced.
double bank_at(const River& r, const std::vector<double>& bank, double x_m) {
  const std::size_t n = r.x_m.size();
  if (x_m <= r.x_m[0]) return bank[0];
  if (x_m >= r.x_m[n - 1]) return bank[n - 1];
  const double step = (r.x_m[n - 1] - r.x_m[0]) / static_cast<double>(n - 1);
  std::size_t k = static_cast<std::size_t>(std::floor((x_m - r.x_m[0]) / step));
  if (k > n - 2) k = n - 2;
  const double t = (x_m - r.x_m[k]) / (r.x_m[k + 1] - r.x_m[k]);
  return bank[k] + t * (bank[k + 1] - bank[k]);
}

// x positions over [x0, x1]: both ends and every sample strictly between.
std::vector<double> stations(const River& r, double x0_m, double x1_m) {
  std::vector<double> xs{x0_m};
  for (double x : r.x_m) {
    if (x > x0_m && x < x1_m) xs.push_back(x);
  }
  xs.push_back(x1_m);
  return xs;
}

}  // namespace

double River::lower_at(double x_m) const { return bank_at(*this, lower_m, x_m); }
double River::upper_at(double x_m) const { return bank_at(*this, upper_m, x_m); }

double River::water_area_in(const Rect& r) const {
  const std::vector<double> xs = stations(*this, r.x0_m, r.x1_m);
  double area = 0.0, prev = 0.0;
  for (std::size_t k = 0; k < xs.size(); ++k) {
    const double wet = std::max(0.0, std::min(upper_at(xs[k]), r.y1_m) - std::max(lower_at(xs[k]), r.y0_m));
    if (k > 0) area += 0.5 * (prev + wet) * (xs[k] - xs[k - 1]);
    prev = wet;
  }
  return area;
}

std::vector<Vec2> River::piece_beside(const Rect& r, bool north, double gap_m, double min_depth_m) const {
  const std::vector<double> xs = stations(*this, r.x0_m, r.x1_m);
  std::vector<double> edge(xs.size());
  double deepest = 0.0;
  for (std::size_t k = 0; k < xs.size(); ++k) {
    // Keep at least 1 m of depth so the polygon stays simple where the bank comes close.
    if (north) {
      const double y = std::max(r.y0_m, upper_at(xs[k]) + gap_m);
      deepest = std::max(deepest, r.y1_m - y);
      edge[k] = std::min(y, r.y1_m - 1.0);
    } else {
      const double y = std::min(r.y1_m, lower_at(xs[k]) - gap_m);
      deepest = std::max(deepest, y - r.y0_m);
      edge[k] = std::max(y, r.y0_m + 1.0);
    }
  }
  std::vector<Vec2> p;
  if (deepest < min_depth_m) return p;
  if (north) {
    for (std::size_t k = 0; k < xs.size(); ++k) p.push_back({xs[k], edge[k]});
    p.push_back({r.x1_m, r.y1_m});
    p.push_back({r.x0_m, r.y1_m});
  } else {
    p.push_back({r.x0_m, r.y0_m});
    p.push_back({r.x1_m, r.y0_m});
    for (std::size_t k = xs.size(); k-- > 0;) p.push_back({xs[k], edge[k]});
  }
  return p;
}

std::vector<Vec2> River::water_polygon() const {
  std::vector<Vec2> p;
  for (std::size_t k = 0; k < x_m.size(); ++k) p.push_back({x_m[k], lower_m[k]});
  for (std::size_t k = x_m.size(); k-- > 0;) p.push_back({x_m[k], upper_m[k]});
  return p;
}

std::vector<Vec2> River::bank_park_polygon(double width_m, bool north) const {
  std::vector<Vec2> p;
  const std::vector<double>& bank = north ? upper_m : lower_m;
  const double outer = north ? width_m : -width_m;
  // Counter-clockwise: the southern edge west→east, then the northern edge east→west.
  for (std::size_t k = 0; k < x_m.size(); ++k) p.push_back({x_m[k], north ? bank[k] : bank[k] + outer});
  for (std::size_t k = x_m.size(); k-- > 0;) p.push_back({x_m[k], north ? bank[k] + outer : bank[k]});
  return p;
}

}  // namespace twin::citygen
