// Reader of a city's plant list (docs/industry-plants.md): CSV text in (UTF-8, optional BOM), plants
// out, with every problem named by line and column. A row with an error is left out of `plants`
// and counted in `rows_skipped`; the caller decides whether a partial list is acceptable (ok()).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "twin/industry/plant.hpp"

namespace twin::industry {

struct PlantCsvIssue {
  int line = 0;         // 1-based line of the file (the header is line 1); 0: the whole file
  std::string field;    // column name, or "" for the row or the file
  std::string message;  // what is wrong, with the offending value
};

struct PlantCsvResult {
  std::vector<Plant> plants;
  std::vector<PlantCsvIssue> errors;    // rows or the file refused
  std::vector<PlantCsvIssue> warnings;  // read, but worth a look (unknown column, odd intensity)
  std::size_t rows_read = 0;            // data rows seen (blank lines not counted)
  std::size_t rows_skipped = 0;         // data rows refused
  bool ok() const { return errors.empty(); }
};

PlantCsvResult read_plants_csv(std::string_view text);

// Limits beyond which a value is refused as absurd (a unit mix-up, not a real plant).
inline constexpr double kMaxPlantOutput = 1.0e9;     // per year, in the route's unit
inline constexpr double kMaxPlantEnergyKwh = 1.0e12; // per carrier per year (≈ 123 Mtce)
inline constexpr double kMaxPlantProcessT = 1.0e9;   // tCO2 per year
inline constexpr double kMaxLocalCoordM = 1.0e6;     // |x|, |y| in the local frame

}  // namespace twin::industry
