// baseline_from_city() (see baseline.hpp).
#include "twin/pathway/baseline.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "twin/climate/city_weather.hpp"
#include "twin/energy/energy_city_def.hpp"
#include "twin/industry/default_plants.hpp"
#include "twin/pathway/dual_control_year.hpp"

namespace twin::pathway {
namespace {

using Key = std::tuple<int, int, int, int>;  // category, vintage, system, fuel

double heating_demand(Category c, Vintage v) {
  for (const HeatingDemandRow& row : heating_demand_rows())
    if (row.category == c && row.vintage == v) return row.useful_kwh_per_m2;
  return 0.0;
}

CarrierIntensity end_use_intensity(Category c) {
  CarrierIntensity out{};
  for (const EndUseIntensityRow& row : end_use_intensity_rows())
    if (row.category == c) out[static_cast<int>(row.end_use)][static_cast<int>(row.carrier)] += row.kwh_per_m2;
  return out;
}

emissions::Sector sector_of_category(Category c) {
  switch (c) {
    case Category::ResidentialHighRise:
    case Category::ResidentialWalkUp:
    case Category::ResidentialVillage: return emissions::Sector::Residential;
    case Category::Industrial: return emissions::Sector::Industry;
    default: return emissions::Sector::Commercial;
  }
}

Key key_of(const Buildings& b, std::uint32_t i, int base_year) {
  const int year = std::min<int>(b.construction_year[i], base_year);
  const Category cat = category_of(b.use[i], b.residential_type[i]);
  return Key{static_cast<int>(cat), static_cast<int>(vintage_of(year)), static_cast<int>(b.heating_system[i]),
             static_cast<int>(b.heating_fuel[i])};
}

}  // namespace

std::vector<std::int32_t> segment_of_buildings(const City& city, const Baseline& base) {
  std::map<Key, std::int32_t> index;
  for (std::size_t s = 0; s < base.segments.size(); ++s) {
    const Segment& seg = base.segments[s];
    index[Key{static_cast<int>(seg.category), static_cast<int>(seg.vintage), static_cast<int>(seg.heating_system),
              static_cast<int>(seg.heating_fuel)}] = static_cast<std::int32_t>(s);
  }
  const Buildings& b = city.buildings;
  std::vector<std::int32_t> out(b.size(), -1);
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    const auto it = index.find(key_of(b, i, base.base_year));
    if (it != index.end()) out[i] = it->second;
  }
  return out;
}

Baseline baseline_from_city(const City& city) {
  Baseline base;
  for (double p : city.zones.population) base.population += p;

  struct Acc {
    double floor_m2 = 0.0, roof_m2 = 0.0;
    std::uint32_t count = 0;
    std::map<int, double> by_year;
  };
  std::map<Key, Acc> groups;  // ordered: deterministic segment order
  const Buildings& b = city.buildings;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    const int year = std::min<int>(b.construction_year[i], base.base_year);
    const Key key = key_of(b, i, base.base_year);
    Acc& acc = groups[key];
    const double floor_m2 = building_floor_area_m2(b, i);
    acc.floor_m2 += floor_m2;
    acc.roof_m2 += building_footprint_area_m2(b, i);
    acc.count += 1;
    acc.by_year[year] += floor_m2;
  }

  for (const auto& [key, acc] : groups) {
    if (acc.floor_m2 <= 0.0) continue;
    Segment s;
    s.category = static_cast<Category>(std::get<0>(key));
    s.sector = sector_of_category(s.category);
    s.vintage = static_cast<Vintage>(std::get<1>(key));
    s.heating_system = static_cast<HeatingSystem>(std::get<2>(key));
    s.heating_fuel = static_cast<Fuel>(std::get<3>(key));
    s.floor_area_m2 = acc.floor_m2;
    s.roof_area_m2 = acc.roof_m2;
    s.building_count = acc.count;
    s.cohort_begin = static_cast<std::uint32_t>(base.cohorts.size());
    for (const auto& [year, area] : acc.by_year) base.cohorts.push_back({year, area});
    s.cohort_end = static_cast<std::uint32_t>(base.cohorts.size());
    s.heating_useful_kwh_per_m2 =
        s.heating_system == HeatingSystem::None ? 0.0 : heating_demand(s.category, s.vintage);
    s.final_kwh_per_m2 = end_use_intensity(s.category);
    base.category_floor_area_m2[static_cast<int>(s.category)] += s.floor_area_m2;
    base.segments.push_back(s);
  }

  // New-build templates: newest-vintage intensities; heating mix of the category's newest vintage
  // present in the city (district heat when the category is absent).
  for (int c = 0; c < kCategoryCount; ++c) {
    NewBuildTemplate& t = base.new_build[c];
    t.category = static_cast<Category>(c);
    t.sector = sector_of_category(t.category);
    t.heating_useful_kwh_per_m2 = heating_demand(t.category, Vintage::From2010);
    t.final_kwh_per_m2 = end_use_intensity(t.category);
    double floor = 0.0, roof = 0.0;
    int newest = -1;
    for (const Segment& s : base.segments) {
      if (s.category != t.category) continue;
      floor += s.floor_area_m2;
      roof += s.roof_area_m2;
      newest = std::max(newest, static_cast<int>(s.vintage));
    }
    t.roof_per_floor_area = floor > 0.0 ? roof / floor : 0.25;
    double mix_floor = 0.0;
    for (const Segment& s : base.segments)
      if (s.category == t.category && static_cast<int>(s.vintage) == newest) mix_floor += s.floor_area_m2;
    for (const Segment& s : base.segments) {
      if (s.category != t.category || static_cast<int>(s.vintage) != newest) continue;
      auto it = std::find_if(t.heating_mix.begin(), t.heating_mix.end(), [&](const auto& m) {
        return m.system == s.heating_system && m.fuel == s.heating_fuel;
      });
      if (it == t.heating_mix.end())
        t.heating_mix.push_back({s.heating_system, s.heating_fuel, s.floor_area_m2 / mix_floor});
      else
        it->share += s.floor_area_m2 / mix_floor;
    }
    if (t.heating_mix.empty()) t.heating_mix.push_back({HeatingSystem::DistrictHeat, Fuel::Heat, 1.0});
  }
  base.plants = city.synthetic ? industry::default_plants() : std::vector<industry::Plant>{};
  base.sink_areas = sinks::sink_areas_of(city);
  if (city.synthetic) {
    base.has_agriculture = true;
    base.agriculture.synthetic_fertiliser_n_t =
        base.sink_areas.area_ha[static_cast<int>(sinks::SinkType::Farmland)] * inventory::kCroplandFertiliserNKgPerHa / 1000.0;
  }
  base.waste = waste::default_waste_params();
  base.economy = default_city_economy(base.base_year, base.population);
  if (city.synthetic) {  // the default city's synthetic assets under the weather its buildings run
    const energy::EnergyCityDef def = energy::default_energy_city_def();
    const climate::CityWeather weather = climate::weather_for_city(city);
    const energy::EnergyProfiles full = energy::make_energy_profiles(weather.year, def.system, def.loads.shapes);
    base.local_supply = local_supply_base(def, full, {}, {}, {});
  }
  return base;
}

}  // namespace twin::pathway
