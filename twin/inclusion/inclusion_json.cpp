// inclusion_json() (inclusion_json.hpp).
#include "twin/inclusion/inclusion_json.hpp"

#include "twin/inclusion/inclusion_factors.hpp"
#include "twin/json_text/json_text.hpp"

namespace twin::inclusion {
namespace {

using json_text::number;
using json_text::quote;

std::string energy_json(const SectorCarrierKwh& e) {
  std::string out = "{";
  bool first_sector = true;
  for (int s = 0; s < emissions::kSectorCount; ++s) {
    std::string row;
    for (int c = 0; c < emissions::kCarrierCount; ++c) {
      if (e[s][c] == 0.0) continue;
      row += (row.empty() ? "" : ", ") + quote(emissions::to_string(static_cast<emissions::Carrier>(c))) + ": " +
             number(e[s][c]);
    }
    if (row.empty()) continue;
    out += (first_sector ? "" : ", ") + quote(emissions::to_string(static_cast<emissions::Sector>(s))) + ": {" + row +
           "}";
    first_sector = false;
  }
  return out + "}";
}

}  // namespace

std::string inclusion_json(const PersonalResult& r, const InclusionContext& ctx, const CommunityWedge* wedge) {
  std::string o = "{\n";
  o += " \"year\": " + std::to_string(ctx.year) + ",\n";
  o += " \"grid_region\": " + quote(emissions::to_string(ctx.factors.region)) + ",\n";
  o += " \"grid_factor_kg_per_kwh\": " + number(ctx.factors.of(emissions::Carrier::Electricity).kg_per_kwh) + ",\n";
  o += " \"pv_yield_kwh_per_kwp\": " + number(ctx.pv_yield_kwh_per_kwp) + ",\n";
  o += " \"pv_yield_source\": " + quote(ctx.pv_yield_source) + ",\n";
  o += " \"household_persons\": " + number(r.household_persons) + ",\n";
  o += " \"actions\": [";
  for (std::size_t i = 0; i < r.actions.size(); ++i) {
    const ActionSaving& a = r.actions[i];
    o += i ? ",\n  {" : "\n  {";
    o += "\"key\": " + quote(a.key) + ", \"label\": " + quote(a.label) +
         ", \"kg_co2_per_yr\": " + number(a.kg_co2_per_yr) + ", \"points\": " + number(a.points) +
         ", \"in_wedge\": " + (a.in_wedge ? "true" : "false") +
         ", \"non_energy_kg_per_yr\": " + number(a.non_energy_kg_per_yr) + ", \"pv_kwh\": " + number(a.pv_kwh) +
         ", \"delta_kwh\": " + energy_json(a.delta_kwh) + ",\n   \"steps\": [";
    for (std::size_t k = 0; k < a.steps.size(); ++k) {
      const Step& s = a.steps[k];
      o += (k ? ",\n    {" : "\n    {") + std::string("\"what\": ") + quote(s.what) +
           ", \"value\": " + number(s.value) + ", \"unit\": " + quote(s.unit) + ", \"source\": " + quote(s.source) +
           "}";
    }
    o += "]}";
  }
  o += "],\n";
  o += " \"total_kg_co2_per_yr\": " + number(r.total_kg_co2_per_yr) + ",\n";
  o += " \"points\": " + number(r.points) + ",\n";
  o += " \"points_scheme\": {\"points_per_kg_co2\": " + number(r.points_per_kg) +
       ", \"source\": " + quote(r.points_source) +
       ", \"citation\": " + quote(inclusion_source_citation(r.points_source)) + "}";
  if (wedge != nullptr) {
    const CommunityWedge& w = *wedge;
    o += ",\n \"community_wedge\": {\"participation_share\": " + number(w.participation_share) +
         ", \"peak_year_without\": " + std::to_string(w.peak_year_without) +
         ", \"peak_year_with\": " + std::to_string(w.peak_year_with) +
         ", \"peak_year_shift\": " + std::to_string(w.peak_year_shift) +
         ", \"peak_t_without\": " + number(w.peak_t_without) + ", \"peak_t_with\": " + number(w.peak_t_with) +
         ", \"peak_t_change\": " + number(w.peak_t_change) +
         ", \"cumulative_t_change\": " + number(w.cumulative_t_change) +
         ", \"note\": \"energy actions only (waste sorting and second-hand goods are not fed to the pathway)\"}";
  }
  return o + "\n}\n";
}

}  // namespace twin::inclusion
