// Deterministic exp/log (see det_math.hpp): argument reduction by powers of two (exact in IEEE 754)
// and series that need only the four basic operations.
#include "twin/pathway/det_math.hpp"

#include <cmath>
#include <limits>

namespace twin::pathway {
namespace {
constexpr double kLn2 = 0.69314718055994530942;
}

double det_exp(double x) {
  if (x != x) return x;
  if (x < -700.0) return 0.0;
  if (x > 700.0) return std::numeric_limits<double>::infinity();
  // x = n ln2 + r, |r| ≤ ln2/2; then e^r by its Taylor series (22 terms: 0.35^22/22! < 1e-29).
  const double nd = x / kLn2;
  const int n = static_cast<int>(nd < 0.0 ? nd - 0.5 : nd + 0.5);
  // ln2 split into a high part with few mantissa bits so that n × hi is exact (Cody–Waite).
  constexpr double kLn2Hi = 0.693145751953125;
  constexpr double kLn2Lo = 1.42860682030941723212e-6;
  const double r = (x - n * kLn2Hi) - n * kLn2Lo;
  double term = 1.0, sum = 0.0;
  double terms[23];
  for (int k = 0; k <= 22; ++k) {
    terms[k] = term;
    term = term * r / (k + 1);
  }
  for (int k = 22; k >= 0; --k) sum += terms[k];  // smallest first
  return std::ldexp(sum, n);  // exact scaling by 2^n
}

double det_log(double x) {
  if (x != x || x < 0.0) return std::numeric_limits<double>::quiet_NaN();
  if (x == 0.0) return -std::numeric_limits<double>::infinity();
  if (x == std::numeric_limits<double>::infinity()) return x;
  int e = 0;
  double m = std::frexp(x, &e);  // x = m 2^e, m in [0.5, 1): exact
  if (m < 0.70710678118654752440) {
    m *= 2.0;
    --e;
  }
  // log m = 2 atanh(z), z = (m − 1)/(m + 1), |z| ≤ 0.172.
  const double z = (m - 1.0) / (m + 1.0);
  const double z2 = z * z;
  double term = z, sum = 0.0;
  for (int k = 1; k <= 41; k += 2) {
    sum += term / k;
    term *= z2;
  }
  return 2.0 * sum + e * kLn2;
}

double det_pow(double x, double y) {
  if (x == 0.0) return y > 0.0 ? 0.0 : (y == 0.0 ? 1.0 : std::numeric_limits<double>::infinity());
  return det_exp(y * det_log(x));
}

}  // namespace twin::pathway
