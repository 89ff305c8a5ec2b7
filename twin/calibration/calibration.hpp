// The gap between the twin's base-year energy and the city's energy balance table, sector by sector
// and carrier by carrier, and the calibration factors that close it (docs/calibration.md, "Rules").
// A factor is observed / modelled energy of one sector × carrier cell; a pathway year applies them
// with apply_calibration() to its EnergyBySectorCarrier before accounting its emissions.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "twin/calibration/energy_balance.hpp"
#include "twin/emissions/accounting.hpp"
#include "twin/emissions/factor_set.hpp"

namespace twin::calibration {

// What the rule did with one sector × carrier cell.
enum class CellRule : std::uint8_t {
  NotObserved = 0,  // no value in the table (empty, "-", no column or no row): model kept, factor 1
  Scaled,           // observed > 0 and modelled > 0: factor = observed / modelled
  Zeroed,           // observed = 0, modelled > 0: the city reports none, factor 0
  Unmodelled,       // observed > 0, modelled = 0: no model activity to scale; the observed energy is
                    // added as a constant (CalibrationFactors::added_kwh), factor 1
  BothZero,         // observed = 0 and modelled = 0: nothing to do, factor 1
  Count
};
const char* to_string(CellRule rule);  // "not_observed", "scaled", "zeroed", "unmodelled", "both_zero"

// Factors of every twin sector × carrier: calibrated = factor × modelled + added_kwh. Sectors the
// table does not cover (processes, waste, land use) keep factor 1, added 0.
struct CalibrationFactors {
  std::array<std::array<double, emissions::kCarrierCount>, emissions::kSectorCount> factor;
  std::array<std::array<double, emissions::kCarrierCount>, emissions::kSectorCount> added_kwh{};
  CalibrationFactors();
};

struct CellComparison {
  BalanceSector sector = BalanceSector::Residential;
  emissions::Carrier carrier = emissions::Carrier::Electricity;
  bool observed = false;
  double observed_kwh = 0.0;   // 0 when not observed
  double modelled_kwh = 0.0;
  double gap_kwh = 0.0;        // observed − modelled (0 when not observed)
  bool has_relative_gap = false;
  double relative_gap = 0.0;   // gap / modelled, only when observed and modelled > 0
  CellRule rule = CellRule::NotObserved;
  double factor = 1.0;
  double calibrated_kwh = 0.0;
};

// Sums of one compared sector (or the whole city) over the carriers the table observed.
struct GapTotal {
  double observed_kwh = 0.0;
  double modelled_kwh = 0.0;   // of the observed cells only, so that the two are comparable
  double gap_kwh = 0.0;
  bool has_relative_gap = false;
  double relative_gap = 0.0;
};

struct CalibrationResult {
  std::vector<CellComparison> cells;  // the four compared sectors × every carrier, sector-major
  std::array<GapTotal, kBalanceSectorCount> by_sector{};                // EnergySupply: zeros
  std::array<GapTotal, emissions::kCarrierCount> by_carrier{};
  GapTotal total;
  CalibrationFactors factors;
  emissions::EnergyBySectorCarrier modelled, calibrated;
  emissions::EmissionsBySectorScope modelled_emissions, calibrated_emissions;  // tCO2, same factors
  // The table's energy supply row (reported, not compared: the twin has no such final consumer).
  std::array<double, emissions::kCarrierCount> energy_supply_kwh{};
};

// `modelled`: the twin's base-year energy (evaluate_pathway(baseline, default_scenario()).years[0]
// .energy). `factors`: the emission factors of that year (its grid and heat factors).
CalibrationResult calibrate(const EnergyBalance& balance, const emissions::EnergyBySectorCarrier& modelled,
                            const emissions::FactorSet& factors);

// calibrated[s][c] = factor[s][c] × energy[s][c] + added_kwh[s][c], for any year of the pathway.
emissions::EnergyBySectorCarrier apply_calibration(const CalibrationFactors& factors,
                                                   const emissions::EnergyBySectorCarrier& energy);

}  // namespace twin::calibration
