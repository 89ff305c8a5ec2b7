// Nested twins: sums upward, targets split downward (twin/region/region.hpp). Figures by hand in the
// comments; the tree is small so that each number can be followed.
#include "twin/region/region.hpp"

#include <gtest/gtest.h>

namespace twin::region {
namespace {

Series constant(double v) {
  Series s;
  s.fill(v);
  return s;
}

// gross = baseline = g; potential = p; GDP 10 (×10^4 yuan) until 2029, gdp2030 from 2030 on.
RegionNode twin_member(const char* name, double g, double p, double gdp2030) {
  RegionNode n;
  n.name = name;
  LeafSeries s;
  s.gross_t = s.net_t = s.baseline_gross_t = constant(g);
  s.potential_gross_t = constant(p);
  s.gdp_10k_yuan = constant(10.0);
  for (int y = 2030; y <= 2060; ++y) s.gdp_10k_yuan[y - 2020] = gdp2030;
  n.leaf = s;
  return n;
}

RegionNode province() {
  RegionNode root;
  root.name = "province";
  root.members = {twin_member("A", 100, 60, 20), twin_member("B", 50, 40, 10)};
  return root;
}

double sum_of_members(const SplitResult& r, int depth) {
  double s = 0;
  for (const Allocation& a : r.allocations)
    if (a.depth == depth) s += a.allowed_t;
  return s;
}

TEST(RegionAggregate, SumsEveryTwinAndTakesMilestonesOfTheSums) {
  const RegionNode root = province();
  ASSERT_TRUE(validate_region(root).empty());
  const RegionSeries s = aggregate(root);
  EXPECT_EQ(s.twins, 2);
  EXPECT_EQ(s.sums.gross_t[0], 150.0);
  EXPECT_EQ(s.sums.gdp_10k_yuan[10], 30.0);  // 2030: 20 + 10
  EXPECT_EQ(s.milestones.peak_year, 2020);   // flat: the first year of the largest value
  EXPECT_EQ(s.milestones.cumulative_t, 150.0 * 41);
}

TEST(RegionSplit, EqualIntensityCutGivesSiblingsEqualCutsAddingUpToTheRegion) {
  RegionTarget target;
  target.intensity_cut_pct = 50.0;
  const SplitResult r = split_target(province(), target, SplitRule::EqualIntensityCut);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.allocations.size(), 3u);
  // Region: intensity 150/20 = 7.5 in 2020; allowed 7.5 × 0.5 × GDP2030 30 = 112.5.
  EXPECT_DOUBLE_EQ(r.allocations[0].allowed_t, 112.5);
  // Weights intensity × GDP2030: A 10 × 20 = 200, B 5 × 10 = 50 → A 112.5 × 0.8 = 90, B 22.5.
  EXPECT_DOUBLE_EQ(r.allocations[1].allowed_t, 90.0);
  EXPECT_DOUBLE_EQ(r.allocations[2].allowed_t, 22.5);
  // Both cut their own intensity by the same 55 % (4.5 of 10, 2.25 of 5).
  EXPECT_DOUBLE_EQ(r.allocations[1].intensity_allowed / r.allocations[1].intensity_base, 0.45);
  EXPECT_DOUBLE_EQ(r.allocations[2].intensity_allowed / r.allocations[2].intensity_base, 0.45);
  EXPECT_FALSE(r.allocations[1].meets);  // A emits 100 > 90
}

TEST(RegionSplit, AbatementPotentialSharesTheCutByPotential) {
  RegionTarget target;
  target.cap_t = 120.0;
  SplitResult r = split_target(province(), target, SplitRule::AbatementPotential);
  ASSERT_TRUE(r.errors.empty());
  // Cut 150 − 120 = 30 over potentials A 40, B 10: A 100 − 30 × 0.8 = 76, B 50 − 30 × 0.2 = 44.
  EXPECT_DOUBLE_EQ(r.allocations[1].allowed_t, 76.0);
  EXPECT_DOUBLE_EQ(r.allocations[2].allowed_t, 44.0);
  EXPECT_FALSE(r.allocations[0].beyond_potential);
  // A cap of 90 needs a cut of 60, more than the potentials' 50: allocated (sums to 90) and flagged.
  target.cap_t = 90.0;
  r = split_target(province(), target, SplitRule::AbatementPotential);
  EXPECT_DOUBLE_EQ(r.allocations[1].allowed_t, 52.0);  // 100 − 60 × 0.8
  EXPECT_DOUBLE_EQ(r.allocations[2].allowed_t, 38.0);  // 50 − 60 × 0.2
  EXPECT_TRUE(r.allocations[0].beyond_potential && r.allocations[1].beyond_potential);
  // No cut needed (cap 200 > 150): the slack is shared like the baselines, everyone meets it.
  target.cap_t = 200.0;
  r = split_target(province(), target, SplitRule::AbatementPotential);
  EXPECT_NEAR(r.allocations[1].allowed_t, 200.0 * 100 / 150, 1e-12);
  EXPECT_TRUE(r.allocations[1].meets && r.allocations[2].meets);
}

TEST(RegionSplit, ThreeLevelsAddUpAtEveryLevel) {
  RegionNode city;
  city.name = "city";
  city.members = {twin_member("district 1", 30, 20, 6), twin_member("district 2", 20, 5, 4)};
  RegionNode root;
  root.name = "province";
  root.members = {twin_member("A", 100, 60, 20), city};
  ASSERT_TRUE(validate_region(root).empty());
  for (SplitRule rule : {SplitRule::EqualIntensityCut, SplitRule::AbatementPotential}) {
    RegionTarget target;
    target.cap_t = 110.0;
    const SplitResult r = split_target(root, target, rule);
    ASSERT_TRUE(r.errors.empty());
    ASSERT_EQ(r.allocations.size(), 5u);  // province, A, city, district 1, district 2
    EXPECT_EQ(r.allocations[3].path, "province/city/district 1");
    EXPECT_NEAR(sum_of_members(r, 1), 110.0, 1e-9);
    EXPECT_NEAR(r.allocations[3].allowed_t + r.allocations[4].allowed_t, r.allocations[2].allowed_t, 1e-9);
  }
}

TEST(RegionValidate, BadTreesAndTargetsAreNamed) {
  RegionNode root = province();
  root.members[1].name = "A";
  root.members.push_back(RegionNode{"empty", std::nullopt, {}});
  root.members[0].leaf->gdp_10k_yuan[3] = -1.0;
  const std::vector<std::string> errors = validate_region(root);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_NE(errors[0].find("gdp_10k_yuan of 2023"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("two members named 'A'"), std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("province/empty"), std::string::npos) << errors[2];
  RegionTarget target;  // neither a cut nor a cap
  EXPECT_FALSE(split_target(province(), target, SplitRule::EqualIntensityCut).errors.empty());
  target.cap_t = 1.0;
  target.target_year = 2020;
  EXPECT_FALSE(split_target(province(), target, SplitRule::EqualIntensityCut).errors.empty());
}

}  // namespace
}  // namespace twin::region
