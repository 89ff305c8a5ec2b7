// Inventory rows, GWPs, totals and the buildings + transport adapter: hand calculations and the
// invariant of issue 9 — every total equals the sum of its rows' activity × factor (× GWP).
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "twin/emissions/accounting.hpp"
#include "twin/inventory/energy_rows.hpp"
#include "twin/inventory/gwp.hpp"
#include "twin/inventory/inventory_row.hpp"
#include "twin/inventory/sources.hpp"
#include "twin/inventory/totals.hpp"
#include "twin/sinks/sink_rates.hpp"
#include "twin/waste/waste_params.hpp"

namespace twin::inventory {
namespace {

using emissions::Carrier;
using emissions::Sector;

std::vector<InventoryRow> mixed_rows(GwpSet set) {
  return {
      // 10 t DDOCm × 0.6 tCH4/t = 6 tCH4
      make_row(InventorySector::Waste, "landfill", Gas::Ch4, Scope::Scope1, 10.0, "t DDOCm", 0.6, "tCH4/t DDOCm", 1.0,
               "ipcc2006_v5_ch3", set),
      // 1000 t × 0.2717 tCO2/t = 271.7 tCO2
      make_row(InventorySector::Waste, "incineration", Gas::Co2, Scope::Scope1, 1000.0, "t wet waste", 0.2717,
               "tCO2/t wet waste", 1.0, "provincial_guideline_2011_waste", set),
      // 1000 t × 5e-5 tN2O/t = 0.05 tN2O
      make_row(InventorySector::Waste, "incineration", Gas::N2o, Scope::Scope1, 1000.0, "t wet waste", 5.0e-5,
               "tN2O/t wet waste", 1.0, "ipcc2006_v5_ch5", set),
      // 100 ha × −3.26 tCO2/(ha·yr) = −326 tCO2
      make_row(InventorySector::LandUseForestry, "forest", Gas::Co2, Scope::Scope1, 100.0, "ha", -3.26,
               "tCO2/(ha·yr)", 1.0, "yang2022_forest_biomass", set),
      // 2e6 kWh × 0.5568 kgCO2/kWh × 1e-3 = 1113.6 tCO2 (scope 2)
      make_row(InventorySector::Buildings, "residential/electricity", Gas::Co2, Scope::Scope2, 2.0e6, "kWh", 0.5568,
               "kgCO2/kWh", 1.0e-3, "mee_nbs_grid_2021", set),
  };
}

TEST(InventoryRows, RowIsActivityTimesFactorTimesGwp) {
  const InventoryRow r = make_row(InventorySector::Waste, "landfill", Gas::Ch4, Scope::Scope1, 10.0, "t DDOCm", 0.6,
                                  "tCH4/t DDOCm", 1.0, "ipcc2006_v5_ch3", GwpSet::Ar5);
  EXPECT_DOUBLE_EQ(r.gas_t, 6.0);
  EXPECT_DOUBLE_EQ(r.gwp, 28.0);
  EXPECT_DOUBLE_EQ(r.co2e_t, 168.0);  // 6 tCH4 × 28
  const InventoryRow ar6 = make_row(InventorySector::Waste, "landfill", Gas::N2o, Scope::Scope1, 1.0, "t", 1.0, "t/t",
                                    1.0, "x", GwpSet::Ar6);
  EXPECT_DOUBLE_EQ(ar6.co2e_t, 273.0);
}

TEST(InventoryGwp, ValuesOfEachAssessmentReport) {
  EXPECT_EQ(gwp100(Gas::Co2, GwpSet::Sar), 1.0);
  EXPECT_EQ(gwp100(Gas::Ch4, GwpSet::Sar), 21.0);
  EXPECT_EQ(gwp100(Gas::N2o, GwpSet::Sar), 310.0);
  EXPECT_EQ(gwp100(Gas::Ch4, GwpSet::Ar4), 25.0);
  EXPECT_EQ(gwp100(Gas::N2o, GwpSet::Ar4), 298.0);
  EXPECT_EQ(gwp100(Gas::Ch4, GwpSet::Ar5), 28.0);
  EXPECT_EQ(gwp100(Gas::N2o, GwpSet::Ar5), 265.0);
  EXPECT_EQ(gwp100(Gas::Ch4, GwpSet::Ar6), 27.9);
  EXPECT_EQ(gwp100(Gas::N2o, GwpSet::Ar6), 273.0);
  EXPECT_EQ(kDefaultGwpSet, GwpSet::Ar5);
  GwpSet s = GwpSet::Sar;
  EXPECT_TRUE(gwp_set_from_string("ar6", &s));
  EXPECT_EQ(s, GwpSet::Ar6);
  EXPECT_FALSE(gwp_set_from_string("ar7", &s));
}

TEST(InventoryTotals, TotalsEqualTheSumOfActivityTimesFactorRows) {
  for (int set = 0; set < kGwpSetCount; ++set) {
    const auto gwp_set = static_cast<GwpSet>(set);
    const std::vector<InventoryRow> rows = mixed_rows(gwp_set);
    EXPECT_TRUE(validate_rows(rows).empty());
    const InventoryTotals t = sum_rows(rows);
    const double ch4 = gwp100(Gas::Ch4, gwp_set), n2o = gwp100(Gas::N2o, gwp_set);
    // By hand: waste = 6 × GWP_CH4 + 271.7 + 0.05 × GWP_N2O; LULUCF = −326; buildings = 1113.6.
    EXPECT_NEAR(t.sector_co2e_t(InventorySector::Waste), 6.0 * ch4 + 271.7 + 0.05 * n2o, 1e-9);
    EXPECT_NEAR(t.sector_co2e_t(InventorySector::LandUseForestry), -326.0, 1e-9);
    EXPECT_NEAR(t.sector_co2e_t(InventorySector::Buildings), 1113.6, 1e-9);
    EXPECT_NEAR(t.at(InventorySector::Waste, Gas::Ch4, Scope::Scope1), 6.0 * ch4, 1e-9);
    EXPECT_NEAR(t.gas_t[static_cast<int>(InventorySector::Waste)][static_cast<int>(Gas::N2o)], 0.05, 1e-15);
    EXPECT_NEAR(t.scope_co2e_t(Scope::Scope2), 1113.6, 1e-9);
    EXPECT_NEAR(t.gas_co2e_t(Gas::Co2), 271.7 - 326.0 + 1113.6, 1e-9);
    // The generic invariant: every total is Σ activity × factor × to_t × GWP over its rows.
    double sum = 0.0, removals = 0.0;
    for (const InventoryRow& r : rows) {
      const double v = r.activity_value * r.factor_value * r.factor_to_t * gwp100(r.gas, gwp_set);
      sum += v;
      if (v < 0.0) removals += v;
    }
    EXPECT_NEAR(t.total_co2e_t(), sum, 1e-9 * std::fabs(sum));
    EXPECT_NEAR(t.removals_t, removals, 1e-12);
    EXPECT_NEAR(t.gross_emissions_t + t.removals_t, t.total_co2e_t(), 1e-9);
  }
}

TEST(InventoryRows, ValidationNamesTheRowAndField) {
  std::vector<InventoryRow> rows = mixed_rows(GwpSet::Ar5);
  rows[0].activity_value = std::nan("");
  rows[1].factor_value = -0.1;                       // negative outside land use and forestry
  rows[2].scope = Scope::Scope2;                     // scope 2 N2O
  rows[3].source_id.clear();
  rows[4].gas_t += 1.0;                              // edited by hand
  const std::vector<RowError> e = validate_rows(rows);
  auto has = [&](std::size_t row, const char* field) {
    for (const RowError& x : e)
      if (x.row == row && x.field == field) return true;
    return false;
  };
  EXPECT_TRUE(has(0, "activity_value"));
  EXPECT_TRUE(has(1, "factor_value"));
  EXPECT_TRUE(has(2, "scope"));
  EXPECT_TRUE(has(3, "source_id"));
  EXPECT_TRUE(has(4, "gas_t"));
  EXPECT_TRUE(validate_rows(mixed_rows(GwpSet::Ar5)).empty());
}

emissions::EnergyBySectorCarrier sample_energy() {
  emissions::EnergyBySectorCarrier e;
  e.at(Sector::Residential, Carrier::Electricity) = 3.0e8;
  e.at(Sector::Residential, Carrier::NaturalGas) = 1.2e8;
  e.at(Sector::Commercial, Carrier::DistrictHeat) = 5.0e7;
  e.at(Sector::Industry, Carrier::Coal) = 2.0e7;
  e.at(Sector::Transport, Carrier::Gasoline) = 4.0e8;
  return e;
}

TEST(InventoryEnergyRows, RowsFromEnergyEqualTheAccountingOfTwinEmissions) {
  const emissions::FactorSet f = emissions::factors_for_year(2021, emissions::GridRegion::National);
  const emissions::EnergyBySectorCarrier e = sample_energy();
  const std::vector<InventoryRow> rows = rows_from_energy(e, f);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_TRUE(validate_rows(rows).empty());
  const emissions::EmissionsBySectorScope acc = emissions::account(e, f);
  const InventoryTotals t = sum_rows(rows);
  EXPECT_NEAR(t.total_co2e_t(), acc.total_t(), 1e-12 * acc.total_t());
  EXPECT_NEAR(t.scope_co2e_t(Scope::Scope2), acc.scope_t(emissions::Scope::Scope2), 1e-12 * acc.total_t());
  // Residential electricity by hand: 3e8 kWh × 0.5568 kgCO2/kWh = 167 040 tCO2, scope 2, buildings.
  EXPECT_EQ(rows[0].sector, InventorySector::Buildings);
  EXPECT_EQ(rows[0].subsector, "residential/electricity");
  EXPECT_EQ(rows[0].scope, Scope::Scope2);
  EXPECT_NEAR(rows[0].co2e_t, 167040.0, 1e-6);
  EXPECT_EQ(std::string(rows[0].source_id), "mee_nbs_grid_2021");
  EXPECT_NEAR(t.sector_co2e_t(InventorySector::Transport), acc.sector_t(Sector::Transport), 1e-6);
  EXPECT_NEAR(t.sector_co2e_t(InventorySector::Industry), acc.sector_t(Sector::Industry), 1e-6);
}

TEST(InventoryEnergyRows, RowsFromEmissionsRecoverTheActivity) {
  const emissions::FactorSet f = emissions::factors_for_year(2022, emissions::GridRegion::EastChina);
  const emissions::EnergyBySectorCarrier e = sample_energy();
  std::vector<AdapterError> errors;
  const std::vector<InventoryRow> rows = rows_from_emissions(emissions::account(e, f), f, &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_NEAR(rows[0].activity_value, 3.0e8, 1e-6);  // kWh recovered from tCO2 / factor
  EXPECT_NEAR(sum_rows(rows).total_co2e_t(), emissions::account(e, f).total_t(), 1e-9);
  // A carrier with emissions but no factor cannot be traced: reported, not dropped silently.
  emissions::FactorSet broken = f;
  broken.of(Carrier::NaturalGas).kg_per_kwh = 0.0;
  errors.clear();
  const std::vector<InventoryRow> partial = rows_from_emissions(emissions::account(e, f), broken, &errors);
  EXPECT_EQ(partial.size(), 4u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].carrier, Carrier::NaturalGas);
}

TEST(InventorySources, EveryFactorOfWasteSinksAndGwpIsCited) {
  for (const auto& r : waste::waste_param_rows()) EXPECT_STRNE(source_citation(r.source_id), "unknown source") << r.key;
  for (const auto& r : sinks::sink_rate_rows())
    EXPECT_STRNE(source_citation(r.source_id), "unknown source") << sinks::to_string(r.type);
  for (const auto& r : gwp_rows()) EXPECT_STRNE(source_citation(r.source_id), "unknown source");
  EXPECT_STRNE(source_citation("mee_nbs_grid_2022"), "unknown source");  // falls through to twin/emissions
  EXPECT_STREQ(source_citation("no-such-id"), "unknown source");
}

}  // namespace
}  // namespace twin::inventory
