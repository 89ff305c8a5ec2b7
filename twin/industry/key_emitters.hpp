// Key emitters (重点排放单位): plants ranked by their net emissions of the year, each with its share
// of the city's industry and a flag where it reaches the national ETS inclusion threshold
// (26 000 tCO2e a year ≈ 10 000 tce, 碳排放权交易管理办法(试行) Art. 8; industry_tables.hpp), and a
// per-plant what-if: one plant's levers changed while every other plant keeps the city's.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "twin/industry/industry_model.hpp"

namespace twin::industry {

struct KeyEmitter {
  std::size_t plant = 0;        // index into the plant list / IndustryYear::plants
  int rank = 0;                 // 1 = largest
  double net_t = 0.0;           // the plant's net tCO2 (scope 1 + 2 − captured) of the year
  double share = 0.0;           // net_t / Σ net_t of all plants (0 when that sum is not positive)
  double energy_tce = 0.0;
  bool above_ets_threshold = false;     // net_t ≥ 26 000 tCO2e
  bool above_energy_threshold = false;  // energy_tce ≥ 10 000 tce
};

// All plants, largest net emissions first; ties keep the plant list's order.
std::vector<KeyEmitter> rank_key_emitters(const IndustryYear& year);

struct PlantWhatIf {
  std::size_t plant = 0;
  PlantYear before, after;         // the plant with the city's levers, and with its own
  double industry_before_t = 0.0;  // Σ net of all plants, before and after
  double industry_after_t = 0.0;
  double delta_t = 0.0;            // after − before (the plant's change = the city's change)
  int rank_before = 0, rank_after = 0;
  double share_before = 0.0, share_after = 0.0;
};

// Precondition: plant < plants.size(); both lever sets valid (asserted in debug builds).
PlantWhatIf plant_what_if(std::span<const Plant> plants, std::size_t plant, const IndustryDrivers& drivers,
                          const IndustryLevers& city_levers, const IndustryLevers& plant_levers,
                          const IndustryFactors& factors);

}  // namespace twin::industry
