// Embedded GWP-100 table (see gwp.hpp); equal to assets/inventory/gwp100.csv (checked natively by
// tests/twin/inventory/inventory_tables_test.cpp).
#include "twin/inventory/gwp.hpp"

#include <array>
#include <cassert>

namespace twin::inventory {
namespace {

constexpr const char* kGwpSource = "ipcc_gwp100_openclimatedata";

constexpr std::array<GwpRow, 8> kRows{{
    {GwpSet::Sar, Gas::Ch4, 21.0, kGwpSource},
    {GwpSet::Sar, Gas::N2o, 310.0, kGwpSource},
    {GwpSet::Ar4, Gas::Ch4, 25.0, kGwpSource},
    {GwpSet::Ar4, Gas::N2o, 298.0, kGwpSource},
    {GwpSet::Ar5, Gas::Ch4, 28.0, kGwpSource},
    {GwpSet::Ar5, Gas::N2o, 265.0, kGwpSource},
    {GwpSet::Ar6, Gas::Ch4, 27.9, kGwpSource},
    {GwpSet::Ar6, Gas::N2o, 273.0, kGwpSource},
}};

}  // namespace

std::span<const GwpRow> gwp_rows() { return kRows; }

double gwp100(Gas gas, GwpSet set) {
  if (gas == Gas::Co2) return 1.0;
  for (const GwpRow& row : kRows)
    if (row.set == set && row.gas == gas) return row.gwp100;
  assert(false && "gwp100: no row for this gas and set");
  return 0.0;
}

const char* to_string(Gas gas) {
  switch (gas) {
    case Gas::Co2: return "co2";
    case Gas::Ch4: return "ch4";
    case Gas::N2o: return "n2o";
    case Gas::Count: break;
  }
  return "unknown";
}

const char* to_string(GwpSet set) {
  switch (set) {
    case GwpSet::Sar: return "sar";
    case GwpSet::Ar4: return "ar4";
    case GwpSet::Ar5: return "ar5";
    case GwpSet::Ar6: return "ar6";
    case GwpSet::Count: break;
  }
  return "unknown";
}

bool gwp_set_from_string(std::string_view key, GwpSet* set) {
  for (int i = 0; i < kGwpSetCount; ++i) {
    const auto s = static_cast<GwpSet>(i);
    if (key == to_string(s)) {
      *set = s;
      return true;
    }
  }
  return false;
}

}  // namespace twin::inventory
