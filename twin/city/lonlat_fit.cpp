#include "twin/city/lonlat_fit.hpp"

#include <Eigen/Dense>
#include <cmath>

namespace twin {
namespace {

void terms(double u, double v, double* t) {
  t[0] = 1.0, t[1] = u, t[2] = v;
  t[3] = u * u, t[4] = u * v, t[5] = v * v;
  t[6] = u * u * u, t[7] = u * u * v, t[8] = u * v * v, t[9] = v * v * v;
}

double evaluate(const std::array<double, 10>& c, double u, double v) {
  double t[10];
  terms(u, v, t);
  double s = 0.0;
  for (int k = 0; k < 10; ++k) s += c[k] * t[k];
  return s;
}

// ∂/∂u and ∂/∂v of the cubic.
void gradient(const std::array<double, 10>& c, double u, double v, double* du, double* dv) {
  *du = c[1] + 2 * c[3] * u + c[4] * v + 3 * c[6] * u * u + 2 * c[7] * u * v + c[8] * v * v;
  *dv = c[2] + c[4] * u + 2 * c[5] * v + c[7] * u * u + 2 * c[8] * u * v + 3 * c[9] * v * v;
}

}  // namespace

bool fit_lonlat(const std::vector<LonLatSample>& samples, double scale_m, LonLatFit* fit) {
  if (samples.size() < 10 || !(scale_m > 0.0)) return false;
  const Eigen::Index n = static_cast<Eigen::Index>(samples.size());
  Eigen::MatrixXd a(n, 10);
  Eigen::VectorXd lon(n), lat(n);
  // Fit the offsets from the first sample: keeps the constant term small and the system well scaled.
  const double lon0 = samples[0].lon_deg, lat0 = samples[0].lat_deg;
  for (Eigen::Index i = 0; i < n; ++i) {
    double t[10];
    terms(samples[i].x_m / scale_m, samples[i].y_m / scale_m, t);
    for (int k = 0; k < 10; ++k) a(i, k) = t[k];
    lon(i) = samples[i].lon_deg - lon0;
    lat(i) = samples[i].lat_deg - lat0;
  }
  const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(a);
  if (qr.rank() < 10) return false;
  const Eigen::VectorXd clon = qr.solve(lon), clat = qr.solve(lat);
  LonLatFit f;
  f.scale_m = scale_m;
  for (int k = 0; k < 10; ++k) f.lon_deg[k] = clon(k), f.lat_deg[k] = clat(k);
  f.lon_deg[0] += lon0;
  f.lat_deg[0] += lat0;
  // Worst error in metres: a degree of latitude is ≈ 111.2 km, of longitude that times cos(lat).
  constexpr double kMetresPerDegree = 6371008.8 * 3.14159265358979323846 / 180.0;
  for (const LonLatSample& s : samples) {
    const double u = s.x_m / scale_m, v = s.y_m / scale_m;
    const double dlat_m = (evaluate(f.lat_deg, u, v) - s.lat_deg) * kMetresPerDegree;
    const double dlon_m =
        (evaluate(f.lon_deg, u, v) - s.lon_deg) * kMetresPerDegree * std::cos(s.lat_deg * 3.14159265358979323846 / 180.0);
    f.max_error_m = std::fmax(f.max_error_m, std::sqrt(dlat_m * dlat_m + dlon_m * dlon_m));
  }
  *fit = f;
  return true;
}

bool local_to_lonlat(const CityLocation& location, double x_m, double y_m, double* lon_deg, double* lat_deg) {
  const LonLatFit& f = location.lonlat_fit;
  if (!location.georeferenced || !(f.scale_m > 0.0)) return false;
  *lon_deg = evaluate(f.lon_deg, x_m / f.scale_m, y_m / f.scale_m);
  *lat_deg = evaluate(f.lat_deg, x_m / f.scale_m, y_m / f.scale_m);
  return std::isfinite(*lon_deg) && std::isfinite(*lat_deg);
}

bool lonlat_to_local(const CityLocation& location, double lon_deg, double lat_deg, double* x_m, double* y_m) {
  const LonLatFit& f = location.lonlat_fit;
  if (!location.georeferenced || !(f.scale_m > 0.0) || !std::isfinite(lon_deg) || !std::isfinite(lat_deg)) return false;
  // Newton on the fitted cubic from the origin: the map is nearly linear over a city, so a few steps
  // reach the fit's own precision; a point far outside the fitted extent is refused, not extrapolated.
  double u = 0.0, v = 0.0;
  for (int iteration = 0; iteration < 20; ++iteration) {
    const double r_lon = evaluate(f.lon_deg, u, v) - lon_deg, r_lat = evaluate(f.lat_deg, u, v) - lat_deg;
    double a = 0, b = 0, c = 0, d = 0;  // Jacobian [[a, b], [c, d]] of (lon, lat) by (u, v)
    gradient(f.lon_deg, u, v, &a, &b);
    gradient(f.lat_deg, u, v, &c, &d);
    const double det = a * d - b * c;
    if (!(std::fabs(det) > 0.0)) return false;
    const double du = (d * r_lon - b * r_lat) / det, dv = (a * r_lat - c * r_lon) / det;
    u -= du;
    v -= dv;
    if (!std::isfinite(u) || !std::isfinite(v) || std::fabs(u) > kMaxFitReach || std::fabs(v) > kMaxFitReach) return false;
    if (std::fabs(du) < 1e-12 && std::fabs(dv) < 1e-12) break;
  }
  const double r_lon = evaluate(f.lon_deg, u, v) - lon_deg, r_lat = evaluate(f.lat_deg, u, v) - lat_deg;
  if (std::fabs(r_lon) > 1e-9 || std::fabs(r_lat) > 1e-9) return false;  // did not converge
  *x_m = u * f.scale_m;
  *y_m = v * f.scale_m;
  return true;
}

}  // namespace twin
