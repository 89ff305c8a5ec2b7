// The footprint operator (footprint.hpp). Speed (issue 11 target: 10,000 unknowns ≤ 1 s natively): per
// receptor row the hour's Briggs rows and the wind at the last release height are looked up once, each row
// visits only the cells inside the plume's linear σy bound (for_each_candidate), and the plume is inlined
// with its exponentials merged (one det_exp per sub-point for a ground source instead of three). The entries
// equal the plume.hpp evaluation to ≤ 1e-13 relative (measured 5.7e-14 over all classes, both terrains,
// elevated, ground and column receptors); ct_bench_monitor_inversion: 10k Jacobian 1.2–2.2 s → 0.26–0.64 s.
#include "twin/monitor/footprint.hpp"

#include <cmath>
#include <stdexcept>
#include <utility>

#include "twin/monitor/plume.hpp"
#include "twin/pathway/det_math.hpp"

namespace twin::monitor {
namespace {

constexpr double kTPerYrToGPerS = 1e6 / 8760.0 / 3600.0;
constexpr double kSqrt2Pi = 2.5066282746310002;
constexpr double kPi = 3.14159265358979323846;
constexpr double kNearCells = 4.0, kMidCells = 16.0;

double height_of(const FootprintInputs& in, std::size_t c) {
  return in.release_height_m.size() == 1 ? in.release_height_m[0] : in.release_height_m[c];
}

}  // namespace

std::string validate_footprint(const FootprintInputs& in) {
  const GridGeometry& g = in.grid;
  if (!(g.nx > 0 && g.ny > 0)) return "grid: nx and ny must be > 0";
  if (!(g.cell_m > 0.0 && std::isfinite(g.cell_m))) return "grid.cell_m must be > 0 and finite";
  if (!std::isfinite(g.x0_m) || !std::isfinite(g.y0_m)) return "grid.x0_m / y0_m must be finite";
  const std::size_t n = cell_count(g);
  if (in.release_height_m.size() != 1 && in.release_height_m.size() != n)
    return "release_height_m: " + std::to_string(in.release_height_m.size()) + " values, expected 1 or " +
           std::to_string(n);
  for (std::size_t c = 0; c < in.release_height_m.size(); ++c)
    if (!(in.release_height_m[c] >= 0.0 && in.release_height_m[c] < 1000.0))
      return "release_height_m[" + std::to_string(c) + "] = " + std::to_string(in.release_height_m[c]) +
             " (must be in [0, 1000))";
  if (in.subpoints_per_side < 1 || in.subpoints_per_side > 16) return "subpoints_per_side must be 1–16";
  for (std::size_t h = 0; h < in.met.size(); ++h) {
    const HourMet& m = in.met[h];
    if (!(m.u10_m_s > 0.0 && m.u10_m_s < 100.0) || !(m.temperature_k > 150.0 && m.temperature_k < 350.0) ||
        !(m.pressure_pa > 30000.0 && m.pressure_pa < 120000.0) || !std::isfinite(m.wind_from_deg))
      return "met[" + std::to_string(h) + "]: wind, temperature or pressure out of range";
  }
  for (std::size_t r = 0; r < in.receptors.size(); ++r) {
    const FootprintReceptor& rc = in.receptors[r];
    if (!std::isfinite(rc.x_m) || !std::isfinite(rc.y_m) || !std::isfinite(rc.z_m))
      return "receptors[" + std::to_string(r) + "]: coordinates must be finite";
    if (rc.hour < 0 || static_cast<std::size_t>(rc.hour) >= in.met.size())
      return "receptors[" + std::to_string(r) + "].hour = " + std::to_string(rc.hour) + " outside the " +
             std::to_string(in.met.size()) + " met hours";
  }
  if (!in.cell_profile.empty() && in.cell_profile.size() != n)
    return "cell_profile: " + std::to_string(in.cell_profile.size()) + " values, expected " + std::to_string(n);
  for (std::size_t c = 0; c < in.cell_profile.size(); ++c)
    if (in.cell_profile[c] < 0 || static_cast<std::size_t>(in.cell_profile[c]) >= in.profiles.size())
      return "cell_profile[" + std::to_string(c) + "] = " + std::to_string(in.cell_profile[c]) +
             " is not a profile index";
  for (std::size_t p = 0; p < in.profiles.size(); ++p) {
    if (in.profiles[p].size() < in.met.size())
      return "profiles[" + std::to_string(p) + "] is shorter than the met hours";
    for (std::size_t h = 0; h < in.profiles[p].size(); ++h)
      if (!(in.profiles[p][h] >= 0.0 && std::isfinite(in.profiles[p][h])))
        return "profiles[" + std::to_string(p) + "][" + std::to_string(h) + "] must be finite and ≥ 0";
  }
  return "";
}

namespace {

// What one receptor row shares: its hour's wind frame, the σy bound for the quick reject, the air density.
struct RowContext {
  const FootprintReceptor* rc;
  const HourMet* m;
  double dx, dy, cx, cy;  // downwind and crosswind unit vectors
  double ky_max;          // σy ≤ ky_max · x (Briggs σy = k x (1 + c x)^p with p ≤ 0), or 0 = no bound
  double to_ppm;          // g/m³ (or g/m² for a column) → ppm
  bool column;
  SigmaCoefficients sy, sz;  // this hour's Briggs rows (looked up once per row, not per sub-point)
  mutable double u_height_m = -1.0, u_m_s = 0.0;  // the last release height's wind (det_pow once per height)
};

// σ = k x (1 + c x)^p exactly as dispersion.cpp's briggs_sigmas computes it (same operations, same order),
// so the cached coefficients give bit-identical σ.
inline double sigma_of(const SigmaCoefficients& s, double x_m) {
  const double base = 1.0 + s.c_per_m * x_m;
  double factor = 1.0;
  if (s.exponent == -0.5) factor = 1.0 / std::sqrt(base);
  else if (s.exponent == 0.5) factor = std::sqrt(base);
  else if (s.exponent == -1.0) factor = 1.0 / base;
  return s.k * x_m * factor;
}

RowContext row_context(const FootprintInputs& in, std::size_t r) {
  RowContext ctx{};
  ctx.rc = &in.receptors[r];
  ctx.m = &in.met[static_cast<std::size_t>(ctx.rc->hour)];
  // Wind FROM θ (clockwise from north) blows toward (−sin θ, −cos θ) in (east, north).
  double s = 0.0, co = 0.0;
  det_sincos_deg(ctx.m->wind_from_deg, &s, &co);
  ctx.dx = -s;
  ctx.dy = -co;
  ctx.cx = -ctx.dy;  // left of downwind
  ctx.cy = ctx.dx;
  int count = 0;
  const BriggsRow* rows = briggs_rows(&count);
  for (int k = 0; k < count; ++k) {
    if (rows[k].terrain != in.terrain || rows[k].stability != ctx.m->stability) continue;
    if (rows[k].sigma == 'y') {
      ctx.sy = rows[k].coefficients;
      if (rows[k].coefficients.exponent <= 0.0) ctx.ky_max = rows[k].coefficients.k;
    } else {
      ctx.sz = rows[k].coefficients;
    }
  }
  ctx.column = ctx.rc->z_m < 0.0;
  ctx.to_ppm = ctx.column
                   ? 1e6 / kMolarMassCO2_g_mol / (ctx.m->pressure_pa / (kGravity_m_s2 * kMolarMassDryAir_g_mol * 1e-3))
                   : 1e6 / kMolarMassCO2_g_mol / (ctx.m->pressure_pa / (kGasConstant_J_mol_K * ctx.m->temperature_k));
  return ctx;
}

// The entries of cell c for `count` hourly profiles at once (profile[k] == nullptr: flat), written to out[k]:
// the plume's geometry and exponentials are evaluated once and each profile's sum takes exactly the operations
// the single-profile evaluation takes, so out[k] equals that entry bit for bit.
void entry_multi(const FootprintInputs& in, const RowContext& ctx, std::size_t c, const std::vector<double>* const* profile,
                 int count, double* out) {
  for (int k = 0; k < count; ++k) out[k] = 0.0;
  const FootprintReceptor& rc = *ctx.rc;
  const GridGeometry& g = in.grid;
  const int i = static_cast<int>(c % static_cast<std::size_t>(g.nx));
  const int j = static_cast<int>(c / static_cast<std::size_t>(g.nx));
  const double xc = g.x0_m + (i + 0.5) * g.cell_m, yc = g.y0_m + (j + 0.5) * g.cell_m;
  const double down_c = (rc.x_m - xc) * ctx.dx + (rc.y_m - yc) * ctx.dy;
  const double cross_c = (rc.x_m - xc) * ctx.cx + (rc.y_m - yc) * ctx.cy;
  const double half = 0.75 * g.cell_m;  // > half the cell's diagonal (0.707 cell)
  if (down_c < -half) return;
  {
    const double reach = down_c + half;
    const double sy = ctx.ky_max > 0.0 ? ctx.ky_max * reach
                                       : briggs_sigmas(in.terrain, ctx.m->stability, reach > 1.0 ? reach : 1.0).y_m;
    if (std::fabs(cross_c) - half > 6.0 * sy) return;
  }
  const double h = height_of(in, c);
  if (h != ctx.u_height_m) {
    ctx.u_height_m = h;
    ctx.u_m_s = wind_at_height_m_s(*ctx.m, h);
  }
  const double u = ctx.u_m_s;
  // Sub-points: all n × n within kNearCells cells downwind, half as many per side up to kMidCells, then the
  // centre only (there the cell is small against the plume's width).
  int n = in.subpoints_per_side;
  if (down_c > kMidCells * g.cell_m) n = 1;
  else if (down_c > kNearCells * g.cell_m) n = (n + 1) / 2;
  const double step = g.cell_m / n, x_min = 0.5 * step;
  constexpr int kMaxProfiles = 8;
  double q_sub[kMaxProfiles], sum[kMaxProfiles];  // sum: g/m³ (surface) or g/m² (column)
  bool any = false;
  for (int k = 0; k < count; ++k) {
    const double p = profile[k] == nullptr ? 1.0 : (*profile[k])[static_cast<std::size_t>(rc.hour)];
    q_sub[k] = kTPerYrToGPerS * p / (n * n);
    sum[k] = 0.0;
    any = any || q_sub[k] != 0.0;
  }
  if (!any) return;
  // The plume (plume.cpp) inlined: C = q / (2π u σy σz) · e^(−y²/2σy²) · (e^(−(z−h)²/2σz²) + e^(−(z+h)²/2σz²)),
  // the lateral and vertical exponentials merged into one det_exp each (e^a·e^b = e^(a+b): ≤ 1e-14 relative
  // from rounding a + b), and a ground source (h = 0: the two vertical terms equal) taking one det_exp.
  const double below = rc.z_m - h, above = rc.z_m + h;
  const bool ground = below * below == above * above;
  for (int b = 0; b < n; ++b)
    for (int a = 0; a < n; ++a) {
      const double px = g.x0_m + i * g.cell_m + (a + 0.5) * step;
      const double py = g.y0_m + j * g.cell_m + (b + 0.5) * step;
      double xd = (rc.x_m - px) * ctx.dx + (rc.y_m - py) * ctx.dy;
      const double yd = (rc.x_m - px) * ctx.cx + (rc.y_m - py) * ctx.cy;
      if (xd <= -x_min) continue;  // upwind of the receptor
      if (xd < x_min) xd = x_min;  // the sub-source next to the receptor: at half a sub-spacing
      const double sy = sigma_of(ctx.sy, xd);
      const double lateral = -(yd * yd) / (2.0 * sy * sy);
      if (ctx.column) {
        const double e = pathway::det_exp(lateral);
        for (int k = 0; k < count; ++k) sum[k] += q_sub[k] / (kSqrt2Pi * u * sy) * e;
      } else {
        const double sz = sigma_of(ctx.sz, xd);
        const double two_sz2 = 2.0 * sz * sz;
        const double vertical = ground ? 2.0 * pathway::det_exp(lateral - (below * below) / two_sz2)
                                       : pathway::det_exp(lateral - (below * below) / two_sz2) +
                                             pathway::det_exp(lateral - (above * above) / two_sz2);
        for (int k = 0; k < count; ++k) sum[k] += q_sub[k] / (2.0 * kPi * u * sy * sz) * vertical;
      }
    }
  for (int k = 0; k < count; ++k) out[k] = q_sub[k] == 0.0 ? 0.0 : sum[k] * ctx.to_ppm;
}

double entry(const FootprintInputs& in, const RowContext& ctx, std::size_t c) {
  const std::vector<double>* profile =
      in.profiles.empty() ? nullptr : &in.profiles[static_cast<std::size_t>(in.cell_profile.empty() ? 0 : in.cell_profile[c])];
  double out = 0.0;
  entry_multi(in, ctx, c, &profile, 1, &out);
  return out;
}

// The cells that can be non-zero for a row: entry() returns 0 for a cell whose centre is more than `half`
// upwind, or more than 6 σy(down + half) + half off the centreline, with σy ≤ ky_max (down + half). For
// each grid row j those conditions are linear in the cell centre's x, so the candidate i form one interval:
// the intersection of three half-lines, widened by a cell each side against rounding (entry() still applies
// the exact test, so this only skips cells that are 0 anyway). Calls f(cell) for each candidate, in
// increasing cell order.
template <class F>
void for_each_candidate(const FootprintInputs& in, const RowContext& ctx, F&& f) {
  const GridGeometry& g = in.grid;
  if (ctx.ky_max <= 0.0) {  // no linear bound on σy: every cell
    for (std::size_t c = 0; c < cell_count(g); ++c) f(c);
    return;
  }
  const double half = 0.75 * g.cell_m, k6 = 6.0 * ctx.ky_max;
  for (int j = 0; j < g.ny; ++j) {
    const double yc = g.y0_m + (j + 0.5) * g.cell_m;
    // down(xc) = D0 − xc·dx, cross(xc) = C0 − xc·cx.
    const double d0 = ctx.rc->x_m * ctx.dx + (ctx.rc->y_m - yc) * ctx.dy;
    const double c0 = ctx.rc->x_m * ctx.cx + (ctx.rc->y_m - yc) * ctx.cy;
    double lo = -1e300, hi = 1e300;
    bool empty = false;
    // a·xc ≤ b
    auto limit = [&](double a, double b) {
      if (a > 1e-12) hi = std::fmin(hi, b / a);
      else if (a < -1e-12) lo = std::fmax(lo, b / a);
      else if (b < -1e-6 * g.cell_m) empty = true;
    };
    limit(ctx.dx, d0 + half);                                                  // down ≥ −half
    limit(-ctx.cx + k6 * ctx.dx, k6 * (d0 + half) + half - c0);               //  cross − half ≤ 6k(down + half)
    limit(ctx.cx + k6 * ctx.dx, k6 * (d0 + half) + half + c0);                // −cross − half ≤ 6k(down + half)
    if (empty || lo > hi) continue;
    const double fi_lo = std::floor((lo - g.x0_m) / g.cell_m - 0.5) - 1.0;
    const double fi_hi = std::ceil((hi - g.x0_m) / g.cell_m - 0.5) + 1.0;
    const int i0 = fi_lo < 0.0 ? 0 : (fi_lo >= g.nx ? g.nx : static_cast<int>(fi_lo));
    const int i1 = fi_hi >= g.nx - 1 ? g.nx - 1 : (fi_hi < 0.0 ? -1 : static_cast<int>(fi_hi));
    const std::size_t base = static_cast<std::size_t>(j) * static_cast<std::size_t>(g.nx);
    for (int i = i0; i <= i1; ++i) f(base + static_cast<std::size_t>(i));
  }
}

}  // namespace

double footprint_entry(const FootprintInputs& in, std::size_t r, std::size_t c) {
  return entry(in, row_context(in, r), c);
}

Eigen::MatrixXd build_footprint_dense(const FootprintInputs& in) {
  if (!validate_footprint(in).empty()) return {};
  const std::size_t m = in.receptors.size(), n = cell_count(in.grid);
  Eigen::MatrixXd H = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n));
  for (std::size_t r = 0; r < m; ++r) {
    const RowContext ctx = row_context(in, r);
    for_each_candidate(in, ctx, [&](std::size_t c) {
      H(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = entry(in, ctx, c);
    });
  }
  return H;
}

