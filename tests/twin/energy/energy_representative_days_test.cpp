// Representative days (twin/energy/representative_days.hpp): the month × heating-season grouping, the
// folding that keeps annual totals, and the approximation itself — the default city's system over one
// year of synthetic drivers, full 8760 hours against the same drivers folded onto representative days.
#include "twin/energy/representative_days.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "twin/climate/typical_year.hpp"
#include "twin/energy/energy_city_def.hpp"

namespace twin::energy {
namespace {

const climate::WeatherYear& beijing() {
  static const climate::WeatherYear w = climate::typical_year(climate::ClimateCity::Beijing);
  return w;
}

TEST(EnergyRepresentativeDays, GroupsByMonthAndHeatingSeason) {
  // Default season 15 Nov (day 319) – 15 Mar (day 74): March splits into 1–15 (in, 15 days) and 16–31
  // (out, 16 days), November into 1–14 (out, 14 days) and 15–30 (in, 16 days): 12 + 2 = 14 groups.
  const DayGroups g = group_days(8760, HeatingSeasonDef{});
  ASSERT_EQ(g.count(), 14u);
  double days = 0.0;
  for (double d : g.days) days += d;
  EXPECT_EQ(days, 365.0);
  auto group_starting = [&](int day) {
    for (std::size_t k = 0; k < g.count(); ++k)
      if (g.first_day[k] == day) return static_cast<int>(k);
    return -1;
  };
  ASSERT_GE(group_starting(59), 0);   // 1 March (0-based day 59)
  EXPECT_EQ(g.days[group_starting(59)], 15.0);
  ASSERT_GE(group_starting(74), 0);   // 16 March
  EXPECT_EQ(g.days[group_starting(74)], 16.0);
  ASSERT_GE(group_starting(304), 0);  // 1 November
  EXPECT_EQ(g.days[group_starting(304)], 14.0);
  ASSERT_GE(group_starting(318), 0);  // 15 November
  EXPECT_EQ(g.days[group_starting(318)], 16.0);
  EXPECT_EQ(g.days[group_starting(0)], 31.0);  // January, all in season
  EXPECT_EQ(g.group_of_day[364], g.group_of_day[334]);  // 31 and 1 December
}

TEST(EnergyRepresentativeDays, FoldingKeepsTotalsAndHourOfDay) {
  const DayGroups g = group_days(8760, HeatingSeasonDef{});
  std::vector<double> hour_of_day(8760), temperature = beijing().dry_bulb_c;
  for (std::size_t h = 0; h < 8760; ++h) hour_of_day[h] = static_cast<double>(h % 24);
  const std::vector<double> folded = fold_series(hour_of_day, g);
  ASSERT_EQ(folded.size(), 24 * g.count());
  for (std::size_t h = 0; h < folded.size(); ++h) EXPECT_NEAR(folded[h], static_cast<double>(h % 24), 1e-12);
  const std::vector<double> t = fold_series(temperature, g);
  double full = 0.0, rep = 0.0;
  for (double v : temperature) full += v;
  for (std::size_t h = 0; h < t.size(); ++h) rep += g.days[h / 24] * t[h];
  EXPECT_NEAR(rep, full, 1e-9 * std::fabs(full) + 1e-6);

  const EnergyCityDef def = default_energy_city_def();
  const EnergyProfiles p = representative_profiles(make_energy_profiles(beijing(), def.system, def.loads.shapes), g);
  ASSERT_EQ(p.hours(), 24 * g.count());
  ASSERT_EQ(p.weight.size(), p.hours());
  ASSERT_EQ(p.day_of_year.size(), p.hours());
  double flat = 0.0, ev_home = 0.0, industry = 0.0;
  for (std::size_t h = 0; h < p.hours(); ++h) {
    flat += p.weight[h] * p.shapes.flat[h];
    ev_home += p.weight[h] * p.shapes.ev_home[h];
    industry += p.weight[h] * p.shapes.industry[h];
  }
  EXPECT_NEAR(flat, 1.0, 1e-12);  // shapes keep Σ = 1 over the weighted hours
  EXPECT_NEAR(ev_home, 1.0, 1e-12);
  EXPECT_NEAR(industry, 1.0, 1e-12);
}

TEST(EnergyRepresentativeDays, BadWeightsAreReported) {
  const EnergyCityDef def = default_energy_city_def();
  const DayGroups g = group_days(8760, def.system.heating_season);
  EnergyProfiles p = representative_profiles(make_energy_profiles(beijing(), def.system, def.loads.shapes), g);
  p.weight[30] = -1.0;
  EnergyYearDrivers d;
  d.factors = energy_factors_for_year(2020, emissions::GridRegion::NorthChina);
  const EnergyYearResult r = evaluate_energy_year(def.system, p, d);
  ASSERT_FALSE(r.issues.empty());
  EXPECT_EQ(r.issues[0].where, "profiles.weight[30]");
}

// The approximation, honestly: the default city's system (200 MWp PV, 100 MW wind, 100 MWh storage,
// 350 MW coal CHP, district heat) under the Beijing typical year; synthetic drivers of the default
// city's size: buildings 300 MW + 9 MW per K from 18 °C, district heat 150 MW per K below 15 °C,
// rooftop PV 30 MWp, EVs 100 GWh, industry 2 TWh, other 300 GWh (assets/energy defaults), imports at a
// fixed 0.5810 kg/kWh. Full year vs the same series folded onto the 14 representative days.
TEST(EnergyRepresentativeDays, BaseYearAgainstFullYear) {
  const EnergyCityDef def = default_energy_city_def();
  const EnergyProfiles full = make_energy_profiles(beijing(), def.system, def.loads.shapes);
  const DayGroups g = group_days(full.hours(), def.system.heating_season);
  const EnergyProfiles rep = representative_profiles(full, g);
  const std::vector<double>& t = beijing().dry_bulb_c;
  std::vector<double> buildings, heat, rooftop;
  for (std::size_t h = 0; h < t.size(); ++h) {
    buildings.push_back(300000.0 + 9000.0 * std::fabs(t[h] - 18.0));
    heat.push_back(t[h] < 15.0 ? 150000.0 * (15.0 - t[h]) : 0.0);
    rooftop.push_back(30000.0 * full.utility_pv_kwh_per_kwp[h]);
  }
  const std::vector<double> b_rep = fold_series(buildings, g), h_rep = fold_series(heat, g),
                            r_rep = fold_series(rooftop, g);
  EnergyYearDrivers d;
  d.year = 2020;
  d.ev = def.loads.ev;
  d.industry_kwh = def.loads.industry_kwh;
  d.other_kwh = def.loads.other_kwh;
  d.factors = energy_factors_for_year(2020, emissions::GridRegion::NorthChina);
  d.factors.grid_co2_kg_per_kwh = 0.5810;
  EnergyYearDrivers dr = d;
  d.buildings_electricity_kwh = buildings;
  d.district_heat_kwh = heat;
  d.rooftop_pv_kwh = rooftop;
  dr.buildings_electricity_kwh = b_rep;
  dr.district_heat_kwh = h_rep;
  dr.rooftop_pv_kwh = r_rep;
  // Two systems: the default one (no surplus: nothing exported or curtailed) and one with +1500 MWp of
  // utility PV (midday surpluses: export to the 500 MW limit, storage, curtailment).
  for (const double added_kwp : {0.0, 1.5e6}) {
    EnergySystemDef system = def.system;
    system.utility_pv.capacity_kwp += added_kwp;
    const EnergyYearResult a = evaluate_energy_year(system, full, d);
    const EnergyYearResult b = evaluate_energy_year(system, rep, dr);
    ASSERT_TRUE(a.issues.empty());
    ASSERT_TRUE(b.issues.empty());
    const EnergyYearSummary &x = a.summary, &y = b.summary;
    std::printf("+%.0f kWp, full vs representative days: local generation %.6g / %.6g kWh, import %.6g / %.6g, "
                "export %.6g / %.6g, curtailment %.6g / %.6g, factor %.6f / %.6f kg/kWh, CHP %.6g / %.6g\n",
                added_kwp, x.local_generation_kwh, y.local_generation_kwh, x.import_kwh, y.import_kwh, x.export_kwh,
                y.export_kwh, x.curtailment_kwh, y.curtailment_kwh, x.electricity_factor_kg_per_kwh,
                y.electricity_factor_kg_per_kwh, x.chp_kwh, y.chp_kwh);
    // Loads and variable renewables are folded exactly (Σ weight × mean day = Σ hours); the heat
    // network's heat pumps are not (capacity-limited hours average differently), so they are left out.
    auto loads = [](const EnergyYearSummary& m) { return m.buildings_kwh + m.ev_kwh + m.industry_kwh + m.other_kwh; };
    EXPECT_NEAR(loads(y), loads(x), 1e-9 * loads(x));
    EXPECT_NEAR(y.utility_pv_kwh, x.utility_pv_kwh, 1e-9 * x.utility_pv_kwh);
    EXPECT_NEAR(y.wind_kwh, x.wind_kwh, 1e-9 * x.wind_kwh);
    // Documented tolerances of the approximation (twin/pathway/README.md). What it gives today:
    //  default system: local generation +0.15 %, import −0.31 %, factor −0.28 %, no surplus in either;
    //  +1500 MWp:      local generation +0.06 %, import −4.7 %, factor −3.8 %, export + curtailment
    //                  −37 % (a mean day has no sunny-day peaks: it under-states the midday surplus, so
    //                  more of the PV counts as used locally).
    // Asserted: local generation within 1 %; import and factor within 1 % without surplus and 6 % with
    // it; the surplus within 45 % of the full year's, + 1 GWh.
    const bool surplus_case = added_kwp > 0.0;
    const double tol = surplus_case ? 0.06 : 0.01;
    EXPECT_NEAR(y.local_generation_kwh, x.local_generation_kwh, 0.01 * x.local_generation_kwh);
    EXPECT_NEAR(y.import_kwh, x.import_kwh, tol * x.import_kwh);
    EXPECT_NEAR(y.electricity_factor_kg_per_kwh, x.electricity_factor_kg_per_kwh, tol * x.electricity_factor_kg_per_kwh);
    const double surplus_full = x.export_kwh + x.curtailment_kwh, surplus_rep = y.export_kwh + y.curtailment_kwh;
    EXPECT_NEAR(surplus_rep, surplus_full, 0.45 * surplus_full + 1e6);
    if (surplus_case) {
      EXPECT_GT(surplus_full, 1e8);  // the case does what it is for
    }
  }
}

}  // namespace
}  // namespace twin::energy
