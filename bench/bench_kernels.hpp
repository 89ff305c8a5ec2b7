// The timed kernels, shared by the median harness (native and wasm) and Google Benchmark.
#pragma once

#include <cstdint>

#include "render/mesh/city_mesh.hpp"
#include "twin/city/city.hpp"

namespace bench {

// Generates the default city (the work the page does before its first frame).
twin::City run_generate_default_city();
// Builds the render mesh of a city.
render::CityMesh run_build_mesh(const twin::City& city);
// Computes the summary statistics, folded to a number so the work cannot be optimised away.
double run_city_stats(const twin::City& city);

}  // namespace bench
