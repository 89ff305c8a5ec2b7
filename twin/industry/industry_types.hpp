// Industrial sectors, production routes and energy carriers of the industry module (issue 9 item 3).
// Industry has carriers the building/transport inventory does not (coke as a blast-furnace
// reductant, hydrogen for direct reduction), so the module keeps its own carrier enum and maps it to
// twin/emissions' carriers where one exists (map_to_emissions_carrier).
#pragma once

#include <cstdint>
#include <string_view>

#include "twin/emissions/carrier.hpp"

namespace twin::industry {

// Order is part of the JSON/CLI output: append before Count only.
enum class Sector : std::uint8_t {
  Steel = 0,           // 钢铁: t crude steel
  Cement,              // 水泥: t clinker (kilns) or t cement (grinding plants)
  Chemicals,           // 化工: t ammonia, or 10⁴ yuan value added for the rest
  NonFerrous,          // 有色金属: t primary aluminium
  OtherManufacturing,  // 其他制造业: 10⁴ yuan value added
  DataCentre,          // 数据中心: MWh of IT load
  Count
};

// A production route fixes the output unit, the energy intensities by carrier and the process CO2 per
// unit of output (industry_tables.hpp). Every route belongs to one sector.
enum class Route : std::uint8_t {
  SteelBfBof = 0,       // blast furnace – basic oxygen furnace (长流程)
  SteelEaf,             // scrap-based electric arc furnace (短流程)
  SteelH2Dri,           // hydrogen direct reduction + EAF (the green-hydrogen lever's route)
  CementClinker,        // integrated plant, per t clinker (kiln: calcination + fuel)
  CementGrinding,       // grinding plant (粉磨站), per t cement, electricity only, no calcination
  ChemicalsAmmonia,     // coal-based synthetic ammonia (合成氨), per t NH3
  ChemicalsOther,       // other chemicals, per 10⁴ yuan value added
  NonFerrousAluminium,  // primary aluminium electrolysis (电解铝), per t Al
  OtherManufacturing,   // per 10⁴ yuan value added
  DataCentre,           // per MWh of IT load (electricity = PUE × IT load)
  Count
};

enum class Carrier : std::uint8_t {
  Electricity = 0,  // grid electricity (scope 2)
  Coal,             // raw coal burnt or injected (scope 1)
  Coke,             // metallurgical coke (scope 1)
  NaturalGas,       // (scope 1)
  Oil,              // fuel/diesel oil (scope 1)
  Heat,             // purchased steam/hot water (scope 2)
  Hydrogen,         // hydrogen bought in; no CO2 where it is used (its production is elsewhere)
  Count
};

inline constexpr int kSectorCount = static_cast<int>(Sector::Count);
inline constexpr int kRouteCount = static_cast<int>(Route::Count);
inline constexpr int kCarrierCount = static_cast<int>(Carrier::Count);

// Stable snake_case keys (JSON, CSV) and Chinese display names.
const char* to_string(Sector sector);
const char* to_string(Route route);
const char* to_string(Carrier carrier);
const char* name_zh(Sector sector);

// Accepts the snake_case key or the Chinese name (钢铁, 水泥, 化工, 有色金属, 其他制造业, 数据中心);
// false if unknown.
bool sector_from_string(std::string_view text, Sector* sector);
bool route_from_string(std::string_view text, Route* route);

Sector sector_of(Route route);
// The route a plant of `sector` has when its CSV row names none.
Route default_route(Sector sector);
// The unit of output of a route, e.g. "t crude steel".
const char* output_unit(Route route);

// The "two-high" (高耗能、高排放) sectors whose output the capacity-control lever caps: steel,
// cement, chemicals, non-ferrous metals (the sectors the State Council's 2030年前碳达峰行动方案,
// 国发〔2021〕23号, names when it asks to curb "two-high" projects).
bool is_two_high(Sector sector);

// Scope of an industrial carrier: fuels (incl. coke, hydrogen) scope 1, electricity and heat scope 2.
emissions::Scope scope_of(Carrier carrier);

// The twin/emissions carrier of an industrial carrier, where one exists (coke and hydrogen have none:
// returns false and leaves *out unchanged).
bool map_to_emissions_carrier(Carrier carrier, emissions::Carrier* out);

}  // namespace twin::industry
