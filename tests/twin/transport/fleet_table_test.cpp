// The embedded fleet parameters equal assets/transport/fleet_parameters.csv (native only: the wasm
// build has no file system) and form a complete, consistent parameter set.
#include "twin/transport/fleet_table.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/transport/fleet_params.hpp"

namespace twin::transport {
namespace {

TEST(FleetTable, EqualsTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  const std::string path = std::string(CT_ASSETS_DIR) + "/transport/fleet_parameters.csv";
  const std::string text = test::read_text_file(path);
  ASSERT_FALSE(text.empty()) << "cannot read " << path;
  const auto csv = test::parse_csv(text);
  const auto rows = fleet_param_rows();
  ASSERT_EQ(csv.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const FleetParamRow& r = rows[i];
    EXPECT_EQ(csv[i].at("vehicle_class"), r.vehicle_class) << "row " << i;
    EXPECT_EQ(csv[i].at("powertrain"), r.powertrain) << "row " << i;
    EXPECT_EQ(csv[i].at("parameter"), r.parameter) << "row " << i;
    EXPECT_EQ(std::stoi(csv[i].at("year")), r.year) << "row " << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), r.value) << "row " << i << " " << r.parameter;
    EXPECT_EQ(csv[i].at("unit"), r.unit) << "row " << i;
    EXPECT_EQ(csv[i].at("source"), r.source) << "row " << i;
  }
#else
  GTEST_SKIP() << "needs the data files (native build only: no file system in wasm)";
#endif
}

TEST(FleetTable, EveryRowIsSourcedAndTrajectoriesAreOrdered) {
  std::map<std::string, int> last_year;
  std::set<std::string> seen;
  for (const FleetParamRow& r : fleet_param_rows()) {
    EXPECT_GT(std::string(r.source).size(), 10u) << r.parameter;
    EXPECT_GE(r.year, 2000) << r.parameter;
    const std::string key = std::string(r.vehicle_class) + "/" + r.powertrain + "/" + r.parameter;
    auto it = last_year.find(key);
    if (it != last_year.end()) EXPECT_GT(r.year, it->second) << key << ": anchor years must increase";
    last_year[key] = r.year;
    const std::string cls = r.vehicle_class;
    if (cls != "all" && cls != "metro") {
      EXPECT_TRUE(vehicle_class_from_string(cls).has_value()) << cls;
      const std::string pt = r.powertrain;
      if (pt != "all") EXPECT_TRUE(powertrain_from_string(pt).has_value()) << pt;
    }
  }
}

TEST(FleetTable, ParametersAreCompleteAndConsistent) {
  const FleetParams& p = default_fleet_params();
  EXPECT_GT(p.metro_kwh_per_train_km, 0.0);
  EXPECT_GT(p.gasoline_kg_per_l, 0.7);
  EXPECT_GT(p.diesel_kg_per_l, 0.8);
  for (int c = 0; c < kVehicleClassCount; ++c) {
    const VehicleClassParams& v = p.classes[c];
    const char* name = to_string(static_cast<VehicleClass>(c));
    EXPECT_GT(v.annual_km_per_vehicle, 0.0) << name;
    EXPECT_GT(v.median_life_years, 0.0) << name;
    EXPECT_GT(v.weibull_shape, 0.0) << name;
    double share = 0.0;
    for (double s : v.base_stock_share) share += s;
    EXPECT_NEAR(share, 1.0, 1e-12) << name;
    EXPECT_FALSE(v.bev_share_of_nev_sales.years.empty()) << name;
    EXPECT_FALSE(v.fcev_share_of_nev_sales.years.empty()) << name;
    EXPECT_FALSE(v.hev_share_of_conventional_sales.years.empty()) << name;
    for (int pt = 0; pt < kPowertrainCount; ++pt) {
      const auto e = base_energy_kwh_per_km(p, static_cast<VehicleClass>(c), static_cast<Powertrain>(pt));
      double sum = 0.0;
      for (double x : e) sum += x;
      EXPECT_GT(sum, 0.0) << name << " " << to_string(static_cast<Powertrain>(pt));
    }
  }
  // The MPS figure the car shares come from: NEV 1.75 % of the car stock at the end of 2020.
  const auto& car = p.of(VehicleClass::Car).base_stock_share;
  EXPECT_NEAR(car[static_cast<int>(Powertrain::Bev)] + car[static_cast<int>(Powertrain::Phev)], 0.0175, 1e-12);
}

TEST(FleetTable, EnergyPerKmMatchesTheUnitConversionsByHand) {
  const FleetParams& p = default_fleet_params();
  using emissions::Carrier;
  // Gasoline car: 7.5 L/100km × 0.74 kg/L × 43 070 kJ/kg (GB/T 2589-2020) / 3 600 kJ/kWh.
  const auto ice = base_energy_kwh_per_km(p, VehicleClass::Car, Powertrain::Ice);
  EXPECT_NEAR(ice[static_cast<int>(Carrier::Gasoline)], 0.075 * 0.74 * 43070.0 / 3600.0, 1e-12);
  // BEV car: 16 kWh/100km.
  EXPECT_NEAR(base_energy_kwh_per_km(p, VehicleClass::Car, Powertrain::Bev)[static_cast<int>(Carrier::Electricity)], 0.16,
              1e-15);
  // PHEV car: utility factor 0.4 of 20 kWh/100km, 0.6 of 6.5 L/100km.
  const auto phev = base_energy_kwh_per_km(p, VehicleClass::Car, Powertrain::Phev);
  EXPECT_NEAR(phev[static_cast<int>(Carrier::Electricity)], 0.4 * 0.20, 1e-15);
  EXPECT_NEAR(phev[static_cast<int>(Carrier::Gasoline)], 0.6 * 0.065 * 0.74 * 43070.0 / 3600.0, 1e-12);
  // Diesel bus: 35 L/100km × 0.84 kg/L × 42 652 kJ/kg, on the Oil (gas/diesel oil) carrier.
  const auto bus = base_energy_kwh_per_km(p, VehicleClass::Bus, Powertrain::Ice);
  EXPECT_NEAR(bus[static_cast<int>(Carrier::Oil)], 0.35 * 0.84 * 42652.0 / 3600.0, 1e-12);
  // FCEV bus: 8 kg H2/100km × 55 kWh/kg electrolysis electricity.
  EXPECT_NEAR(base_energy_kwh_per_km(p, VehicleClass::Bus, Powertrain::Fcev)[static_cast<int>(Carrier::Electricity)],
              0.08 * 55.0, 1e-12);
}

TEST(FleetTable, TrajectoriesInterpolateLinearlyAndHoldOutside) {
  Trajectory t{{2020, 2030}, {0.2, 0.6}};
  EXPECT_EQ(t.at(2010), 0.2);
  EXPECT_EQ(t.at(2020), 0.2);
  EXPECT_NEAR(t.at(2025), 0.4, 1e-15);
  EXPECT_EQ(t.at(2030), 0.6);
  EXPECT_EQ(t.at(2060), 0.6);
  EXPECT_EQ(Trajectory{}.at(2030), 0.0);
}

}  // namespace
}  // namespace twin::transport
