// The scenario's own grid mix path in the yearly pathway: it replaces the baseline path year by year
// (hand interpolation × fossil factor × calibration, then the pathway's base-year anchoring), and
// validate_scenario names its bad points.
#include <gtest/gtest.h>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/emissions/factor_set.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::pathway {
namespace {

TEST(PathwayGridMixPath, ReplacesTheBaselinePathYearByYear) {
  const Baseline& base = test::default_annual_baseline();
  Scenario s = default_scenario();
  s.grid_region = emissions::GridRegion::EastChina;
  s.grid_mix_path = {{2025, 0.40}, {2035, 0.60}, {2050, 0.95}};
  ASSERT_TRUE(validate_scenario(s).empty());
  const PathwayResult r = evaluate_pathway(base, s);
  const PathwayResult plain = evaluate_pathway(base, [] {
    Scenario p = default_scenario();
    p.grid_region = emissions::GridRegion::EastChina;
    return p;
  }());
  const double k = energy_mix::region_calibration(emissions::GridRegion::EastChina);
  // The anchor: the published base-year factor over the baseline mix's own base-year factor.
  const double published = emissions::factors_for_year(base.base_year, s.grid_region).of(emissions::Carrier::Electricity).kg_per_kwh;
  const double base_mix = plain.years[base.base_year - kFirstYear].grid.mix.grid_factor_kg_per_kwh;
  const struct { int year; double share; } hand[] = {
      {2020, 0.40},   // flat before the first point
      {2028, 0.46},   // 0.40 + 3/10 × 0.20
      {2040, 0.60 + 5.0 / 15.0 * 0.35},  // = 0.71667
      {2060, 0.95}};  // flat after the last point
  for (const auto& h : hand) {
    const PathwayYear& y = r.years[h.year - kFirstYear];
    EXPECT_NEAR(y.grid.mix.nonfossil_share, h.share, 1e-14) << h.year;
    const double mix = k * (1.0 - h.share) * energy_mix::fossil_factor_kg_per_kwh(h.year);
    EXPECT_NEAR(y.grid.mix.grid_factor_kg_per_kwh, mix, 1e-12) << h.year;
    // No green power by default: the city's factor is the grid's, anchored to the base year.
    EXPECT_NEAR(y.grid.electricity_kg_per_kwh, published * mix / base_mix, 1e-12) << h.year;
  }
  // 0.95 is greener than the baseline's 0.90 of 2060 (assets/energy_mix): it lowers 2060's electricity factor and the net emissions.
  EXPECT_LT(r.years.back().grid.electricity_kg_per_kwh, plain.years.back().grid.electricity_kg_per_kwh);
  EXPECT_LT(r.years.back().net_t, plain.years.back().net_t);
}

TEST(PathwayGridMixPath, ValidateScenarioNamesBadPoints) {
  Scenario s = default_scenario();
  s.grid_mix_path = {{2030, 0.5}, {2025, 1.2}};
  const auto errors = validate_scenario(s);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].where, "grid_mix_path[1]");
  EXPECT_EQ(errors[0].field, "year");
  EXPECT_EQ(errors[1].where, "grid_mix_path[1]");
  EXPECT_EQ(errors[1].field, "nonfossil_share");
}

}  // namespace
}  // namespace twin::pathway
