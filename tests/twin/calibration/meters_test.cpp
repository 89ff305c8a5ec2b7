// Meter files, ASHRAE Guideline 14 statistics by hand, and the single-building simulation.
#include "twin/calibration/meters.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "twin/buildings/city_energy.hpp"
#include "twin/city/default_city.hpp"
#include "twin/climate/typical_year.hpp"

namespace twin::calibration {
namespace {

bool any_contains(const std::vector<std::string>& errors, const std::string& part) {
  for (const std::string& e : errors)
    if (e.find(part) != std::string::npos) return true;
  return false;
}

TEST(CalibrationMeters, Guideline14StatisticsByHand) {
  // y = 10, 12, 8, 10; ŷ = 9, 12, 10, 11 → e = y − ŷ = 1, 0, −2, −1.
  // ȳ = 40 / 4 = 10; Σe = −2; Σe² = 1 + 0 + 4 + 1 = 6; p = 0, n − p = 4.
  // CV(RMSE) = 100 × sqrt(6 / 4) / 10 = 100 × 1.224 744 871 / 10 = 12.247 448 71 %.
  // NMBE = 100 × (−2) / (4 × 10) = −5 % (the model over-predicts).
  const FitStatistics f = fit_statistics({10, 12, 8, 10}, {9, 12, 10, 11});
  ASSERT_TRUE(f.valid);
  EXPECT_EQ(f.n, 4u);
  EXPECT_DOUBLE_EQ(f.measured_mean_kwh, 10.0);
  EXPECT_DOUBLE_EQ(f.simulated_mean_kwh, 10.5);
  EXPECT_NEAR(f.cv_rmse_pct, 12.24744871391589, 1e-12);
  EXPECT_DOUBLE_EQ(f.nmbe_pct, -5.0);
  EXPECT_TRUE(f.passes);
  // With p = 1: n − p = 3 → CV = 100 × sqrt(2) / 10 = 14.142 %, NMBE = −200 / 30 = −6.667 %.
  const FitStatistics p1 = fit_statistics({10, 12, 8, 10}, {9, 12, 10, 11}, 1);
  EXPECT_NEAR(p1.cv_rmse_pct, 14.142135623730951, 1e-12);
  EXPECT_NEAR(p1.nmbe_pct, -6.666666666666667, 1e-12);
}

TEST(CalibrationMeters, FailsOutsideHourlyLimits) {
  // Bias only: ŷ = 0.85 y → e = 0.15 y; NMBE = 15 % > 10 % fails though CV(RMSE) = 15 % ≤ 30 %.
  const FitStatistics bias = fit_statistics({10, 20, 30}, {8.5, 17, 25.5});
  ASSERT_TRUE(bias.valid);
  EXPECT_NEAR(bias.nmbe_pct, 15.0, 1e-12);
  EXPECT_FALSE(bias.passes);
  // Scatter only: e = +4, −4 around ȳ = 10 → CV = 40 % > 30 %, NMBE = 0.
  const FitStatistics scatter = fit_statistics({10, 10}, {6, 14});
  EXPECT_NEAR(scatter.cv_rmse_pct, 40.0, 1e-12);
  EXPECT_NEAR(scatter.nmbe_pct, 0.0, 1e-12);
  EXPECT_FALSE(scatter.passes);
  // A measured mean of 0 has no relative statistics.
  EXPECT_FALSE(fit_statistics({0, 0, 0}, {1, 1, 1}).valid);
  EXPECT_FALSE(fit_statistics({1}, {1}).valid);
}

TEST(CalibrationMeters, ReadsTimesAndHeaderKeys) {
  const std::string csv =
      "# building: way/42\n"
      "# carrier: natural_gas\n"
      "time,kwh\n"
      "2020-01-01 00:00,1.5\n"
      "2020-01-01T01:00:00,\n"          // missing reading
      "2020-02-29 05:00,3\n"            // leap day: not in the weather year
      "2020-03-01 00:00,2\n";
  MeterSeries m;
  std::vector<std::string> errors;
  ASSERT_TRUE(read_meter_csv(csv, "dir/ignored.csv", &m, &errors)) << errors[0];
  EXPECT_EQ(m.building_key, "way/42");
  EXPECT_EQ(m.carrier, emissions::Carrier::NaturalGas);
  ASSERT_EQ(m.hour.size(), 2u);
  EXPECT_EQ(m.hour[0], 0);
  EXPECT_EQ(m.hour[1], (31 + 28) * 24);  // 1 March 00:00 of a non-leap year = day 59 → hour 1416
  EXPECT_EQ(m.empty_hours, 1);
  EXPECT_EQ(m.feb29_hours, 1);

  MeterSeries by_name;
  ASSERT_TRUE(read_meter_csv("hour,kwh\n0,1\n8759,2\n", "/x/17.csv", &by_name, &errors));
  EXPECT_EQ(by_name.building_key, "17");
  EXPECT_EQ(by_name.carrier, emissions::Carrier::Electricity);
  EXPECT_EQ(by_name.hour.back(), 8759);
}

TEST(CalibrationMeters, NamesBadRows) {
  auto errors_of = [](const std::string& csv) {
    MeterSeries m;
    std::vector<std::string> errors;
    EXPECT_FALSE(read_meter_csv(csv, "b.csv", &m, &errors));
    return errors;
  };
  EXPECT_TRUE(any_contains(errors_of("when,kwh\n"), "line 1: the header must be 'time,kwh'"));
  EXPECT_TRUE(any_contains(errors_of("time,kwh\n2020-01-01 00:30,1\n"), "line 2: field 'time': '2020-01-01 00:30' is not an hourly time"));
  EXPECT_TRUE(any_contains(errors_of("time,kwh\n2021-02-29 00:00,1\n"), "is not an hourly time"));
  EXPECT_TRUE(any_contains(errors_of("time,kwh\n2020-01-01 01:00,1\n2020-01-01 01:00,1\n"), "line 3: field 'time'"));
  EXPECT_TRUE(any_contains(errors_of("time,kwh\n2020-01-01 01:00,-1\n"), "negative reading"));
  EXPECT_TRUE(any_contains(errors_of("time,kwh\n2020-01-01 01:00,inf\n"), "'inf' is not a number"));
  EXPECT_TRUE(any_contains(errors_of("hour,kwh\n8760,1\n"), "not an hour of the year"));
  EXPECT_TRUE(any_contains(errors_of("time,kwh\n"), "no readings"));
  EXPECT_TRUE(any_contains(errors_of("# carrier: steam\ntime,kwh\n2020-01-01 00:00,1\n"), "not a carrier"));
}

// The first n buildings of a city (a small city for an exact run in a unit test).
City first_buildings(City city, std::uint32_t n) {
  Buildings& b = city.buildings;
  b.footprint_xy.resize(b.footprint_begin[n]);
  b.footprint_begin.resize(n + 1);
  b.height_m.resize(n);
  b.floors.resize(n);
  b.use.resize(n);
  b.residential_type.resize(n);
  b.construction_year.resize(n);
  b.heating_system.resize(n);
  b.heating_fuel.resize(n);
  b.zone.resize(n);
  b.access_node.resize(n);
  if (!b.inferred.empty()) b.inferred.resize(n);
  if (!b.source_id.empty()) b.source_id.resize(n);
  return city;
}

TEST(CalibrationMeters, SingleBuildingSimulationMatchesItsMeter) {
  const City full = generate_city(default_city_def());
  std::uint32_t office = 0;
  while (full.buildings.use[office] != BuildingUse::Office) ++office;
  // A few buildings around the first office, so that the exact run below stays short.
  const City city = first_buildings(full, std::min(full.buildings.size(), office + 3));
  const climate::WeatherYear weather = climate::typical_year(climate::ClimateCity::Beijing);
  const std::uint32_t b = office;
  const std::vector<double> sim =
      simulate_building_hourly_kwh(city, b, weather, climate::ClimateZone::Cold, emissions::Carrier::Electricity);
  ASSERT_EQ(sim.size(), weather.hours());
  const double annual = std::accumulate(sim.begin(), sim.end(), 0.0);
  EXPECT_GT(annual, 0.0);
  // The hourly sum equals the building's annual electricity in an exact run of the city it is part of.
  buildings::CityEnergyDef def = buildings::default_city_energy_def();
  def.zone = climate::ClimateZone::Cold;
  def.mode = buildings::SimulationMode::Exact;
  const buildings::CityEnergyResult whole = buildings::simulate_city_energy(city, weather, def);
  EXPECT_NEAR(annual, whole.carrier_kwh(b, emissions::Carrier::Electricity), 1e-6 * annual);
  // A meter that reads 1.1 × the simulation: NMBE = 100 × Σ0.1ŷ / (n × 1.1 ŷ̄) = 9.09 %, CV(RMSE) = 9.09 %.
  MeterSeries meter;
  meter.building_key = std::to_string(b);
  for (int h = 0; h < kHoursPerYear; ++h) {
    meter.hour.push_back(h);
    meter.kwh.push_back(1.1 * sim[static_cast<std::size_t>(h)]);
  }
  EXPECT_EQ(find_building(city, meter.building_key), static_cast<std::int64_t>(b));
  const MeterComparison c = compare_meter(meter, b, sim);
  EXPECT_EQ(c.hours_compared, static_cast<std::size_t>(kHoursPerYear));
  EXPECT_NEAR(c.stats.nmbe_pct, 100.0 * 0.1 / 1.1, 1e-9);
  EXPECT_TRUE(c.stats.passes);
  EXPECT_EQ(find_building(city, "no-such-building"), -1);
  EXPECT_EQ(find_building(city, std::to_string(city.buildings.size())), -1);
}

}  // namespace
}  // namespace twin::calibration
