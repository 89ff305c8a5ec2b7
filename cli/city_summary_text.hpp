// The human-readable table printed by `carbontwin city --summary`.
#pragma once

#include <string>

#include "twin/city/city.hpp"
#include "twin/city/city_stats.hpp"

namespace cli {

std::string city_summary_text(const twin::City& city, const twin::CityStats& stats);

}  // namespace cli
