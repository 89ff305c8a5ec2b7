// The one JSON writer of a pathway's Milestones (milestones.hpp), for the CLI commands (pathway, region,
// optimise, ensemble) and the page alike, instead of one hand-built object per command. Members come in
// one order — peak_year, peak_t, peaked, neutrality_year, neutrality_threshold_t, cumulative_t — and a
// caller picks the ones its document has always carried. neutrality_year is null when not reached (0 in
// Milestones). Doubles are written so that a JSON library reads them back as the same double and as
// floating point (json_text::float_number), so a caller that parses this text into nlohmann::json and
// dumps it writes exactly the bytes of the double it used to insert itself.
#pragma once

#include <string>

#include "twin/pathway/milestones.hpp"

namespace twin::pathway {

// Bit flags of the members to write.
enum MilestoneField : unsigned {
  kMilestonePeakYear = 1u << 0,
  kMilestonePeakT = 1u << 1,
  kMilestonePeaked = 1u << 2,
  kMilestoneNeutralityYear = 1u << 3,
  kMilestoneNeutralityThresholdT = 1u << 4,
  kMilestoneCumulativeT = 1u << 5,
  kMilestoneAll = (1u << 6) - 1,
};

// A compact JSON object ({"peak_year":2031,"peak_t":1234.5,...}) of the members in `fields`, in the
// order above; "{}" when fields is 0.
std::string milestones_json(const Milestones& m, unsigned fields = kMilestoneAll);

}  // namespace twin::pathway
