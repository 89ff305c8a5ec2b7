// Heating system and fuel of a generated building, for a city in China's cold / hot-summer-cold-
// winter transition (e.g. the North China Plain): most buildings on district heat, gas boilers for
// many public buildings, coal stoves — partly converted to electricity or gas under the 2017
// clean-heating plan (北方地区冬季清洁取暖规划 2017–2021) — in urban villages, and heat pumps
// in some buildings built after 2015.
#pragma once

#include <cstdint>

#include "twin/city/city.hpp"
#include "twin/city/rng.hpp"

namespace twin::citygen {

struct Heating {
  HeatingSystem system = HeatingSystem::DistrictHeat;
  Fuel fuel = Fuel::Heat;
};

Heating choose_heating(BuildingUse use, ResidentialType type, std::uint16_t construction_year, Rng& rng);

// Gross floor area per job by use (m² per worker), to place jobs from non-residential floor area.
// Residential floor area carries no jobs.
double floor_area_per_job_m2(BuildingUse use);

}  // namespace twin::citygen
