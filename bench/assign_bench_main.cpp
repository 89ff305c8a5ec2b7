// ct_bench_assign [RUNS]: median time for Algorithm B to reach relative gaps 1e-4 and 1e-6 on the
// TNTP test problems and on the default city's peak hour, one JSON line each, with the iterations
// and the final Beckmann objective so native and wasm runs can be compared figure for figure; then
// the default city's whole transport-model run (what the page's worker does after a lever move).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench/assign_kernels.hpp"
#include "bench/city_transport_kernels.hpp"
#include "bench/median_timer.hpp"

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 9;
  if (runs < 1 || runs > 1000) {
    std::fprintf(stderr, "ct_bench_assign: RUNS must be 1..1000, got '%s'\n", argv[1]);
    return 2;
  }
#ifdef __EMSCRIPTEN__
  const char* platform = "wasm";
#else
  const char* platform = "native";
#endif
  struct Problem {
    const char *name, *folder, *prefix;
    double toll_factor, distance_factor;  // from each problem's README
    int runs_divisor;                      // the big one runs fewer times
  };
  const Problem problems[] = {{"sioux_falls", "SiouxFalls", "SiouxFalls", 0.0, 0.0, 1},
                              {"anaheim", "Anaheim", "Anaheim", 0.0, 0.0, 1},
                              {"chicago_sketch", "Chicago-Sketch", "ChicagoSketch", 0.02, 0.04, 3}};
  for (const Problem& p : problems) {
    std::string error;
    bench::AssignBench* b = bench::make_assign_bench(bench::shared_data_dir(), p.folder, p.prefix, p.toll_factor,
                                                     p.distance_factor, &error);
    if (!b) {
      std::fprintf(stderr, "ct_bench_assign: %s\n", error.c_str());
      return 1;
    }
    for (const double gap : {1e-4, 1e-6}) {
      bench::AssignRun run;
      const int n = runs / p.runs_divisor > 3 ? runs / p.runs_divisor : 3;
      const bench::Timing t = bench::time_median(n, [&] { run = bench::run_assign(b, gap); });
      std::printf("{\"platform\":\"%s\",\"kernel\":\"assign_%s_gap%.0e\",\"median_ms\":%.3f,\"min_ms\":%.3f,"
                  "\"max_ms\":%.3f,\"runs\":%d,\"iterations\":%d,\"relative_gap\":%.6e,\"converged\":%s,"
                  "\"beckmann\":%.17g,\"tstt\":%.17g}\n",
                  platform, p.name, gap, t.median_ms, t.min_ms, t.max_ms, t.runs, run.iterations, run.relative_gap,
                  run.converged ? "true" : "false", run.beckmann, run.tstt);
      std::fflush(stdout);
    }
    bench::free_assign_bench(b);
  }
  {
    bench::CityTransportBench* b = bench::make_city_transport_bench();
    for (const double gap : {1e-4, 1e-6}) {
      bench::CityAssignRun run;
      const bench::Timing t = bench::time_median(runs, [&] { run = bench::run_city_assign(b, gap); });
      std::printf("{\"platform\":\"%s\",\"kernel\":\"assign_default_city_gap%.0e\",\"median_ms\":%.3f,\"min_ms\":%.3f,"
                  "\"max_ms\":%.3f,\"runs\":%d,\"iterations\":%d,\"relative_gap\":%.6e,\"beckmann\":%.17g}\n",
                  platform, gap, t.median_ms, t.min_ms, t.max_ms, t.runs, run.iterations, run.relative_gap,
                  run.beckmann);
      std::fflush(stdout);
    }
    double car_share = 0;
    const int n = runs / 3 > 3 ? runs / 3 : 3;
    const bench::Timing t = bench::time_median(n, [&] { car_share = bench::run_city_transport_model(b); });
    std::printf("{\"platform\":\"%s\",\"kernel\":\"transport_model_default_city\",\"median_ms\":%.3f,\"min_ms\":%.3f,"
                "\"max_ms\":%.3f,\"runs\":%d,\"car_share\":%.17g}\n",
                platform, t.median_ms, t.min_ms, t.max_ms, t.runs, car_share);
    bench::free_city_transport_bench(b);
  }
  return 0;
}
