// milestones_json() (milestones_json.hpp).
#include "twin/pathway/milestones_json.hpp"

#include "twin/json_text/json_text.hpp"

namespace twin::pathway {

std::string milestones_json(const Milestones& m, unsigned fields) {
  using json_text::float_number;
  std::string j;
  const auto member = [&](MilestoneField f, const char* key, const std::string& value) {
    if (!(fields & f)) return;
    j += j.empty() ? "{" : ",";
    j += json_text::key(key) + value;
  };
  member(kMilestonePeakYear, "peak_year", std::to_string(m.peak_year));
  member(kMilestonePeakT, "peak_t", float_number(m.peak_t));
  member(kMilestonePeaked, "peaked", m.peaked ? "true" : "false");
  member(kMilestoneNeutralityYear, "neutrality_year", m.neutrality_year ? std::to_string(m.neutrality_year) : "null");
  member(kMilestoneNeutralityThresholdT, "neutrality_threshold_t", float_number(m.neutrality_threshold_t));
  member(kMilestoneCumulativeT, "cumulative_t", float_number(m.cumulative_t));
  return j.empty() ? "{}" : j + "}";
}

}  // namespace twin::pathway
