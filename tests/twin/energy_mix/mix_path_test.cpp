// The user's own grid mix path: hand interpolation between points, flat beyond the ends, the year's
// factor = interpolated share → (1 − share) × fossil factor × region calibration, and bad paths named.
#include "twin/energy_mix/mix_path.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "twin/energy_mix/grid_mix.hpp"

namespace twin::energy_mix {
namespace {

const std::vector<MixPathPoint> kPath = {{2025, 0.40}, {2035, 0.60}, {2050, 0.90}};

TEST(MixPath, LinearBetweenPointsFlatBeyondTheEnds) {
  // 2028: 0.40 + (2028 − 2025)/(2035 − 2025) × (0.60 − 0.40) = 0.40 + 0.3 × 0.2 = 0.46
  EXPECT_NEAR(mix_path_share(kPath, 2028), 0.46, 1e-15);
  // 2040: 0.60 + 5/15 × 0.30 = 0.70
  EXPECT_NEAR(mix_path_share(kPath, 2040), 0.70, 1e-15);
  EXPECT_EQ(mix_path_share(kPath, 2035), 0.60);  // on a point: the point
  EXPECT_EQ(mix_path_share(kPath, 2020), 0.40);  // before the first: flat
  EXPECT_EQ(mix_path_share(kPath, 2060), 0.90);  // after the last: flat
  EXPECT_EQ(mix_path_share({{2030, 0.5}}, 2045), 0.5);  // one point: flat everywhere
}

TEST(MixPath, TheYearsFactorIsTheInterpolatedMixTimesFossilFactorTimesCalibration) {
  for (const auto region : {emissions::GridRegion::National, emissions::GridRegion::NorthChina}) {
    GridMixLevers levers;
    levers.own_nonfossil_share = mix_path_share(kPath, 2028);
    GridMixYear y;
    MixError e;
    ASSERT_TRUE(grid_mix_year(region, 2028, levers, &y, &e)) << e.message;
    EXPECT_NEAR(y.nonfossil_share, 0.46, 1e-15);
    // factor = k_region × (1 − 0.46) × fossil factor(2028)
    EXPECT_NEAR(y.grid_factor_kg_per_kwh, region_calibration(region) * 0.54 * fossil_factor_kg_per_kwh(2028), 1e-12);
    EXPECT_NE(y.grid_factor_kg_per_kwh, 0.0);
  }
}

TEST(MixPath, AnEmptyPathAndAGoodPathAreValid) {
  EXPECT_TRUE(validate_mix_path({}).empty());
  EXPECT_TRUE(validate_mix_path(kPath).empty());
  EXPECT_TRUE(validate_mix_path({{2020, 0.0}, {2060, 1.0}}).empty());
}

TEST(MixPath, BadPointsAreNamedByIndexAndField) {
  const std::vector<MixPathPoint> bad = {
      {2019, 0.3}, {2030, 0.4}, {2030, 0.5}, {2025, 0.5}, {2040, 1.5}, {2041, -0.1}, {2042, std::nan("")}, {2061, 0.5}};
  const auto errors = validate_mix_path(bad);
  ASSERT_EQ(errors.size(), 7u);
  EXPECT_EQ(errors[0].index, 0);
  EXPECT_EQ(errors[0].field, "year");
  EXPECT_NE(errors[0].message.find("outside 2020–2060"), std::string::npos);
  EXPECT_EQ(errors[1].index, 2);  // 2030 after 2030: not strictly increasing
  EXPECT_EQ(errors[1].field, "year");
  EXPECT_NE(errors[1].message.find("strictly increase"), std::string::npos);
  EXPECT_EQ(errors[2].index, 3);  // 2025 after 2030
  EXPECT_EQ(errors[2].field, "year");
  EXPECT_EQ(errors[3].index, 4);  // share 1.5
  EXPECT_EQ(errors[3].field, "nonfossil_share");
  EXPECT_NE(errors[3].message.find("outside [0, 1]"), std::string::npos);
  EXPECT_EQ(errors[4].index, 5);  // share −0.1
  EXPECT_EQ(errors[4].field, "nonfossil_share");
  EXPECT_EQ(errors[5].index, 6);  // NaN
  EXPECT_EQ(errors[5].message, "not a finite number");
  EXPECT_EQ(errors[6].index, 7);  // 2061
  EXPECT_EQ(errors[6].field, "year");
  EXPECT_NE(errors[6].message.find("outside 2020–2060"), std::string::npos);
}

}  // namespace
}  // namespace twin::energy_mix
