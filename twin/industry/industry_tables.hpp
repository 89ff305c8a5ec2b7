// The industry module's data, embedded as constant rows (the core reads no files): energy intensity
// of each production route by carrier, process CO2 per unit of output, the CO2 factors and net
// calorific values of the carriers twin/emissions lacks (coke, hydrogen), and the lever parameters.
// The same rows are in assets/industry/*.csv with source columns; tests/twin/industry checks that
// they are equal. Each row names its source by id; source_citation() gives the reference.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "twin/industry/industry_types.hpp"

namespace twin::industry {

// Unit of an intensity value, per unit of the route's output (output_unit()).
enum class IntensityUnit : std::uint8_t {
  Kwh = 0,  // kWh (electricity)
  Kgce,     // kg of standard coal equivalent (fuels, heat): 1 kgce = 29 307.6 kJ (GB/T 2589-2020)
  KgH2,     // kg of hydrogen (× its NCV)
};
const char* to_string(IntensityUnit unit);  // "kWh", "kgce", "kg"

struct IntensityRow {
  Route route;
  Carrier carrier;
  double value;  // per unit of output, in `unit`
  IntensityUnit unit;
  const char* source_id;
};

struct ProcessRow {
  Route route;
  double t_co2_per_unit;  // process (non-combustion) CO2, t per unit of output
  const char* source_id;
};

// CO2 factor of an industrial carrier that twin/emissions' IPCC table does not hold.
struct CarrierFactorRow {
  Carrier carrier;
  double kg_co2_per_tj;  // NCV basis
  const char* source_id;
};

// Net calorific value of a carrier bought by mass, for plant rows given in tonnes.
struct CarrierNcvRow {
  Carrier carrier;
  double kj_per_kg;
  const char* source_id;
};

struct LeverParameterRow {
  const char* key;
  double value;
  const char* unit;
  const char* source_id;
};

struct IndustrySourceRef {
  const char* id;
  const char* citation;
};

std::span<const IntensityRow> intensity_rows();
std::span<const ProcessRow> process_rows();
std::span<const CarrierFactorRow> carrier_factor_rows();
std::span<const CarrierNcvRow> carrier_ncv_rows();
std::span<const LeverParameterRow> lever_parameter_rows();
std::span<const IndustrySourceRef> industry_source_refs();
// Full citation of a source id; "unknown source" if it is not in the table.
const char* industry_source_citation(std::string_view id);

// kWh (NCV) per unit of output of a route, by carrier (all rows of the route converted).
std::array<double, kCarrierCount> route_intensity_kwh(Route route);
// Process CO2, t per unit of output (0 for routes without a row).
double route_process_t_per_unit(Route route);
// The value of a lever parameter by key; asserts that the key exists (programmer error).
double lever_parameter(std::string_view key);

// kgCO2 per kWh (NCV) burnt of a carrier with a direct (scope 1) factor: coal, natural gas and oil
// from twin/emissions' IPCC 2006 table, coke and hydrogen from carrier_factor_rows(); 0 for
// electricity and heat (their factors come with the year: IndustryFactors).
double direct_kg_per_kwh(Carrier carrier);
// kWh (NCV) of a mass of coke or hydrogen (kg); asserts for other carriers.
double kwh_of_kg(Carrier carrier, double kg);

inline constexpr double kKwhPerKgce = 29307.6 / 3600.0;  // = 8.141 kWh (GB/T 2589-2020)

// Lever parameter keys.
inline constexpr const char* kElectrificationRatioKey = "electrification_kwh_per_fuel_kwh";
inline constexpr const char* kCoalToGasRatioKey = "gas_kwh_per_coal_kwh";
inline constexpr const char* kCcusHeatKey = "ccus_heat_gj_per_t_co2";
inline constexpr const char* kCcusElectricityKey = "ccus_electricity_kwh_per_t_co2";
inline constexpr const char* kEtsThresholdTKey = "ets_inclusion_threshold_t_co2e";
inline constexpr const char* kEtsThresholdTceKey = "ets_inclusion_threshold_tce";

}  // namespace twin::industry
