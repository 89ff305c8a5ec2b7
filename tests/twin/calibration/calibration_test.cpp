// Calibration recovers known factors: a balance table written from the twin's own base year × known
// factors (electricity × 1.2, natural gas × 0.8, the rest × 1) gives those factors back; the gap, the
// zero/absent-cell rules and the calibrated emissions are checked by hand.
#include "twin/calibration/calibration.hpp"
#include "twin/calibration/calibration_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

#include "twin/city/default_city.hpp"
#include "twin/emissions/factor_tables.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::calibration {
namespace {

using emissions::Carrier;
using emissions::Sector;

const emissions::EnergyBySectorCarrier& base_year_energy() {
  static const emissions::EnergyBySectorCarrier energy = [] {
    const City city = generate_city(default_city_def());
    const pathway::Baseline base = pathway::baseline_from_city(city);
    return pathway::evaluate_pathway(base, pathway::default_scenario()).years[0].energy;
  }();
  return energy;
}

double true_factor(Carrier c) {
  if (c == Carrier::Electricity) return 1.2;
  if (c == Carrier::NaturalGas) return 0.8;
  return 1.0;
}

std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// The table in the yearbook's physical units: kWh → 10^4 kWh, t (kg / 1000), m³, GJ.
std::string synthetic_table(const emissions::EnergyBySectorCarrier& e) {
  static constexpr Carrier kColumns[] = {Carrier::Electricity, Carrier::Coal, Carrier::NaturalGas, Carrier::Oil,
                                         Carrier::Gasoline, Carrier::Lpg, Carrier::DistrictHeat};
  static constexpr Sector kRows[] = {Sector::Residential, Sector::Commercial, Sector::Industry, Sector::Transport};
  std::string csv = "sector,electricity,coal,natural_gas,oil,gasoline,lpg,heat\n"
                    "unit,10^4 kWh,t,m3,t,t,t,GJ\n";
  for (Sector s : kRows) {
    csv += emissions::to_string(s);
    for (Carrier c : kColumns) {
      const double kwh = e.at(s, c) * true_factor(c);
      double value = kwh;
      if (c == Carrier::Electricity) {
        value = kwh / 1e4;
      } else if (c == Carrier::DistrictHeat) {
        value = kwh / emissions::kKwhPerGj;
      } else {
        value = kwh / emissions::energy_kwh_of_quantity(c, 1.0);  // kg or m³
        if (c != Carrier::NaturalGas) value /= 1000.0;             // kg → t
      }
      csv += "," + number(value);
    }
    csv += "\n";
  }
  csv += "energy_supply,5,0,0,0,0,0,0\n";
  return csv;
}

TEST(CalibrationFactors, RecoversKnownFactorsFromSyntheticTable) {
  const emissions::EnergyBySectorCarrier& model = base_year_energy();
  ASSERT_GT(model.at(Sector::Residential, Carrier::Electricity), 0.0);
  ASSERT_GT(model.at(Sector::Residential, Carrier::NaturalGas) + model.at(Sector::Commercial, Carrier::NaturalGas), 0.0);
  EnergyBalance balance;
  std::vector<std::string> errors;
  ASSERT_TRUE(read_energy_balance(synthetic_table(model), &balance, &errors)) << errors[0];
  const emissions::FactorSet factors = emissions::factors_for_year(2020, emissions::GridRegion::NorthChina);
  const CalibrationResult r = calibrate(balance, model, factors);
  ASSERT_EQ(r.cells.size(), 4u * emissions::kCarrierCount);
  int scaled = 0;
  for (const CellComparison& c : r.cells) {
    ASSERT_TRUE(c.observed);
    if (c.modelled_kwh > 0.0) {
      ++scaled;
      EXPECT_EQ(c.rule, CellRule::Scaled) << to_string(c.sector) << " " << emissions::to_string(c.carrier);
      EXPECT_NEAR(c.factor, true_factor(c.carrier), 1e-12) << to_string(c.sector) << " " << emissions::to_string(c.carrier);
      // gap = observed − modelled = (f − 1) × modelled.
      EXPECT_NEAR(c.gap_kwh, (true_factor(c.carrier) - 1.0) * c.modelled_kwh, 1e-9 * c.modelled_kwh);
      EXPECT_NEAR(c.relative_gap, true_factor(c.carrier) - 1.0, 1e-12);
    } else {
      EXPECT_EQ(c.rule, CellRule::BothZero);
      EXPECT_EQ(c.factor, 1.0);
    }
  }
  EXPECT_GE(scaled, 6);
  // The whole-city electricity gap is +20 %, gas −20 %.
  EXPECT_NEAR(r.by_carrier[static_cast<int>(Carrier::Electricity)].relative_gap, 0.2, 1e-12);
  EXPECT_NEAR(r.by_carrier[static_cast<int>(Carrier::NaturalGas)].relative_gap, -0.2, 1e-12);
  // Calibrated emissions of a carrier scale with its factor: electricity × 1.2, gas × 0.8, coal × 1.
  const int res = static_cast<int>(Sector::Residential);
  EXPECT_NEAR(r.calibrated_emissions.by_carrier_t[res][static_cast<int>(Carrier::Electricity)],
              1.2 * r.modelled_emissions.by_carrier_t[res][static_cast<int>(Carrier::Electricity)], 1e-6);
  // The energy supply row is read and reported, not compared: 5 × 10^4 kWh.
  EXPECT_DOUBLE_EQ(r.energy_supply_kwh[static_cast<int>(Carrier::Electricity)], 5e4);
  // The factors reproduce the table when applied to the base year.
  const emissions::EnergyBySectorCarrier again = apply_calibration(r.factors, model);
  EXPECT_NEAR(again.at(Sector::Commercial, Carrier::Electricity), 1.2 * model.at(Sector::Commercial, Carrier::Electricity),
              1e-6);
}

TEST(CalibrationFactors, RulesForZeroAndAbsentCellsByHand) {
  emissions::EnergyBySectorCarrier model;
  model.at(Sector::Residential, Carrier::Electricity) = 1000.0;
  model.at(Sector::Residential, Carrier::Coal) = 500.0;
  model.at(Sector::Residential, Carrier::NaturalGas) = 200.0;
  model.at(Sector::Commercial, Carrier::Electricity) = 400.0;
  // Residential: electricity 1 500 kWh observed (× 1.5), coal 0 (zeroed), gas not reported,
  // heat 300 kWh with no model heat (unmodelled, added). Commercial: no row.
  const std::string csv =
      "sector,electricity (kWh),coal (t),natural_gas (m3),heat (kWh)\n"
      "residential,1500,0,-,300\n";
  EnergyBalance balance;
  std::vector<std::string> errors;
  ASSERT_TRUE(read_energy_balance(csv, &balance, &errors)) << errors[0];
  emissions::FactorSet factors;
  factors.of(Carrier::Electricity).kg_per_kwh = 0.5;
  factors.of(Carrier::Coal).kg_per_kwh = 0.3;
  factors.of(Carrier::NaturalGas).kg_per_kwh = 0.2;
  factors.of(Carrier::DistrictHeat).kg_per_kwh = 0.4;
  const CalibrationResult r = calibrate(balance, model, factors);
  auto cell = [&](Sector s, Carrier c) -> const CellComparison& {
    for (const CellComparison& x : r.cells) {
      emissions::Sector xs;
      twin_sector_of(x.sector, &xs);
      if (xs == s && x.carrier == c) return x;
    }
    ADD_FAILURE();
    return r.cells.front();
  };
  EXPECT_EQ(cell(Sector::Residential, Carrier::Electricity).rule, CellRule::Scaled);
  EXPECT_DOUBLE_EQ(cell(Sector::Residential, Carrier::Electricity).factor, 1.5);
  EXPECT_DOUBLE_EQ(cell(Sector::Residential, Carrier::Electricity).gap_kwh, 500.0);
  EXPECT_EQ(cell(Sector::Residential, Carrier::Coal).rule, CellRule::Zeroed);
  EXPECT_DOUBLE_EQ(cell(Sector::Residential, Carrier::Coal).factor, 0.0);
  EXPECT_DOUBLE_EQ(cell(Sector::Residential, Carrier::Coal).relative_gap, -1.0);
  EXPECT_EQ(cell(Sector::Residential, Carrier::NaturalGas).rule, CellRule::NotObserved);
  EXPECT_DOUBLE_EQ(cell(Sector::Residential, Carrier::NaturalGas).calibrated_kwh, 200.0);
  EXPECT_EQ(cell(Sector::Residential, Carrier::DistrictHeat).rule, CellRule::Unmodelled);
  EXPECT_FALSE(cell(Sector::Residential, Carrier::DistrictHeat).has_relative_gap);
  EXPECT_DOUBLE_EQ(r.factors.added_kwh[0][static_cast<int>(Carrier::DistrictHeat)], 300.0);
  EXPECT_EQ(cell(Sector::Commercial, Carrier::Electricity).rule, CellRule::NotObserved);
  // Residential gap over observed cells: observed 1 500 + 0 + 300 = 1 800, modelled 1 000 + 500 + 0
  // = 1 500 (gas is not observed, so not counted) → +300 kWh, +20 %.
  const GapTotal& res = r.by_sector[static_cast<int>(BalanceSector::Residential)];
  EXPECT_DOUBLE_EQ(res.observed_kwh, 1800.0);
  EXPECT_DOUBLE_EQ(res.modelled_kwh, 1500.0);
  EXPECT_DOUBLE_EQ(res.relative_gap, 0.2);
  // Emissions, tCO2 = kWh × kg/kWh / 1000. Modelled residential: (1000×0.5 + 500×0.3 + 200×0.2)/1000
  // = 0.69 t. Calibrated: (1500×0.5 + 0 + 200×0.2 + 300×0.4)/1000 = 0.91 t.
  EXPECT_NEAR(r.modelled_emissions.sector_t(Sector::Residential), 0.69, 1e-12);
  EXPECT_NEAR(r.calibrated_emissions.sector_t(Sector::Residential), 0.91, 1e-12);
  // A later year with twice the model energy: 2 × 1 000 × 1.5 = 3 000; heat stays the added 300.
  emissions::EnergyBySectorCarrier later = model;
  later.at(Sector::Residential, Carrier::Electricity) = 2000.0;
  const emissions::EnergyBySectorCarrier cal = apply_calibration(r.factors, later);
  EXPECT_DOUBLE_EQ(cal.at(Sector::Residential, Carrier::Electricity), 3000.0);
  EXPECT_DOUBLE_EQ(cal.at(Sector::Residential, Carrier::DistrictHeat), 300.0);
  EXPECT_DOUBLE_EQ(cal.at(Sector::Commercial, Carrier::Electricity), 400.0);

  // The report: the same figures, nulls where a value is undefined, one meter entry.
  MeterComparison meter;
  meter.building_key = "way/1";
  meter.building = 3;
  meter.hours_compared = 4;
  meter.stats = fit_statistics({10, 12, 8, 10}, {9, 12, 10, 11});
  const nlohmann::json doc = nlohmann::json::parse(calibration_json(r, balance, {meter}));
  const nlohmann::json& first = doc.at("cells").at(0);  // residential electricity
  EXPECT_EQ(first.at("sector"), "residential");
  EXPECT_EQ(first.at("carrier"), "electricity");
  EXPECT_EQ(first.at("rule"), "scaled");
  EXPECT_EQ(first.at("factor").get<double>(), 1.5);
  EXPECT_EQ(first.at("table_unit"), "kWh");
  EXPECT_EQ(doc.at("gap_by_sector").at("residential").at("relative_gap").get<double>(), 0.2);
  EXPECT_TRUE(doc.at("gap_by_sector").at("commercial").at("relative_gap").is_null());  // nothing observed
  EXPECT_EQ(doc.at("factors").at("residential").at("coal").get<double>(), 0.0);
  EXPECT_EQ(doc.at("added_kwh").at("residential").at("district_heat").get<double>(), 300.0);
  EXPECT_NEAR(doc.at("emissions_t").at("calibrated").at("residential").get<double>(), 0.91, 1e-12);
  EXPECT_TRUE(doc.at("energy_supply_kwh").is_null());
  EXPECT_EQ(doc.at("meters").at("buildings").at(0).at("nmbe_pct").get<double>(), -5.0);
  EXPECT_EQ(doc.at("meters").at("buildings").at(0).at("passes"), true);
}

}  // namespace
}  // namespace twin::calibration
