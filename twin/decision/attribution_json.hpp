// The one JSON serialiser of an Attribution (strings only, like twin/cost/cost_report.hpp), for
// `carbontwin compare` and the page alike. Numbers with 17 significant digits (they round-trip).
#pragma once

#include <string>

#include "twin/decision/attribution.hpp"

namespace twin::decision {

// {"a": name, "b": name, "method": "shapley"|"shapley_groups", "max_exact_players", "evaluations",
//  "players": [{"key", "group"}…],
//  "metrics": {"a": {peak_year, peak_t, gross_2030_t, net_2030_t, gross_2060_t, net_2060_t, cumulative_t,
//                    peaked}, "b": {…}},
//  "contributions": [{"lever": key or group, ["members": [keys]], "delta_peak_year", "delta_peak_t",
//                     "delta_2030_t", "delta_2030_net_t", "delta_2060_t", "delta_2060_net_t",
//                     "delta_cumulative_t"}…],
//  "total_delta_peak_year", "total_delta_peak_t", … (b − a, = the sum of the contributions),
//  "notes": [differences that are not players], "definitions": {key: meaning}}
std::string attribution_json(const Attribution& attribution);

}  // namespace twin::decision
