// The base-year (2020) building stock the pathway starts from: floor area per segment (category ×
// vintage × heating system and fuel), with the energy intensity of each segment by end use and
// carrier. baseline_from_city() fills it from a twin::City and the intensity table;
// baseline_from_simulation() from the city-scale hourly simulation (twin/buildings/city_energy.hpp).
// The pathway takes either.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/drivers/economy.hpp"
#include "twin/emissions/carrier.hpp"
#include "twin/industry/plant.hpp"
#include "twin/pathway/intensity_table.hpp"
#include "twin/inventory/agriculture.hpp"
#include "twin/pathway/local_supply.hpp"
#include "twin/pathway/transport_baseline.hpp"
#include "twin/sinks/sink_areas.hpp"
#include "twin/waste/waste_params.hpp"

namespace twin::buildings {
struct CityEnergyResult;
}

namespace twin::pathway {

// Floor area built in one construction year (for survival by age).
struct Cohort {
  int construction_year = 2000;
  double floor_area_m2 = 0.0;
};

using CarrierIntensity = std::array<std::array<double, emissions::kCarrierCount>, kEndUseCount>;

struct Segment {
  Category category = Category::Office;
  emissions::Sector sector = emissions::Sector::Commercial;
  Vintage vintage = Vintage::From2010;
  HeatingSystem heating_system = HeatingSystem::DistrictHeat;
  Fuel heating_fuel = Fuel::Heat;
  double floor_area_m2 = 0.0;       // gross floor area in the base year
  double roof_area_m2 = 0.0;        // footprint area (flat roofs assumed), m²
  std::uint32_t building_count = 0;
  std::uint32_t cohort_begin = 0;   // cohorts of this segment: Baseline::cohorts[begin, end)
  std::uint32_t cohort_end = 0;
  double heating_useful_kwh_per_m2 = 0.0;  // space-heating demand (0 when not heated)
  CarrierIntensity final_kwh_per_m2{};     // other end uses, delivered energy by carrier
};

// What a new building of a category looks like: the newest vintage's intensities and the heating
// mix of the category's newest buildings (by floor area).
struct NewBuildTemplate {
  Category category = Category::Office;
  emissions::Sector sector = emissions::Sector::Commercial;
  double heating_useful_kwh_per_m2 = 0.0;
  CarrierIntensity final_kwh_per_m2{};
  double roof_per_floor_area = 0.0;  // m² roof per m² floor
  struct HeatingShare {
    HeatingSystem system;
    Fuel fuel;
    double share;  // of the new floor area; shares sum to 1
  };
  std::vector<HeatingShare> heating_mix;
};

struct Baseline {
  int base_year = 2020;
  double population = 0.0;                   // persons
  std::vector<Segment> segments;             // only non-empty ones, in a fixed order
  std::vector<Cohort> cohorts;
  std::array<double, kCategoryCount> category_floor_area_m2{};
  std::array<NewBuildTemplate, kCategoryCount> new_build{};
  // Optional (empty from baseline_from_city/simulation): travel activity and structural changes,
  // filled by the caller from transport-model runs (transport_baseline.hpp, structural_runs.hpp).
  TransportBaseline transport;
  // The rest of the account (issue 9), filled by baseline_from_city: the city's industrial plants
  // (the synthetic default city: its synthetic park, assets/industry/default_plants.csv; an imported
  // city: none until a plant list is given), the sink areas of its ground cover, and the waste model's
  // base-year parameters (assets/waste).
  std::vector<industry::Plant> plants;
  sinks::SinkAreas sink_areas;
  waste::WasteParams waste;
  // The city's base-year economy (GDP 10^4 yuan, value-added shares, population) for the dual-control
  // indicators. baseline_from_city: residents × the national 2020 GDP per capita with the national
  // shares (dual_control_year.hpp, default_city_economy: a CarbonTwin assumption for a city without its
  // own figure); a caller with the city's own statistics overwrites it. GDP 0 (a hand-made baseline):
  // intensities are reported as 0.
  drivers::EconomyBase economy;
  // The city's own energy system (utility PV, wind, storage, CHP, district heat, grid link) and its
  // representative days (local_supply.hpp), for the hourly balance of every pathway year. Filled for
  // the synthetic default city (assets/energy/default_energy_system.csv, its weather_for_city year;
  // table baseline: buildings' electricity flat by hour, rooftop PV shaped like utility PV, district
  // heat by degree-hours; simulated baseline: the simulation's own hourly series). Empty for an
  // imported city (no asset list yet) and a hand-made baseline: one annual grid factor, as before.
  LocalSupplyBase local_supply;
  // Agriculture (optional, has_agriculture): fertiliser N and livestock, Tier 1 rows (twin/inventory/
  // agriculture.hpp), constant over the years; a line of its own (PathwayYear::agriculture_t), not an
  // emissions sector. baseline_from_city, synthetic cities only (like the plants): fertiliser N = the
  // farmland ground-cover area × China's 2018 cropland average (kCroplandFertiliserNKgPerHa), no livestock.
  bool has_agriculture = false;
  inventory::AgricultureInput agriculture;
};

// Builds the base-year stock: every building of `city` goes to its segment (category from use and
// housing type, vintage from construction year, heating system and fuel); buildings built after the
// base year count as built in the base year. Intensities from the embedded table.
Baseline baseline_from_city(const City& city);

// The index in `base.segments` of every building of `city` (the same grouping as
// baseline_from_city), −1 for a building whose segment is absent (zero floor area).
std::vector<std::int32_t> segment_of_buildings(const City& city, const Baseline& base);

// The same segments, floor and roof areas and cohorts as baseline_from_city(city) (bit for bit), with
// each segment's intensities taken from the city-scale hourly simulation instead of the table: the
// floor-area-weighted means of its buildings (Σ building kWh / Σ building m²) of
//  - delivered cooling, hot water, lighting, appliances and cooking energy by carrier, and
//  - space heating, stored as useful heat = the simulated delivered heating energy × the pathway's
//    efficiency of the segment's system (heating_efficiency(), heat pumps at the heat_pump_scop
//    lever's default 2.8). The simulation's own efficiencies differ from the pathway's table (district
//    heat 0.85 vs 1.0 at the building, coal stove 0.45 vs 0.55, hourly heat-pump COP vs one SCOP), so
//    this choice keeps the base-year delivered energy — and so the 2020 emissions — equal to the
//    simulation's, while a change of system acts on the same delivered base.
// New-build templates take the floor-area-weighted means of the category's 2010–2020 segments
// (heating: over the heated ones). Kept from the table: new-build intensities of a category with no
// 2010–2020 buildings in the city, the heating mix of new buildings, roof ratios and population (not
// intensities), and everything the pathway derives from levers (retrofit cuts, heat-pump SCOP, PV
// yield: the simulation's PV potential is not used). `energy` must come from simulate_city_energy()
// on the same `city` (one entry per building).
Baseline baseline_from_simulation(const City& city, const buildings::CityEnergyResult& energy);

}  // namespace twin::pathway
