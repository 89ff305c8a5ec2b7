// Numbers ↔ text (number_text.hpp).
#include "geo/number_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <fast_float/fast_float.h>

namespace geo {
namespace {

// Whether [first, last) (a number as parsed) has a nonzero digit before its exponent.
bool has_nonzero_mantissa(const char* first, const char* last) {
  for (const char* p = first; p < last && *p != 'e' && *p != 'E'; ++p)
    if (*p >= '1' && *p <= '9') return true;
  return false;
}

bool is_infinity_word(const char* first, const char* last) {
  if (first < last && *first == '-') ++first;
  return last - first >= 3 && (*first == 'i' || *first == 'I');
}

// value correctly rounded to `digits` significant digits: the digits and the decimal exponent of the
// first one ("%.*e" is exact in glibc and in Emscripten's musl).
bool decimal_digits(double value, int digits, std::string* mantissa, int* exponent) {
  char buf[40];
  const int n = std::snprintf(buf, sizeof buf, "%.*e", digits - 1, value);
  const std::string_view text(buf, static_cast<std::size_t>(n > 0 ? n : 0));
  const std::size_t e = text.find('e');
  if (e == std::string_view::npos) return false;
  mantissa->assign(1, text[0]);
  if (e > 1) mantissa->append(text.substr(2, e - 2));
  *exponent = std::atoi(buf + e + 1);
  return true;
}

// The digit string one unit higher in its last place ("1999" → "2000"; "999" → "100" one decade up).
bool next_decimal_up(std::string* mantissa, int* exponent) {
  for (std::size_t k = mantissa->size(); k-- > 0;) {
    if ((*mantissa)[k] != '9') {
      ++(*mantissa)[k];
      return true;
    }
    (*mantissa)[k] = '0';
  }
  mantissa->insert(mantissa->begin(), '1');
  mantissa->pop_back();
  ++*exponent;
  return true;
}

bool round_trips(const std::string& mantissa, int exponent, double value) {
  const std::string text = mantissa + "e" + std::to_string(exponent - static_cast<int>(mantissa.size()) + 1);
  double back = 0.0;
  const auto r = fast_float::from_chars(text.data(), text.data() + text.size(), back);
  return r.ec == std::errc() && back == value;
}

}  // namespace

std::from_chars_result double_from_chars(const char* first, const char* last, double& value) {
  double v = 0.0;
  const fast_float::from_chars_result r = fast_float::from_chars(first, last, v);
  if (r.ec != std::errc()) return {r.ptr, r.ec};
  // fast_float 3.9 rounds overflow to ±inf and underflow to ±0 silently; std::from_chars reports both.
  if ((std::isinf(v) && !is_infinity_word(first, r.ptr)) || (v == 0.0 && has_nonzero_mantissa(first, r.ptr)))
    return {r.ptr, std::errc::result_out_of_range};
  value = v;
  return {r.ptr, std::errc()};
}

std::string double_to_text(double value) {
  if (std::isnan(value)) return std::signbit(value) ? "-nan" : "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  if (value == 0.0) return std::signbit(value) ? "-0" : "0";
  const bool negative = value < 0;
  const double magnitude = std::fabs(value);
  int binary_exponent = 0;
  const bool power_of_two = std::frexp(magnitude, &binary_exponent) == 0.5;
  // Shortest precision that round-trips: 17 significant digits always do (IEEE 754-2019 §5.12.2).
  std::string mantissa;
  int exponent = 0;
  for (int digits = 1; digits <= 17; ++digits) {
    if (decimal_digits(magnitude, digits, &mantissa, &exponent) && round_trips(mantissa, exponent, magnitude)) break;
    // Just above a power of two the round-trip interval is twice as wide above the value as below,
    // so the next decimal up may read back when the correctly rounded one (below) does not.
    if (power_of_two && next_decimal_up(&mantissa, &exponent) && round_trips(mantissa, exponent, magnitude)) break;
  }
  while (mantissa.size() > 1 && mantissa.back() == '0') mantissa.pop_back();
  const int count = static_cast<int>(mantissa.size());

  std::string scientific(1, mantissa[0]);
  if (count > 1) scientific += "." + mantissa.substr(1);
  char exp_text[16];
  std::snprintf(exp_text, sizeof exp_text, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
  scientific += exp_text;

  std::string fixed;
  if (exponent >= count - 1) {
    // An integer: to_chars writes its exact digits (same length as the shortest digits padded with
    // zeros, so the choice below is unaffected), e.g. 2^60 as 1152921504606846976.
    char whole[320];
    std::snprintf(whole, sizeof whole, "%.0f", magnitude);
    fixed = whole;
  } else if (exponent >= 0) {
    fixed = mantissa.substr(0, static_cast<std::size_t>(exponent + 1)) + "." +
            mantissa.substr(static_cast<std::size_t>(exponent + 1));
  } else {
    fixed = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + mantissa;
  }
  const std::string& shorter = scientific.size() < fixed.size() ? scientific : fixed;
  return negative ? "-" + shorter : shorter;
}

}  // namespace geo
