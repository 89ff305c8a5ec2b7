// The fleet stock-turnover model (twin/transport/fleet.hpp): stock conservation, turnover to an
// all-BEV stock along the survival curve, energy by hand, monotone responses, speed.
#include "twin/transport/fleet.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

namespace twin::transport {
namespace {

using emissions::Carrier;
constexpr int kYears = 41;
constexpr int kCar = static_cast<int>(VehicleClass::Car);
constexpr int kEl = static_cast<int>(Carrier::Electricity);
constexpr int kGasoline = static_cast<int>(Carrier::Gasoline);

std::vector<FleetYearInput> constant_inputs(double car_vkm, double nev_share, double factor = 1.0) {
  std::vector<FleetYearInput> in(kYears);
  for (auto& y : in) {
    y.vehicle_km = {car_vkm, car_vkm / 20.0, car_vkm / 50.0};
    y.car_nev_sales_share = nev_share;
    y.new_vehicle_energy_factor = factor;
  }
  return in;
}

double total(const CarrierKwh& e) {
  double s = 0.0;
  for (double x : e) s += x;
  return s;
}

TEST(FleetModel, StockEqualsRequiredStockWhileSalesArePositive) {
  const FleetParams& p = default_fleet_params();
  std::vector<FleetYearInput> in = constant_inputs(1.8e9, 0.3);
  for (int k = 0; k < kYears; ++k) in[k].vehicle_km[kCar] = 1.8e9 * (1.0 + 0.02 * k);  // growing demand
  std::vector<FleetYearResult> out;
  simulate_fleet(p, in, out);
  ASSERT_EQ(out.size(), static_cast<std::size_t>(kYears));
  for (int k = 0; k < kYears; ++k) {
    for (int c = 0; c < kVehicleClassCount; ++c) {
      const double required = in[k].vehicle_km[c] / p.classes[c].annual_km_per_vehicle;
      EXPECT_GT(out[k].sales[c], 0.0) << k;
      EXPECT_NEAR(out[k].class_stock(static_cast<VehicleClass>(c)), required, required * 1e-12) << "year " << k;
      EXPECT_EQ(out[k].vehicle_km[c], in[k].vehicle_km[c]);
    }
    if (k > 0) {  // stock(k) = stock(k−1) − retirements + sales
      for (int c = 0; c < kVehicleClassCount; ++c) {
        const auto vc = static_cast<VehicleClass>(c);
        EXPECT_NEAR(out[k].class_stock(vc), out[k - 1].class_stock(vc) - out[k].retirements[c] + out[k].sales[c],
                    out[k].class_stock(vc) * 1e-12);
      }
    }
  }
  // Base year: the car NEV share is the MPS 1.75 %.
  EXPECT_NEAR(out[0].nev_share(VehicleClass::Car), 0.0175, 1e-12);
}

TEST(FleetModel, FallingDemandKeepsVehicleKmAndSellsNothing) {
  const FleetParams& p = default_fleet_params();
  std::vector<FleetYearInput> in = constant_inputs(1.8e9, 0.3);
  in[1].vehicle_km[kCar] = 0.5e9;  // demand collapses: more survivors than needed
  std::vector<FleetYearResult> out;
  simulate_fleet(p, in, out);
  EXPECT_EQ(out[1].sales[kCar], 0.0);
  EXPECT_GT(out[1].class_stock(VehicleClass::Car), 0.5e9 / p.of(VehicleClass::Car).annual_km_per_vehicle);
  // Energy follows the demand: the same stock mix runs fewer km each.
  EXPECT_NEAR(total(out[1].energy_kwh[kCar]) / 0.5e9, total(out[0].energy_kwh[kCar]) / 1.8e9,
              total(out[0].energy_kwh[kCar]) / 1.8e9 * 0.05);
}

TEST(FleetModel, AllBevSalesTurnTheStockOverAlongTheSurvivalCurve) {
  FleetParams p = default_fleet_params();
  p.of(VehicleClass::Car).bev_share_of_nev_sales = {{2020}, {1.0}};
  std::vector<FleetYearInput> in = constant_inputs(1.8e9, 1.0);
  std::vector<FleetYearResult> out;
  simulate_fleet(p, in, out);
  const VehicleClassParams& car = p.of(VehicleClass::Car);
  // Non-BEV cars left in year k = the base stock's non-BEV cohorts surviving k more years.
  const double bev0 = car.base_stock_share[static_cast<int>(Powertrain::Bev)];
  std::vector<double> base_cohort(kFleetMaxBaseAge + 1);
  {
    double sum = 0.0, d = 1.0;
    for (int a = 0; a <= kFleetMaxBaseAge; ++a) {
      base_cohort[a] = d * fleet_survival(car, a);
      sum += base_cohort[a];
      d /= 1.0 + car.historic_sales_growth_pct_per_yr / 100.0;
    }
    for (double& w : base_cohort) w *= out[0].class_stock(VehicleClass::Car) / sum;
  }
  for (int k : {1, 5, 10, 15, 20, 30, 40}) {
    double expected_non_bev = 0.0;
    for (int a = 0; a <= kFleetMaxBaseAge; ++a)
      expected_non_bev += base_cohort[a] * (1.0 - bev0) * fleet_survival(car, a + k) / fleet_survival(car, a);
    const auto& s = out[k].stock[kCar];
    const double non_bev = out[k].class_stock(VehicleClass::Car) - s[static_cast<int>(Powertrain::Bev)];
    EXPECT_NEAR(non_bev, expected_non_bev, expected_non_bev * 1e-9 + 1e-6) << "year " << 2020 + k;
  }
  EXPECT_GT(out[40].nev_share(VehicleClass::Car), 0.999);
  EXPECT_LT(out[5].nev_share(VehicleClass::Car), 0.6);  // turnover takes years, not one
  EXPECT_NEAR(out[40].energy_kwh[kCar][kEl] / in[40].vehicle_km[kCar], 0.16, 0.16 * 3e-3);
}

TEST(FleetModel, OneCohortEnergyByHand) {
  FleetParams p = default_fleet_params();
  VehicleClassParams& car = p.of(VehicleClass::Car);
  car.base_stock_share = {1.0, 0.0, 0.0, 0.0, 0.0};  // every base car a gasoline ICE …
  car.historic_efficiency_gain_pct_per_yr = 0.0;     // … of the same efficiency: one cohort in effect
  car.bev_share_of_nev_sales = {{2020}, {1.0}};
  std::vector<FleetYearInput> in = constant_inputs(1.0e9, 1.0, 0.8);
  in[1].vehicle_km[kCar] = 1.5e9;  // 2021: extra demand met by new BEVs at 0.8 × 16 kWh/100km
  std::vector<FleetYearResult> out;
  simulate_fleet(p, in, out);
  const double ice_kwh_per_km = 0.075 * 0.74 * 43070.0 / 3600.0;
  EXPECT_NEAR(out[0].energy_kwh[kCar][kGasoline], 1.0e9 * ice_kwh_per_km, 1e9 * ice_kwh_per_km * 1e-12);
  EXPECT_EQ(out[0].energy_kwh[kCar][kEl], 0.0);
  const double stock = out[1].class_stock(VehicleClass::Car);
  const double bev = out[1].stock[kCar][static_cast<int>(Powertrain::Bev)];
  EXPECT_NEAR(bev, out[1].sales[kCar], 1e-6);
  const double km_each = 1.5e9 / stock;
  EXPECT_NEAR(km_each, car.annual_km_per_vehicle, 1e-9);
  EXPECT_NEAR(out[1].energy_kwh[kCar][kEl], bev * km_each * 0.16 * 0.8, 1.0);
  EXPECT_NEAR(out[1].energy_kwh[kCar][kGasoline], (stock - bev) * km_each * ice_kwh_per_km, 1.0);
}

TEST(FleetModel, MoreNevSalesMeanLessFuelAndMoreElectricity) {
  const FleetParams& p = default_fleet_params();
  std::vector<FleetYearResult> low, high;
  simulate_fleet(p, constant_inputs(1.8e9, 0.2), low);
  simulate_fleet(p, constant_inputs(1.8e9, 0.8), high);
  EXPECT_EQ(low[0].energy_kwh[kCar], high[0].energy_kwh[kCar]);  // the base year does not depend on it
  for (int k = 1; k < kYears; ++k) {
    EXPECT_LT(high[k].energy_kwh[kCar][kGasoline], low[k].energy_kwh[kCar][kGasoline]) << k;
    EXPECT_GT(high[k].energy_kwh[kCar][kEl], low[k].energy_kwh[kCar][kEl]) << k;
    EXPECT_LT(total(high[k].energy_kwh[kCar]), total(low[k].energy_kwh[kCar])) << k;  // BEVs use less energy
    EXPECT_GT(high[k].nev_share(VehicleClass::Car), low[k].nev_share(VehicleClass::Car)) << k;
    // The taxi floor: 80 % lifts taxis where their own trajectory is lower.
    EXPECT_GE(high[k].nev_share(VehicleClass::Taxi), low[k].nev_share(VehicleClass::Taxi)) << k;
  }
}

TEST(FleetModel, EfficiencyLowersEnergyAndDemandRaisesIt) {
  const FleetParams& p = default_fleet_params();
  std::vector<FleetYearResult> base, efficient, more;
  simulate_fleet(p, constant_inputs(1.8e9, 0.3, 1.0), base);
  simulate_fleet(p, constant_inputs(1.8e9, 0.3, 0.7), efficient);
  simulate_fleet(p, constant_inputs(2.0e9, 0.3, 1.0), more);
  for (int k = 1; k < kYears; ++k) {
    EXPECT_LT(total(efficient[k].total_energy_kwh()), total(base[k].total_energy_kwh())) << k;
    EXPECT_GT(total(more[k].total_energy_kwh()), total(base[k].total_energy_kwh())) << k;
  }
  // By 2060 the whole fleet is new: ≈ 30 % less energy.
  EXPECT_NEAR(total(efficient[40].total_energy_kwh()) / total(base[40].total_energy_kwh()), 0.7, 0.01);
}

TEST(FleetModel, SalesMixSumsToOneAndFollowsTheLever) {
  const FleetParams& p = default_fleet_params();
  for (int c = 0; c < kVehicleClassCount; ++c) {
    for (int year : {2020, 2025, 2035, 2060}) {
      for (double share : {0.0, 0.5, 1.0}) {
        const auto mix = sales_mix(p, static_cast<VehicleClass>(c), year, share);
        double sum = 0.0;
        for (double m : mix) {
          EXPECT_GE(m, 0.0);
          sum += m;
        }
        EXPECT_NEAR(sum, 1.0, 1e-12);
      }
    }
  }
  const auto car = sales_mix(p, VehicleClass::Car, 2024, 0.409);
  EXPECT_NEAR(car[static_cast<int>(Powertrain::Bev)] + car[static_cast<int>(Powertrain::Phev)], 0.409, 1e-12);
  EXPECT_NEAR(car[static_cast<int>(Powertrain::Bev)], 0.409 * 0.60, 1e-12);  // CAAM 2024 BEV share of NEV
}

TEST(FleetModel, SpeedOf41YearsIsWellUnderAMillisecond) {
  const FleetParams& p = default_fleet_params();
  const auto in = constant_inputs(1.8e9, 0.5);
  std::vector<FleetYearResult> out;
  simulate_fleet(p, in, out);
  const int runs = 200;
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < runs; ++i) simulate_fleet(p, in, out);
  const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count() / runs;
  std::printf("[ timing   ] simulate_fleet, 3 classes x 41 years: %.1f us\n", us);
  EXPECT_GT(total(out[40].total_energy_kwh()), 0.0);
}

}  // namespace
}  // namespace twin::transport
