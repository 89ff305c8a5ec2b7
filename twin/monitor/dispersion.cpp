// Briggs (1973) dispersion coefficients (dispersion.hpp). σ = k x (1 + c x)^p with p ∈ {−1, −0.5, 0.5, 0}:
// square roots and divisions only (correctly rounded), so native and wasm agree bit for bit.
#include "twin/monitor/dispersion.hpp"

#include <array>
#include <cassert>
#include <cmath>

namespace twin::monitor {
namespace {

using S = Stability;
using T = Terrain;

// = assets/monitor/briggs_sigma.csv.
constexpr std::array<BriggsRow, 24> kRows{{
    {T::Rural, 'y', S::A, {0.22, 0.0001, -0.5}}, {T::Rural, 'y', S::B, {0.16, 0.0001, -0.5}},
    {T::Rural, 'y', S::C, {0.11, 0.0001, -0.5}}, {T::Rural, 'y', S::D, {0.08, 0.0001, -0.5}},
    {T::Rural, 'y', S::E, {0.06, 0.0001, -0.5}}, {T::Rural, 'y', S::F, {0.04, 0.0001, -0.5}},
    {T::Rural, 'z', S::A, {0.20, 0.0, 0.0}},     {T::Rural, 'z', S::B, {0.12, 0.0, 0.0}},
    {T::Rural, 'z', S::C, {0.08, 0.0002, -0.5}}, {T::Rural, 'z', S::D, {0.06, 0.0015, -0.5}},
    {T::Rural, 'z', S::E, {0.03, 0.0003, -1.0}}, {T::Rural, 'z', S::F, {0.016, 0.0003, -1.0}},
    {T::Urban, 'y', S::A, {0.32, 0.0004, -0.5}}, {T::Urban, 'y', S::B, {0.32, 0.0004, -0.5}},
    {T::Urban, 'y', S::C, {0.22, 0.0004, -0.5}}, {T::Urban, 'y', S::D, {0.16, 0.0004, -0.5}},
    {T::Urban, 'y', S::E, {0.11, 0.0004, -0.5}}, {T::Urban, 'y', S::F, {0.11, 0.0004, -0.5}},
    {T::Urban, 'z', S::A, {0.24, 0.001, 0.5}},   {T::Urban, 'z', S::B, {0.24, 0.001, 0.5}},
    {T::Urban, 'z', S::C, {0.20, 0.0, 0.0}},     {T::Urban, 'z', S::D, {0.14, 0.0003, -0.5}},
    {T::Urban, 'z', S::E, {0.08, 0.0015, -0.5}}, {T::Urban, 'z', S::F, {0.08, 0.0015, -0.5}},
}};

double sigma(const SigmaCoefficients& s, double x_m) {
  const double base = 1.0 + s.c_per_m * x_m;
  double factor = 1.0;
  if (s.exponent == -0.5) factor = 1.0 / std::sqrt(base);
  else if (s.exponent == 0.5) factor = std::sqrt(base);
  else if (s.exponent == -1.0) factor = 1.0 / base;
  else assert(s.exponent == 0.0 && "briggs: unexpected exponent");
  return s.k * x_m * factor;
}

const SigmaCoefficients& find(Terrain terrain, char which, Stability stability) {
  for (const BriggsRow& r : kRows)
    if (r.terrain == terrain && r.sigma == which && r.stability == stability) return r.coefficients;
  assert(false && "briggs: no row");
  return kRows[0].coefficients;
}

}  // namespace

const BriggsRow* briggs_rows(int* count) {
  *count = static_cast<int>(kRows.size());
  return kRows.data();
}

Sigmas briggs_sigmas(Terrain terrain, Stability stability, double x_m) {
  return {sigma(find(terrain, 'y', stability), x_m), sigma(find(terrain, 'z', stability), x_m)};
}

std::optional<Stability> stability_from_letter(std::string_view letter) {
  if (letter.size() != 1) return std::nullopt;
  const char c = static_cast<char>(letter[0] & ~0x20);  // upper case
  if (c < 'A' || c > 'F') return std::nullopt;
  return static_cast<Stability>(c - 'A');
}

char stability_letter(Stability stability) { return static_cast<char>('A' + static_cast<int>(stability)); }

}  // namespace twin::monitor
