// Discounting: the capital recovery factor that spreads a capital cost over its lifetime as equal
// yearly payments, discount factors and net present value. Powers are integer, by repeated
// multiplication (no libm), so native and wasm agree bit for bit.
#pragma once

#include <span>

namespace twin::cost {

// (1 + rate)^years for years ≥ 0.
double compound(double rate, int years);

// CRF = r (1 + r)^n / ((1 + r)^n − 1) (annuity factor; e.g. 建设项目经济评价方法与参数, 资金回收系数):
// the yearly payment per yuan of capital over n years at rate r. n ≤ 0 → 0 (nothing to annualise);
// r = 0 → 1/n. Precondition: rate > −1.
double capital_recovery_factor(double rate, int years);

// 1 / (1 + rate)^years: the value today of one yuan `years` from now.
double discount_factor(double rate, int years);

// Σ values[t] × discount_factor(rate, t), values[0] undiscounted (the base year).
double net_present_value(std::span<const double> values, double rate);

}  // namespace twin::cost
