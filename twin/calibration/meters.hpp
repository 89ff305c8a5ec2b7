// Hourly meter data of single buildings against the twin's simulation of the same building, with the
// statistics of ASHRAE Guideline 14-2014 (§5.2.11.3; limits of §5.3.2.4 f: hourly CV(RMSE) ≤ 30 %,
// |NMBE| ≤ 10 %; monthly ≤ 15 %, ≤ 5 %). The meter CSV layout is in docs/calibration.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "twin/buildings/city_energy.hpp"
#include "twin/city/city.hpp"
#include "twin/climate/weather.hpp"
#include "twin/emissions/carrier.hpp"

namespace twin::calibration {

inline constexpr int kHoursPerYear = 8760;

struct MeterSeries {
  std::string building_key;   // "# building: KEY" line, else the file name without ".csv"
  emissions::Carrier carrier = emissions::Carrier::Electricity;  // "# carrier: NAME", else electricity
  std::vector<int> hour;      // hour of the (non-leap) year, 0 … 8759, increasing
  std::vector<double> kwh;    // metered energy of that hour
  int empty_hours = 0;        // rows with an empty kwh (missing readings, counted, not compared)
  int feb29_hours = 0;        // rows on 29 February (the weather year has 365 days), counted, not compared
};

// Parses one meter file: "time,kwh" (time "YYYY-MM-DD HH:MM[:SS]" or "…THH…", the hour beginning) or
// "hour,kwh" (hour of the year 0 … 8759). `file_name` gives the building key when the file has no
// "# building:" line. Errors name the line and field; false when there is any.
bool read_meter_csv(std::string_view text, std::string_view file_name, MeterSeries* out,
                    std::vector<std::string>* errors);

// Index of the building a meter belongs to: the building whose source id (Buildings::source_id) is
// `key`, else `key` read as a decimal index into City::buildings; −1 if neither.
std::int64_t find_building(const City& city, std::string_view key);

// ASHRAE Guideline 14-2014 §5.2.11.3, measured y_i, simulated ŷ_i, n pairs, p model parameters:
//   CV(RMSE) = 100 × sqrt(Σ (y_i − ŷ_i)² / (n − p)) / ȳ
//   NMBE     = 100 × Σ (y_i − ŷ_i) / ((n − p) × ȳ)        (positive: the model under-predicts)
struct FitStatistics {
  bool valid = false;          // false: fewer than p + 2 pairs or a measured mean ≤ 0
  std::size_t n = 0;
  double measured_mean_kwh = 0.0;
  double simulated_mean_kwh = 0.0;
  double cv_rmse_pct = 0.0;
  double nmbe_pct = 0.0;
  bool passes = false;         // both within the thresholds given
};

inline constexpr double kHourlyCvRmseLimitPct = 30.0;  // Guideline 14-2014 §5.3.2.4 (f), hourly data
inline constexpr double kHourlyNmbeLimitPct = 10.0;

// p = 0: no parameter of the building model is fitted to the meter data (CarbonTwin choice; the
// Guideline's p counts fitted parameters).
FitStatistics fit_statistics(const std::vector<double>& measured, const std::vector<double>& simulated, int p = 0,
                             double cv_limit_pct = kHourlyCvRmseLimitPct, double nmbe_limit_pct = kHourlyNmbeLimitPct);

// The simulated hourly delivered energy of one building of `city` for `carrier` (kWh per hour of the
// weather year): the city-scale model (exact mode, hourly) run on a copy of the city holding only that
// building — the model has no interaction between buildings, so this equals its share of a city run.
std::vector<double> simulate_building_hourly_kwh(const City& city, std::uint32_t building,
                                                 const climate::WeatherYear& weather, climate::ClimateZone zone,
                                                 emissions::Carrier carrier);

struct MeterComparison {
  std::string building_key;
  std::int64_t building = -1;
  emissions::Carrier carrier = emissions::Carrier::Electricity;
  std::size_t hours_read = 0;     // rows with a reading
  std::size_t hours_compared = 0; // of those, within the simulated year
  int empty_hours = 0, feb29_hours = 0;
  double measured_kwh = 0.0, simulated_kwh = 0.0;  // over the compared hours
  FitStatistics stats;
};

// Pairs every metered hour with the simulated hour of the same index (hours past the simulated year's
// end are not compared and show in hours_read − hours_compared).
MeterComparison compare_meter(const MeterSeries& meter, std::int64_t building, const std::vector<double>& simulated_kwh);

}  // namespace twin::calibration
