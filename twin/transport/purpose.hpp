// Trip purposes of the four-step demand model. Order is part of the diagnostics output; append
// before Count only.
#pragma once

#include <cstdint>

namespace twin::transport {

enum class Purpose : std::uint8_t {
  HomeBasedWork = 0,  // HBW: home ↔ work (commuting), produced at home, attracted by jobs
  HomeBasedOther,     // HBO: home ↔ shopping, school, errands, leisure, visits
  NonHomeBased,       // NHB: neither end at home (work → lunch, shop → shop)
  Count
};
inline constexpr int kPurposeCount = static_cast<int>(Purpose::Count);

// Stable short name, as in the scope column of assets/transport/trip_rates.csv: "hbw", "hbo", "nhb".
const char* to_string(Purpose purpose);

}  // namespace twin::transport
