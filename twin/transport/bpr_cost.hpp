// BPR link cost, its derivative and its integral (see assignment.hpp for the formulas).
// Integer powers are evaluated by repeated multiplication rather than std::pow so that the native
// and wasm builds produce the same bits (libm pow differs between glibc and musl).
#pragma once

#include <cmath>
#include <cstdint>

namespace twin::transport {

// x^p for p ≥ 0; exact repeated squaring when p is a small integer.
inline double bpr_power(double x, double p) {
  if (p == 4.0) {
    const double x2 = x * x;
    return x2 * x2;
  }
  if (p >= 0.0 && p <= 64.0 && p == std::floor(p)) {
    auto e = static_cast<std::uint32_t>(p);
    double result = 1.0, base = x;
    while (e != 0) {
      if (e & 1u) result *= base;
      base *= base;
      e >>= 1;
    }
    return result;
  }
  return std::pow(x, p);
}

// Per-link constants of the BPR function, precomputed once per assignment.
struct BprLink {
  double free_flow_time = 0;  // t0
  double inv_capacity = 0;    // 1 / capacity
  double b = 0, power = 0;
  double fixed_cost = 0;      // toll_factor · toll + distance_factor · length
};

inline double bpr_time(const BprLink& l, double flow) {
  if (l.free_flow_time == 0.0) return 0.0;
  return l.free_flow_time * (1.0 + l.b * bpr_power(flow * l.inv_capacity, l.power));
}

inline double bpr_cost(const BprLink& l, double flow) { return bpr_time(l, flow) + l.fixed_cost; }

// d cost / d flow.
inline double bpr_derivative(const BprLink& l, double flow) {
  if (l.free_flow_time == 0.0 || l.b == 0.0 || l.power == 0.0) return 0.0;
  return l.free_flow_time * l.b * l.power * bpr_power(flow * l.inv_capacity, l.power - 1.0) * l.inv_capacity;
}

// ∫_0^flow cost(x) dx (Beckmann contribution, including the fixed generalised-cost term).
inline double bpr_integral(const BprLink& l, double flow) {
  const double time_integral =
      l.free_flow_time * (flow + l.b * flow * bpr_power(flow * l.inv_capacity, l.power) / (l.power + 1.0));
  return time_integral + l.fixed_cost * flow;
}

}  // namespace twin::transport