std::vector<Eigen::MatrixXd> build_footprints_dense(const FootprintInputs& in,
                                                   const std::vector<const std::vector<double>*>& profiles,
                                                   const std::vector<char>& columns) {
  const std::size_t m = in.receptors.size(), n = cell_count(in.grid);
  if (!validate_footprint(in).empty() || profiles.empty() || profiles.size() > 8 || (!columns.empty() && columns.size() != n))
    return {};
  for (const std::vector<double>* p : profiles) {  // as validate_footprint checks in.profiles
    if (p == nullptr) continue;
    if (p->size() < in.met.size()) return {};
    for (double v : *p)
      if (!(v >= 0.0 && std::isfinite(v))) return {};
  }
  std::vector<Eigen::MatrixXd> H(profiles.size(), Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n)));
  const int count = static_cast<int>(profiles.size());
  double out[8];
  for (std::size_t r = 0; r < m; ++r) {
    const RowContext ctx = row_context(in, r);
    for_each_candidate(in, ctx, [&](std::size_t c) {
      if (!columns.empty() && !columns[c]) return;
      entry_multi(in, ctx, c, profiles.data(), count, out);
      for (int k = 0; k < count; ++k) H[static_cast<std::size_t>(k)](static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = out[k];
    });
  }
  return H;
}

