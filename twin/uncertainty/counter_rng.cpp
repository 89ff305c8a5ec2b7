// counter_rng.hpp: SplitMix64 chained over (seed, sample, input).
#include "twin/uncertainty/counter_rng.hpp"

namespace twin::uncertainty {

std::uint64_t splitmix64(std::uint64_t x) {
  std::uint64_t z = x + 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t counter_bits(std::uint64_t seed, std::uint64_t sample, std::uint64_t input) {
  // Each stage mixes the previous hash with the next counter; distinct odd multipliers keep
  // (sample, input) pairs such as (1, 0) and (0, 1) apart before the mix.
  std::uint64_t h = splitmix64(seed);
  h = splitmix64(h ^ (sample * 0xD1B54A32D192ED03ull));
  h = splitmix64(h ^ (input * 0xAEF17502108EF2D9ull + 0x3C6EF372FE94F82Bull));
  return h;
}

double counter_uniform(std::uint64_t seed, std::uint64_t sample, std::uint64_t input) {
  const std::uint64_t k = counter_bits(seed, sample, input) >> 11;  // 53 bits
  return (static_cast<double>(k) + 0.5) * (1.0 / 9007199254740992.0);  // / 2^53
}

}  // namespace twin::uncertainty
