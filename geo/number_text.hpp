// Numbers ↔ text for geo/, identical in the native and the WebAssembly build. Emscripten 3.1.6's
// libc++ has no std::from_chars / std::to_chars for double (deleted overloads), so both builds go
// through these: parsing with fast_float (Debian's libfast-float-dev, header-only, correctly rounded
// like glibc's strtod and libstdc++'s from_chars, which uses the same algorithm since GCC 12), output
// with the shortest round-trip digits found through snprintf("%.*e") (exact in glibc and in
// Emscripten's musl), laid out as std::to_chars(first, last, double) lays them out.
#pragma once

#include <charconv>
#include <string>

namespace geo {

// std::from_chars(first, last, value) for double (chars_format::general): no leading '+' or spaces;
// "inf", "infinity", "nan" accepted. Like libstdc++: a finite number whose magnitude overflows to
// infinity or underflows to zero gives errc::result_out_of_range (ptr past it) and leaves value as it
// was; no number gives errc::invalid_argument with ptr == first.
std::from_chars_result double_from_chars(const char* first, const char* last, double& value);

// The shortest text that reads back (double_from_chars) to exactly value, in the layout of
// std::to_chars(first, last, value): fixed or scientific ("1e+05", "1.5e-07"), whichever is shorter,
// fixed on a tie; integers in fixed form with all their exact digits (2^60 → "1152921504606846976");
// "-0", "inf", "-inf", "nan". Checked equal to libstdc++'s std::to_chars on 3.1 million doubles
// (random bit patterns, powers of two and their neighbours, decimals).
std::string double_to_text(double value);

}  // namespace geo