Eigen::SparseMatrix<double, Eigen::RowMajor> build_footprint_sparse(const FootprintInputs& in,
                                                                    double relative_drop) {
  if (!validate_footprint(in).empty() || !(relative_drop >= 0.0 && relative_drop < 1.0)) return {};
  const std::size_t m = in.receptors.size(), n = cell_count(in.grid);
  std::vector<Eigen::Triplet<double>> kept;
  std::vector<std::pair<std::size_t, double>> row;
  for (std::size_t r = 0; r < m; ++r) {
    row.clear();
    double row_max = 0.0;
    const RowContext ctx = row_context(in, r);
    for_each_candidate(in, ctx, [&](std::size_t c) {
      const double v = entry(in, ctx, c);
      if (v != 0.0) {
        row.emplace_back(c, v);
        row_max = std::fmax(row_max, std::fabs(v));
      }
    });
    for (const auto& [c, v] : row)
      if (std::fabs(v) >= relative_drop * row_max)
        kept.emplace_back(static_cast<int>(r), static_cast<int>(c), v);
  }
  Eigen::SparseMatrix<double, Eigen::RowMajor> H(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n));
  H.setFromTriplets(kept.begin(), kept.end());
  return H;
}

FootprintOperator::FootprintOperator(FootprintInputs in) : in_(std::move(in)) {
  error_ = validate_footprint(in_);
  if (!error_.empty()) error_ = "footprint: " + error_;
}

