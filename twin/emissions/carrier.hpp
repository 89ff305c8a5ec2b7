// Energy carriers, inventory sectors and scopes of the city inventory, after the GHG Protocol for
// Cities (GPC, WRI/C40/ICLEI 2014) and China's provincial inventory guideline (省级温室气体清单编制
// 指南(试行), NDRC 2011): scope 1 = fuels burnt inside the city boundary, scope 2 = grid electricity
// and district heat bought from outside the building (GPC §6.3–6.5).
#pragma once

#include <cstdint>

#include "twin/city/city.hpp"

namespace twin::emissions {

// Order is part of the JSON/CLI output (carrier names); append before Count only.
enum class Carrier : std::uint8_t {
  Electricity = 0,  // grid electricity bought (scope 2)
  DistrictHeat,     // heat bought from a district-heating network (scope 2)
  NaturalGas,       // pipeline natural gas burnt on site (scope 1)
  Coal,             // raw coal burnt on site in boilers and stoves (scope 1)
  Oil,              // light fuel / gas-diesel oil burnt on site (scope 1)
  Gasoline,         // motor gasoline (transport, scope 1)
  Lpg,              // liquefied petroleum gas (cooking in villages, scope 1)
  Count
};

// Inventory sectors (GPC; China's provincial inventory guideline): stationary energy split by building
// use, transport, and the non-energy sectors the pathway accounts (issue 9). Order is part of the
// JSON/CLI output; append before Count only.
enum class Sector : std::uint8_t {
  Residential = 0,      // dwellings (GPC I.1)
  Commercial,           // commercial and institutional (public) buildings (GPC I.2)
  Industry,             // manufacturing: factory buildings and industrial plants' energy (GPC I.3)
  Transport,            // on-road and rail (GPC II)
  IndustrialProcesses,  // process CO2 of plants (clinker calcination, fluxes…; GPC IV, guideline 工业生产过程)
  Waste,                // landfill, incineration, composting (GPC III, guideline 废弃物处理)
  LandUse,              // sinks of green space, forest, wetland, farmland: negative (GPC AFOLU, 土地利用变化和林业)
  Count
};

enum class Scope : std::uint8_t {
  Scope1 = 0,  // direct: fuel combustion inside the boundary
  Scope2,      // indirect: purchased grid electricity and district heat
  Count
};

inline constexpr int kCarrierCount = static_cast<int>(Carrier::Count);
inline constexpr int kSectorCount = static_cast<int>(Sector::Count);
inline constexpr int kScopeCount = static_cast<int>(Scope::Count);

// Stable snake_case names used in JSON keys and reports.
const char* to_string(Carrier carrier);
const char* to_string(Sector sector);
const char* to_string(Scope scope);

// Scope of the emissions of a carrier used in a building or vehicle of the city.
Scope scope_of(Carrier carrier);

// The carrier a building's heating fuel is bought as (twin::Fuel → Carrier).
Carrier carrier_of(Fuel fuel);

// The GPC sector of a building by its main use: dwellings → residential; offices, retail, hotels,
// schools, hospitals and logistics warehouses → commercial and institutional; factories → industry.
Sector sector_of(BuildingUse use);

}  // namespace twin::emissions
