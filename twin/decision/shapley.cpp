// shapley_values() (shapley.hpp).
#include "twin/decision/shapley.hpp"

#include <bit>
#include <cassert>
#include <cstdint>

namespace twin::decision {
namespace {

// Neumaier's compensated sum: the rounding error of every addition kept in `c`.
struct CompensatedSum {
  double s = 0.0, c = 0.0;
  void add(double x) {
    const double t = s + x;
    if ((s >= 0 ? s : -s) >= (x >= 0 ? x : -x))
      c += (s - t) + x;
    else
      c += (x - t) + s;
    s = t;
  }
  double value() const { return s + c; }
};

}  // namespace

std::vector<double> shapley_values(int n, std::size_t metrics, std::span<const double> values) {
  assert(n >= 0 && n <= kMaxShapleyPlayers && metrics >= 1 && "shapley_values: bad sizes");
  const std::uint32_t count = 1u << n;
  assert(values.size() == count * metrics && "shapley_values: need 2^n × metrics values");
  // weight[s] = s! (n−s−1)! / n! = 1 / (n · C(n−1, s)).
  std::vector<double> weight(n > 0 ? n : 1);
  double binom = 1.0;  // C(n−1, s), exact in a double for n ≤ 20
  for (int s = 0; s < n; ++s) {
    weight[s] = 1.0 / (static_cast<double>(n) * binom);
    binom = binom * static_cast<double>(n - 1 - s) / static_cast<double>(s + 1);
  }
  std::vector<double> phi(static_cast<std::size_t>(n) * metrics, 0.0);
  std::vector<CompensatedSum> sums(metrics);
  for (int i = 0; i < n; ++i) {
    const std::uint32_t bit = 1u << i;
    for (CompensatedSum& s : sums) s = {};
    for (std::uint32_t mask = 0; mask < count; ++mask) {
      if (mask & bit) continue;
      const double w = weight[static_cast<std::size_t>(std::popcount(mask))];
      const double* without = &values[mask * metrics];
      const double* with = &values[(mask | bit) * metrics];
      for (std::size_t k = 0; k < metrics; ++k) sums[k].add(w * (with[k] - without[k]));
    }
    for (std::size_t k = 0; k < metrics; ++k) phi[i * metrics + k] = sums[k].value();
  }
  return phi;
}

}  // namespace twin::decision
