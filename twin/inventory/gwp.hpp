// 100-year global warming potentials of CH4 and N2O (CO2 = 1) by IPCC assessment report, so that a
// scenario can report in the metric its audience uses: AR5 (28, 265) is what the Paris Agreement's
// transparency rules (decision 18/CMA.1) ask for; AR6 (27.9, 273) is the newest; SAR (21, 310) is what
// China's earlier national communications and the 2011 provincial guideline used; AR4 (25, 298) is
// still common in enterprise tools. The values equal assets/inventory/gwp100.csv.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace twin::inventory {

// Order is part of the JSON output: append before Count only.
enum class Gas : std::uint8_t { Co2 = 0, Ch4, N2o, Count };
inline constexpr int kGasCount = static_cast<int>(Gas::Count);

enum class GwpSet : std::uint8_t { Sar = 0, Ar4, Ar5, Ar6, Count };
inline constexpr int kGwpSetCount = static_cast<int>(GwpSet::Count);

// The default of the twin: AR5, as required for reports under the Paris Agreement.
inline constexpr GwpSet kDefaultGwpSet = GwpSet::Ar5;

struct GwpRow {
  GwpSet set;
  Gas gas;
  double gwp100;
  const char* source_id;
};

std::span<const GwpRow> gwp_rows();
// GWP-100 of a gas in a set (CO2: 1).
double gwp100(Gas gas, GwpSet set);

const char* to_string(Gas gas);      // "co2", "ch4", "n2o"
const char* to_string(GwpSet set);   // "sar", "ar4", "ar5", "ar6"
bool gwp_set_from_string(std::string_view key, GwpSet* set);

}  // namespace twin::inventory
