#include "bench/bench_kernels.hpp"

#include "twin/buildings/city_energy.hpp"
#include "twin/buildings/zone_simulation.hpp"
#include "twin/buildings/zone_spec.hpp"
#include "twin/city/city_stats.hpp"
#include "twin/climate/typical_year.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/scenario.hpp"
#include "twin/city/default_city.hpp"

namespace bench {

twin::City run_generate_default_city() { return twin::generate_city(twin::default_city_def()); }

render::CityMesh run_build_mesh(const twin::City& city) { return render::build_city_mesh(city); }

double run_city_stats(const twin::City& city) {
  const twin::CityStats stats = twin::compute_city_stats(city);
  return stats.floor_area_m2 + stats.road_length_km;
}

struct PathwayBench {
  twin::pathway::Baseline baseline;
  twin::pathway::Scenario scenario;
};

PathwayBench* make_pathway_bench(const twin::City& city) {
  return new PathwayBench{twin::pathway::baseline_from_city(city), twin::pathway::default_scenario()};
}
double run_pathway(const PathwayBench* b) {
  return twin::pathway::evaluate_pathway(b->baseline, b->scenario).milestones.cumulative_t;
}
void free_pathway_bench(PathwayBench* b) { delete b; }

struct ZoneBench {
  twin::buildings::ZoneSpec spec;
  twin::climate::WeatherYear weather;
};

ZoneBench* make_zone_bench() {
  return new ZoneBench{twin::buildings::default_zone_spec(),
                       twin::climate::typical_year(twin::climate::ClimateCity::Beijing)};
}
double run_zone_year(const ZoneBench* b) {
  return twin::buildings::simulate_zone(b->spec, b->weather).heating_mwh * 1000.0;
}
void free_zone_bench(ZoneBench* b) { delete b; }

struct CityEnergyBench {
  const twin::City* city;
  twin::climate::WeatherYear weather;
};

CityEnergyBench* make_city_energy_bench(const twin::City& city) {
  return new CityEnergyBench{&city, twin::climate::typical_year(twin::climate::ClimateCity::Beijing)};
}
double run_city_energy_year(const CityEnergyBench* b) {
  const twin::buildings::CityEnergyResult r =
      twin::buildings::simulate_city_energy(*b->city, b->weather, twin::buildings::default_city_energy_def());
  double total_kwh = 0;
  for (std::uint32_t i = 0; i < r.floor_area_m2.size(); ++i)
    for (const auto& row : r.delivered_kwh[i])
      for (double v : row) total_kwh += v;
  return total_kwh;
}
void free_city_energy_bench(CityEnergyBench* b) { delete b; }

}  // namespace bench
