// The default city's transport kernels: its peak-hour road assignment alone (the demand model's
// car OD on the free-flow skims, assigned to a target gap) and one whole transport-model run
// (skims, demand and assignment with feedback), as the page's worker does it.
#pragma once

namespace bench {

struct CityTransportBench;
CityTransportBench* make_city_transport_bench();  // generates the default city and its peak car OD
struct CityAssignRun {
  int iterations = 0;
  double relative_gap = 0, beckmann = 0;
};
CityAssignRun run_city_assign(const CityTransportBench* bench, double target_gap);
// One run_transport_model() of the default city; returns the car mode share (a figure to compare).
double run_city_transport_model(const CityTransportBench* bench);
void free_city_transport_bench(CityTransportBench* bench);

}  // namespace bench
