// milestones_json (twin/pathway/milestones_json.hpp): the exact text, the member selection, and — what
// the CLI relies on — that nlohmann::ordered_json parsing the text and dumping it writes the very bytes
// of the object the commands used to build themselves from the doubles.
#include "twin/pathway/milestones_json.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <limits>

namespace twin::pathway {
namespace {

using nlohmann::ordered_json;

Milestones example() {
  Milestones m;
  m.peak_year = 2031;
  m.peak_t = 1234.0;  // integral: must stay a float ("1234.0"), as nlohmann dumps the double
  m.peaked = true;
  m.neutrality_year = 2058;
  m.neutrality_threshold_t = 0.1;  // 17 digits in the text, the shortest form after a dump
  m.cumulative_t = -0.0;
  return m;
}

// The object as cli/pathway_command.cpp built it before the shared writer.
ordered_json hand_built(const Milestones& m) {
  return {{"peak_year", m.peak_year}, {"peak_t", m.peak_t}, {"peaked", m.peaked},
          {"neutrality_year", m.neutrality_year ? ordered_json(m.neutrality_year) : ordered_json(nullptr)},
          {"neutrality_threshold_t", m.neutrality_threshold_t}, {"cumulative_t", m.cumulative_t}};
}

TEST(PathwayMilestonesJson, ExactText) {
  EXPECT_EQ(milestones_json(example()),
            "{\"peak_year\":2031,\"peak_t\":1234.0,\"peaked\":true,\"neutrality_year\":2058,"
            "\"neutrality_threshold_t\":0.10000000000000001,\"cumulative_t\":-0.0}");
}

TEST(PathwayMilestonesJson, NeutralityNotReachedIsNull) {
  Milestones m = example();
  m.neutrality_year = 0;
  m.peaked = false;
  EXPECT_EQ(milestones_json(m, kMilestonePeaked | kMilestoneNeutralityYear),
            "{\"peaked\":false,\"neutrality_year\":null}");
}

TEST(PathwayMilestonesJson, FieldsSelectMembersInTheFixedOrder) {
  // optimise's selection: no peaked, no threshold.
  EXPECT_EQ(milestones_json(example(), kMilestoneCumulativeT | kMilestonePeakYear | kMilestoneNeutralityYear |
                                           kMilestonePeakT),
            "{\"peak_year\":2031,\"peak_t\":1234.0,\"neutrality_year\":2058,\"cumulative_t\":-0.0}");
  EXPECT_EQ(milestones_json(example(), 0u), "{}");
}

TEST(PathwayMilestonesJson, ParsedAndDumpedEqualsTheHandBuiltObject) {
  Milestones awkward = example();
  awkward.peak_t = 5e-324;  // the smallest subnormal
  awkward.neutrality_threshold_t = 1.7976931348623157e308;
  awkward.cumulative_t = 2.0 / 3.0;
  Milestones big = example();
  big.peak_t = 1e22;  // integral and past 2^53: "1e+22", a float to the parser
  big.cumulative_t = -123456789.125;
  Milestones nan = example();
  nan.cumulative_t = std::numeric_limits<double>::quiet_NaN();  // nlohmann dumps NaN as null; so do we
  for (const Milestones& m : {example(), awkward, big, nan}) {
    const ordered_json parsed = ordered_json::parse(milestones_json(m));
    EXPECT_EQ(parsed.dump(), hand_built(m).dump());
    EXPECT_EQ(parsed.dump(1), hand_built(m).dump(1));
  }
}

}  // namespace
}  // namespace twin::pathway
