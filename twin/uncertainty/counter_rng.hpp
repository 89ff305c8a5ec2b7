// A counter-based random generator: the uniform number of (seed, sample index, input index) is a pure
// function of those three integers (SplitMix64's finaliser applied in a chain, Steele, Lea & Flood,
// "Fast splittable pseudorandom number generators", OOPSLA 2014). No state is carried from one draw to
// the next, so a sample's inputs depend only on the seed and its index, never on which process or
// thread draws it, nor in which order — what lets an ensemble be split across MPI ranks and merged
// bit for bit. Integer arithmetic only: identical natively and in wasm.
#pragma once

#include <cstdint>

namespace twin::uncertainty {

// SplitMix64: x + golden gamma, then the variant-13 mix (Stafford); a bijection of 64-bit integers.
std::uint64_t splitmix64(std::uint64_t x);

// 64 random bits of (seed, sample, input).
std::uint64_t counter_bits(std::uint64_t seed, std::uint64_t sample, std::uint64_t input);

// A uniform number strictly inside (0, 1): the top 53 bits, centred in their interval
// ((k + 0.5) / 2^53), so that inverse CDFs never see 0 or 1.
double counter_uniform(std::uint64_t seed, std::uint64_t sample, std::uint64_t input);

}  // namespace twin::uncertainty
