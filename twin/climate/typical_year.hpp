// A synthetic typical year (8760 hours) from monthly climate normals, for cities without an EPW file.
// Deterministic for a seed (own splitmix64 generator, no <random> distributions). What it keeps
// exactly: each month's mean temperature, GHI total and mean wind speed (to rounding); mean relative
// humidity to within a few tenths of a point. What it invents: day-to-day weather (AR(1)
// anomalies of temperature, clearness and wind), wind direction (a seasonal monsoon prevailing
// direction with daily scatter). Method and sources: twin/climate/README.md.
#pragma once

#include <cstdint>

#include "twin/climate/climate_normals.hpp"
#include "twin/climate/weather.hpp"

namespace twin::climate {

WeatherYear typical_year(const CityNormals& normals, std::uint64_t seed = 1);
WeatherYear typical_year(ClimateCity city, std::uint64_t seed = 1);

// Hourly diffuse fraction DHI/GHI from the hourly clearness index kt = GHI / (I0 sin α):
// Erbs, Klein & Duffie (1982), Solar Energy 28(4) 293–302, eq. 1.
double erbs_diffuse_fraction(double clearness_index);

}  // namespace twin::climate
