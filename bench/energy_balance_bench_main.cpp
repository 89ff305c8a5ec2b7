// One year of the city's hourly electricity balance and district heat (twin/energy), timed natively and
// in wasm (the same code under Node) — the issue's target: ≤ 20 ms per year in wasm. The default city's
// buildings are simulated once beforehand (not timed); each timed run is evaluate_energy_year() over
// 8760 hours with the default energy assets, as a pathway year calls it, plus its profiles when
// "profiles" is asked for (the per-unit PV / wind / load shapes a weather change rebuilds).
//   ct_bench_energy [RUNS]
// Prints one JSON line per case: {case, hours, runs, median_ms, min_ms, max_ms, inputs_hash,
// state_hash}: FNV-1a over the bits of the inputs (hourly building electricity, district heat,
// rooftop PV, PV per kWp, wind per kW) and of every hour's factor, import and residual, so that native
// and wasm can be compared for determinism — the energy balance's own arithmetic (+ − × ÷, √, no
// libm transcendental) is bit-identical when the inputs are; the inputs come from the weather and
// building models upstream.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <vector>

#include "bench/median_timer.hpp"
#include "twin/city/default_city.hpp"
#include "twin/climate/typical_year.hpp"
#include "twin/energy/building_series.hpp"

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

std::uint64_t state_hash(const twin::energy::EnergyYearResult& r) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (std::size_t i = 0; i < r.dispatch.factor_kg_per_kwh.size(); ++i) {
    h = fnv1a(h, r.dispatch.factor_kg_per_kwh[i]);
    h = fnv1a(h, r.dispatch.grid_import_kwh[i]);
    h = fnv1a(h, r.dispatch.balance_residual_kwh[i]);
  }
  return h;
}

std::uint64_t series_hash(std::initializer_list<const std::vector<double>*> series) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const std::vector<double>* s : series)
    for (double v : *s) h = fnv1a(h, v);
  return h;
}

void print(const char* name, std::size_t hours, const bench::Timing& t, std::uint64_t inputs, std::uint64_t hash) {
  std::printf("{\"case\":\"%s\",\"hours\":%zu,\"runs\":%d,\"median_ms\":%.3f,\"min_ms\":%.3f,\"max_ms\":%.3f,"
              "\"inputs_hash\":\"%016llx\",\"state_hash\":\"%016llx\"}\n",
              name, hours, t.runs, t.median_ms, t.min_ms, t.max_ms, static_cast<unsigned long long>(inputs),
              static_cast<unsigned long long>(hash));
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 21;
  namespace te = twin::energy;
  const twin::City city = twin::generate_city(twin::default_city_def());
  const twin::climate::WeatherYear weather = twin::climate::typical_year(twin::climate::ClimateCity::Beijing);
  twin::buildings::CityEnergyDef bdef = twin::buildings::default_city_energy_def();
  bdef.hourly = true;
  const twin::buildings::CityEnergyResult buildings = twin::buildings::simulate_city_energy(city, weather, bdef);
  const te::EnergyCityDef def = te::default_energy_city_def();
  const te::BuildingSeries series = te::building_series(buildings, def.loads.rooftop_pv_share);
  const te::EnergyFactors factors = te::energy_factors_for_year(2022, twin::emissions::GridRegion::NorthChina);
  const te::EnergyYearDrivers drivers = te::drivers_of(series, def.loads, factors, 2022);
  const te::EnergyProfiles profiles = te::make_energy_profiles(weather, def.system, def.loads.shapes);
  const std::uint64_t inputs = series_hash({&series.electricity_kwh, &series.district_heat_kwh, &series.rooftop_pv_kwh,
                                            &profiles.utility_pv_kwh_per_kwp, &profiles.wind_kwh_per_kw});

  // A pathway year: capacities and shares move, the profiles stay. Smart charging and demand
  // response on, so the valley filling is timed too.
  te::EnergySystemDef system = def.system;
  system.flexibility.smart_charging_share = 0.5;
  system.flexibility.demand_response_share = 0.05;
  te::EnergyYearResult r;
  const bench::Timing year = bench::time_median(runs, [&] { r = te::evaluate_energy_year(system, profiles, drivers); });
  if (!r.issues.empty()) {
    std::fprintf(stderr, "ct_bench_energy: %s: %s\n", r.issues[0].where.c_str(), r.issues[0].message.c_str());
    return 1;
  }
  print("energy_year", r.dispatch.factor_kg_per_kwh.size(), year, inputs, state_hash(r));

  const bench::Timing with_profiles = bench::time_median(runs, [&] {
    const te::EnergyProfiles p = te::make_energy_profiles(weather, system, def.loads.shapes);
    r = te::evaluate_energy_year(system, p, drivers);
  });
  print("energy_year_with_profiles", r.dispatch.factor_kg_per_kwh.size(), with_profiles, inputs, state_hash(r));

  // The same year on inputs made by + − × ÷ only (no weather, no building model): its state_hash must
  // be equal natively and in wasm.
  te::EnergyProfiles plain;
  plain.shapes = te::make_load_shapes(8760, def.loads.shapes);
  std::vector<double> electricity(8760), heat(8760), rooftop(8760);
  for (std::size_t h = 0; h < 8760; ++h) {
    const double hod = static_cast<double>(h % 24), day = static_cast<double>(h / 24);
    const double sun = hod >= 6 && hod <= 18 ? (hod - 6) * (18 - hod) / 36.0 : 0.0;  // 0–1, noon peak
    plain.utility_pv_kwh_per_kwp.push_back(0.8 * sun);
    plain.wind_kwh_per_kw.push_back(0.1 + 0.05 * static_cast<double>((h * 7) % 11) / 10.0);
    electricity[h] = 3.0e5 + 1.0e5 * sun + 2.0e4 * static_cast<double>((h * 13) % 5);
    heat[h] = day < 74 || day >= 318 ? 8.0e5 + 1.0e5 * static_cast<double>((h * 3) % 7) : 0.0;
    rooftop[h] = 2.0e4 * sun;
  }
  te::EnergyYearDrivers plain_drivers = drivers;
  plain_drivers.buildings_electricity_kwh = electricity;
  plain_drivers.district_heat_kwh = heat;
  plain_drivers.rooftop_pv_kwh = rooftop;
  const bench::Timing plain_year =
      bench::time_median(runs, [&] { r = te::evaluate_energy_year(system, plain, plain_drivers); });
  print("energy_year_plain_inputs", r.dispatch.factor_kg_per_kwh.size(), plain_year,
        series_hash({&electricity, &heat, &rooftop, &plain.utility_pv_kwh_per_kwp, &plain.wind_kwh_per_kw}),
        state_hash(r));
  return 0;
}
