// Embedded inclusion figures (inclusion_factors.hpp); keep equal to assets/inclusion/inclusion_factors.csv.
#include "twin/inclusion/inclusion_factors.hpp"

#include <array>
#include <cassert>

namespace twin::inclusion {
namespace {

constexpr std::array<InclusionFactorRow, 12> kRows{{
    {"heating_saving_pct_per_c", 6.0, "% of heating energy per degC lower", "rechneronline_heating"},
    {"cooling_saving_pct_per_c", 6.0, "% of cooling electricity per degC higher", "bee_india_ac_setpoint"},
    {"air_conditioner_grade3_kwh_per_yr", 500.0, "kWh/yr per unit", "carbontwin_assumption"},
    {"air_conditioner_grade1_kwh_per_yr", 400.0, "kWh/yr per unit", "carbontwin_assumption"},
    {"refrigerator_grade3_kwh_per_yr", 330.0, "kWh/yr per unit", "carbontwin_assumption"},
    {"refrigerator_grade1_kwh_per_yr", 200.0, "kWh/yr per unit", "carbontwin_assumption"},
    {"washing_machine_grade3_kwh_per_yr", 40.0, "kWh/yr per unit", "carbontwin_assumption"},
    {"washing_machine_grade1_kwh_per_yr", 24.0, "kWh/yr per unit", "carbontwin_assumption"},
    {"secondhand_kgco2e_per_item", 3.0576, "kgCO2e per item bought second-hand", "charity_till_method"},
    {"metro_passenger_km_per_train_km", 180.0, "passenger-km per train-km", "carbontwin_assumption"},
    {"household_persons", 2.62, "persons per household", "carbontwin_assumption"},
    {"points_per_kg_co2", 1000.0, "points per kgCO2 saved", "wuhan_carbon_account"},
}};

struct Citation {
  const char* id;
  const char* text;
};
constexpr std::array<Citation, 6> kCitations{{
    {"rechneronline_heating", "rechneronline.de, Calculator for Saving Heating Costs (about 6 % per degC)"},
    {"bee_india_ac_setpoint",
     "Bureau of Energy Efficiency (India), AC set-point advice as reported by inshorts.com (about 6 % per degC)"},
    {"charity_till_method",
     "charity.eproductive.com, How are CO2 savings calculated? (weight x 11.2 kgCO2/kg x 91 % substitution)"},
    {"wuhan_carbon_account",
     "stocknews24.net (2025-08-26, after Xinhua), What's next for China's personal carbon accounts: Wuhan credits in "
     "grams"},
    {"carbontwin_assumption", "CarbonTwin assumption (see assets/inclusion/inclusion_factors.csv for the reason)"},
    {"unknown", "unknown source"},
}};

const InclusionFactorRow* find(std::string_view key) {
  for (const InclusionFactorRow& r : kRows)
    if (key == r.key) return &r;
  return nullptr;
}

}  // namespace

std::span<const InclusionFactorRow> inclusion_factor_rows() { return kRows; }

double inclusion_factor(std::string_view key) {
  const InclusionFactorRow* r = find(key);
  assert(r != nullptr && "inclusion_factor: unknown key");
  return r != nullptr ? r->value : 0.0;
}

const char* inclusion_factor_source(std::string_view key) {
  const InclusionFactorRow* r = find(key);
  assert(r != nullptr && "inclusion_factor_source: unknown key");
  return r != nullptr ? r->source_id : "unknown";
}

const char* inclusion_source_citation(std::string_view source_id) {
  for (const Citation& c : kCitations)
    if (source_id == c.id) return c.text;
  return "unknown source";
}

}  // namespace twin::inclusion
