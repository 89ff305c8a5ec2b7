// The inventory rows of a pathway year (year_inventory.hpp): for every year, Σ rows by pathway sector
// equals the pathway's emissions by sector and Σ of all rows equals net_t (1e-9 relative), with and
// without the local energy system, with CCUS and with PV exports; every row is activity × factor with a
// source that resolves to a citation.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/inventory/agriculture.hpp"
#include "twin/inventory/sources.hpp"
#include "twin/sinks/sink_areas.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/year_inventory.hpp"
#include "twin/transport/activity.hpp"

namespace twin::pathway {
namespace {

using emissions::Sector;

bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max({std::abs(a), std::abs(b), 1.0}); }

// Checks every year of `r` against its rows; returns the rows of year index k_keep for further checks.
YearInventory check_all_years(const Baseline& base, const PathwayResult& r, int k_keep) {
  YearInventory kept;
  for (const PathwayYear& y : r.years) {
    const YearInventory inv = pathway_year_inventory(base, y);
    EXPECT_EQ(inv.rows.size(), inv.pathway_line.size());
    EXPECT_TRUE(inventory::validate_rows(inv.rows).empty()) << y.year;
    EXPECT_TRUE(check_year_inventory(inv, y).empty()) << y.year;
    std::array<double, kLineCount> by{};
    double all = 0.0;
    for (std::size_t i = 0; i < inv.rows.size(); ++i) {
      by[inv.pathway_line[i]] += inv.rows[i].co2e_t;
      all += inv.rows[i].co2e_t;
      EXPECT_STRNE(inventory::source_citation(inv.rows[i].source_id), "unknown source")
          << y.year << " " << inv.rows[i].subsector << " " << inv.rows[i].source_id;
    }
    for (int s = 0; s < emissions::kSectorCount; ++s)
      EXPECT_TRUE(close(by[s], y.emissions.sector_t(static_cast<Sector>(s))))
          << y.year << " sector " << emissions::to_string(static_cast<Sector>(s)) << ": rows " << by[s] << " t, pathway "
          << y.emissions.sector_t(static_cast<Sector>(s)) << " t";
    EXPECT_TRUE(close(by[kLineAgriculture], y.agriculture_t)) << y.year;
    EXPECT_TRUE(close(by[kLineExportCredit], -y.pv_export_credit_t)) << y.year;
    EXPECT_TRUE(close(all, y.net_t)) << y.year << ": rows " << all << " t, net " << y.net_t << " t";
    if (y.year == kFirstYear + k_keep) kept = inv;
  }
  return kept;
}

// A synthetic city day's travel (as transport_pathway_test.cpp), so that the year has EVs and metro.
Baseline with_transport(Baseline b) {
  transport::TravelActivity a;
  a.population = 1.0e6;
  a.vehicle_km_per_day[static_cast<int>(transport::Mode::Car)] = 5.0e6;
  a.vehicle_km_per_day[static_cast<int>(transport::Mode::Taxi)] = 1.0e6;
  a.vehicle_km_per_day[static_cast<int>(transport::Mode::Bus)] = 0.3e6;
  a.vehicle_km_per_day[static_cast<int>(transport::Mode::Metro)] = 2.0e4;
  a.passenger_km_per_day[static_cast<int>(transport::Mode::Car)] = 7.0e6;
  a.trips_per_day[static_cast<int>(transport::Mode::Car)] = 0.8e6;
  b.transport.base = a;
  return b;
}

const inventory::InventoryRow* find(const YearInventory& inv, std::string_view subsector) {
  for (const inventory::InventoryRow& r : inv.rows)
    if (r.subsector == subsector) return &r;
  return nullptr;
}

TEST(PathwayYearInventory, RowsSumToEverySectorWithTheLocalEnergySystem) {
  const Baseline base = with_transport(test::default_baseline());
  ASSERT_TRUE(base.local_supply.present());
  ASSERT_TRUE(base.transport.present());
  const PathwayResult r = evaluate_pathway(base, default_scenario());
  const YearInventory y2030 = check_all_years(base, r, 10);
  // Buildings' electricity at the balance's buildings factor, EVs at theirs (not the grid factor).
  const PathwayYear& y = r.years[10];
  const inventory::InventoryRow* res = find(y2030, "residential/electricity");
  ASSERT_NE(res, nullptr);
  EXPECT_EQ(res->factor_value, y.local_supply.buildings_factor_kg_per_kwh);
  EXPECT_EQ(res->source_id, "pathway_local_balance");
  const inventory::InventoryRow* ev = find(y2030, "road_and_rail/electricity/ev_charging");
  ASSERT_NE(ev, nullptr);
  ASSERT_NE(find(y2030, "road_and_rail/electricity/metro"), nullptr);
  EXPECT_EQ(ev->factor_value, y.local_supply.ev_factor_kg_per_kwh);
  EXPECT_NE(ev->factor_value, y.grid_factor_kg_per_kwh);
  // The balance's export is credited at the grid factor, outside the sectors.
  const inventory::InventoryRow* credit = find(y2030, "local_balance/export_credit");
  if (y.pv_export_kwh > 0.0) {
    ASSERT_NE(credit, nullptr);
    EXPECT_EQ(credit->factor_value, -y.grid_factor_kg_per_kwh);
  }
}

TEST(PathwayYearInventory, RowsSumToEverySectorAtTheAnnualGridFactor) {
  const Baseline& base = test::default_annual_baseline();
  const PathwayResult r = evaluate_pathway(base, default_scenario());
  const YearInventory y2020 = check_all_years(base, r, 0);
  const inventory::InventoryRow* com = find(y2020, "commercial/electricity");
  ASSERT_NE(com, nullptr);
  EXPECT_EQ(com->factor_value, r.years[0].grid_factor_kg_per_kwh);
  // Plants' coal at the IPCC 2006 default 94 600 kgCO2/TJ × 3.6e-6 TJ/kWh = 0.34056 kgCO2/kWh.
  const inventory::InventoryRow* coal = find(y2020, "plants/coal");
  ASSERT_NE(coal, nullptr);
  EXPECT_NEAR(coal->factor_value, 0.34056, 1e-12);
}

TEST(PathwayYearInventory, CcusCaptureIsANegativeRowInIndustryAndProcesses) {
  Scenario s = default_scenario();
  s.lever(LeverId::IndustryCcusPct) = {2025, 5, 90.0};  // 90 % from 2030
  for (const Baseline* base : {&test::default_baseline(), &test::default_annual_baseline()}) {
    const PathwayResult r = evaluate_pathway(*base, s);
    const YearInventory y2030 = check_all_years(*base, r, 10);
    const inventory::InventoryRow* comb = find(y2030, "plants/combustion/ccus_capture");
    const inventory::InventoryRow* proc = find(y2030, "plants/process/ccus_capture");
    ASSERT_NE(comb, nullptr);
    ASSERT_NE(proc, nullptr);
    EXPECT_EQ(comb->factor_value, -0.9);
    EXPECT_EQ(proc->factor_value, -0.9);
    // 0.9 × (combustion + process) = the plants' capture.
    EXPECT_NEAR(comb->co2e_t + proc->co2e_t, -r.years[10].industry.captured_t, 1e-9 * r.years[10].industry.captured_t);
  }
}

TEST(PathwayYearInventory, RooftopPvExportCreditWithoutTheLocalSystem) {
  Scenario s = default_scenario();
  s.lever(LeverId::RooftopPvCoveragePct) = {2021, 0, 60.0};  // the lever's maximum
  const Baseline& base = test::default_annual_baseline();
  const PathwayResult r = evaluate_pathway(base, s);
  const YearInventory y2030 = check_all_years(base, r, 10);
  const PathwayYear& y = r.years[10];
  ASSERT_GT(y.pv_export_kwh, 0.0);
  const inventory::InventoryRow* credit = find(y2030, "rooftop_pv/export_credit");
  ASSERT_NE(credit, nullptr);
  // exported kWh × −grid factor / 1000 = −credit.
  EXPECT_EQ(credit->activity_value, y.pv_export_kwh);
  EXPECT_NEAR(credit->co2e_t, -y.pv_export_credit_t, 1e-9 * y.pv_export_credit_t);
}

TEST(PathwayYearInventory, NegativeFactorsOnlyForRemovalsCaptureAndCredits) {
  const auto row = [](inventory::InventorySector sector, const char* sub) {
    return inventory::make_row(sector, sub, inventory::Gas::Co2, emissions::Scope::Scope1, 10.0, "t", -0.5, "t/t",
                               1.0, "carbontwin_assumption", inventory::kDefaultGwpSet);
  };
  EXPECT_TRUE(inventory::validate_rows({row(inventory::InventorySector::Industry, "plants/combustion/ccus_capture")}).empty());
  EXPECT_TRUE(inventory::validate_rows({row(inventory::InventorySector::EnergySupply, "rooftop_pv/export_credit")}).empty());
  EXPECT_FALSE(inventory::validate_rows({row(inventory::InventorySector::Industry, "plants/coal")}).empty());
}

TEST(PathwayYearInventory, AgricultureIsFarmlandTimesTheNationalNitrogenRate) {
  // Fertiliser N = farmland ha × 170.6 kg N/ha / 1000; N2O per t N = (EF1 0.01 + FracGASF 0.1 × EF4 0.01 +
  // FracLEACH 0.3 × EF5 0.0075) × 44/28 = 0.01325 × 44/28 = 0.020821428… t N2O; × AR5 GWP 265.
  // The default city's 6625.14 ha of farmland → 1130.25 t N → 23.53 t N2O → 6236 tCO2e every year.
  const Baseline& base = test::default_baseline();
  ASSERT_TRUE(base.has_agriculture);
  const double farmland_ha = base.sink_areas.area_ha[static_cast<int>(sinks::SinkType::Farmland)];
  ASSERT_GT(farmland_ha, 0.0);
  const double expected_t = farmland_ha * 170.6 / 1000.0 * 0.01325 * 44.0 / 28.0 * 265.0;
  const PathwayResult r = evaluate_pathway(base, default_scenario());
  for (const PathwayYear& y : r.years) EXPECT_NEAR(y.agriculture_t, expected_t, 1e-9 * expected_t) << y.year;
  const YearInventory inv = pathway_year_inventory(base, r.years[10]);
  int agriculture_rows = 0;
  for (std::size_t i = 0; i < inv.rows.size(); ++i)
    if (inv.pathway_line[i] == kLineAgriculture) {
      ++agriculture_rows;
      EXPECT_EQ(inv.rows[i].sector, inventory::InventorySector::Agriculture);
      EXPECT_EQ(inv.rows[i].gas, inventory::Gas::N2o);
      EXPECT_EQ(inv.rows[i].activity_value, base.agriculture.synthetic_fertiliser_n_t);
    }
  EXPECT_EQ(agriculture_rows, 2);  // direct and indirect N2O
  // A baseline without agriculture has none, and its gross is lower by exactly that line.
  Baseline without = base;
  without.has_agriculture = false;
  const PathwayResult w = evaluate_pathway(without, default_scenario());
  EXPECT_EQ(w.years[10].agriculture_t, 0.0);
  EXPECT_NEAR(r.years[10].gross_t - w.years[10].gross_t, expected_t, 1e-6);
  EXPECT_EQ(r.milestones.peak_year, w.milestones.peak_year);  // a constant line moves no peak
}

TEST(PathwayYearInventory, NitrogenRateEqualsTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  const std::string text = twin::test::read_text_file(std::string(CT_ASSETS_DIR) + "/inventory/agriculture_activity.csv");
  const auto csv = twin::test::parse_csv(text);
  ASSERT_EQ(csv.size(), 1u);
  EXPECT_EQ(csv[0].at("key"), "cropland_fertiliser_n");
  EXPECT_EQ(std::stod(csv[0].at("value")), inventory::kCroplandFertiliserNKgPerHa);
  EXPECT_EQ(csv[0].at("source_id"), inventory::kCroplandFertiliserNSource);
  EXPECT_STRNE(inventory::source_citation(csv[0].at("source_id")), "unknown source");
#else
  GTEST_SKIP() << "needs the data files (native build only)";
#endif
}

}  // namespace
}  // namespace twin::pathway
