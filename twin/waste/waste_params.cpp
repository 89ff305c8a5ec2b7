// Embedded waste parameter table (see waste_params.hpp). Keep equal to assets/waste/
// waste_parameters.csv; every derivation is shown in the CSV's note column.
#include "twin/waste/waste_params.hpp"

#include <array>
#include <cassert>

namespace twin::waste {
namespace {

constexpr const char* kStats = "mohurd_2020_urban_msw";
constexpr const char* kCh3 = "ipcc2006_v5_ch3";
constexpr const char* kK = "ipcc2006_v5_ch3_t3_3";
constexpr const char* kCh4Bio = "ipcc2006_v5_ch4_t4_1";
constexpr const char* kCh5 = "ipcc2006_v5_ch5";
constexpr const char* kProv = "provincial_guideline_2011_waste";
constexpr const char* kCec = "cec_2020_wte_generation";
constexpr const char* kAssume = "carbontwin_assumption";

constexpr std::array<WasteParamRow, 27> kRows{{
    // 235.12e6 t / 442.5374e6 persons / 366 d (2020) = 1.4517 kg/(person·d).
    {"msw_kg_per_person_day", 1.45, "kg/(person·d)", kStats},
    {"share_recycling", 0.0, "fraction", kAssume},
    // Shares of the 2020 harmless treatment (23452.33万t): 7771.54, 14607.64, 1073.15万t.
    {"share_landfill", 0.3314, "fraction", kStats},
    {"share_incineration", 0.6229, "fraction", kStats},
    {"share_composting", 0.0457, "fraction", kStats},
    {"doc", 0.14, "tC/t wet waste", kAssume},
    {"docf", 0.5, "fraction", kCh3},
    {"f_ch4", 0.5, "fraction", kCh3},
    {"ox_managed", 0.1, "fraction", kCh3},
    {"mcf_managed_anaerobic", 1.0, "fraction", kCh3},
    {"mcf_managed_semi_aerobic", 0.5, "fraction", kCh3},
    {"mcf_unmanaged_deep", 0.8, "fraction", kCh3},
    {"mcf_unmanaged_shallow", 0.4, "fraction", kCh3},
    {"mcf_uncategorised", 0.6, "fraction", kCh3},
    {"k_temperate_dry", 0.05, "1/yr", kK},
    {"k_temperate_wet", 0.09, "1/yr", kK},
    {"k_tropical_dry", 0.065, "1/yr", kK},
    {"k_tropical_wet", 0.17, "1/yr", kK},
    {"methane_recovery_share", 0.0, "fraction", kAssume},
    {"incineration_carbon_wet", 0.20, "tC/t wet waste", kProv},
    {"incineration_fossil_share", 0.39, "fraction", kProv},
    {"incineration_efficiency", 0.95, "fraction", kProv},
    {"incineration_ch4_t_per_t", 2.0e-7, "tCH4/t wet waste", kCh5},
    {"incineration_n2o_t_per_t", 5.0e-5, "tN2O/t wet waste", kCh5},
    // 778e8 kWh / 146.0764e6 t = 532.6 kWh/t (upper bound: county-town plants generate too).
    {"incineration_kwh_per_t", 532.6, "kWh/t wet waste", kCec},
    {"composting_ch4_t_per_t", 4.0e-3, "tCH4/t wet waste", kCh4Bio},
    {"composting_n2o_t_per_t", 3.0e-4, "tN2O/t wet waste", kCh4Bio},
}};

// Landfill history for the first-order decay stock: 30 years of constant deposits (the urban
// landfilled tonnage was 88.96e6 t in 2009 and 77.72e6 t in 2020, roughly flat).
constexpr int kHistoryYears = 30;
constexpr double kHistoryGrowth = 0.0;

}  // namespace

std::span<const WasteParamRow> waste_param_rows() { return kRows; }

double waste_param(std::string_view key) {
  for (const WasteParamRow& r : kRows)
    if (key == r.key) return r.value;
  assert(false && "waste_param: unknown key");
  return 0.0;
}

const char* waste_param_source(std::string_view key) {
  for (const WasteParamRow& r : kRows)
    if (key == r.key) return r.source_id;
  assert(false && "waste_param_source: unknown key");
  return "";
}

double mcf_of(LandfillType type) {
  switch (type) {
    case LandfillType::ManagedAnaerobic: return waste_param("mcf_managed_anaerobic");
    case LandfillType::ManagedSemiAerobic: return waste_param("mcf_managed_semi_aerobic");
    case LandfillType::UnmanagedDeep: return waste_param("mcf_unmanaged_deep");
    case LandfillType::UnmanagedShallow: return waste_param("mcf_unmanaged_shallow");
    case LandfillType::Uncategorised: return waste_param("mcf_uncategorised");
    case LandfillType::Count: break;
  }
  assert(false && "mcf_of: not a landfill type");
  return 0.0;
}

double k_per_yr_of(LandfillClimate climate) {
  switch (climate) {
    case LandfillClimate::TemperateDry: return waste_param("k_temperate_dry");
    case LandfillClimate::TemperateWet: return waste_param("k_temperate_wet");
    case LandfillClimate::TropicalDry: return waste_param("k_tropical_dry");
    case LandfillClimate::TropicalWet: return waste_param("k_tropical_wet");
    case LandfillClimate::Count: break;
  }
  assert(false && "k_per_yr_of: not a climate");
  return 0.0;
}

WasteParams default_waste_params() {
  WasteParams p;
  p.msw_kg_per_person_day = waste_param("msw_kg_per_person_day");
  p.shares = {waste_param("share_recycling"), waste_param("share_landfill"), waste_param("share_incineration"),
              waste_param("share_composting")};
  p.doc = waste_param("doc");
  p.docf = waste_param("docf");
  p.f_ch4 = waste_param("f_ch4");
  p.ox = waste_param("ox_managed");
  p.methane_recovery_share = waste_param("methane_recovery_share");
  p.incineration_carbon_wet = waste_param("incineration_carbon_wet");
  p.incineration_fossil_share = waste_param("incineration_fossil_share");
  p.incineration_efficiency = waste_param("incineration_efficiency");
  p.incineration_ch4_t_per_t = waste_param("incineration_ch4_t_per_t");
  p.incineration_n2o_t_per_t = waste_param("incineration_n2o_t_per_t");
  p.incineration_kwh_per_t = waste_param("incineration_kwh_per_t");
  p.composting_ch4_t_per_t = waste_param("composting_ch4_t_per_t");
  p.composting_n2o_t_per_t = waste_param("composting_n2o_t_per_t");
  p.history_years = kHistoryYears;
  p.history_growth_per_yr = kHistoryGrowth;
  return p;
}

const char* to_string(LandfillType type) {
  switch (type) {
    case LandfillType::ManagedAnaerobic: return "managed_anaerobic";
    case LandfillType::ManagedSemiAerobic: return "managed_semi_aerobic";
    case LandfillType::UnmanagedDeep: return "unmanaged_deep";
    case LandfillType::UnmanagedShallow: return "unmanaged_shallow";
    case LandfillType::Uncategorised: return "uncategorised";
    case LandfillType::Count: break;
  }
  return "unknown";
}

const char* to_string(LandfillClimate climate) {
  switch (climate) {
    case LandfillClimate::TemperateDry: return "temperate_dry";
    case LandfillClimate::TemperateWet: return "temperate_wet";
    case LandfillClimate::TropicalDry: return "tropical_dry";
    case LandfillClimate::TropicalWet: return "tropical_wet";
    case LandfillClimate::Count: break;
  }
  return "unknown";
}

const char* to_string(LandfillMethod method) {
  return method == LandfillMethod::FirstOrderDecay ? "first_order_decay" : "mass_balance";
}

}  // namespace twin::waste