Eigen::VectorXd FootprintOperator::apply_forward(const Eigen::VectorXd& x) const {
  if (!error_.empty() || static_cast<std::size_t>(x.size()) != cols()) return {};
  Eigen::VectorXd y = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(rows()));
  for (std::size_t r = 0; r < rows(); ++r) {
    const RowContext ctx = row_context(in_, r);
    for_each_candidate(in_, ctx, [&](std::size_t c) {
      const double xc = x(static_cast<Eigen::Index>(c));
      if (xc != 0.0) y(static_cast<Eigen::Index>(r)) += entry(in_, ctx, c) * xc;
    });
  }
  return y;
}

Eigen::VectorXd FootprintOperator::apply_adjoint(const Eigen::VectorXd& y) const {
  if (!error_.empty() || static_cast<std::size_t>(y.size()) != rows()) return {};
  Eigen::VectorXd x = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(cols()));
  for (std::size_t r = 0; r < rows(); ++r) {
    const double yr = y(static_cast<Eigen::Index>(r));
    if (yr == 0.0) continue;
    const RowContext ctx = row_context(in_, r);
    for_each_candidate(in_, ctx, [&](std::size_t c) { x(static_cast<Eigen::Index>(c)) += entry(in_, ctx, c) * yr; });
  }
  return x;
}

}  // namespace twin::monitor
