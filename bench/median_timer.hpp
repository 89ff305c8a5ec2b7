// Median-of-N wall-clock timing, the same code natively and in wasm. Medians, not means: these
// machines are shared and noisy, and a median shrugs off the odd descheduled run.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace bench {

struct Timing {
  double median_ms = 0, min_ms = 0, max_ms = 0;
  int runs = 0;
};

template <class Fn>
Timing time_median(int runs, Fn&& fn) {
  std::vector<double> ms;
  ms.reserve(runs);
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  Timing t;
  t.runs = runs;
  t.min_ms = ms.front();
  t.max_ms = ms.back();
  t.median_ms = runs % 2 ? ms[runs / 2] : 0.5 * (ms[runs / 2 - 1] + ms[runs / 2]);
  return t;
}

}  // namespace bench
