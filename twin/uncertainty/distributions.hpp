// Distributions of uncertain inputs and their inverse CDFs, so that one uniform number in (0, 1) gives
// one sample (inverse-transform sampling: one counter per input, no rejection, no carried state).
// Built from + − × ÷, sqrt (correctly rounded by IEEE 754, hence the same everywhere) and det_log /
// det_exp (twin/pathway/det_math.hpp): no libm transcendental function, so native and wasm draw the
// very same samples.
#pragma once

#include <string>
#include <string_view>

namespace twin::uncertainty {

enum class DistributionKind { Normal, Lognormal, Triangular, Uniform };

// Parameters by kind (p3 only for the triangular):
//   normal      p1 = mean, p2 = standard deviation (> 0)
//   lognormal   p1 = median (> 0), p2 = σ of the natural log (> 0): median × e^(σ z)
//   triangular  p1 = min, p2 = mode, p3 = max (min ≤ mode ≤ max, min < max)
//   uniform     p1 = min, p2 = max (min < max)
struct Distribution {
  DistributionKind kind = DistributionKind::Normal;
  double p1 = 0.0;
  double p2 = 1.0;
  double p3 = 0.0;
};

const char* to_string(DistributionKind kind);  // "normal", "lognormal", "triangular", "uniform"
bool find_distribution_kind(std::string_view name, DistributionKind* kind);

// "" when the parameters are finite and consistent, else what is wrong (e.g. "standard deviation
// -1 must be > 0").
std::string validate_distribution(const Distribution& d);

// Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation (P. J. Acklam, "An algorithm for computing
// the inverse normal cumulative distribution function", 2003; relative error < 1.15e-9), with det_log
// in the tails. Far more accurate than any sample of the sizes used here can resolve.
double inverse_normal_cdf(double p);

// The value of `d` at cumulative probability u in (0, 1). Precondition: validate_distribution(d) empty.
double quantile(const Distribution& d, double u);

}  // namespace twin::uncertainty
