// The city file's byte layer (city_file.cpp): little-endian scalars, columns of values, sections with a
// tag and a length, and a reader that checks every read against the bytes left and keeps the first
// failure. Internal to twin/city; the sections themselves (what a city holds) are city_file.cpp's.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "twin/city/city.hpp"

namespace twin::city_file_codec {

inline std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a 64, as city_hash.cpp
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001B3ull;
  }
  return h;
}

class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u16(std::uint16_t v) {
    for (int k = 0; k < 2; ++k) u8(static_cast<std::uint8_t>(v >> (8 * k)));
  }
  void u32(std::uint32_t v) {
    for (int k = 0; k < 4; ++k) u8(static_cast<std::uint8_t>(v >> (8 * k)));
  }
  void u64(std::uint64_t v) {
    for (int k = 0; k < 8; ++k) u8(static_cast<std::uint8_t>(v >> (8 * k)));
  }
  void f64(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void vec2(const Vec2& p) {
    f64(p.x_m);
    f64(p.y_m);
  }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s.data(), s.size());
  }
  template <typename T, typename F>
  void column(const std::vector<T>& v, F put) {
    u64(v.size());
    for (const T& x : v) put(x);
  }
  void raw(std::string_view s) { out_.append(s.data(), s.size()); }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

inline void section(Writer& file, const char (&tag)[5], Writer& payload) {
  file.raw(std::string_view(tag, 4));
  file.u64(payload.bytes().size());
  file.raw(payload.bytes());
}

template <typename E>
void enum_column(Writer& w, const std::vector<E>& v) {
  w.column(v, [&](E e) { w.u8(static_cast<std::uint8_t>(e)); });
}
inline void f64_column(Writer& w, const std::vector<double>& v) {
  w.column(v, [&](double x) { w.f64(x); });
}
inline void u32_column(Writer& w, const std::vector<std::uint32_t>& v) {
  w.column(v, [&](std::uint32_t x) { w.u32(x); });
}
inline void vec2_column(Writer& w, const std::vector<Vec2>& v) {
  w.column(v, [&](const Vec2& p) { w.vec2(p); });
}

// Reads one section's payload; every read is bounds-checked and the first failure is kept.
class Reader {
 public:
  Reader(std::string_view bytes, std::string section) : b_(bytes), section_(std::move(section)) {}

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(const std::string& what) {
    if (error_.empty()) error_ = "section " + section_ + ": " + what;
  }
  bool at_end() const { return pos_ == b_.size(); }

  std::uint8_t u8() {
    if (!need(1)) return 0;
    return static_cast<std::uint8_t>(b_[pos_++]);
  }
  std::uint16_t u16() {
    std::uint16_t v = 0;
    if (!need(2)) return 0;
    for (int k = 0; k < 2; ++k) v |= static_cast<std::uint16_t>(static_cast<unsigned char>(b_[pos_++]) << (8 * k));
    return v;
  }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    if (!need(4)) return 0;
    for (int k = 0; k < 4; ++k) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b_[pos_++])) << (8 * k);
    return v;
  }
  std::uint64_t u64() {
    std::uint64_t v = 0;
    if (!need(8)) return 0;
    for (int k = 0; k < 8; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(b_[pos_++])) << (8 * k);
    return v;
  }
  double f64(const char* what) {
    const std::uint64_t bits = u64();
    double v = 0.0;
    std::memcpy(&v, &bits, sizeof v);
    if (ok() && !std::isfinite(v)) fail(std::string(what) + " is not a finite number");
    return v;
  }
  Vec2 vec2(const char* what) {
    Vec2 p;
    p.x_m = f64(what);
    p.y_m = f64(what);
    return p;
  }
  std::string str(const char* what) {
    const std::uint64_t n = u64();
    if (!ok()) return {};
    if (n > b_.size() - pos_) {
      fail(std::string(what) + ": string longer than the section");
      return {};
    }
    std::string s(b_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // Element count of a column whose elements take at least min_bytes each: refuses counts the
  // remaining bytes cannot hold, so a corrupt count never triggers a huge allocation.
  std::uint64_t count(const char* what, std::uint64_t min_bytes) {
    const std::uint64_t n = u64();
    if (!ok()) return 0;
    if (n > std::numeric_limits<std::uint32_t>::max() || n * min_bytes > b_.size() - pos_) {
      fail(std::string(what) + ": count " + std::to_string(n) + " does not fit the section");
      return 0;
    }
    return n;
  }

 private:
  bool need(std::uint64_t n) {
    if (!ok()) return false;
    if (n > b_.size() - pos_) {
      fail("ends early");
      return false;
    }
    return true;
  }
  std::string_view b_;
  std::string section_;
  std::uint64_t pos_ = 0;
  std::string error_;
};

template <typename E>
void read_enum_column(Reader& r, const char* what, std::vector<E>* v) {
  const std::uint64_t n = r.count(what, 1);
  v->resize(n);
  for (std::uint64_t k = 0; k < n && r.ok(); ++k) {
    const std::uint8_t raw = r.u8();
    if (raw >= static_cast<std::uint8_t>(E::Count))
      r.fail(std::string(what) + " value " + std::to_string(raw) + " out of range at row " + std::to_string(k));
    (*v)[k] = static_cast<E>(raw);
  }
}
inline void read_f64_column(Reader& r, const char* what, std::vector<double>* v) {
  const std::uint64_t n = r.count(what, 8);
  v->resize(n);
  for (std::uint64_t k = 0; k < n && r.ok(); ++k) (*v)[k] = r.f64(what);
}
inline void read_u32_column(Reader& r, const char* what, std::vector<std::uint32_t>* v) {
  const std::uint64_t n = r.count(what, 4);
  v->resize(n);
  for (std::uint64_t k = 0; k < n && r.ok(); ++k) (*v)[k] = r.u32();
}
inline void read_vec2_column(Reader& r, const char* what, std::vector<Vec2>* v) {
  const std::uint64_t n = r.count(what, 16);
  v->resize(n);
  for (std::uint64_t k = 0; k < n && r.ok(); ++k) (*v)[k] = r.vec2(what);
}

// Offsets into a packed polygon array: starts at 0, never decreases, ends at the array's size.
inline void check_offsets(Reader& r, const char* what, const std::vector<std::uint32_t>& begin, std::size_t xy_size,
                   std::uint32_t rows) {
  if (!r.ok()) return;
  if (begin.size() != static_cast<std::size_t>(rows) + 1 || begin.front() != 0 || begin.back() != xy_size) {
    r.fail(std::string(what) + ": offsets do not match the rows and vertices");
    return;
  }
  for (std::uint32_t k = 0; k < rows; ++k)
    if (begin[k + 1] < begin[k] + 3) {
      r.fail(std::string(what) + ": polygon " + std::to_string(k) + " has fewer than 3 vertices");
      return;
    }
}

template <typename T>
bool same_size(Reader& r, const char* what, const std::vector<T>& v, std::size_t rows) {
  if (v.size() != rows) r.fail(std::string(what) + ": " + std::to_string(v.size()) + " rows, expected " +
                               std::to_string(rows));
  return r.ok();
}

}  // namespace twin::city_file_codec
