// Shared helpers of the fuzz targets: an invariant that does not hold stops the run with a trap, so
// libFuzzer records the input as a crash (an assert would vanish under NDEBUG).
#pragma once

#include <cmath>
#include <string>
#include <vector>

namespace ct_fuzz {

inline void check(bool invariant) {
  if (!invariant) __builtin_trap();
}

// Every number a reader hands on must be finite: missing values are reported, never NaN.
inline void check_finite(const std::vector<double>& values) {
  for (const double v : values) check(std::isfinite(v));
}

inline void check_messages(const std::vector<std::string>& messages) {
  for (const std::string& m : messages) check(!m.empty());
}

}  // namespace ct_fuzz
