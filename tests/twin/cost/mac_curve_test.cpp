// The MAC curve of a year: one entry per ambitious row, each entry's abatement = the pathway difference
// of that lever moved alone, sorted by cost per tonne (abating entries first).
#include <gtest/gtest.h>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/cost/mac_curve.hpp"

namespace twin::cost {
namespace {

TEST(CostMacCurve, SortedAndEachAbatementIsThePathwayDifference) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  const pathway::Scenario s = pathway::default_scenario();
  constexpr int kYear = 2035;
  const std::vector<MacEntry> mac = mac_curve(base, s, kYear);
  ASSERT_EQ(mac.size(), mac_ambitious_rows().size());
  const pathway::PathwayResult r0 = pathway::evaluate_pathway(base, s);
  const std::size_t k = kYear - pathway::kFirstYear;
  int abating = 0;
  for (std::size_t i = 0; i < mac.size(); ++i) {
    pathway::Scenario moved = s;
    moved.lever(mac[i].lever) = mac[i].setting;
    const pathway::PathwayResult r = pathway::evaluate_pathway(base, moved);
    EXPECT_EQ(mac[i].abatement_t, r0.years[k].net_t - r.years[k].net_t) << pathway::lever_def(mac[i].lever).key;
    EXPECT_EQ(mac[i].abates, mac[i].abatement_t > 0.0);
    if (mac[i].abates) {
      ++abating;
      EXPECT_DOUBLE_EQ(mac[i].cost_per_t, mac[i].net_cost_yuan / mac[i].abatement_t);
    }
    if (i > 0 && mac[i].abates) {
      ASSERT_TRUE(mac[i - 1].abates) << "abating entries come first";
      EXPECT_LE(mac[i - 1].cost_per_t, mac[i].cost_per_t);
    }
  }
  // The building levers, PV and the grid levers abate in 2035 in the default city.
  EXPECT_GE(abating, 8);
}

}  // namespace
}  // namespace twin::cost
