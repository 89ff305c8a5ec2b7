// Residents' everyday actions as a pathway lever (issue 12, carbon inclusion 碳普惠): a share of the
// residents (ramping like a lever) each change their delivered energy by sector and carrier, and put
// rooftop PV on their dwellings. The change is added to the year's energy before PV netting and before
// the factors, so the grid path, the heat factor and the local balance of each year apply to it as to
// any other kWh. twin/inclusion builds the per-resident figures from a resident's choices.
// Default (participation target 0): no effect, the pathway is bit-for-bit the one without it.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "twin/emissions/carrier.hpp"
#include "twin/pathway/lever.hpp"

namespace twin::pathway {

struct CommunityActions {
  // Per participating resident, change of delivered energy kWh/yr (new − old; negative = saved).
  std::array<std::array<double, emissions::kCarrierCount>, emissions::kSectorCount> per_resident_kwh{};
  // Per participating resident, rooftop PV generation kWh/yr on residential roofs (a supply: netted
  // against the residential electricity like the city's own rooftop PV, the surplus exported).
  double per_resident_pv_kwh = 0.0;
  // Share of the residents taking part, %: 0 before start_year, linear over ramp_years, then target.
  LeverSetting participation_pct{kFirstYear, 0, 0.0};
};

// Share of residents taking part in `year`, 0–1.
double community_participation(const CommunityActions& actions, int year);

// Adds the participants' energy change (participants = population × share) to the year's energy `e`
// (sector × carrier kWh) and returns their rooftop PV kWh (residential roofs). With a share of 0 it
// touches nothing and returns 0.
double apply_community_actions(const CommunityActions& actions, int year, double population,
                               std::array<std::array<double, emissions::kCarrierCount>, emissions::kSectorCount>& e);

struct CommunityActionsError {
  std::string field;  // "participation_pct.target", "per_resident_kwh[sector][carrier]", …
  std::string message;
};
// Participation 0–100 %, start 2020–2060, ramp 0–40 years; every kWh finite and within ±1e6 kWh per
// resident, PV ≥ 0. Empty when valid.
std::vector<CommunityActionsError> validate_community_actions(const CommunityActions& actions);

}  // namespace twin::pathway
