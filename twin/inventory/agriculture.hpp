// Agriculture rows of the inventory (issue 9 item 5, optional part) at IPCC 2006 Tier 1: direct and
// indirect N2O from synthetic fertiliser nitrogen (Vol. 4 Ch. 11, Eq. 11.1/11.9/11.10) and enteric
// CH4 from livestock head counts (Vol. 4 Ch. 10, Tables 10.10/10.11, Asia). Inputs are the city's
// statistics (fertiliser N applied, t N; livestock, head); no activity model behind them yet.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "twin/inventory/inventory_row.hpp"

namespace twin::inventory {

enum class Livestock : std::uint8_t { DairyCattle = 0, OtherCattle, Buffalo, Sheep, Goats, Swine, Horses, Count };
inline constexpr int kLivestockCount = static_cast<int>(Livestock::Count);

struct AgricultureFactorRow {
  const char* key;        // "ef1", "frac_gasf", …, "enteric_<livestock>"
  double value;
  const char* unit;
  const char* source_id;
};
std::span<const AgricultureFactorRow> agriculture_factor_rows();
double agriculture_factor(std::string_view key);  // asserts the key exists

// Synthetic fertiliser N applied per hectare of cropland, China's national average of 2018: 28.31 Tg N on
// the cropland, 17.06 g N/(m²·yr) = 170.6 kg N/(ha·yr) (Yu, Liu & Kattel 2022, ESSD 14:5179; equal to
// assets/inventory/agriculture_activity.csv). A city without its own statistics: farmland ha × this rate.
inline constexpr double kCroplandFertiliserNKgPerHa = 170.6;
inline constexpr const char* kCroplandFertiliserNSource = "yu2022_essd_n_fertiliser";

struct AgricultureInput {
  double synthetic_fertiliser_n_t = 0.0;                 // t N applied per year
  std::array<double, kLivestockCount> head{};            // average annual population
};

struct AgricultureError {
  std::string field;
  std::string message;
};

struct AgricultureResult {
  std::vector<AgricultureError> errors;  // non-empty: no rows
  std::vector<InventoryRow> rows;        // sector Agriculture, scope 1
  double co2e_t = 0.0;
};

// Direct N2O = N × EF1 × 44/28; indirect = N × (FracGASF × EF4 + FracLEACH × EF5) × 44/28;
// enteric CH4 = head × EF / 1000 (kg → t). Rows with zero activity are left out.
AgricultureResult agriculture_rows(const AgricultureInput& input, GwpSet gwp_set);

const char* to_string(Livestock livestock);

}  // namespace twin::inventory
