// Discounting helpers (finance.hpp).
#include "twin/cost/finance.hpp"

#include <cassert>
#include <cstddef>

namespace twin::cost {

double compound(double rate, int years) {
  assert(years >= 0 && "compound: negative years");
  double f = 1.0;
  for (int i = 0; i < years; ++i) f *= 1.0 + rate;
  return f;
}

double capital_recovery_factor(double rate, int years) {
  assert(rate > -1.0 && "capital_recovery_factor: rate must exceed -1");
  if (years <= 0) return 0.0;
  if (rate == 0.0) return 1.0 / years;
  const double g = compound(rate, years);
  return rate * g / (g - 1.0);
}

double discount_factor(double rate, int years) { return 1.0 / compound(rate, years); }

double net_present_value(std::span<const double> values, double rate) {
  double sum = 0.0;
  for (std::size_t t = 0; t < values.size(); ++t) sum += values[t] * discount_factor(rate, static_cast<int>(t));
  return sum;
}

}  // namespace twin::cost
