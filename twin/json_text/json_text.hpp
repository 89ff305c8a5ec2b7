// JSON text by hand for the core's writers (twin/ has no JSON library: std + Eigen only). One place for
// the number format and the string escaping that inclusion, cost, decision and energy each wrote alone.
// Numbers go through snprintf, not std::to_chars(double), which the wasm libc++ lacks; the output is
// the same natively and in wasm for finite values.
#pragma once

#include <string>
#include <string_view>

namespace twin::json_text {

// 17 significant digits: every double reads back to itself (IEEE 754 binary64 needs at most 17).
inline constexpr int kRoundTripDigits = 17;

// snprintf "%.Ng" with N = significant_digits (1..17): "%.17g" for round-tripping reports, "%.10g" for
// the energy report, "%.6g" for numbers inside messages. Non-finite values come out as printf writes
// them ("nan", "-nan", "inf", "-inf"), which is not JSON: callers write null themselves where a value
// may be missing (e.g. the cost per tonne of a lever that does not abate) and pass finite values.
std::string number(double v, int significant_digits = kRoundTripDigits);

// A JSON number that a JSON library reads back as a floating-point value equal to v: number(v) with
// ".0" appended when the text would read as an integer ("1234" → "1234.0", "-0" → "-0.0"), and null
// for NaN and ±inf, as nlohmann::json writes them. For text that a writer parses back into
// nlohmann::json and dumps again (the milestones), so that the dumped bytes equal those of the double.
std::string float_number(double v);

// The fewest significant digits (15, 16 or 17) that read back to v, null for NaN and ±inf: the compact
// round-tripping form of the city statistics, industry and calibration reports. printf and strtod are
// correctly rounded in glibc and in the wasm libc alike, so native and wasm write the same text.
std::string shortest_number(double v);

// s with '"' and '\\' escaped by a backslash and control characters below 0x20 as \u00XX (lower-case
// hex); every other byte, UTF-8 sequences included, passes through unchanged. No surrounding quotes.
std::string escaped(std::string_view s);

// "\"" + escaped(s) + "\"": the JSON string literal of s.
// (Not named `quoted`: argument-dependent lookup would pick std::quoted for a std::string argument.)
std::string quote(std::string_view s);

// quote(k) + ":": an object member's key.
std::string key(std::string_view k);

}  // namespace twin::json_text
