// CityStats as a JSON object: the one serialisation shared by `carbontwin city --summary --json`
// and the browser's CarbonTwin.cityStats(), so both always carry the same keys (documented in
// README.md). Numbers are written with the fewest digits (15–17) that round-trip, so the output is
// identical natively and in wasm whenever the figures are.
#pragma once

#include <string>

#include "twin/city/city_stats.hpp"

namespace twin {

// The city gives name, synthetic flag and seed; the figures come from stats.
std::string city_stats_json(const CityStats& stats, const City& city);

}  // namespace twin
