#include "twin/energy/energy_year.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>

#include "twin/energy/renewables.hpp"
#include "twin/energy/valley_fill.hpp"
#include "twin/json_text/json_text.hpp"

namespace twin::energy {

namespace {

constexpr double kAbsurdKwh = 1.0e12;  // per hour or per year: beyond any city (1 PWh)

// Numbers inside issue messages: 6 significant digits are enough to find the bad value.
std::string num(double v) { return json_text::number(v, 6); }

void check_value(std::vector<EnergyIssue>* issues, const std::string& where, double v) {
  if (!std::isfinite(v))
    issues->push_back({where, "is not a finite number"});
  else if (v < 0.0)
    issues->push_back({where, "is negative (" + num(v) + ")"});
  else if (v > kAbsurdKwh)
    issues->push_back({where, num(v) + " exceeds 1e12 (absurd for a city)"});
}

void check_series(std::vector<EnergyIssue>* issues, const char* name, std::span<const double> s, std::uint32_t hours) {
  if (s.empty()) return;
  if (s.size() != hours) {
    issues->push_back({std::string("drivers.") + name,
                       "has " + std::to_string(s.size()) + " hours, the weather year has " + std::to_string(hours)});
    return;
  }
  for (std::size_t h = 0; h < s.size(); ++h) {
    if (s[h] >= 0.0 && s[h] <= kAbsurdKwh) continue;  // the common case, without building a name
    check_value(issues, std::string("drivers.") + name + "[" + std::to_string(h) + "]", s[h]);
    return;  // the first bad hour of a series is enough to find it
  }
}

double at(std::span<const double> s, std::size_t h) { return s.empty() ? 0.0 : s[h]; }

double sum(const std::vector<double>& v) {
  double s = 0.0;
  for (double x : v) s += x;
  return s;
}

// Σ weight × value (representative days); the plain sum without weights (bit for bit as before).
// Weights are constant over each 24-hour day: Σ_day w × (Σ of its hours), the hours summed in four
// fixed interleaved partial sums (a fixed order, so deterministic; four times shorter dependency chains).
double wsum(const std::vector<double>& v, const std::vector<double>& weight) {
  if (weight.empty()) return sum(v);
  double s = 0.0;
  for (std::size_t d = 0; d + 24 <= v.size(); d += 24) {
    double a = 0.0, b = 0.0, c = 0.0, e = 0.0;
    for (std::size_t i = 0; i < 24; i += 4) {
      a += v[d + i];
      b += v[d + i + 1];
      c += v[d + i + 2];
      e += v[d + i + 3];
    }
    s += weight[d] * ((a + b) + (c + e));
  }
  return s;
}

}  // namespace

EnergyProfiles make_energy_profiles(const climate::WeatherYear& weather, const EnergySystemDef& system,
                                    const LoadShapeDef& shapes) {
  EnergyProfiles p;
  p.utility_pv_kwh_per_kwp = utility_pv_kwh_per_kwp(weather, system.utility_pv);
  p.wind_kwh_per_kw = wind_kwh_per_kw(weather, system.wind);
  p.shapes = make_load_shapes(weather, shapes);
  return p;
}

std::vector<EnergyIssue> validate_energy_drivers(const EnergyYearDrivers& d, std::uint32_t hours) {
  std::vector<EnergyIssue> issues;
  check_series(&issues, "buildings_electricity_kwh", d.buildings_electricity_kwh, hours);
  check_series(&issues, "rooftop_pv_kwh", d.rooftop_pv_kwh, hours);
  check_series(&issues, "district_heat_kwh", d.district_heat_kwh, hours);
  check_value(&issues, "drivers.ev.annual_kwh", d.ev.annual_kwh);
  check_value(&issues, "drivers.heat_pump_kwh", d.heat_pump_kwh);
  check_value(&issues, "drivers.industry_kwh", d.industry_kwh);
  check_value(&issues, "drivers.other_kwh", d.other_kwh);
  for (auto [name, v] : {std::pair{"drivers.ev.home_share", d.ev.home_share}, std::pair{"drivers.ev.work_share", d.ev.work_share},
                         std::pair{"drivers.ev.fast_share", d.ev.fast_share}})
    if (!std::isfinite(v) || v < 0.0 || v > 1.0) issues.push_back({name, num(v) + " is not a share in [0, 1]"});
  const double shares = d.ev.home_share + d.ev.work_share + d.ev.fast_share;
  if (std::isfinite(shares) && std::fabs(shares - 1.0) > 1e-9)
    issues.push_back({"drivers.ev", "home_share + work_share + fast_share = " + num(shares) + ", not 1"});
  const EnergyFactors& f = d.factors;
  for (auto [name, v] : {std::pair{"drivers.factors.grid_co2_kg_per_kwh", f.grid_co2_kg_per_kwh},
                         std::pair{"drivers.factors.coal.co2_kg_per_kwh", f.coal.co2_kg_per_kwh},
                         std::pair{"drivers.factors.natural_gas.co2_kg_per_kwh", f.natural_gas.co2_kg_per_kwh},
                         std::pair{"drivers.factors.gwp_ch4", f.gwp_ch4}, std::pair{"drivers.factors.gwp_n2o", f.gwp_n2o}})
    if (!std::isfinite(v) || v < 0.0 || v > 1.0e5) issues.push_back({name, num(v) + " is not a factor in [0, 1e5]"});
  return issues;
}

EnergyYearResult evaluate_energy_year(const EnergySystemDef& system, const EnergyProfiles& profiles,
                                      const EnergyYearDrivers& d) {
  EnergyYearResult r;
  r.issues = validate_energy_system(system);
  const std::uint32_t n = profiles.hours();
  if (profiles.wind_kwh_per_kw.size() != n || profiles.shapes.hours() != n)
    r.issues.push_back({"profiles", "per-unit profiles of different lengths"});
  if (!profiles.day_of_year.empty() && profiles.day_of_year.size() != n)
    r.issues.push_back({"profiles.day_of_year", "has " + std::to_string(profiles.day_of_year.size()) +
                                                    " hours, the profiles have " + std::to_string(n)});
  if (!profiles.weight.empty()) {
    if (profiles.weight.size() != n || n % 24 != 0)
      r.issues.push_back({"profiles.weight", "has " + std::to_string(profiles.weight.size()) + " hours for " +
                                                 std::to_string(n) + " profile hours (whole 24-hour days needed)"});
    for (std::size_t h = 0; h < profiles.weight.size(); ++h)
      if (!(profiles.weight[h] > 0.0 && profiles.weight[h] <= 366.0) || profiles.weight[h] != profiles.weight[h - h % 24]) {
        r.issues.push_back({"profiles.weight[" + std::to_string(h) + "]", num(profiles.weight[h]) +
                                                                              " is not a day count in (0, 366] "
                                                                              "equal over its 24-hour day"});
        break;
      }
  }
  const std::vector<EnergyIssue> driver_issues = validate_energy_drivers(d, n);
  r.issues.insert(r.issues.end(), driver_issues.begin(), driver_issues.end());
  if (!r.issues.empty()) return r;

  // District heat first: its CHP electricity is must-run and its heat pumps are a load.
  if (d.district_heat_kwh.empty()) {
    const std::vector<double> none(n, 0.0);
    r.heat = balance_heat(none, system, d.factors, profiles.day_of_year, profiles.weight);
  } else {
    r.heat = balance_heat(d.district_heat_kwh, system, d.factors, profiles.day_of_year, profiles.weight);
  }

  // Demand classes and supply before flexibility.
  EnergyHourly& y = r.hourly;
  for (auto* v : {&y.buildings_kwh, &y.ev_kwh, &y.heat_pump_kwh, &y.industry_kwh, &y.other_kwh,
                  &y.demand_response_kwh, &y.demand_kwh, &y.rooftop_pv_kwh, &y.utility_pv_kwh, &y.wind_kwh, &y.chp_kwh})
    v->assign(n, 0.0);
  const LoadShapes& s = profiles.shapes;
  std::vector<double> ev_habit(n), must(n);
  double thermal_min = 0.0;
  for (const ThermalPlantDef& p : system.thermal_plants) thermal_min += p.capacity_kw * p.min_load_share;
  for (std::uint32_t h = 0; h < n; ++h) {
    y.buildings_kwh[h] = at(d.buildings_electricity_kwh, h);
    y.industry_kwh[h] = d.industry_kwh * s.industry[h];
    y.other_kwh[h] = d.other_kwh * s.flat[h];
    y.heat_pump_kwh[h] = d.heat_pump_kwh * s.heat_pump[h] + r.heat.heat_pump_electricity_kwh[h];
    ev_habit[h] = d.ev.annual_kwh *
                  (d.ev.home_share * s.ev_home[h] + d.ev.work_share * s.ev_work[h] + d.ev.fast_share * s.ev_fast[h]);
    y.rooftop_pv_kwh[h] = at(d.rooftop_pv_kwh, h);
    y.utility_pv_kwh[h] = system.utility_pv.capacity_kwp * profiles.utility_pv_kwh_per_kwp[h];
    y.wind_kwh[h] = system.wind.capacity_kw * profiles.wind_kwh_per_kw[h];
    y.chp_kwh[h] = r.heat.chp_electricity_kwh[h];
    must[h] = y.rooftop_pv_kwh[h] + y.utility_pv_kwh[h] + y.wind_kwh[h] + y.chp_kwh[h] + thermal_min;
  }

  // Demand response, then smart charging, day by day: valley filling of the day's net load.
  const double dr = system.flexibility.demand_response_share;
  const double smart = system.flexibility.smart_charging_share;
  double net[24], added[24], removed[24];
  // Without flexibility nothing moves (the loop below would give exactly these values): skip it.
  if (dr == 0.0 && smart == 0.0) y.ev_kwh = ev_habit;
  for (std::uint32_t start = 0; start < n && (dr != 0.0 || smart != 0.0); start += 24) {
    const std::uint32_t len = std::min<std::uint32_t>(24, n - start);
    double flex_kwh = 0.0, smart_kwh = 0.0;
    for (std::uint32_t i = 0; i < len; ++i) {
      const std::uint32_t h = start + i;
      removed[i] = dr * (y.buildings_kwh[h] + y.industry_kwh[h] + y.other_kwh[h]);
      flex_kwh += removed[i];
      smart_kwh += smart * ev_habit[h];
      net[i] = y.buildings_kwh[h] + y.industry_kwh[h] + y.other_kwh[h] + y.heat_pump_kwh[h] +
               (1.0 - smart) * ev_habit[h] - removed[i] - must[h];
    }
    fill_valleys(std::span<const double>(net, len), flex_kwh, std::span<double>(added, len));
    for (std::uint32_t i = 0; i < len; ++i) {
      y.demand_response_kwh[start + i] = added[i] - removed[i];
      net[i] += added[i];
    }
    fill_valleys(std::span<const double>(net, len), smart_kwh, std::span<double>(added, len));
    for (std::uint32_t i = 0; i < len; ++i) y.ev_kwh[start + i] = (1.0 - smart) * ev_habit[start + i] + added[i];
  }
  std::vector<double> variable(n);
  for (std::uint32_t h = 0; h < n; ++h) {
    y.demand_kwh[h] = y.buildings_kwh[h] + y.ev_kwh[h] + y.heat_pump_kwh[h] + y.industry_kwh[h] + y.other_kwh[h] +
                      y.demand_response_kwh[h];
    variable[h] = y.rooftop_pv_kwh[h] + y.utility_pv_kwh[h] + y.wind_kwh[h];
  }

  DispatchInputs in;
  in.demand_kwh = y.demand_kwh;
  in.variable_kwh = variable;
  in.chp_kwh = y.chp_kwh;
  in.chp_co2_kg = r.heat.chp_electricity_co2_kg;
  in.weight = profiles.weight;
  r.dispatch = dispatch_electricity(in, system, d.factors);
  const Dispatch& x = r.dispatch;

  // Annual summary.
  EnergyYearSummary& m = r.summary;
  const std::vector<double>& wt = profiles.weight;  // empty: a plain year
  m.demand_kwh = wsum(y.demand_kwh, wt);
  m.unserved_kwh = wsum(x.unserved_kwh, wt);
  m.served_kwh = m.demand_kwh - m.unserved_kwh;
  m.buildings_kwh = wsum(y.buildings_kwh, wt);
  m.ev_kwh = wsum(y.ev_kwh, wt);
  m.heat_pump_kwh = wsum(y.heat_pump_kwh, wt);
  m.district_heat_pump_kwh = wsum(r.heat.heat_pump_electricity_kwh, wt);
  m.industry_kwh = wsum(y.industry_kwh, wt);
  m.other_kwh = wsum(y.other_kwh, wt);
  m.rooftop_pv_kwh = wsum(y.rooftop_pv_kwh, wt);
  m.utility_pv_kwh = wsum(y.utility_pv_kwh, wt);
  m.wind_kwh = wsum(y.wind_kwh, wt);
  m.chp_kwh = wsum(y.chp_kwh, wt);
  m.thermal_kwh = wsum(x.thermal_kwh, wt);
  m.local_generation_kwh = m.rooftop_pv_kwh + m.utility_pv_kwh + m.wind_kwh + m.chp_kwh + m.thermal_kwh;
  m.import_kwh = wsum(x.grid_import_kwh, wt);
  m.export_kwh = wsum(x.grid_export_kwh, wt);
  m.curtailment_kwh = wsum(x.curtailment_kwh, wt);
  const double vre = m.rooftop_pv_kwh + m.utility_pv_kwh + m.wind_kwh;
  m.curtailment_share = vre > 0.0 ? m.curtailment_kwh / vre : 0.0;
  m.storage_charge_kwh = wsum(x.storage_charge_kwh, wt);
  m.storage_discharge_kwh = wsum(x.storage_discharge_kwh, wt);
  m.storage_loss_kwh = wsum(x.storage_loss_kwh, wt);
  m.storage_final_soc_kwh = n > 0 ? x.storage_soc_kwh[n - 1] : 0.0;
  m.self_sufficiency = m.served_kwh > 0.0 ? 1.0 - m.import_kwh / m.served_kwh : 0.0;
  for (std::uint32_t h = 0; h < n; ++h) {
    m.peak_import_kw = std::max(m.peak_import_kw, x.grid_import_kwh[h]);
    m.peak_demand_kw = std::max(m.peak_demand_kw, y.demand_kwh[h]);
    m.max_abs_residual_kwh = std::max(m.max_abs_residual_kwh, std::fabs(x.balance_residual_kwh[h]));
    if (x.unserved_kwh[h] > 0.0) m.unserved_hours += wt.empty() ? 1 : static_cast<int>(wt[h] + 0.5);
  }
  m.grid_factor_kg_per_kwh = d.factors.grid_co2_kg_per_kwh;
  m.consumed_electricity_co2_t = x.consumed_co2_kg / 1000.0;
  m.electricity_factor_kg_per_kwh = m.served_kwh > 0.0 ? x.consumed_co2_kg / m.served_kwh : m.grid_factor_kg_per_kwh;
  m.exported_co2_t = x.exported_co2_kg / 1000.0;
  m.power_generation = r.heat.chp_electricity_emissions;
  for (std::size_t i = 0; i < system.thermal_plants.size(); ++i)
    add(&m.power_generation, fuel_emissions(d.factors, system.thermal_plants[i].fuel, x.thermal_plant_fuel_kwh[i]));

  const HeatBalance& hb = r.heat;
  m.heat_delivered_kwh = wsum(hb.delivered_kwh, wt);
  m.heat_loss_kwh = wsum(hb.network_loss_kwh, wt);
  m.heat_unserved_kwh = wsum(hb.unserved_heat_kwh, wt);
  m.heat_dumped_kwh = wsum(hb.dumped_heat_kwh, wt);
  m.heat_chp_kwh = wsum(hb.chp_heat_kwh, wt);
  m.heat_waste_kwh = wsum(hb.waste_heat_kwh, wt);
  m.heat_pump_heat_kwh = wsum(hb.heat_pump_heat_kwh, wt);
  m.heat_coal_boiler_kwh = wsum(hb.coal_boiler_heat_kwh, wt);
  m.heat_gas_boiler_kwh = wsum(hb.gas_boiler_heat_kwh, wt);
  m.coal_fuel_kwh = hb.coal_boiler_fuel_kwh;
  m.gas_fuel_kwh = hb.gas_boiler_fuel_kwh;
  for (std::size_t i = 0; i < system.chp_plants.size(); ++i)
    (system.chp_plants[i].fuel == emissions::Carrier::Coal ? m.coal_fuel_kwh : m.gas_fuel_kwh) += hb.chp_plant_fuel_kwh[i];
  for (std::size_t i = 0; i < system.thermal_plants.size(); ++i)
    (system.thermal_plants[i].fuel == emissions::Carrier::Coal ? m.coal_fuel_kwh : m.gas_fuel_kwh) +=
        x.thermal_plant_fuel_kwh[i];
  m.heat_generation = hb.heat_fuel_emissions;
  double heat_pump_co2_kg = 0.0;
  for (std::uint32_t h = 0; h < n; ++h)
    heat_pump_co2_kg += (wt.empty() ? 1.0 : wt[h]) * (hb.heat_pump_electricity_kwh[h] * x.factor_kg_per_kwh[h]);
  m.heat_factor_kg_per_kwh =
      m.heat_delivered_kwh > 0.0 ? (hb.heat_fuel_emissions.co2_t * 1000.0 + heat_pump_co2_kg) / m.heat_delivered_kwh : 0.0;
  return r;
}

double hourly_scope2_t(std::span<const double> load_kwh, std::span<const double> factor_kg_per_kwh) {
  assert(load_kwh.size() == factor_kg_per_kwh.size() && "hourly_scope2_t: series of different lengths");
  double kg = 0.0;
  for (std::size_t h = 0; h < load_kwh.size(); ++h) kg += load_kwh[h] * factor_kg_per_kwh[h];
  return kg / 1000.0;
}

double hourly_scope2_t(std::span<const double> load_kwh, std::span<const double> factor_kg_per_kwh,
                       std::span<const double> weight) {
  if (weight.empty()) return hourly_scope2_t(load_kwh, factor_kg_per_kwh);
  assert(load_kwh.size() == factor_kg_per_kwh.size() && load_kwh.size() == weight.size() &&
         "hourly_scope2_t: series of different lengths");
  double kg = 0.0;  // per day (one weight) in four fixed partial sums, as wsum()
  for (std::size_t d = 0; d + 24 <= load_kwh.size(); d += 24) {
    double a = 0.0, b = 0.0, c = 0.0, e = 0.0;
    for (std::size_t i = 0; i < 24; i += 4) {
      a += load_kwh[d + i] * factor_kg_per_kwh[d + i];
      b += load_kwh[d + i + 1] * factor_kg_per_kwh[d + i + 1];
      c += load_kwh[d + i + 2] * factor_kg_per_kwh[d + i + 2];
      e += load_kwh[d + i + 3] * factor_kg_per_kwh[d + i + 3];
    }
    kg += weight[d] * ((a + b) + (c + e));
  }
  return kg / 1000.0;
}

}  // namespace twin::energy
