// A structural JSON scanner that locates the first error (json_error_place.hpp). Grammar: RFC 8259.
#include "geo/json_error_place.hpp"

#include <cstdint>

namespace geo {
namespace {

enum class Expect : std::uint8_t { Value, KeyOrEnd, Key, Colon, ValueOrEnd, CommaOrEnd, Nothing };

struct Frame {
  bool object = false;
  Expect expect = Expect::Value;
  std::size_t index = 0;  // arrays: index of the current element
  std::string key;        // objects: the current member's key (raw, escapes not decoded)
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// RFC 8259 §6: number = [ minus ] int [ frac ] [ exp ]; int = zero / ( digit1-9 *DIGIT ).
// Returns the end of the number, or npos when malformed; *integer_digits counts the digits of an
// integer without fraction or exponent (simdjson 3.0 refuses integers beyond 64 bits).
std::size_t scan_number(std::string_view s, std::size_t i, std::size_t* integer_digits) {
  const std::size_t npos = std::string_view::npos;
  if (s[i] == '-') ++i;
  if (i >= s.size() || !is_digit(s[i])) return npos;
  const std::size_t int_start = i;
  if (s[i] == '0') {
    ++i;
  } else {
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  *integer_digits = i - int_start;
  if (i < s.size() && s[i] == '.') {
    *integer_digits = 0;
    ++i;
    if (i >= s.size() || !is_digit(s[i])) return npos;
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    *integer_digits = 0;
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !is_digit(s[i])) return npos;
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  return i;
}

}  // namespace

JsonErrorPlace locate_json_error(std::string_view s) {
  JsonErrorPlace out;
  std::vector<Frame> stack;
  Expect top = Expect::Value;  // the document itself: one value, then nothing
  std::size_t line = 1;
  std::size_t line_checked_to = 0;

  auto fail = [&](std::size_t at, std::string what) {
    for (std::size_t k = line_checked_to; k < at && k < s.size(); ++k)
      if (s[k] == '\n') ++line;
    out.found = true;
    out.offset = at;
    out.line = line;
    out.what = std::move(what);
    for (const Frame& f : stack) {
      if (f.object) {
        if (!f.key.empty() || f.expect != Expect::KeyOrEnd) out.path.push_back(f.key);
      } else {
        out.path.push_back(std::to_string(f.index));
      }
    }
    return out;
  };
  auto expecting = [&]() -> Expect& { return stack.empty() ? top : stack.back().expect; };
  auto value_done = [&]() { expecting() = stack.empty() ? Expect::Nothing : Expect::CommaOrEnd; };
  auto value_allowed = [&]() {
    const Expect e = expecting();
    return e == Expect::Value || e == Expect::ValueOrEnd;
  };

  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (expecting() == Expect::Nothing) return fail(i, "content after the end of the JSON value");
    if (c == '{' || c == '[') {
      if (!value_allowed()) return fail(i, std::string("unexpected '") + c + "'");
      Frame f;
      f.object = c == '{';
      f.expect = f.object ? Expect::KeyOrEnd : Expect::ValueOrEnd;
      stack.push_back(std::move(f));
      ++i;
    } else if (c == '}' || c == ']') {
      const bool object = c == '}';
      if (stack.empty() || stack.back().object != object) return fail(i, std::string("unexpected '") + c + "'");
      const Expect e = stack.back().expect;
      if (e != Expect::CommaOrEnd && e != (object ? Expect::KeyOrEnd : Expect::ValueOrEnd))
        return fail(i, std::string("unexpected '") + c + "'");
      stack.pop_back();
      value_done();
      ++i;
    } else if (c == ',') {
      if (stack.empty() || stack.back().expect != Expect::CommaOrEnd) return fail(i, "unexpected ','");
      Frame& f = stack.back();
      if (f.object) {
        f.expect = Expect::Key;
      } else {
        f.expect = Expect::Value;
        ++f.index;
      }
      ++i;
    } else if (c == ':') {
      if (stack.empty() || stack.back().expect != Expect::Colon) return fail(i, "unexpected ':'");
      stack.back().expect = Expect::Value;
      ++i;
    } else if (c == '"') {
      const Expect e = expecting();
      const bool is_key = e == Expect::Key || e == Expect::KeyOrEnd;
      if (!is_key && !value_allowed()) return fail(i, "unexpected string");
      std::size_t j = i + 1;
      while (j < s.size() && s[j] != '"') {
        if (static_cast<unsigned char>(s[j]) < 0x20) return fail(j, "control character inside a string");
        j += s[j] == '\\' ? 2 : 1;
      }
      if (j >= s.size()) return fail(s.size(), "file ends inside a string");
      if (is_key) {
        stack.back().key.assign(s.substr(i + 1, j - i - 1));
        stack.back().expect = Expect::Colon;
      } else {
        value_done();
      }
      i = j + 1;
    } else if (c == '-' || is_digit(c)) {
      if (!value_allowed()) return fail(i, "unexpected number");
      std::size_t integer_digits = 0;
      const std::size_t end = scan_number(s, i, &integer_digits);
      if (end == std::string_view::npos) return fail(i, "malformed number");
      // 18446744073709551615 (2^64 - 1) has 20 digits; simdjson 3.0 refuses larger integers.
      if (integer_digits > 20 || (integer_digits == 20 && s.substr(c == '-' ? i + 1 : i, 20) > "18446744073709551615"))
        return fail(i, "integer too large for 64 bits");
      value_done();
      i = end;
    } else if (c == 't' || c == 'f' || c == 'n') {
      if (!value_allowed()) return fail(i, "unexpected literal");
      const std::string_view lit = c == 't' ? "true" : c == 'f' ? "false" : "null";
      if (s.substr(i, lit.size()) != lit) return fail(i, "invalid literal");
      value_done();
      i += lit.size();
    } else {
      return fail(i, std::string("unexpected character '") + c + "'");
    }
    for (; line_checked_to < i && line_checked_to < s.size(); ++line_checked_to)
      if (s[line_checked_to] == '\n') ++line;
  }
  if (!stack.empty())
    return fail(s.size(), stack.back().object ? "file ends inside an object" : "file ends inside an array");
  if (top == Expect::Value) return fail(s.size(), "no JSON value");
  return out;
}

}  // namespace geo
