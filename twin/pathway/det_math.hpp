// exp and log from + − × ÷ only, so that the pathway is bit-identical natively and in wasm (libm's
// transcendental functions may differ by an ulp between glibc and Emscripten's musl; twin/city's
// README explains the rule). Accurate to a few ulps for the arguments the stock model uses.
#pragma once

namespace twin::pathway {

// e^x; 0 below x = −700, +inf above x = 700.
double det_exp(double x);
// Natural logarithm of x > 0 (returns −inf for 0, NaN for negative x).
double det_log(double x);
// x^y for x ≥ 0 as exp(y log x); 0^y = 0 for y > 0.
double det_pow(double x, double y);

}  // namespace twin::pathway
