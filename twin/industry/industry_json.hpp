// The one serialiser of an industry year (for the CLI and, through the wasm API, the page): totals,
// sectors and every plant with its location (for the map), rank, share and ETS flags. A string only;
// the caller writes it where it wants.
#pragma once

#include <span>
#include <string>

#include "twin/industry/industry_model.hpp"

namespace twin::industry {

// {"total": ACCOUNT, "by_sector": {"steel": ACCOUNT, …},
//  "plants": [{"name", "sector", "sector_zh", "route", "output", "output_unit", "output_h2_dri",
//              "synthetic", "lon", "lat", "x_m", "y_m" (null where not given), "rank", "share",
//              "above_ets_threshold", "above_energy_threshold", "account": ACCOUNT}, …]}
// ACCOUNT = {"energy_kwh": {carrier: kWh…}, "emissions_t": {carrier: t…}, "energy_tce",
//            "combustion_t", "process_t", "scope2_t", "captured_t", "gross_t", "net_t"}.
// Numbers are written with the fewest digits that read back to the same double (native = wasm).
// Precondition: year.plants.size() == plants.size() (asserted in debug builds).
std::string industry_year_json(std::span<const Plant> plants, const IndustryYear& year);

}  // namespace twin::industry
