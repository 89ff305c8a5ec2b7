#include "bench/bench_kernels.hpp"

#include "twin/city/city_stats.hpp"
#include "twin/city/default_city.hpp"

namespace bench {

twin::City run_generate_default_city() { return twin::generate_city(twin::default_city_def()); }

render::CityMesh run_build_mesh(const twin::City& city) { return render::build_city_mesh(city); }

double run_city_stats(const twin::City& city) {
  const twin::CityStats stats = twin::compute_city_stats(city);
  return stats.floor_area_m2 + stats.road_length_km;
}

}  // namespace bench
