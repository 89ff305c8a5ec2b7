// distributions.hpp: inverse CDFs of the four distributions.
#include "twin/uncertainty/distributions.hpp"

#include <cassert>
#include <cmath>
#include <sstream>

#include "twin/pathway/det_math.hpp"

namespace twin::uncertainty {

const char* to_string(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::Normal: return "normal";
    case DistributionKind::Lognormal: return "lognormal";
    case DistributionKind::Triangular: return "triangular";
    case DistributionKind::Uniform: return "uniform";
  }
  return "?";
}

bool find_distribution_kind(std::string_view name, DistributionKind* kind) {
  for (DistributionKind k : {DistributionKind::Normal, DistributionKind::Lognormal, DistributionKind::Triangular,
                             DistributionKind::Uniform}) {
    if (name == to_string(k)) {
      *kind = k;
      return true;
    }
  }
  return false;
}

std::string validate_distribution(const Distribution& d) {
  std::ostringstream m;
  const int used = d.kind == DistributionKind::Triangular ? 3 : 2;
  const double p[3] = {d.p1, d.p2, d.p3};
  for (int i = 0; i < used; ++i)
    if (!std::isfinite(p[i])) {
      m << "parameter p" << i + 1 << " is not a finite number";
      return m.str();
    }
  switch (d.kind) {
    case DistributionKind::Normal:
      if (d.p2 <= 0.0) m << "standard deviation " << d.p2 << " must be > 0";
      break;
    case DistributionKind::Lognormal:
      if (d.p1 <= 0.0) m << "median " << d.p1 << " must be > 0";
      else if (d.p2 <= 0.0) m << "sigma of the log " << d.p2 << " must be > 0";
      break;
    case DistributionKind::Triangular:
      if (!(d.p1 < d.p3)) m << "min " << d.p1 << " must be below max " << d.p3;
      else if (d.p2 < d.p1 || d.p2 > d.p3) m << "mode " << d.p2 << " must lie in [" << d.p1 << ", " << d.p3 << "]";
      break;
    case DistributionKind::Uniform:
      if (!(d.p1 < d.p2)) m << "min " << d.p1 << " must be below max " << d.p2;
      break;
  }
  return m.str();
}

double inverse_normal_cdf(double p) {
  assert(p > 0.0 && p < 1.0 && "inverse_normal_cdf needs p in (0, 1)");
  // Acklam's coefficients (rational approximation in the central region, in sqrt(−2 ln q) in the tails).
  static constexpr double a[6] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                  1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[5] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                  6.680131188771972e+01,  -1.328068155288572e+01};
  static constexpr double c[6] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                  -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[4] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                  3.754408661907416e+00};
  constexpr double kLow = 0.02425;
  auto tail = [&](double q) {  // Φ⁻¹(q) for small q (negative)
    const double t = std::sqrt(-2.0 * pathway::det_log(q));
    return (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5]) /
           ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1.0);
  };
  if (p < kLow) return tail(p);
  if (p > 1.0 - kLow) return -tail(1.0 - p);
  const double q = p - 0.5;
  const double r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
}

double quantile(const Distribution& d, double u) {
  assert(u > 0.0 && u < 1.0 && "quantile needs u in (0, 1)");
  switch (d.kind) {
    case DistributionKind::Normal:
      return d.p1 + d.p2 * inverse_normal_cdf(u);
    case DistributionKind::Lognormal:
      return d.p1 * pathway::det_exp(d.p2 * inverse_normal_cdf(u));
    case DistributionKind::Triangular: {
      // F(mode) = (mode − min)/(max − min); invert the two quadratic branches.
      const double lo = d.p1, mode = d.p2, hi = d.p3;
      const double width = hi - lo;
      const double f_mode = (mode - lo) / width;
      if (u < f_mode) return lo + std::sqrt(u * width * (mode - lo));
      return hi - std::sqrt((1.0 - u) * width * (hi - mode));
    }
    case DistributionKind::Uniform:
      return d.p1 + u * (d.p2 - d.p1);
  }
  return d.p1;
}

}  // namespace twin::uncertainty
