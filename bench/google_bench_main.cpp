// The core kernels under Google Benchmark (native only), for its statistics and repetitions.
#include <benchmark/benchmark.h>

#include <string>

#include "bench/assign_kernels.hpp"
#include "bench/bench_kernels.hpp"

namespace {

void BM_GenerateDefaultCity(benchmark::State& state) {
  for (auto _ : state) {
    twin::City city = bench::run_generate_default_city();
    benchmark::DoNotOptimize(city.buildings.height_m.data());
  }
}
BENCHMARK(BM_GenerateDefaultCity)->Unit(benchmark::kMillisecond);

void BM_BuildCityMesh(benchmark::State& state) {
  const twin::City city = bench::run_generate_default_city();
  for (auto _ : state) {
    render::CityMesh mesh = bench::run_build_mesh(city);
    benchmark::DoNotOptimize(mesh.buildings.vertices.data());
  }
}
BENCHMARK(BM_BuildCityMesh)->Unit(benchmark::kMillisecond);

void BM_CityStats(benchmark::State& state) {
  const twin::City city = bench::run_generate_default_city();
  for (auto _ : state) benchmark::DoNotOptimize(bench::run_city_stats(city));
}
BENCHMARK(BM_CityStats)->Unit(benchmark::kMicrosecond);

void BM_Pathway(benchmark::State& state) {
  bench::PathwayBench* pathway = bench::make_pathway_bench(bench::run_generate_default_city());
  for (auto _ : state) benchmark::DoNotOptimize(bench::run_pathway(pathway));
  bench::free_pathway_bench(pathway);
}
BENCHMARK(BM_Pathway)->Unit(benchmark::kMicrosecond);

void BM_ZoneCase600Year(benchmark::State& state) {
  bench::ZoneBench* zone = bench::make_zone_bench();
  for (auto _ : state) benchmark::DoNotOptimize(bench::run_zone_year(zone));
  bench::free_zone_bench(zone);
}
BENCHMARK(BM_ZoneCase600Year)->Unit(benchmark::kMillisecond);

void BM_CityEnergyYearBatched(benchmark::State& state) {
  const twin::City city = bench::run_generate_default_city();
  bench::CityEnergyBench* energy = bench::make_city_energy_bench(city);
  for (auto _ : state) benchmark::DoNotOptimize(bench::run_city_energy_year(energy));
  bench::free_city_energy_bench(energy);
}
BENCHMARK(BM_CityEnergyYearBatched)->Unit(benchmark::kMillisecond);

// Algorithm B from scratch to relative gap 10^-range(0) on a TNTP problem.
void assign_to_gap(benchmark::State& state, const char* folder, const char* prefix, double toll, double distance) {
  std::string error;
  bench::AssignBench* b = bench::make_assign_bench(bench::shared_data_dir(), folder, prefix, toll, distance, &error);
  if (!b) {
    state.SkipWithError(error.c_str());
    return;
  }
  const double gap = state.range(0) == 4 ? 1e-4 : 1e-6;
  int iterations = 0;
  for (auto _ : state) iterations = bench::run_assign(b, gap).iterations;
  state.counters["iterations"] = iterations;
  bench::free_assign_bench(b);
}
void BM_AssignSiouxFalls(benchmark::State& s) { assign_to_gap(s, "SiouxFalls", "SiouxFalls", 0, 0); }
void BM_AssignAnaheim(benchmark::State& s) { assign_to_gap(s, "Anaheim", "Anaheim", 0, 0); }
void BM_AssignChicagoSketch(benchmark::State& s) { assign_to_gap(s, "Chicago-Sketch", "ChicagoSketch", 0.02, 0.04); }
BENCHMARK(BM_AssignSiouxFalls)->Arg(4)->Arg(6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AssignAnaheim)->Arg(4)->Arg(6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AssignChicagoSketch)->Arg(4)->Arg(6)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
