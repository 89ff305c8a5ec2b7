// The local supply in the pathway (twin/pathway/local_supply.hpp): a city without local assets is
// priced at the grid factor exactly; the levers move the balance the way they should; and inside
// evaluate_pathway the sectors' scope 2 electricity is priced at the balance's factors, rooftop PV is a
// supply (not netted) and the export credit is the balance's export × the grid factor.
#include "twin/pathway/local_supply.hpp"

#include <gtest/gtest.h>

#include <cstdio>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/climate/typical_year.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::pathway {
namespace {

const energy::EnergyProfiles& beijing_profiles() {
  static const energy::EnergyProfiles p = [] {
    const energy::EnergyCityDef def = energy::default_energy_city_def();
    return energy::make_energy_profiles(climate::typical_year(climate::ClimateCity::Beijing), def.system,
                                        def.loads.shapes);
  }();
  return p;
}

const LocalSupplyBase& default_supply() {
  static const LocalSupplyBase b = local_supply_base(energy::default_energy_city_def(), beijing_profiles(), {}, {}, {});
  return b;
}

LocalSupplyDemand city_demand() {  // about the default city's 2020 year (kWh/yr)
  LocalSupplyDemand d;
  d.buildings_kwh = 3.0e9;
  d.heating_kwh = 2.0e8;
  d.ev_kwh = 1.0e8;
  d.industry_kwh = 2.0e9;
  d.other_kwh = 5.0e7;
  d.rooftop_pv_kwh = 3.0e7;
  d.district_heat_kwh = 4.0e9;
  return d;
}

TEST(PathwayLocalSupply, NoLocalAssetsMeansGridFactor) {
  // Nothing local: every kWh is imported at the grid factor, so every class's factor is 0.6 exactly
  // and import = demand = 3e9 + 2e8 + 1e8 + 2e9 + 5e7 = 5.35e9 kWh.
  energy::EnergyCityDef def = energy::default_energy_city_def();
  def.system = energy::EnergySystemDef{};
  def.system.grid.export_limit_kw = 0.0;
  const LocalSupplyBase b = local_supply_base(def, beijing_profiles(), {}, {}, {});
  LocalSupplyDemand d = city_demand();
  d.rooftop_pv_kwh = 0.0;
  d.district_heat_kwh = 0.0;
  const LocalSupplyYear y = local_supply_year(b, 2020, emissions::GridRegion::NorthChina, d, 0.6, {});
  ASSERT_TRUE(y.present);
  EXPECT_NEAR(y.demand_kwh, 5.35e9, 1e-6 * 5.35e9);
  EXPECT_NEAR(y.import_kwh, y.demand_kwh, 1e-9 * y.demand_kwh);
  EXPECT_EQ(y.local_generation_kwh, 0.0);
  EXPECT_NEAR(y.self_sufficiency, 0.0, 1e-12);
  EXPECT_NEAR(y.buildings_factor_kg_per_kwh, 0.6, 1e-12);
  EXPECT_NEAR(y.ev_factor_kg_per_kwh, 0.6, 1e-12);
  EXPECT_NEAR(y.rest_factor_kg_per_kwh, 0.6, 1e-12);
  EXPECT_EQ(y.plants_scope1.co2_t, 0.0);
}

TEST(PathwayLocalSupply, LeversMoveTheBalance) {
  const LocalSupplyDemand d = city_demand();
  const auto region = emissions::GridRegion::NorthChina;
  const LocalSupplyYear base = local_supply_year(default_supply(), 2030, region, d, 0.55, {});
  ASSERT_TRUE(base.present);
  std::printf("default city 2030 (synthetic demand): local %.6g kWh (PV %.6g, wind %.6g, CHP %.6g), import %.6g, "
              "export %.6g, curtailment %.6g, self-sufficiency %.4f, factors buildings %.4f EV %.4f rest %.4f, "
              "plants CO2 %.6g t\n",
              base.local_generation_kwh, base.utility_pv_kwh, base.wind_kwh, base.chp_kwh, base.import_kwh,
              base.export_kwh, base.curtailment_kwh, base.self_sufficiency, base.buildings_factor_kg_per_kwh,
              base.ev_factor_kg_per_kwh, base.rest_factor_kg_per_kwh, base.plants_scope1.co2_t);
  EXPECT_GT(base.self_sufficiency, 0.0);
  EXPECT_LT(base.self_sufficiency, 1.0);

  // +1000 MWp of PV: utility PV grows by 1e6 kWp × Σ weight × yield per kWp, i.e. by 5 × the 200 MWp.
  LocalSupplyLevers pv;
  pv.pv_added_mw = 1000.0;
  const LocalSupplyYear more_pv = local_supply_year(default_supply(), 2030, region, d, 0.55, pv);
  EXPECT_NEAR(more_pv.utility_pv_kwh, 6.0 * base.utility_pv_kwh, 1e-9 * more_pv.utility_pv_kwh);
  EXPECT_LT(more_pv.import_kwh, base.import_kwh);
  EXPECT_LT(more_pv.buildings_factor_kg_per_kwh, base.buildings_factor_kg_per_kwh);

  // All coal CHP to gas: the same CHP electricity, less CO2 from the plants and a lower local factor.
  LocalSupplyLevers gas;
  gas.chp_coal_to_gas_pct = 100.0;
  const LocalSupplyYear to_gas = local_supply_year(default_supply(), 2030, region, d, 0.55, gas);
  EXPECT_NEAR(to_gas.chp_kwh, base.chp_kwh, 1e-9 * base.chp_kwh);
  EXPECT_LT(to_gas.plants_scope1.co2_t, base.plants_scope1.co2_t);
  EXPECT_LE(to_gas.factor_kg_per_kwh, base.factor_kg_per_kwh);

  // Storage takes surplus that would be curtailed or exported; smart charging moves EVs to low net load.
  LocalSupplyLevers flex;
  flex.pv_added_mw = 3000.0;
  const LocalSupplyYear surplus = local_supply_year(default_supply(), 2030, region, d, 0.55, flex);
  flex.storage_added_mwh = 4000.0;
  flex.smart_charging_pct = 100.0;
  const LocalSupplyYear stored = local_supply_year(default_supply(), 2030, region, d, 0.55, flex);
  EXPECT_LT(stored.import_kwh, surplus.import_kwh);
  EXPECT_LE(stored.curtailment_kwh + stored.export_kwh, surplus.curtailment_kwh + surplus.export_kwh);
  EXPECT_LT(stored.ev_factor_kg_per_kwh, surplus.ev_factor_kg_per_kwh);
}

TEST(PathwayLocalSupply, LocalSystemOfAddsCapacities) {
  LocalSupplyLevers l;
  l.pv_added_mw = 10.0;
  l.wind_added_mw = 5.0;
  l.storage_added_mwh = 40.0;
  l.chp_coal_to_gas_pct = 25.0;
  l.smart_charging_pct = 50.0;
  const energy::EnergySystemDef base = energy::default_energy_city_def().system;
  const energy::EnergySystemDef s = local_system_of(base, l);
  EXPECT_EQ(s.utility_pv.capacity_kwp, base.utility_pv.capacity_kwp + 10000.0);
  EXPECT_EQ(s.wind.capacity_kw, base.wind.capacity_kw + 5000.0);
  EXPECT_EQ(s.storage.energy_kwh, base.storage.energy_kwh + 40000.0);
  EXPECT_EQ(s.storage.power_kw, base.storage.power_kw + 20000.0);  // 2-hour power
  EXPECT_EQ(s.flexibility.smart_charging_share, 0.5);
  ASSERT_EQ(s.chp_plants.size(), base.chp_plants.size() + 1);   // the default city: one coal CHP of 350 MW
  EXPECT_EQ(s.chp_plants[0].capacity_kw, 262500.0);            // 350 MW × 0.75
  EXPECT_EQ(s.chp_plants[1].capacity_kw, 87500.0);             // 350 MW × 0.25
  EXPECT_EQ(s.chp_plants[1].fuel, emissions::Carrier::NaturalGas);
}

// Inside the pathway: the default table baseline carries the city's system; scope 2 of electricity is
// the sum of the classes' kWh at their factors; the export credit is export × grid factor.
TEST(PathwayLocalSupply, PathwayPricesElectricityAtTheBalanceFactors) {
  const Baseline& base = test::default_baseline();
  ASSERT_TRUE(base.local_supply.present());
  EXPECT_EQ(base.local_supply.profiles.hours(), 14u * 24u);
  const Scenario scenario = default_scenario();
  const PathwayResult r = evaluate_pathway(base, scenario);
  Baseline annual = base;
  annual.local_supply = {};
  const PathwayResult a = evaluate_pathway(annual, scenario);
  const int el = static_cast<int>(emissions::Carrier::Electricity);
  for (int k : {0, 10, 40}) {
    const PathwayYear& y = r.years[k];
    ASSERT_TRUE(y.local_supply.present) << y.year;
    EXPECT_FALSE(a.years[k].local_supply.present);
    EXPECT_EQ(y.grid_factor_kg_per_kwh, a.years[k].grid_factor_kg_per_kwh);
    EXPECT_NEAR(y.pv_export_credit_t, y.local_supply.export_kwh * y.grid_factor_kg_per_kwh / 1000.0, 1e-9);
    // Buildings' electricity before PV: with the balance it is the annual run's after-PV use + the PV
    // that run netted (self-used part) — PV is a supply of the balance, not netted.
    double buildings_el = 0.0, buildings_el_annual = 0.0, scope2_el_t = 0.0;
    for (int s = 0; s < emissions::kSectorCount; ++s) {
      if (s == static_cast<int>(emissions::Sector::Transport) || s == static_cast<int>(emissions::Sector::Industry)) continue;
      buildings_el += y.energy.energy_kwh[s][el];
      buildings_el_annual += a.years[k].energy.energy_kwh[s][el];
      scope2_el_t += y.emissions.by_carrier_t[s][el];
    }
    EXPECT_GE(buildings_el, buildings_el_annual);
    // Residential and commercial scope 2 electricity: their kWh × the buildings' factor.
    EXPECT_NEAR(scope2_el_t, buildings_el * y.local_supply.buildings_factor_kg_per_kwh / 1000.0, 1e-6 * scope2_el_t);
    // Plants: their electricity at the rest's factor.
    const double plants_el = y.industry.energy_kwh[static_cast<int>(industry::Carrier::Electricity)];
    EXPECT_NEAR(y.industry.emissions_t[static_cast<int>(industry::Carrier::Electricity)],
                plants_el * y.local_supply.rest_factor_kg_per_kwh / 1000.0, 1e-6 * plants_el);
    std::printf("%d: gross %.6g t (annual %.6g), factors grid %.4f buildings %.4f rest %.4f, local %.6g kWh, "
                "import %.6g, export %.6g, self-sufficiency %.4f, plants CO2 memo %.6g t\n",
                y.year, y.gross_t, a.years[k].gross_t, y.grid_factor_kg_per_kwh, y.local_supply.buildings_factor_kg_per_kwh,
                y.local_supply.rest_factor_kg_per_kwh, y.local_supply.local_generation_kwh, y.local_supply.import_kwh,
                y.local_supply.export_kwh, y.local_supply.self_sufficiency, y.local_supply.plants_scope1.co2_t);
  }
  // The local plants' scope 1 is a memo: gross counts every sector's scope 1 + 2 and agriculture, nothing else.
  const PathwayYear& y0 = r.years[0];
  EXPECT_NEAR(y0.gross_t, y0.emissions.total_t() - y0.sinks_t + y0.agriculture_t, 1e-6 * y0.gross_t);

  // A supply lever acts on gross: +2000 MWp local PV from 2021 lowers 2030's gross.
  Scenario pv = scenario;
  pv.levers[static_cast<int>(LeverId::LocalPvAddedMw)] = {2021, 0, 2000.0};
  const PathwayResult p = evaluate_pathway(base, pv);
  EXPECT_LT(p.years[10].gross_t, r.years[10].gross_t);
  EXPECT_EQ(p.years[0].gross_t, r.years[0].gross_t);  // 2020: before the lever starts
}

}  // namespace
}  // namespace twin::pathway
