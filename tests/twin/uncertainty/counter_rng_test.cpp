// The counter-based generator: a known SplitMix64 value, reproducibility, independence from the order
// and the split in which draws are made, and uniformity of the mean.
#include "twin/uncertainty/counter_rng.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace twin::uncertainty {
namespace {

TEST(UncertaintyCounterRng, SplitMix64MatchesTheReferenceSequence) {
  // SplitMix64 seeded with state 0: its first output is 0xE220A8397B1DCDAF (the reference C code of
  // Vigna's xoshiro page seeds with it); our splitmix64(x) is that output for state x.
  EXPECT_EQ(splitmix64(0), 0xE220A8397B1DCDAFull);
  // The second output of the same sequence is splitmix64(gamma).
  EXPECT_EQ(splitmix64(0x9E3779B97F4A7C15ull), 0x6E789E6AA1B965F4ull);
}

TEST(UncertaintyCounterRng, SameCountersGiveTheSameNumberAndDifferentCountersDiffer) {
  EXPECT_EQ(counter_bits(7, 3, 2), counter_bits(7, 3, 2));
  EXPECT_EQ(counter_uniform(7, 3, 2), counter_uniform(7, 3, 2));
  EXPECT_NE(counter_bits(7, 3, 2), counter_bits(8, 3, 2));
  EXPECT_NE(counter_bits(7, 1, 0), counter_bits(7, 0, 1));  // sample and input are not interchangeable
  EXPECT_NE(counter_bits(7, 3, 2), counter_bits(7, 2, 3));
}

TEST(UncertaintyCounterRng, DrawsDoNotDependOnOrderOrSplit) {
  constexpr std::uint64_t kSamples = 1000, kInputs = 15, kSeed = 42;
  std::vector<double> forward(kSamples * kInputs), split(kSamples * kInputs);
  for (std::uint64_t s = 0; s < kSamples; ++s)
    for (std::uint64_t i = 0; i < kInputs; ++i) forward[s * kInputs + i] = counter_uniform(kSeed, s, i);
  // Three "ranks" taking samples r, r + 3, …, each walking its samples backwards and inputs reversed.
  for (std::uint64_t r = 0; r < 3; ++r)
    for (std::uint64_t s = kSamples - 1 - ((kSamples - 1 - r) % 3);; s -= 3) {
      for (std::uint64_t i = kInputs; i-- > 0;) split[s * kInputs + i] = counter_uniform(kSeed, s, i);
      if (s < 3) break;
    }
  for (std::size_t k = 0; k < forward.size(); ++k) ASSERT_EQ(forward[k], split[k]) << "draw " << k;
}

TEST(UncertaintyCounterRng, UniformsLieInsideTheOpenIntervalWithMeanOneHalf) {
  constexpr int kN = 100000;
  double sum = 0.0, lo = 1.0, hi = 0.0;
  for (int s = 0; s < kN; ++s) {
    const double u = counter_uniform(2026, s, 0);
    sum += u;
    lo = std::min(lo, u);
    hi = std::max(hi, u);
  }
  EXPECT_GT(lo, 0.0);
  EXPECT_LT(hi, 1.0);
  // Mean of n uniforms: sd = sqrt(1/12/n) = 9.13e-4 for n = 1e5; 4 sd = 3.65e-3.
  EXPECT_NEAR(sum / kN, 0.5, 4.0 * std::sqrt(1.0 / 12.0 / kN));
}

}  // namespace
}  // namespace twin::uncertainty
