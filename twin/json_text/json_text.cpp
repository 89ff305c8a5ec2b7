// JSON text helpers (json_text.hpp).
#include "twin/json_text/json_text.hpp"

#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace twin::json_text {

std::string number(double v, int significant_digits) {
  assert(significant_digits >= 1 && significant_digits <= kRoundTripDigits && "significant digits out of 1..17");
  char buf[40];  // "-1.2345678901234567e-308" is 24 characters
  std::snprintf(buf, sizeof buf, "%.*g", significant_digits, v);
  return buf;
}

std::string float_number(double v) {
  if (!std::isfinite(v)) return "null";
  std::string s = number(v);
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string shortest_number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[40];
  for (int digits = 15; digits <= kRoundTripDigits; ++digits) {
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::string escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

std::string quote(std::string_view s) { return "\"" + escaped(s) + "\""; }

std::string key(std::string_view k) { return quote(k) + ":"; }

}  // namespace twin::json_text
