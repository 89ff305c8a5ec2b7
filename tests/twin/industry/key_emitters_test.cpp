// Key emitters: ranking, shares, the ETS threshold flags and the per-plant what-if.
#include "twin/industry/key_emitters.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace twin::industry {
namespace {

// A plant whose only energy is `mwh` of measured electricity: with a grid factor of 1 kg/kWh its net
// emissions are exactly `mwh` tonnes (mwh × 1000 kWh × 1 kg / 1000).
Plant electric_plant(const char* name, double mwh) {
  Plant p;
  p.name = name;
  p.sector = Sector::OtherManufacturing;
  p.route = Route::OtherManufacturing;
  p.output = 1.0;
  p.has_xy = true;
  p.has_energy = true;
  p.energy_kwh[static_cast<int>(Carrier::Electricity)] = mwh * 1000.0;
  return p;
}

constexpr IndustryFactors kUnitGrid{1.0, 0.0};

TEST(IndustryKeyEmitters, RankedWithSharesAndThresholds) {
  // Nets 10 000, 26 000 (exactly the threshold), 64 000 and 25 999 t: total 125 999 t.
  const std::vector<Plant> plants{electric_plant("small", 10000.0), electric_plant("edge", 26000.0),
                                  electric_plant("big", 64000.0), electric_plant("below", 25999.0)};
  const IndustryYear year = evaluate_industry_year(plants, {}, {}, kUnitGrid);
  const auto ranked = rank_key_emitters(year);
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_EQ(ranked[0].plant, 2u);
  EXPECT_EQ(ranked[1].plant, 1u);
  EXPECT_EQ(ranked[2].plant, 3u);
  EXPECT_EQ(ranked[3].plant, 0u);
  for (int r = 0; r < 4; ++r) EXPECT_EQ(ranked[r].rank, r + 1);
  EXPECT_EQ(ranked[0].net_t, 64000.0);
  EXPECT_DOUBLE_EQ(ranked[0].share, 64000.0 / 125999.0);
  double shares = 0.0;
  for (const auto& k : ranked) shares += k.share;
  EXPECT_NEAR(shares, 1.0, 1e-15);
  // 26 000 tCO2e is the inclusion threshold itself (≥), 25 999 is not.
  EXPECT_TRUE(ranked[0].above_ets_threshold);
  EXPECT_TRUE(ranked[1].above_ets_threshold);
  EXPECT_FALSE(ranked[2].above_ets_threshold);
  EXPECT_FALSE(ranked[3].above_ets_threshold);
  // Energy: 64 000 MWh / 8.141 = 7861.5 tce < 10 000 tce; 26 000 MWh = 3193.7 tce.
  EXPECT_NEAR(ranked[0].energy_tce, 64000.0e3 * 3600.0 / 29307.6 / 1000.0, 1e-6);
  EXPECT_FALSE(ranked[0].above_energy_threshold);
  const auto bigger = rank_key_emitters(evaluate_industry_year(
      std::vector<Plant>{electric_plant("huge", 81500.0)}, {}, {}, kUnitGrid));  // 10 010.9 tce
  EXPECT_TRUE(bigger[0].above_energy_threshold);
  EXPECT_EQ(bigger[0].share, 1.0);
}

TEST(IndustryKeyEmitters, TiesKeepListOrderAndEmptyListIsEmpty) {
  const std::vector<Plant> plants{electric_plant("a", 5.0), electric_plant("b", 5.0)};
  const auto ranked = rank_key_emitters(evaluate_industry_year(plants, {}, {}, kUnitGrid));
  EXPECT_EQ(ranked[0].plant, 0u);
  EXPECT_EQ(ranked[1].plant, 1u);
  EXPECT_TRUE(rank_key_emitters(IndustryYear{}).empty());
}

TEST(IndustryKeyEmitters, WhatIfChangesOnePlantOnly) {
  // The clinker kiln (1 Mt: net 890 562.2752 t with the 2021 grid factor, see industry_model_test) and
  // two electric plants. The kiln alone gets 50 % CCUS; the city keeps 10 % efficiency everywhere.
  Plant kiln;
  kiln.name = "kiln";
  kiln.sector = Sector::Cement;
  kiln.route = Route::CementClinker;
  kiln.output = 1.0e6;
  kiln.has_xy = true;
  const std::vector<Plant> plants{electric_plant("e1", 1300000.0), kiln, electric_plant("e2", 1000.0)};
  const IndustryFactors f{0.5568, 0.396};
  IndustryLevers city;
  city.efficiency_pct = 10.0;
  IndustryLevers own = city;
  own.ccus_capture_pct = 50.0;

  const PlantWhatIf w = plant_what_if(plants, 1, {}, city, own, f);
  const IndustryYear base = evaluate_industry_year(plants, {}, city, f);
  EXPECT_EQ(w.before.account.net_t, base.plants[1].account.net_t);
  EXPECT_EQ(w.industry_before_t, base.total.net_t);
  EXPECT_EQ(w.after.account.net_t, evaluate_plant(kiln, {}, own, f).account.net_t);
  // With 10 % efficiency the kiln's coal emits 0.9 × 332 699.8752 = 299 429.88768 t; captured
  // 0.5 × (299 429.88768 + 520 000) = 409 714.94384 t.
  EXPECT_NEAR(w.after.account.captured_t, 409714.94384, 1e-6);
  EXPECT_DOUBLE_EQ(w.delta_t, w.after.account.net_t - w.before.account.net_t);
  EXPECT_LT(w.delta_t, 0.0);
  EXPECT_NEAR(w.industry_after_t, w.industry_before_t + w.delta_t, 1e-6);
  // Before: kiln 1st (0.9 × 370 562.2752 + 520 000 = 853 506.0 t) ahead of e1 (0.9 × 1.3e6 MWh × 0.5568
  // = 651 456 t). After CCUS: 819 429.9 + 34 076.2 (electricity) + 150 972 (penalty heat 3.35 GJ/t ×
  // 0.396 kg/kWh) + 22 813 (penalty electricity) − 409 714.9 ≈ 617 576 t, below e1: 2nd.
  EXPECT_EQ(w.rank_before, 1);
  EXPECT_EQ(w.rank_after, 2);
  EXPECT_GT(w.share_before, w.share_after);
  // The same levers for the plant as for the city change nothing.
  const PlantWhatIf same = plant_what_if(plants, 1, {}, city, city, f);
  EXPECT_EQ(same.delta_t, 0.0);
  EXPECT_EQ(same.industry_after_t, same.industry_before_t);
}

}  // namespace
}  // namespace twin::industry
