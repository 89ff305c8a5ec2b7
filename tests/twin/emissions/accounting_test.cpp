// Closed-form checks of the carrier × factor accounting (twin/emissions/accounting.hpp).
#include "twin/emissions/accounting.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

namespace twin::emissions {
namespace {

// Factors are stored as kg/TJ ÷ 277 777.7… kWh/TJ: a few ulps of rounding, hence 1e-12 relative.
constexpr double kRel = 1e-12;

TEST(EmissionAccounting, OneMwhOfElectricityIn2022IsTheNationalFactor) {
  const FactorSet f = factors_for_year(2022, GridRegion::National);
  const auto e = account({{Sector::Residential, Carrier::Electricity, 1000.0}}, f);
  EXPECT_NEAR(e.total_t(), 0.5366, 0.5366 * kRel);
  EXPECT_NEAR(e.at(Sector::Residential, Scope::Scope2), 0.5366, 0.5366 * kRel);
  EXPECT_EQ(e.at(Sector::Residential, Scope::Scope1), 0.0);
}

TEST(EmissionAccounting, OneGjOfNaturalGasIs56Point1Kg) {
  const FactorSet f = factors_for_year(2022, GridRegion::National);
  const auto e = account({{Sector::Commercial, Carrier::NaturalGas, kKwhPerGj}}, f);
  EXPECT_NEAR(e.total_t(), 0.0561, 0.0561 * kRel);  // 56 100 kg/TJ = 56.1 kg/GJ
  EXPECT_NEAR(e.at(Sector::Commercial, Scope::Scope1), 0.0561, 0.0561 * kRel);
}

TEST(EmissionAccounting, OneGjOfDistrictHeatIs0Point11Tonnes) {
  const FactorSet f = factors_for_year(2020, GridRegion::National);
  const auto e = account({{Sector::Residential, Carrier::DistrictHeat, kKwhPerGj}}, f);
  EXPECT_NEAR(e.total_t(), 0.11, 0.11 * kRel);
  EXPECT_NEAR(e.at(Sector::Residential, Scope::Scope2), 0.11, 0.11 * kRel);
  EXPECT_NEAR(f.of(Carrier::DistrictHeat).kg_per_kwh, 0.396, 0.396 * kRel);
}

TEST(EmissionAccounting, OneTonneOfRawCoalByNcvAndIpccFactor) {
  // 1 t × 20 908 kJ/kg = 20.908 GJ; × 94.6 kgCO2/GJ = 1.9778968 t.
  const double kwh = energy_kwh_of_quantity(Carrier::Coal, 1000.0);
  EXPECT_NEAR(kwh, 20.908 * kKwhPerGj, 1e-9);
  const auto e = account({{Sector::Industry, Carrier::Coal, kwh}}, factors_for_year(2022, GridRegion::National));
  EXPECT_NEAR(e.total_t(), 20.908 * 0.0946, 1.9778968 * kRel);
  // 10⁴ Nm³ of natural gas = 389.31 GJ.
  EXPECT_NEAR(energy_kwh_of_quantity(Carrier::NaturalGas, 1.0e4), 389.31 * kKwhPerGj, 1e-6);
  EXPECT_EQ(energy_kwh_of_quantity(Carrier::Electricity, 5.0), 0.0);
}

TEST(EmissionFactors, GridYearIsClampedToThePublishedYears) {
  const FactorSet y2020 = factors_for_year(2020, GridRegion::National);
  EXPECT_EQ(y2020.of(Carrier::Electricity).kg_per_kwh, 0.5568);
  EXPECT_EQ(y2020.of(Carrier::Electricity).source_year, 2021);
  EXPECT_EQ(factors_for_year(2021, GridRegion::National).of(Carrier::Electricity).kg_per_kwh, 0.5568);
  EXPECT_EQ(factors_for_year(2023, GridRegion::National).of(Carrier::Electricity).kg_per_kwh, 0.5306);
  EXPECT_EQ(factors_for_year(2040, GridRegion::National).of(Carrier::Electricity).source_year, 2023);
  const FactorSet north = factors_for_year(2020, GridRegion::NorthChina);
  EXPECT_EQ(north.of(Carrier::Electricity).kg_per_kwh, 0.6776);  // first regional year is 2022
  EXPECT_EQ(factors_for_year(2023, GridRegion::Southwest).of(Carrier::Electricity).kg_per_kwh, 0.2472);
}

TEST(EmissionFactors, EveryCarrierHasAFactorWithACitedSource) {
  for (int r = 0; r < static_cast<int>(GridRegion::Count); ++r) {
    const FactorSet f = factors_for_year(2022, static_cast<GridRegion>(r));
    for (int c = 0; c < kCarrierCount; ++c) {
      const Factor& factor = f.carrier[c];
      EXPECT_GT(factor.kg_per_kwh, 0.0) << to_string(static_cast<Carrier>(c));
      EXPECT_STRNE(source_citation(factor.source_id), "unknown source") << to_string(static_cast<Carrier>(c));
    }
  }
  GridRegion region = GridRegion::National;
  EXPECT_TRUE(grid_region_from_string("north_china", &region));
  EXPECT_EQ(region, GridRegion::NorthChina);
  EXPECT_FALSE(grid_region_from_string("atlantis", &region));
}

TEST(EmissionAccounting, SectorAndScopeSplitsSumToTheTotal) {
  const FactorSet f = factors_for_year(2023, GridRegion::EastChina);
  std::vector<EnergyUse> uses;
  double expected_t = 0.0;
  for (int s = 0; s < kSectorCount; ++s) {
    for (int c = 0; c < kCarrierCount; ++c) {
      const double kwh = 1000.0 * (1 + s) + 37.0 * (c + 1);
      uses.push_back({static_cast<Sector>(s), static_cast<Carrier>(c), kwh});
      expected_t += kwh * f.carrier[c].kg_per_kwh / 1000.0;
    }
  }
  const auto e = account(uses, f);
  double by_sector = 0.0, by_scope = 0.0, by_carrier = 0.0;
  for (int s = 0; s < kSectorCount; ++s) by_sector += e.sector_t(static_cast<Sector>(s));
  for (int sc = 0; sc < kScopeCount; ++sc) by_scope += e.scope_t(static_cast<Scope>(sc));
  for (const auto& row : e.by_carrier_t)
    for (double v : row) by_carrier += v;
  EXPECT_NEAR(by_sector, expected_t, expected_t * 1e-13);
  EXPECT_NEAR(by_scope, expected_t, expected_t * 1e-13);
  EXPECT_NEAR(by_carrier, expected_t, expected_t * 1e-13);
  EXPECT_NEAR(e.total_t(), expected_t, expected_t * 1e-13);
  // Scope 2 is exactly electricity + heat.
  double scope2 = 0.0;
  for (const auto& row : e.by_carrier_t)
    scope2 += row[static_cast<int>(Carrier::Electricity)] + row[static_cast<int>(Carrier::DistrictHeat)];
  EXPECT_NEAR(e.scope_t(Scope::Scope2), scope2, scope2 * 1e-13);
}

TEST(EmissionAccounting, BuildingFuelsAndUsesMapOntoCarriersAndSectors) {
  EXPECT_EQ(carrier_of(Fuel::Heat), Carrier::DistrictHeat);
  EXPECT_EQ(carrier_of(Fuel::NaturalGas), Carrier::NaturalGas);
  EXPECT_EQ(carrier_of(Fuel::Coal), Carrier::Coal);
  EXPECT_EQ(carrier_of(Fuel::Electricity), Carrier::Electricity);
  EXPECT_EQ(sector_of(BuildingUse::Residential), Sector::Residential);
  EXPECT_EQ(sector_of(BuildingUse::Hospital), Sector::Commercial);
  EXPECT_EQ(sector_of(BuildingUse::Warehouse), Sector::Commercial);
  EXPECT_EQ(sector_of(BuildingUse::Industrial), Sector::Industry);
  EXPECT_EQ(scope_of(Carrier::Coal), Scope::Scope1);
  EXPECT_EQ(scope_of(Carrier::DistrictHeat), Scope::Scope2);
  for (int c = 0; c < kCarrierCount; ++c) EXPECT_STRNE(to_string(static_cast<Carrier>(c)), "unknown");
}

}  // namespace
}  // namespace twin::emissions
