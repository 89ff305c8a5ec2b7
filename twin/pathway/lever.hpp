// Levers of the pathway (building stock, transport, power supply, industry, waste and sinks): named, bounded, time-phased drivers. A lever's value in a
// year is its default before the start year, its target from start + ramp on, and linear between
// (DESIGN.md, "Pathway"). The table of definitions, with the source of each default, is
// lever_defs(); docs/scenario.md documents every lever for scenario authors.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace twin::pathway {

inline constexpr int kFirstYear = 2020;  // base year of the projection
inline constexpr int kLastYear = 2060;
inline constexpr int kYearCount = kLastYear - kFirstYear + 1;
inline constexpr int kMaxRampYears = kLastYear - kFirstYear;

// Order is the order of lever_defs() and of the JSON output; append before Count only.
enum class LeverId : std::uint8_t {
  PopulationChangePct = 0,
  ResidentialFloorAreaPerCapitaChangePct,
  PublicFloorAreaChangePct,
  NewBuildStandardLevel,
  RetrofitRatePctPerYr,
  RetrofitHeatingReductionPct,
  HeatPumpSharePct,
  HeatPumpScop,
  CookingHotWaterElectrificationPct,
  NonHeatingIntensityChangePct,
  RooftopPvCoveragePct,
  PvYieldKwhPerKwp,
  GridFactorReductionPct,
  HeatFactorReductionPct,
  // Transport (twin/transport/fleet.hpp). The last three are structural: their effect on travel
  // comes from re-runs of the transport model (structural_runs.hpp), not from the pathway itself.
  EvSalesSharePct,
  VehicleEfficiencyImprovementPct,
  TransitHeadwayChangePct,
  CongestionChargeYuan,
  ParkingPriceYuan,
  // Power supply (twin/energy_mix): the regional grid's mix path and the city's green power.
  GridNonfossilAddedPts,
  CoalPowerRetirementPct,
  GreenPowerPurchasePct,
  // Industry (twin/industry): plants of the city.
  IndustryEfficiencyPct,
  IndustryElectrificationPct,
  IndustryCoalToGasPct,
  TwoHighOutputCutPct,
  SteelH2DriPct,
  IndustryCcusPct,
  IndustryGrowthOffsetPts,
  // Waste (twin/waste) and sinks (twin/sinks).
  WastePerCapitaChangePct,
  WasteRecyclingAddedPts,
  WasteCompostingAddedPts,
  LandfillDiversionPct,
  LandfillMethaneRecoveryPct,
  GreenSpaceAddedHa,
  ForestAddedHa,
  // Local supply (twin/energy through local_supply.hpp): the city's own plants, storage and flexible
  // charging in its hourly balance. They act only on a baseline with a local energy system.
  LocalPvAddedMw,
  LocalWindAddedMw,
  LocalStorageAddedMwh,
  ChpCoalToGasPct,
  SmartChargingSharePct,
  Count
};
inline constexpr int kLeverCount = static_cast<int>(LeverId::Count);

// When and how far a lever moves.
struct LeverSetting {
  int start_year = kFirstYear;  // first year of the ramp (2020–2060)
  int ramp_years = 0;           // years from the start value to the target (0 = a step)
  double target = 0.0;          // value reached at start_year + ramp_years, in the lever's unit
};

struct LeverDef {
  const char* key;              // JSON key, snake_case, unit suffix
  const char* unit;             // e.g. "%", "%/yr", "level", "kWh/kWp/yr"
  double min_value;             // bounds of both the default and any target
  double max_value;
  double default_value;         // value before the start year (the base-year state)
  LeverSetting default_setting; // the baseline ("current policies") scenario's setting
  const char* description;
  const char* source;           // where the default and the baseline setting come from
};

std::span<const LeverDef> lever_defs();
const LeverDef& lever_def(LeverId id);
std::optional<LeverId> find_lever(std::string_view key);

// Value of a lever in `year`: default before start_year, target from start_year + ramp_years on,
// linear between.
double lever_value(const LeverDef& def, const LeverSetting& setting, int year);

}  // namespace twin::pathway
