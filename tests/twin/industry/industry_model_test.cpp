// Industry of one year by hand: a plant and a sector (energy × factor + process − captured), the
// effect of every lever, the drivers, the measured-energy override and the lever validation.
#include "twin/industry/industry_model.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "twin/emissions/factor_set.hpp"
#include "twin/industry/industry_tables.hpp"

namespace twin::industry {
namespace {

constexpr int E = static_cast<int>(Carrier::Electricity);
constexpr int COAL = static_cast<int>(Carrier::Coal);
constexpr int COKE = static_cast<int>(Carrier::Coke);
constexpr int GAS = static_cast<int>(Carrier::NaturalGas);
constexpr int HEAT = static_cast<int>(Carrier::Heat);
constexpr int H2 = static_cast<int>(Carrier::Hydrogen);

// kg CO2 per kWh: IPCC 2006 kg/TJ × 3.6e-6.
constexpr double kCoalKg = 94600.0 * 3.6e-6;  // 0.34056
constexpr double kGasKg = 56100.0 * 3.6e-6;   // 0.20196
constexpr double kKgce = 29307.6 / 3600.0;    // kWh per kgce

// National grid 2021 (0.5568 kg/kWh) and the heat factor 0.11 t/GJ = 0.396 kg/kWh.
IndustryFactors test_factors() { return {0.5568, 0.396}; }

Plant make_plant(const char* name, Route route, double output) {
  Plant p;
  p.name = name;
  p.route = route;
  p.sector = sector_of(route);
  p.output = output;
  p.has_xy = true;
  return p;
}

// Relative closeness: these are sums of a few products, so 1e-12 relative is far above round-off.
void expect_rel(double actual, double expected, const char* what) {
  EXPECT_NEAR(actual, expected, 1e-12 * std::max(1.0, std::fabs(expected))) << what;
}

TEST(IndustryModel, ClinkerPlantByHand) {
  // 1 Mt clinker, no levers:
  //   coal 120 kgce/t × 8.141 kWh/kgce = 976.92 kWh/t → 976.92e6 kWh × 0.34056 kg/kWh = 332 699.8752 t
  //   electricity 68 kWh/t → 68e6 kWh × 0.5568 = 37 862.4 t (scope 2)
  //   process 0.52 t/t → 520 000 t
  //   gross = 332 699.8752 + 37 862.4 + 520 000 = 890 562.2752 t = net (nothing captured)
  //   energy = 120 kgce + 68 kWh / 8.141 (= 8.352782) = 128.352782 kgce/t → 128 352.782 tce
  const PlantYear y = evaluate_plant(make_plant("kiln", Route::CementClinker, 1.0e6), {}, {}, test_factors());
  expect_rel(y.output, 1.0e6, "output");
  expect_rel(y.account.energy_kwh[COAL], 976.92e6, "coal kWh");
  expect_rel(y.account.energy_kwh[E], 68.0e6, "electricity kWh");
  expect_rel(y.account.combustion_t, 332699.8752, "combustion");
  expect_rel(y.account.emissions_t[COAL], 332699.8752, "coal CO2");
  expect_rel(y.account.scope2_t, 37862.4, "scope 2");
  expect_rel(y.account.process_t, 520000.0, "process");
  expect_rel(y.account.gross_t, 890562.2752, "gross");
  expect_rel(y.account.net_t, 890562.2752, "net");
  EXPECT_EQ(y.account.captured_t, 0.0);
  EXPECT_NEAR(y.account.energy_tce, 128352.782, 1e-3);  // hand rounding of 68/8.141 at 1e-3 tce
  expect_rel(y.account.scope1_t(), 332699.8752 + 520000.0, "scope 1");
}

TEST(IndustryModel, SectorIsTheSumOfItsPlantsByHand) {
  // Two other-manufacturing plants, 80 000 and 40 000 (10⁴ yuan value added), and a data centre of
  // 10 000 MWh IT load. Other manufacturing per 10⁴ yuan: electricity 1400 kWh, gas 100 kgce, coal
  // 40 kgce, heat 38 kgce (1 kgce = 8.141 kWh). Sector (120 000 units):
  //   electricity 168e6 kWh × 0.5568 kg/kWh          = 93 542.4 t
  //   heat 38 × 8.141 × 120 000 = 37 122 960 kWh × 0.396 = 14 700.692 t
  //   gas 100 × 8.141 × 120 000 = 97 692 000 kWh × 0.20196 = 19 729.876 t
  //   coal 40 × 8.141 × 120 000 = 39 076 800 kWh × 0.34056 = 13 307.995 t
  const std::vector<Plant> plants{make_plant("a", Route::OtherManufacturing, 80000.0),
                                  make_plant("b", Route::OtherManufacturing, 40000.0),
                                  make_plant("dc", Route::DataCentre, 10000.0)};
  const IndustryYear y = evaluate_industry_year(plants, {}, {}, test_factors());
  const IndustryAccount& s = y.sectors[static_cast<int>(Sector::OtherManufacturing)];
  const double units = 120000.0;
  const double elec_t = 1400.0 * units * 0.5568 / 1000.0;           // 93 542.4
  const double heat_t = 38.0 * kKgce * units * 0.396 / 1000.0;
  const double gas_t = 100.0 * kKgce * units * kGasKg / 1000.0;
  const double coal_t = 40.0 * kKgce * units * kCoalKg / 1000.0;
  expect_rel(elec_t, 93542.4, "hand electricity");
  EXPECT_NEAR(heat_t, 14700.692, 1e-3);
  EXPECT_NEAR(gas_t, 19729.876, 1e-3);
  EXPECT_NEAR(coal_t, 13307.995, 1e-3);
  expect_rel(s.energy_kwh[E], 1400.0 * units, "sector electricity kWh");
  expect_rel(s.scope2_t, elec_t + heat_t, "sector scope 2");
  expect_rel(s.combustion_t, gas_t + coal_t, "sector combustion");
  EXPECT_EQ(s.process_t, 0.0);
  expect_rel(s.net_t, elec_t + heat_t + gas_t + coal_t, "sector net");
  // 0.35 tce per 10⁴ yuan: 1400/8.141 + 100 + 40 + 38 = 349.969… kgce → 41 996.3 tce.
  expect_rel(s.energy_tce, (1400.0 / kKgce + 178.0) * units / 1000.0, "sector tce");
  // The data centre: 10 000 MWh IT × PUE 1.5 = 15e6 kWh × 0.5568 = 8352 t.
  expect_rel(y.sectors[static_cast<int>(Sector::DataCentre)].net_t, 8352.0, "data centre");
  expect_rel(y.total.net_t, s.net_t + 8352.0, "total");
  EXPECT_EQ(y.sectors[static_cast<int>(Sector::Steel)].net_t, 0.0);
  ASSERT_EQ(y.plants.size(), 3u);
  expect_rel(y.plants[0].account.net_t * 1.5, y.plants[1].account.net_t * 3.0, "plants scale with output");
}

TEST(IndustryModel, OutputIndexAndGrowthDriver) {
  IndustryDrivers d;
  EXPECT_EQ(d.output_index[0], 1.0);
  std::array<double, kSectorCount> growth{};
  growth[static_cast<int>(Sector::DataCentre)] = 10.0;
  growth[static_cast<int>(Sector::Cement)] = -5.0;
  d = advance_output_index(advance_output_index(d, growth), growth);
  // Two years: 1.1² = 1.21; 0.95² = 0.9025.
  expect_rel(d.output_index[static_cast<int>(Sector::DataCentre)], 1.21, "data centre index");
  expect_rel(d.output_index[static_cast<int>(Sector::Cement)], 0.9025, "cement index");
  EXPECT_EQ(d.output_index[static_cast<int>(Sector::Steel)], 1.0);
  const PlantYear y = evaluate_plant(make_plant("dc", Route::DataCentre, 1000.0), d, {}, test_factors());
  expect_rel(y.output, 1210.0, "output");
  expect_rel(y.account.energy_kwh[E], 1210.0 * 1500.0, "electricity");
}

TEST(IndustryModel, EfficiencyCutsEveryCarrierButNotProcess) {
  IndustryLevers l;
  l.efficiency_pct = 10.0;
  const Plant p = make_plant("kiln", Route::CementClinker, 1.0e6);
  const PlantYear base = evaluate_plant(p, {}, {}, test_factors());
  const PlantYear eff = evaluate_plant(p, {}, l, test_factors());
  for (int c = 0; c < kCarrierCount; ++c) expect_rel(eff.account.energy_kwh[c], 0.9 * base.account.energy_kwh[c], "energy");
  expect_rel(eff.account.combustion_t, 0.9 * 332699.8752, "combustion");
  expect_rel(eff.account.process_t, 520000.0, "process unchanged");
}

TEST(IndustryModel, CoalToGasSwitchAtEqualUsefulHeat) {
  // Half of 976.92 kWh/t coal → gas at 0.87 kWh gas per kWh coal:
  //   coal 488.46 kWh/t; gas 488.46 × 0.87 = 424.9602 kWh/t.
  //   CO2/t: 488.46 × 0.34056 + 424.9602 × 0.20196 = 166.3499 + 85.8250 = 252.1749 kg.
  IndustryLevers l;
  l.coal_to_gas_pct = 50.0;
  const PlantYear y = evaluate_plant(make_plant("kiln", Route::CementClinker, 1000.0), {}, l, test_factors());
  expect_rel(y.account.energy_kwh[COAL], 488.46 * 1000.0, "coal");
  expect_rel(y.account.energy_kwh[GAS], 424.9602 * 1000.0, "gas");
  expect_rel(y.account.combustion_t, (488.46 * kCoalKg + 424.9602 * kGasKg) * 1000.0 / 1000.0, "combustion");
  EXPECT_NEAR(y.account.combustion_t, 252.1749, 1e-4);
  EXPECT_LT(y.account.combustion_t, 332.6998752);  // 1000 t clinker without the switch
}

TEST(IndustryModel, ElectrificationMovesFuelHeatToElectricity) {
  // Other manufacturing, 1 unit, 50 %: gas 100 kgce = 814.1 kWh, coal 40 kgce = 325.64 kWh, each
  // halved; electricity 1400 + 0.82 × (407.05 + 162.82) = 1400 + 467.2934 = 1867.2934 kWh.
  // Heat (bought steam) is not touched.
  IndustryLevers l;
  l.electrification_pct = 50.0;
  const PlantYear y = evaluate_plant(make_plant("m", Route::OtherManufacturing, 1.0), {}, l, test_factors());
  expect_rel(y.account.energy_kwh[GAS], 407.05, "gas");
  expect_rel(y.account.energy_kwh[COAL], 162.82, "coal");
  expect_rel(y.account.energy_kwh[E], 1867.2934, "electricity");
  expect_rel(y.account.energy_kwh[HEAT], 38.0 * kKgce, "heat unchanged");
  // Coke, a reductant, is not electrified: a BF-BOF plant keeps its coke.
  const PlantYear s = evaluate_plant(make_plant("bf", Route::SteelBfBof, 1.0), {}, l, test_factors());
  expect_rel(s.account.energy_kwh[COKE], 312.0 * kKgce, "coke unchanged");
}

TEST(IndustryModel, SwitchThenElectrifyInThatOrder) {
  // Clinker 1 t, 50 % switch then 50 % electrification: coal 976.92 → 488.46 → 244.23; gas
  // 0 → 424.9602 → 212.4801; electricity 68 + 0.82 × (244.23 + 212.4801) = 68 + 374.502282.
  IndustryLevers l;
  l.coal_to_gas_pct = 50.0;
  l.electrification_pct = 50.0;
  const PlantYear y = evaluate_plant(make_plant("kiln", Route::CementClinker, 1.0), {}, l, test_factors());
  expect_rel(y.account.energy_kwh[COAL], 244.23, "coal");
  expect_rel(y.account.energy_kwh[GAS], 212.4801, "gas");
  expect_rel(y.account.energy_kwh[E], 442.502282, "electricity");
}

TEST(IndustryModel, CapacityControlCutsOnlyTheTwoHighSectors) {
  IndustryLevers l;
  l.two_high_output_cut_pct = 20.0;
  const PlantYear kiln = evaluate_plant(make_plant("kiln", Route::CementClinker, 1.0e6), {}, l, test_factors());
  expect_rel(kiln.output, 0.8e6, "cement output");
  expect_rel(kiln.account.net_t, 0.8 * 890562.2752, "cement net");
  for (Route r : {Route::SteelEaf, Route::ChemicalsAmmonia, Route::NonFerrousAluminium})
    expect_rel(evaluate_plant(make_plant("x", r, 100.0), {}, l, test_factors()).output, 80.0, to_string(r));
  for (Route r : {Route::DataCentre, Route::OtherManufacturing})
    EXPECT_EQ(evaluate_plant(make_plant("x", r, 100.0), {}, l, test_factors()).output, 100.0) << to_string(r);
}

TEST(IndustryModel, GreenHydrogenMovesBfBofSteelToH2Dri) {
  // 1000 t BF-BOF steel, 100 % H2-DRI: coke and coal gone; hydrogen 54 kg × 119.96 MJ/kg = 1799.4 kWh/t;
  // electricity 800 kWh/t × 0.5568 = 445.44 kg/t; process 0.053 t/t; hydrogen emits nothing.
  //   net = 1000 × (0.44544 + 0.053) = 498.44 t.
  const Plant p = make_plant("bf", Route::SteelBfBof, 1000.0);
  IndustryLevers l;
  l.steel_h2_dri_pct = 100.0;
  const PlantYear y = evaluate_plant(p, {}, l, test_factors());
  expect_rel(y.output_h2_dri, 1000.0, "H2 output");
  EXPECT_EQ(y.account.energy_kwh[COKE], 0.0);
  EXPECT_EQ(y.account.energy_kwh[COAL], 0.0);
  expect_rel(y.account.energy_kwh[H2], 1799.4e3, "hydrogen");
  EXPECT_EQ(y.account.combustion_t, 0.0);
  expect_rel(y.account.net_t, 498.44, "net");

  // 50 %: half of each route. BF-BOF per t: coke 312 × 8.141 × 0.3852 + coal 150 × 8.141 × 0.34056
  // + gas 10 × 8.141 × 0.20196 + electricity 450 × 0.5568 (kg) + process 60 kg.
  const double bf_kg = 312.0 * kKgce * 0.3852 + 150.0 * kKgce * kCoalKg + 10.0 * kKgce * kGasKg + 450.0 * 0.5568 + 60.0;
  l.steel_h2_dri_pct = 50.0;
  const PlantYear half = evaluate_plant(p, {}, l, test_factors());
  expect_rel(half.account.net_t, 500.0 * bf_kg / 1000.0 + 500.0 * 0.49844, "half and half");
  const PlantYear none = evaluate_plant(p, {}, {}, test_factors());
  expect_rel(none.account.net_t, bf_kg, "BF-BOF only");  // 1000 t × bf_kg/1000
  // EAF plants are not affected by the lever.
  const PlantYear eaf = evaluate_plant(make_plant("eaf", Route::SteelEaf, 1000.0), {}, l, test_factors());
  EXPECT_EQ(eaf.output_h2_dri, 0.0);
}

TEST(IndustryModel, CcusCapturesAndPaysItsEnergyPenalty) {
  // Clinker 1 Mt, 90 % capture of combustion + process: 0.9 × (332 699.8752 + 520 000) = 767 429.88768 t.
  // Penalty: heat 3.35 GJ × 277.7… kWh/GJ × 767 429.892 → × 0.396 kg/kWh; electricity 100 kWh/t ×
  // 767 429.88768 → × 0.5568.
  IndustryLevers l;
  l.ccus_capture_pct = 90.0;
  const PlantYear y = evaluate_plant(make_plant("kiln", Route::CementClinker, 1.0e6), {}, l, test_factors());
  const double captured = 767429.88768;
  expect_rel(y.account.captured_t, captured, "captured");
  const double heat_kwh = captured * 3.35 * (1.0e6 / 3.6e3);
  const double elec_kwh = 68.0e6 + captured * 100.0;
  expect_rel(y.account.energy_kwh[HEAT], heat_kwh, "penalty heat");
  expect_rel(y.account.energy_kwh[E], elec_kwh, "electricity incl. penalty");
  const double scope2 = (heat_kwh * 0.396 + elec_kwh * 0.5568) / 1000.0;
  expect_rel(y.account.scope2_t, scope2, "scope 2");
  expect_rel(y.account.net_t, 332699.8752 + 520000.0 + scope2 - captured, "net = energy × factor + process − captured");
  expect_rel(y.account.scope1_t(), 0.1 * (332699.8752 + 520000.0), "scope 1 left");
}

TEST(IndustryModel, MeasuredEnergyOverridesTheRouteIntensity) {
  // 60 000 units of other chemicals with measured energy: electricity 70 000 MWh; coal 25 000 t ×
  // 20 908 kJ/kg = 145 194 444.4… kWh; process 1000 t measured. Output index 1.2 scales all of it.
  Plant p = make_plant("chem", Route::ChemicalsOther, 60000.0);
  p.has_energy = true;
  p.energy_kwh[E] = 70.0e6;
  p.energy_kwh[COAL] = 25.0e6 * 20908.0 / 3600.0;
  p.has_process = true;
  p.process_co2_t = 1000.0;
  IndustryDrivers d;
  d.output_index[static_cast<int>(Sector::Chemicals)] = 1.2;
  const PlantYear y = evaluate_plant(p, d, {}, test_factors());
  expect_rel(y.account.energy_kwh[E], 84.0e6, "electricity");
  expect_rel(y.account.energy_kwh[COAL], 1.2 * 25.0e6 * 20908.0 / 3600.0, "coal");
  EXPECT_EQ(y.account.energy_kwh[GAS], 0.0);   // the route default (150 kgce) is overridden
  EXPECT_EQ(y.account.energy_kwh[HEAT], 0.0);
  expect_rel(y.account.process_t, 1200.0, "process");
  expect_rel(y.account.net_t, 84.0e6 * 0.5568 / 1000.0 + 1.2 * 25.0e6 * 20908.0 / 3600.0 * kCoalKg / 1000.0 + 1200.0,
             "net");
}

TEST(IndustryModel, FactorsComeFromTheEmissionsFactorSet) {
  const IndustryFactors f = industry_factors(emissions::factors_for_year(2021, emissions::GridRegion::National));
  EXPECT_EQ(f.electricity_kg_per_kwh, 0.5568);
  expect_rel(f.heat_kg_per_kwh, 0.396, "heat");
}

TEST(IndustryModel, LeverValidationNamesTheLever) {
  EXPECT_TRUE(validate_levers({}).empty());
  IndustryLevers l;
  l.efficiency_pct = std::numeric_limits<double>::quiet_NaN();
  l.ccus_capture_pct = -1.0;
  l.steel_h2_dri_pct = 100.5;
  const auto errors = validate_levers(l);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].lever, "efficiency_pct");
  EXPECT_NE(errors[0].message.find("NaN"), std::string::npos);
  EXPECT_EQ(errors[1].lever, "steel_h2_dri_pct");
  EXPECT_EQ(errors[2].lever, "ccus_capture_pct");
  EXPECT_NE(errors[2].message.find("0–100"), std::string::npos);
}

TEST(IndustryModel, DeterministicBitForBit) {
  IndustryLevers l{12.5, 33.0, 21.0, 7.0, 40.0, 15.0};
  const Plant p = make_plant("bf", Route::SteelBfBof, 3.3e6);
  const PlantYear a = evaluate_plant(p, {}, l, test_factors());
  const PlantYear b = evaluate_plant(p, {}, l, test_factors());
  EXPECT_EQ(a.account.net_t, b.account.net_t);
  for (int c = 0; c < kCarrierCount; ++c) EXPECT_EQ(a.account.energy_kwh[c], b.account.energy_kwh[c]);
}

}  // namespace
}  // namespace twin::industry
