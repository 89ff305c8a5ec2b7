// CO2 observations (issue 11, item 1): in-situ (tower, rooftop, low-cost, mobile) and satellite column
// (XCO2) values with their time, place and uncertainty; CSV reader and writer with errors naming the
// line and field, time → hour of the year, placement on the city's local frame, and the background.
// Format: docs/monitoring.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twin/city/city.hpp"

namespace twin::monitor {

enum class ObsKind : std::uint8_t { Tower = 0, Rooftop, Lowcost, Mobile, Satellite, Count };
const char* to_string(ObsKind kind);  // "tower", "rooftop", "lowcost", "mobile", "satellite"
std::optional<ObsKind> obs_kind_from_string(std::string_view name);

struct Observation {
  std::string time_utc;          // "YYYY-MM-DDTHH:MM:SSZ" (ISO 8601, UTC)
  double lon = 0.0, lat = 0.0;   // WGS84 degrees
  bool placed = false;           // x_m, y_m set (place_observations)
  double x_m = 0.0, y_m = 0.0;   // the city's local frame
  double height_m = 0.0;         // inlet above ground (satellite: 0, the column)
  double co2_ppm = 0.0;          // dry-air mole fraction (satellite: XCO2)
  double uncertainty_ppm = 0.0;  // 1σ, > 0
  ObsKind kind = ObsKind::Tower;
};

// Plausible bounds (checked by the reader): ambient CO2 300–2000 ppm (urban street canyons and
// stacks' plumes reach well above 500 but not thousands in open air), uncertainty 0 < σ ≤ 100 ppm,
// in-situ heights 0–1000 m.
inline constexpr double kMinCo2Ppm = 300.0, kMaxCo2Ppm = 2000.0, kMaxUncertaintyPpm = 100.0;

struct ObsError {
  int line = 0;  // 1-based (0: the file)
  std::string field;
  std::string message;
};
std::string to_string(const ObsError& error);

struct ObsCsv {
  std::vector<Observation> observations;
  std::vector<ObsError> errors;  // any error: report them and do not use `observations`
};

// Header "time_utc,lon,lat,height_m,co2_ppm,uncertainty_ppm,kind" (any order, extra columns ignored).
// Errors: a malformed or impossible time, lon outside ±180 or lat outside ±90 (saying when the two look
// swapped), non-numbers/NaN, a negative or zero uncertainty, ppm outside the bounds, an unknown kind.
ObsCsv read_observations_csv(std::string_view text);
std::string write_observations_csv(const std::vector<Observation>& observations);

// Parses "YYYY-MM-DDTHH:MM:SSZ" (also without seconds or without the Z, and with a space for T): the
// hour of the year 0–8759 (a leap year's 29 February counts as the 28th, so that every year has the
// 8760 hours of the hourly profiles) and the year. "" or what is wrong.
std::string parse_time_utc(std::string_view text, int* year, int* hour_of_year);
// "YYYY-MM-DDTHH:00:00Z" of an hour of a (non-leap-counted) year.
std::string time_utc_of_hour(int year, int hour_of_year);

// Sets x_m, y_m from lon/lat by the city's fit (twin/city/lonlat_fit.hpp). Returns how many could not
// be placed (no georeference, or too far from the city); those keep placed = false.
int place_observations(const CityLocation& location, std::vector<Observation>* observations);

// Background (explicit, docs/monitoring.md): for each hour, the background is the mean of the tower
// observations of that hour at the most upwind site — the placed tower with the largest projection of
// its position (relative to the city centre) on the direction the wind comes from, −(u, v). `wind_u_m_s`
// and `wind_v_m_s` are the wind's east and north components per hour of the year (8760 each; vectors,
// not angles, so no trigonometry). Hours without a tower observation have no background (NaN).
std::vector<double> upwind_background_ppm(const std::vector<Observation>& observations, Vec2 city_centre,
                                          const std::vector<double>& wind_u_m_s,
                                          const std::vector<double>& wind_v_m_s);
// A fitted background: the mean of the tower observations (a constant), NaN without towers.
double constant_background_ppm(const std::vector<Observation>& observations);

struct Enhancement {
  std::size_t index = 0;  // into the observations
  double enhancement_ppm = 0.0;
  double uncertainty_ppm = 0.0;  // the observation's own (the background's is not added)
};
// co2_ppm − background of its hour, for every observation that is not a tower and whose hour has a
// background (`background_ppm`: 8760 values, or one value for a constant). Observations whose time
// does not parse are skipped (the reader refuses them anyway).
std::vector<Enhancement> subtract_background(const std::vector<Observation>& observations,
                                             const std::vector<double>& background_ppm);

}  // namespace twin::monitor
