// Agriculture Tier 1 factors and rows (see agriculture.hpp). Keep the table equal to
// assets/inventory/agriculture_factors.csv.
#include "twin/inventory/agriculture.hpp"

#include <cassert>
#include <cmath>
#include <utility>

namespace twin::inventory {
namespace {

constexpr const char* kSoils = "ipcc2006_v4_ch11";
constexpr const char* kEnteric = "ipcc2006_v4_ch10";
constexpr double kN2oPerN2oN = 44.0 / 28.0;
constexpr double kMaxHead = 1.0e8;     // more animals than any Chinese prefecture: a unit slip
constexpr double kMaxFertiliserNt = 1.0e7;

constexpr std::array<AgricultureFactorRow, 12> kRows{{
    {"ef1", 0.01, "kg N2O-N/kg N", kSoils},
    {"frac_gasf", 0.10, "kg N volatilised/kg N", kSoils},
    {"ef4", 0.01, "kg N2O-N/kg N volatilised", kSoils},
    {"frac_leach", 0.30, "kg N leached/kg N", kSoils},
    {"ef5", 0.0075, "kg N2O-N/kg N leached", kSoils},
    {"enteric_dairy_cattle", 68.0, "kg CH4/(head·yr)", kEnteric},
    {"enteric_other_cattle", 47.0, "kg CH4/(head·yr)", kEnteric},
    {"enteric_buffalo", 55.0, "kg CH4/(head·yr)", kEnteric},
    {"enteric_sheep", 5.0, "kg CH4/(head·yr)", kEnteric},
    {"enteric_goats", 5.0, "kg CH4/(head·yr)", kEnteric},
    {"enteric_swine", 1.0, "kg CH4/(head·yr)", kEnteric},
    {"enteric_horses", 18.0, "kg CH4/(head·yr)", kEnteric},
}};

}  // namespace

std::span<const AgricultureFactorRow> agriculture_factor_rows() { return kRows; }

double agriculture_factor(std::string_view key) {
  for (const AgricultureFactorRow& r : kRows)
    if (key == r.key) return r.value;
  assert(false && "agriculture_factor: unknown key");
  return 0.0;
}

const char* to_string(Livestock livestock) {
  switch (livestock) {
    case Livestock::DairyCattle: return "dairy_cattle";
    case Livestock::OtherCattle: return "other_cattle";
    case Livestock::Buffalo: return "buffalo";
    case Livestock::Sheep: return "sheep";
    case Livestock::Goats: return "goats";
    case Livestock::Swine: return "swine";
    case Livestock::Horses: return "horses";
    case Livestock::Count: break;
  }
  return "unknown";
}

AgricultureResult agriculture_rows(const AgricultureInput& in, GwpSet gwp_set) {
  AgricultureResult r;
  const double n = in.synthetic_fertiliser_n_t;
  if (!std::isfinite(n) || n < 0.0 || n > kMaxFertiliserNt)
    r.errors.push_back({"synthetic_fertiliser_n_t", "must be in [0, 1e7] t N, got " + std::to_string(n)});
  for (int i = 0; i < kLivestockCount; ++i) {
    const double h = in.head[i];
    if (!std::isfinite(h) || h < 0.0 || h > kMaxHead)
      r.errors.push_back({std::string("head.") + to_string(static_cast<Livestock>(i)),
                          "must be in [0, 1e8] head, got " + std::to_string(h)});
  }
  if (!r.errors.empty()) return r;
  auto add = [&](InventoryRow row) {
    r.co2e_t += row.co2e_t;
    r.rows.push_back(std::move(row));
  };
  if (n > 0.0) {
    // kg N2O-N/kg N × 44/28 = t N2O/t N.
    add(make_row(InventorySector::Agriculture, "fertiliser_direct", Gas::N2o, Scope::Scope1, n, "t N",
                 agriculture_factor("ef1") * kN2oPerN2oN, "tN2O/t N", 1.0, kSoils, gwp_set));
    const double indirect = agriculture_factor("frac_gasf") * agriculture_factor("ef4") +
                            agriculture_factor("frac_leach") * agriculture_factor("ef5");
    add(make_row(InventorySector::Agriculture, "fertiliser_indirect", Gas::N2o, Scope::Scope1, n, "t N",
                 indirect * kN2oPerN2oN, "tN2O/t N", 1.0, kSoils, gwp_set));
  }
  for (int i = 0; i < kLivestockCount; ++i) {
    if (in.head[i] == 0.0) continue;
    const auto kind = static_cast<Livestock>(i);
    const std::string key = std::string("enteric_") + to_string(kind);
    add(make_row(InventorySector::Agriculture, key, Gas::Ch4, Scope::Scope1, in.head[i], "head",
                 agriculture_factor(key), "kgCH4/(head·yr)", 1.0e-3, kEnteric, gwp_set));
  }
  return r;
}

}  // namespace twin::inventory
