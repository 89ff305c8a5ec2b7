// A city's energy system and the annual loads no other module gives yet, as key = value rows:
// the embedded synthetic default of the default city (= assets/energy/default_energy_system.csv,
// every row with its source id), and a reader for a planner's own CSV in the same layout.
//
// CSV layout (RFC 4180, UTF-8, header first): columns `key` and `value` required; `unit`,
// `source_id`, `source`, `note` (and any others) are kept for people and ignored here. Keys are the
// field paths of EnergySystemDef / EnergyLoadsDef, e.g. `storage.power_kw`,
// `chp_plants[0].fuel` (coal | natural_gas), `thermal_plants[1].local_first` (true | false),
// `loads.ev.annual_kwh`. Rows not given keep the defaults of the structs.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "twin/energy/energy_system.hpp"
#include "twin/energy/energy_year.hpp"
#include "twin/energy/load_shapes.hpp"

namespace twin::energy {

// Annual loads of the default city that the building and transport models do not give (yet): the
// lead's pathway replaces them by its own drivers of the year.
struct EnergyLoadsDef {
  EvChargingDef ev;
  double industry_kwh = 0.0;      // industrial process electricity
  double other_kwh = 0.0;         // street lighting, water supply, rail traction, …
  double heat_pump_kwh = 0.0;     // heat pumps beyond the building simulation's
  double rooftop_pv_share = 0.0;  // installed rooftop PV / the buildings' rooftop PV potential
  LoadShapeDef shapes;
};

struct EnergyCityDef {
  EnergySystemDef system;
  EnergyLoadsDef loads;
};

// One row of the embedded default (the same four columns as the asset CSV).
struct EnergyDefaultRow {
  const char* key;
  const char* value;
  const char* unit;
  const char* source_id;
};
std::span<const EnergyDefaultRow> default_energy_rows();

struct EnergySourceRef {
  const char* id;
  const char* citation;
};
std::span<const EnergySourceRef> energy_source_refs();
const char* energy_source_citation(std::string_view id);  // "unknown source" if absent

// The default city's energy system and loads (synthetic; see assets/energy/README.md).
EnergyCityDef default_energy_city_def();

// Sets one field from its text; returns "" or what was wrong (unknown key, not a number, …).
std::string set_energy_field(EnergyCityDef* def, std::string_view key, std::string_view value);

// Reads a CSV over `base` (rows not given keep base's values). Errors name the line (1-based, the
// header is line 1), the key or column, and what was wrong; range errors of the result
// (validate_energy_system, shares of the loads) are reported with the line of their key. On any
// error `out` is left unchanged.
std::vector<EnergyIssue> parse_energy_city_csv(std::string_view text, const EnergyCityDef& base, EnergyCityDef* out);

}  // namespace twin::energy
