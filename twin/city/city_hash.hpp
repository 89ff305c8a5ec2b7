// A 64-bit fingerprint of every column of a twin::City (FNV-1a over raw bits), used to prove that
// the native and wasm builds generate bit-identical cities and to key caches of derived results.
#pragma once

#include <cstdint>

#include "twin/city/city.hpp"

namespace twin {

// FNV-1a 64 over: doubles by their IEEE-754 bit pattern, strings as length (uint32) + bytes, enums
// as their underlying byte, every vector prefixed by its length as uint64 (never size_t, which is
// 32-bit in wasm). Any change to any value, order or count changes the hash (with overwhelming
// probability); it is not a cryptographic hash.
std::uint64_t hash_city(const City& city);

}  // namespace twin
