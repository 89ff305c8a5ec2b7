// Activities read from the pathway: the rebuilt base stock equals the pathway's 2020 floor area, and
// the lever-driven activities follow their definitions (activity.hpp).
#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/cost/activity.hpp"

namespace twin::cost {
namespace {

using pathway::LeverId;

TEST(CostActivity, BaseStockEqualsThePathwayInTheBaseYear) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  const pathway::Scenario s = pathway::default_scenario();
  const pathway::PathwayResult r = pathway::evaluate_pathway(base, s);
  const std::vector<BaseStockYear> stock = base_stock_by_year(base, s.options);
  ASSERT_EQ(stock.size(), static_cast<std::size_t>(pathway::kYearCount));
  double segments_m2 = 0.0, pre2010_m2 = 0.0;
  for (const pathway::Segment& seg : base.segments) {
    segments_m2 += seg.floor_area_m2;
    if (seg.vintage < pathway::Vintage::From2010) pre2010_m2 += seg.floor_area_m2;
  }
  // 2020: every cohort at S(age)/S(age) = 1, nothing new built in the base year.
  EXPECT_NEAR(stock[0].all_m2, segments_m2, 1e-9 * segments_m2);
  EXPECT_NEAR(stock[0].pre2010_m2, pre2010_m2, 1e-9 * pre2010_m2);
  double pathway_m2 = 0.0;
  for (emissions::Sector sec : {emissions::Sector::Residential, emissions::Sector::Commercial, emissions::Sector::Industry})
    pathway_m2 += r.years[0].floor_area_m2[static_cast<int>(sec)];
  EXPECT_NEAR(stock[0].all_m2, pathway_m2, 1e-9 * pathway_m2);
  EXPECT_GT(stock[0].pre2010_m2, 0.0);
  EXPECT_LE(stock[40].all_m2, stock[0].all_m2);  // the base stock only shrinks
}

TEST(CostActivity, LeverDrivenActivities) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  pathway::Scenario s = pathway::default_scenario();
  s.lever(LeverId::ForestAddedHa) = {2025, 0, 800.0};
  s.lever(LeverId::CookingHotWaterElectrificationPct) = {2021, 0, 50.0};
  const pathway::PathwayResult r = pathway::evaluate_pathway(base, s);
  const std::vector<PlantsYear> plants = plants_by_year(base, s, r);
  const std::vector<ActivityYear> a = activity_by_year(base, s, r, plants);
  const std::vector<BaseStockYear> stock = base_stock_by_year(base, s.options);
  const int k = 2030 - pathway::kFirstYear;
  EXPECT_EQ(a[k][static_cast<int>(CostItem::Forest)], 800.0);
  EXPECT_EQ(a[4][static_cast<int>(CostItem::Forest)], 0.0);  // 2024: before the start year
  // Households: 50 % × residents / 2.62 persons per household.
  EXPECT_NEAR(a[k][static_cast<int>(CostItem::ElectricCooking)], 0.5 * r.years[k].population / 2.62, 1e-9 * r.years[k].population);
  EXPECT_NEAR(a[k][static_cast<int>(CostItem::Retrofit)], r.years[k].retrofitted_share * stock[k].pre2010_m2, 1e-6);
  EXPECT_NEAR(a[k][static_cast<int>(CostItem::RooftopPv)], r.years[k].pv_generation_kwh / 1200.0, 1e-9 * r.years[k].pv_generation_kwh);
  EXPECT_EQ(a[k][static_cast<int>(CostItem::IndustryCcus)], r.years[k].industry.captured_t);
  // Efficiency lever of the baseline (20 % by 2060): energy saved is positive once it ramps.
  EXPECT_GT(a[k][static_cast<int>(CostItem::IndustryEfficiency)], 0.0);
  EXPECT_EQ(a[0][static_cast<int>(CostItem::IndustryEfficiency)], 0.0);
}

}  // namespace
}  // namespace twin::cost
