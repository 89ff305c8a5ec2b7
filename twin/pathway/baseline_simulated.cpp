// baseline_from_simulation() (see baseline.hpp): the table baseline's segments with intensities from
// the city-scale hourly simulation (twin/buildings/city_energy.hpp).
#include <algorithm>
#include <cassert>
#include <map>
#include <tuple>

#include "twin/buildings/city_energy.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/energy/building_series.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/lever.hpp"

namespace twin::pathway {
namespace {

using Key = std::tuple<int, int, int, int>;  // category, vintage, system, fuel (as in baseline.cpp)

Key key_of(const Segment& s) {
  return {static_cast<int>(s.category), static_cast<int>(s.vintage), static_cast<int>(s.heating_system),
          static_cast<int>(s.heating_fuel)};
}

// The simulation's end uses are indexed like the table's.
static_assert(kEndUseCount == buildings::kEndUseCount);
static_assert(static_cast<int>(EndUse::Cooling) == static_cast<int>(buildings::EndUse::Cooling) &&
              static_cast<int>(EndUse::HotWater) == static_cast<int>(buildings::EndUse::HotWater) &&
              static_cast<int>(EndUse::Lighting) == static_cast<int>(buildings::EndUse::Lighting) &&
              static_cast<int>(EndUse::Appliances) == static_cast<int>(buildings::EndUse::Appliances) &&
              static_cast<int>(EndUse::Cooking) == static_cast<int>(buildings::EndUse::Cooking));

}  // namespace

Baseline baseline_from_simulation(const City& city, const buildings::CityEnergyResult& energy) {
  // Segments, areas, cohorts, population, heating mix and roof ratios: exactly the table baseline's.
  Baseline base = baseline_from_city(city);
  const Buildings& b = city.buildings;
  assert(energy.delivered_kwh.size() == b.size() && "baseline_from_simulation: result of another city");
  const std::size_t n = std::min<std::size_t>(b.size(), energy.delivered_kwh.size());

  std::map<Key, std::size_t> index;
  for (std::size_t s = 0; s < base.segments.size(); ++s) index[key_of(base.segments[s])] = s;

  // Σ kWh per segment: heating as the pathway's useful heat, other end uses delivered by carrier.
  const double scop = lever_def(LeverId::HeatPumpScop).default_value;
  std::vector<double> heat_kwh(base.segments.size(), 0.0);
  std::vector<CarrierIntensity> final_kwh(base.segments.size(), CarrierIntensity{});
  for (std::size_t i = 0; i < n; ++i) {
    const int year = std::min<int>(b.construction_year[i], base.base_year);
    const Key key{static_cast<int>(category_of(b.use[i], b.residential_type[i])), static_cast<int>(vintage_of(year)),
                  static_cast<int>(b.heating_system[i]), static_cast<int>(b.heating_fuel[i])};
    const auto it = index.find(key);
    if (it == index.end()) continue;  // a segment without floor area (dropped by baseline_from_city)
    const std::size_t s = it->second;
    const buildings::EndUseCarrierKwh& d = energy.delivered_kwh[i];
    const double eff = b.heating_system[i] == HeatingSystem::None
                           ? 0.0
                           : heating_efficiency(b.heating_system[i], b.heating_fuel[i], scop);
    for (int c = 0; c < emissions::kCarrierCount; ++c) heat_kwh[s] += d[static_cast<int>(buildings::EndUse::SpaceHeating)][c] * eff;
    for (int e = 0; e < kEndUseCount; ++e) {
      if (e == static_cast<int>(EndUse::SpaceHeating)) continue;
      for (int c = 0; c < emissions::kCarrierCount; ++c) final_kwh[s][e][c] += d[e][c];
    }
  }
  // Means per m²: divided by the segment's own floor area (the same buildings' Σ A_f), so that
  // area × intensity gives back the simulated totals.
  for (std::size_t s = 0; s < base.segments.size(); ++s) {
    Segment& seg = base.segments[s];
    seg.heating_useful_kwh_per_m2 = seg.heating_system == HeatingSystem::None ? 0.0 : heat_kwh[s] / seg.floor_area_m2;
    for (int e = 0; e < kEndUseCount; ++e)
      for (int c = 0; c < emissions::kCarrierCount; ++c) seg.final_kwh_per_m2[e][c] = final_kwh[s][e][c] / seg.floor_area_m2;
  }

  // New-build templates: the category's 2010–2020 segments (heating per heated m²); table otherwise.
  for (int cat = 0; cat < kCategoryCount; ++cat) {
    double area = 0.0, heated_area = 0.0, heat = 0.0;
    CarrierIntensity fin{};
    for (std::size_t s = 0; s < base.segments.size(); ++s) {
      const Segment& seg = base.segments[s];
      if (static_cast<int>(seg.category) != cat || seg.vintage != Vintage::From2010) continue;
      area += seg.floor_area_m2;
      if (seg.heating_system != HeatingSystem::None) heated_area += seg.floor_area_m2, heat += heat_kwh[s];
      for (int e = 0; e < kEndUseCount; ++e)
        for (int c = 0; c < emissions::kCarrierCount; ++c) fin[e][c] += final_kwh[s][e][c];
    }
    NewBuildTemplate& t = base.new_build[cat];
    if (area > 0.0) {
      for (auto& row : fin)
        for (double& v : row) v /= area;
      t.final_kwh_per_m2 = fin;
    }
    if (heated_area > 0.0) t.heating_useful_kwh_per_m2 = heat / heated_area;
  }
  // The local supply's shapes from the simulation's own hours, where it kept them (the weather is the
  // city's weather_for_city year, the one the simulation is run under by the CLI and the page).
  if (base.local_supply.present() && !energy.hourly_carrier_kwh.empty()) {
    const twin::energy::EnergyCityDef& def = base.local_supply.def;
    const twin::energy::BuildingSeries series = twin::energy::building_series(energy, def.loads.rooftop_pv_share);
    const climate::CityWeather weather = climate::weather_for_city(city);
    const twin::energy::EnergyProfiles full = twin::energy::make_energy_profiles(weather.year, def.system, def.loads.shapes);
    if (series.electricity_kwh.size() == full.hours())
      base.local_supply = local_supply_base(def, full, series.electricity_kwh, series.rooftop_pv_kwh,
                                            series.district_heat_kwh);
  }
  return base;
}

}  // namespace twin::pathway
