// The core kernels under Google Benchmark (native only), for its statistics and repetitions.
#include <benchmark/benchmark.h>

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

}  // namespace

BENCHMARK_MAIN();
