#include "twin/energy/valley_fill.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace twin::energy {

void fill_valleys(std::span<const double> load, double energy_kwh, std::span<double> add) {
  assert(add.size() == load.size() && load.size() <= 168 && "fill_valleys: window of at most a week");
  const std::size_t n = load.size();
  if (n == 0) return;
  if (!(energy_kwh > 0.0)) {
    std::fill(add.begin(), add.end(), 0.0);
    return;
  }
  std::array<double, 168> sorted{};
  std::copy(load.begin(), load.end(), sorted.begin());
  std::sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n));
  // Raise the k lowest hours to L = (E + Σ_{i<k} v_i) / k; the first k for which L ≤ v_k is the answer.
  double prefix = 0.0, level = 0.0;
  for (std::size_t k = 1; k <= n; ++k) {
    prefix += sorted[k - 1];
    level = (energy_kwh + prefix) / static_cast<double>(k);
    if (k == n || level <= sorted[k]) break;
  }
  for (std::size_t h = 0; h < n; ++h) add[h] = load[h] < level ? level - load[h] : 0.0;
}

}  // namespace twin::energy
