// Road-assignment kernels: the TNTP test problems (../shared/data/transport) solved to a target
// relative gap, timed by the median harness (native and wasm) and by Google Benchmark.
#pragma once

#include <string>

namespace bench {

struct AssignBench;
// Loads <data_dir>/transport/<folder>/<prefix>_{net,trips}.tntp with the problem's generalised-cost
// weights. Returns nullptr and sets *error when a file is missing or invalid.
AssignBench* make_assign_bench(const std::string& data_dir, const std::string& folder, const std::string& prefix,
                               double toll_factor, double distance_factor, std::string* error);
struct AssignRun {
  int iterations = 0;
  double relative_gap = 0, beckmann = 0, tstt = 0;
  bool converged = false;
};
// One Algorithm B assignment from scratch to the target relative gap.
AssignRun run_assign(const AssignBench* bench, double target_gap);
void free_assign_bench(AssignBench* bench);

// The shared data folder: CT_SHARED_DATA_DIR as compiled in (the source tree's ../shared/data).
std::string shared_data_dir();

}  // namespace bench
