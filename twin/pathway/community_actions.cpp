// Community actions in the pathway year (community_actions.hpp).
#include "twin/pathway/community_actions.hpp"

#include <cmath>

namespace twin::pathway {

using emissions::kCarrierCount;
using emissions::kSectorCount;

double community_participation(const CommunityActions& a, int year) {
  const LeverSetting& s = a.participation_pct;
  if (year < s.start_year || s.target == 0.0) return 0.0;
  if (s.ramp_years <= 0 || year >= s.start_year + s.ramp_years) return s.target / 100.0;
  return s.target / 100.0 * static_cast<double>(year - s.start_year) / static_cast<double>(s.ramp_years);
}

double apply_community_actions(const CommunityActions& a, int year, double population,
                               std::array<std::array<double, kCarrierCount>, kSectorCount>& e) {
  const double share = community_participation(a, year);
  if (share == 0.0) return 0.0;
  const double participants = population * share;
  for (int s = 0; s < kSectorCount; ++s)
    for (int c = 0; c < kCarrierCount; ++c) e[s][c] += participants * a.per_resident_kwh[s][c];
  return participants * a.per_resident_pv_kwh;
}

std::vector<CommunityActionsError> validate_community_actions(const CommunityActions& a) {
  std::vector<CommunityActionsError> errors;
  const LeverSetting& p = a.participation_pct;
  if (!std::isfinite(p.target) || p.target < 0.0 || p.target > 100.0)
    errors.push_back({"participation_pct.target", "must be a finite share within 0–100 %"});
  if (p.start_year < kFirstYear || p.start_year > kLastYear)
    errors.push_back({"participation_pct.start_year", "must be within 2020–2060"});
  if (p.ramp_years < 0 || p.ramp_years > 40) errors.push_back({"participation_pct.ramp_years", "must be within 0–40"});
  for (int s = 0; s < kSectorCount; ++s)
    for (int c = 0; c < kCarrierCount; ++c) {
      const double v = a.per_resident_kwh[s][c];
      if (!std::isfinite(v) || std::fabs(v) > 1.0e6)
        errors.push_back({std::string("per_resident_kwh.") + emissions::to_string(static_cast<emissions::Sector>(s)) +
                              "." + emissions::to_string(static_cast<emissions::Carrier>(c)),
                          "must be finite and within ±1e6 kWh per resident"});
    }
  if (!std::isfinite(a.per_resident_pv_kwh) || a.per_resident_pv_kwh < 0.0 || a.per_resident_pv_kwh > 1.0e6)
    errors.push_back({"per_resident_pv_kwh", "must be finite and within 0–1e6 kWh per resident"});
  return errors;
}

}  // namespace twin::pathway
