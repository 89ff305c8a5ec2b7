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

// One 2020–2060 building-stock pathway of a city under the default scenario (the work behind every
// lever move in the browser); returns the cumulative emissions, tCO2.
struct PathwayBench;
PathwayBench* make_pathway_bench(const twin::City& city);
double run_pathway(const PathwayBench* bench);
void free_pathway_bench(PathwayBench* bench);

// One annual hourly simulation of the ASHRAE 140 Case 600 zone under Beijing's synthetic typical
// year; returns the annual heating load, kWh. Also reports the simulated hours (incl. warm-up).
struct ZoneBench;
ZoneBench* make_zone_bench();
double run_zone_year(const ZoneBench* bench);
void free_zone_bench(ZoneBench* bench);

// The default city's hourly year in batched mode (twin/buildings/city_energy): every building's
// ISO 13790 5R1C year under Beijing's synthetic typical year; returns the city's delivered energy, kWh.
struct CityEnergyBench;
CityEnergyBench* make_city_energy_bench(const twin::City& city);
double run_city_energy_year(const CityEnergyBench* bench);
void free_city_energy_bench(CityEnergyBench* bench);

}  // namespace bench
