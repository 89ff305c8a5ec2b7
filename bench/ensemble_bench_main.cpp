// A 1,000-sample uncertainty ensemble of the default city (twin/uncertainty), timed natively and in wasm:
// the target is ≤ 2 s natively, serial. The baseline (intensity table + one transport-model run
// for the baseline scenario) is built once beforehand and not timed; each timed run evaluates every
// sample's pathway and the statistics, as `carbontwin ensemble` does.
//   ct_bench_ensemble [SAMPLES] [RUNS]
// Prints one JSON line per case: {case, samples, runs, median_s, min_s, max_s, ms_per_sample,
// stats_hash} — stats_hash (FNV-1a over the bits of every percentile) lets native and wasm be compared.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "bench/median_timer.hpp"
#include "twin/city/default_city.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/uncertainty/ensemble.hpp"

namespace {

std::uint64_t fnv1a(std::uint64_t h, double v) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &v, sizeof bits);
  for (int i = 0; i < 8; ++i) {
    h ^= (bits >> (8 * i)) & 0xffu;
    h *= 0x100000001b3ull;
  }
  return h;
}

std::uint64_t stats_hash(const twin::uncertainty::EnsembleStats& st) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const auto& level : st.gross_pct)
    for (double v : level) h = fnv1a(h, v);
  for (const auto& level : st.net_pct)
    for (double v : level) h = fnv1a(h, v);
  for (double v : st.peaked_by) h = fnv1a(h, v);
  for (double v : st.cumulative_pct) h = fnv1a(h, v);
  return h;
}

}  // namespace

int main(int argc, char** argv) {
  namespace tp = twin::pathway;
  namespace tu = twin::uncertainty;
  const std::uint64_t samples = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  if (samples < 1 || runs < 1) {
    std::fprintf(stderr, "usage: ct_bench_ensemble [SAMPLES >= 1] [RUNS >= 1]\n");
    return 2;
  }
  const twin::City city = twin::generate_city(twin::default_city_def());
  const tp::Scenario scenario = tp::default_scenario();
  tp::Baseline baseline = tp::baseline_from_city(city);
  const std::string error = tp::fill_transport_baseline(city, scenario, &baseline.transport);
  if (!error.empty()) {
    std::fprintf(stderr, "transport model failed: %s\n", error.c_str());
    return 1;
  }
  const std::vector<tu::UncertainInput>& inputs = tu::default_uncertain_inputs();
  tu::EnsembleStats stats;
  const bench::Timing t = bench::time_median(runs, [&] {
    stats = tu::ensemble_statistics(tu::evaluate_samples(baseline, scenario, inputs, 1, 0, 1, samples)).stats;
  });
  std::printf("{\"case\": \"ensemble_serial\", \"samples\": %llu, \"runs\": %d, \"median_s\": %.4f, \"min_s\": %.4f, "
              "\"max_s\": %.4f, \"ms_per_sample\": %.4f, \"stats_hash\": \"%016llx\"}\n",
              static_cast<unsigned long long>(samples), t.runs, t.median_ms / 1e3, t.min_ms / 1e3, t.max_ms / 1e3,
              t.median_ms / static_cast<double>(samples), static_cast<unsigned long long>(stats_hash(stats)));
  return 0;
}
