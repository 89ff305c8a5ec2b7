// inclusion_json() (inclusion_json.hpp).
#include "twin/inclusion/inclusion_json.hpp"

#include <cstdio>

#include "twin/inclusion/inclusion_factors.hpp"

namespace twin::inclusion {
namespace {

std::string num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string str(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string energy_json(const SectorCarrierKwh& e) {
  std::string out = "{";
  bool first_sector = true;
  for (int s = 0; s < emissions::kSectorCount; ++s) {
    std::string row;
    for (int c = 0; c < emissions::kCarrierCount; ++c) {
      if (e[s][c] == 0.0) continue;
      row += (row.empty() ? "" : ", ") + str(emissions::to_string(static_cast<emissions::Carrier>(c))) + ": " +
             num(e[s][c]);
    }
    if (row.empty()) continue;
    out +=
        (first_sector ? "" : ", ") + str(emissions::to_string(static_cast<emissions::Sector>(s))) + ": {" + row + "}";
    first_sector = false;
  }
  return out + "}";
}

}  // namespace

std::string inclusion_json(const PersonalResult& r, const InclusionContext& ctx, const CommunityWedge* wedge) {
  std::string o = "{\n";
  o += " \"year\": " + std::to_string(ctx.year) + ",\n";
  o += " \"grid_region\": " + str(emissions::to_string(ctx.factors.region)) + ",\n";
  o += " \"grid_factor_kg_per_kwh\": " + num(ctx.factors.of(emissions::Carrier::Electricity).kg_per_kwh) + ",\n";
  o += " \"pv_yield_kwh_per_kwp\": " + num(ctx.pv_yield_kwh_per_kwp) + ",\n";
  o += " \"pv_yield_source\": " + str(ctx.pv_yield_source) + ",\n";
  o += " \"household_persons\": " + num(r.household_persons) + ",\n";
  o += " \"actions\": [";
  for (std::size_t i = 0; i < r.actions.size(); ++i) {
    const ActionSaving& a = r.actions[i];
    o += i ? ",\n  {" : "\n  {";
    o += "\"key\": " + str(a.key) + ", \"label\": " + str(a.label) + ", \"kg_co2_per_yr\": " + num(a.kg_co2_per_yr) +
         ", \"points\": " + num(a.points) + ", \"in_wedge\": " + (a.in_wedge ? "true" : "false") +
         ", \"non_energy_kg_per_yr\": " + num(a.non_energy_kg_per_yr) + ", \"pv_kwh\": " + num(a.pv_kwh) +
         ", \"delta_kwh\": " + energy_json(a.delta_kwh) + ",\n   \"steps\": [";
    for (std::size_t k = 0; k < a.steps.size(); ++k) {
      const Step& s = a.steps[k];
      o += (k ? ",\n    {" : "\n    {") + std::string("\"what\": ") + str(s.what) + ", \"value\": " + num(s.value) +
           ", \"unit\": " + str(s.unit) + ", \"source\": " + str(s.source) + "}";
    }
    o += "]}";
  }
  o += "],\n";
  o += " \"total_kg_co2_per_yr\": " + num(r.total_kg_co2_per_yr) + ",\n";
  o += " \"points\": " + num(r.points) + ",\n";
  o += " \"points_scheme\": {\"points_per_kg_co2\": " + num(r.points_per_kg) + ", \"source\": " + str(r.points_source) +
       ", \"citation\": " + str(inclusion_source_citation(r.points_source)) + "}";
  if (wedge != nullptr) {
    const CommunityWedge& w = *wedge;
    o += ",\n \"community_wedge\": {\"participation_share\": " + num(w.participation_share) +
         ", \"peak_year_without\": " + std::to_string(w.peak_year_without) +
         ", \"peak_year_with\": " + std::to_string(w.peak_year_with) +
         ", \"peak_year_shift\": " + std::to_string(w.peak_year_shift) +
         ", \"peak_t_without\": " + num(w.peak_t_without) + ", \"peak_t_with\": " + num(w.peak_t_with) +
         ", \"peak_t_change\": " + num(w.peak_t_change) + ", \"cumulative_t_change\": " + num(w.cumulative_t_change) +
         ", \"note\": \"energy actions only (waste sorting and second-hand goods are not fed to the pathway)\"}";
  }
  return o + "\n}\n";
}

}  // namespace twin::inclusion
