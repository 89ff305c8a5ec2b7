// Peak and neutrality detection on hand-made series (twin/pathway/milestones.hpp).
#include "twin/pathway/milestones.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace twin::pathway {
namespace {

TEST(PathwayMilestones, PeakNeutralityAndCumulativeOfAHandMadeSeries) {
  const std::vector<double> gross = {100, 110, 120, 115, 80, 40, 10, 4, 3};
  const std::vector<double> net = {100, 110, 120, 115, 80, 40, 9, 3, 2};
  const Milestones m = find_milestones(gross, net, 2020, 0.05);
  EXPECT_EQ(m.peak_year, 2022);
  EXPECT_EQ(m.peak_t, 120.0);
  EXPECT_TRUE(m.peaked);
  EXPECT_EQ(m.neutrality_threshold_t, 120.0 * 0.05);
  EXPECT_EQ(m.neutrality_year, 2027);  // 3 ≤ 6, the first such year
  EXPECT_EQ(m.cumulative_t, 579.0);
}

TEST(PathwayMilestones, RisingSeriesHasNotPeakedAndTiesTakeTheFirstYear) {
  const std::vector<double> rising = {1, 2, 3, 4};
  const Milestones up = find_milestones(rising, rising, 2020, 0.05);
  EXPECT_EQ(up.peak_year, 2023);
  EXPECT_FALSE(up.peaked);
  EXPECT_EQ(up.neutrality_year, 0);
  const std::vector<double> plateau = {5, 7, 7, 6};
  const Milestones flat = find_milestones(plateau, plateau, 2030, 0.0);
  EXPECT_EQ(flat.peak_year, 2031);
  EXPECT_TRUE(flat.peaked);
  EXPECT_EQ(flat.neutrality_year, 0);
  // Declining from the first year: peak in the base year; net ≤ 0 reaches a zero threshold.
  const std::vector<double> down = {9, 5, 1, 0.5};
  const std::vector<double> down_net = {9, 5, 1, -0.5};
  const Milestones d = find_milestones(down, down_net, 2020, 0.0);
  EXPECT_EQ(d.peak_year, 2020);
  EXPECT_TRUE(d.peaked);
  EXPECT_EQ(d.neutrality_year, 2023);
  EXPECT_EQ(find_milestones({}, {}, 2020, 0.05).peak_year, 0);
}

}  // namespace
}  // namespace twin::pathway
