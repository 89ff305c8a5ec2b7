// local_supply_base() and local_supply_year() (see local_supply.hpp).
#include "twin/pathway/local_supply.hpp"

#include <cassert>
#include <cmath>

#include "twin/energy/representative_days.hpp"

namespace twin::pathway {
namespace {

// A folded series as a shape: Σ weight × shape = 1 (all zero when the series is).
std::vector<double> shape_of(std::vector<double> folded, const std::vector<double>& weight) {
  double total = 0.0;
  for (std::size_t h = 0; h < folded.size(); ++h) total += weight[h] * folded[h];
  if (total > 0.0)
    for (double& v : folded) v /= total;
  return folded;
}

// Σ weight × load × factor / Σ weight × load (the annual kWh from the summary); `fallback` without load.
double weighted_factor(std::span<const double> load, double annual_kwh, std::span<const double> factor,
                       std::span<const double> weight, double fallback) {
  return annual_kwh > 0.0 ? energy::hourly_scope2_t(load, factor, weight) * 1000.0 / annual_kwh : fallback;
}

// Each value rounded to a 32-bit mantissa (frexp/ldexp and rounding are exact). The profiles come from the
// weather and the sun's position, which use libm's trigonometry: natively and in wasm they may differ in
// the last bit, and the pathway must not (tests/fingerprint compares the two builds byte for byte).
// Rounding 20 bits below a double's precision makes them equal unless a value straddles a rounding
// boundary (about 2^-20 per value); a deterministic solar position is the lasting fix.
void quantise(std::vector<double>& values) {
  for (double& v : values) {
    if (v == 0.0 || !std::isfinite(v)) continue;
    int exponent = 0;
    const double mantissa = std::frexp(v, &exponent);
    v = std::ldexp(std::nearbyint(std::ldexp(mantissa, 32)), exponent - 32);
  }
}

void quantise(energy::EnergyProfiles& p) {
  quantise(p.utility_pv_kwh_per_kwp);
  quantise(p.wind_kwh_per_kw);
  for (std::vector<double>* s : {&p.shapes.ev_home, &p.shapes.ev_work, &p.shapes.ev_fast, &p.shapes.industry,
                                 &p.shapes.heat_pump, &p.shapes.flat})
    quantise(*s);
}

}  // namespace

LocalSupplyBase local_supply_base(const energy::EnergyCityDef& def, const energy::EnergyProfiles& full,
                                  std::span<const double> buildings_electricity_kwh,
                                  std::span<const double> rooftop_pv_kwh, std::span<const double> district_heat_kwh,
                                  bool representative) {
  LocalSupplyBase b;
  b.def = def;
  energy::EnergyProfiles rounded = full;
  quantise(rounded);
  std::vector<double> buildings(buildings_electricity_kwh.begin(), buildings_electricity_kwh.end()),
      rooftop(rooftop_pv_kwh.begin(), rooftop_pv_kwh.end()), heat(district_heat_kwh.begin(), district_heat_kwh.end());
  quantise(buildings);
  quantise(rooftop);
  quantise(heat);
  buildings_electricity_kwh = buildings;
  rooftop_pv_kwh = rooftop;
  district_heat_kwh = heat;
  const energy::EnergyProfiles& full_q = rounded;
  if (!representative) {  // the whole year: shapes are the series (or fallbacks) over their own sum
    b.profiles = full_q;
    auto shape = [&](std::span<const double> series, const std::vector<double>& fallback) {
      const std::span<const double> from = series.size() == full_q.hours() ? series : std::span<const double>(fallback);
      std::vector<double> v(from.begin(), from.end());
      double total = 0.0;
      for (double x : v) total += x;
      if (total > 0.0)
        for (double& x : v) x /= total;
      return v;
    };
    b.buildings_shape = shape(buildings_electricity_kwh, full_q.shapes.flat);
    b.rooftop_pv_shape = shape(rooftop_pv_kwh, full_q.utility_pv_kwh_per_kwp);
    b.district_heat_shape = shape(district_heat_kwh, full_q.shapes.heat_pump);
    return b;
  }
  const energy::DayGroups groups = energy::group_days(full_q.hours(), def.system.heating_season);
  b.profiles = energy::representative_profiles(full_q, groups);
  const std::vector<double>& w = b.profiles.weight;
  auto fold_or = [&](std::span<const double> series, const std::vector<double>& fallback_full) {
    return shape_of(energy::fold_series(series.size() == full_q.hours() ? series : std::span<const double>(fallback_full),
                                        groups),
                    w);
  };
  b.buildings_shape = fold_or(buildings_electricity_kwh, full_q.shapes.flat);
  b.rooftop_pv_shape = fold_or(rooftop_pv_kwh, full_q.utility_pv_kwh_per_kwp);
  b.district_heat_shape = fold_or(district_heat_kwh, full_q.shapes.heat_pump);
  return b;
}

energy::EnergySystemDef local_system_of(const energy::EnergySystemDef& base, const LocalSupplyLevers& l) {
  energy::EnergySystemDef sys = base;
  sys.utility_pv.capacity_kwp += l.pv_added_mw * 1000.0;
  sys.wind.capacity_kw += l.wind_added_mw * 1000.0;
  sys.storage.energy_kwh += l.storage_added_mwh * 1000.0;
  sys.storage.power_kw += l.storage_added_mwh * 1000.0 / kStorageHours;
  sys.flexibility.smart_charging_share = l.smart_charging_pct / 100.0;
  const double to_gas = l.chp_coal_to_gas_pct / 100.0;
  if (to_gas > 0.0) {  // each coal CHP splits into a coal part and a gas part of the same design
    const std::size_t n = sys.chp_plants.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (sys.chp_plants[i].fuel != emissions::Carrier::Coal) continue;
      energy::ChpDef gas = sys.chp_plants[i];
      gas.name += " (converted to gas)";
      gas.fuel = emissions::Carrier::NaturalGas;
      gas.capacity_kw *= to_gas;
      sys.chp_plants[i].capacity_kw *= 1.0 - to_gas;
      sys.chp_plants.push_back(gas);
    }
  }
  return sys;
}

energy::EnergyYearResult local_supply_balance(const LocalSupplyBase& base, int year, emissions::GridRegion region,
                                              const LocalSupplyDemand& demand, double grid_kg_per_kwh,
                                              const LocalSupplyLevers& levers) {
  const energy::EnergyProfiles& p = base.profiles;
  const std::size_t n = p.hours();
  std::vector<double> buildings(n), rooftop(n), heat(n);
  for (std::size_t h = 0; h < n; ++h) {
    buildings[h] = demand.buildings_kwh * base.buildings_shape[h];
    rooftop[h] = demand.rooftop_pv_kwh * base.rooftop_pv_shape[h];
    heat[h] = demand.district_heat_kwh * base.district_heat_shape[h];
  }
  energy::EnergyYearDrivers d;
  d.year = year;
  d.buildings_electricity_kwh = buildings;
  d.rooftop_pv_kwh = rooftop;
  d.district_heat_kwh = heat;
  d.ev = base.def.loads.ev;
  d.ev.annual_kwh = demand.ev_kwh;
  d.heat_pump_kwh = demand.heating_kwh;
  d.industry_kwh = demand.industry_kwh;
  d.other_kwh = demand.other_kwh;
  d.factors = energy::energy_factors_for_year(year, region);
  d.factors.grid_co2_kg_per_kwh = grid_kg_per_kwh;
  const energy::EnergySystemDef sys = local_system_of(base.def.system, levers);
  return energy::evaluate_energy_year(sys, p, d);
}

LocalSupplyYear local_supply_year(const LocalSupplyBase& base, int year, emissions::GridRegion region,
                                  const LocalSupplyDemand& demand, double grid_kg_per_kwh,
                                  const LocalSupplyLevers& levers) {
  assert(base.present() && "local_supply_year: a baseline without a local energy system");
  const energy::EnergyProfiles& p = base.profiles;
  const std::size_t n = p.hours();
  const energy::EnergyYearResult r = local_supply_balance(base, year, region, demand, grid_kg_per_kwh, levers);

  LocalSupplyYear y;
  y.grid_factor_kg_per_kwh = grid_kg_per_kwh;
  y.demand = demand;
  y.levers = levers;
  if (!r.issues.empty()) {  // not reached with a valid baseline and pathway demand: annual behaviour
    y.factor_kg_per_kwh = y.buildings_factor_kg_per_kwh = y.ev_factor_kg_per_kwh = y.rest_factor_kg_per_kwh =
        grid_kg_per_kwh;
    return y;
  }
  const energy::EnergyYearSummary& m = r.summary;
  y.present = true;
  y.demand_kwh = m.demand_kwh;
  y.rooftop_pv_kwh = m.rooftop_pv_kwh;
  y.utility_pv_kwh = m.utility_pv_kwh;
  y.wind_kwh = m.wind_kwh;
  y.chp_kwh = m.chp_kwh;
  y.thermal_kwh = m.thermal_kwh;
  y.local_generation_kwh = m.local_generation_kwh;
  y.import_kwh = m.import_kwh;
  y.export_kwh = m.export_kwh;
  y.curtailment_kwh = m.curtailment_kwh;
  y.unserved_kwh = m.unserved_kwh;
  y.self_sufficiency = m.self_sufficiency;
  y.factor_kg_per_kwh = m.electricity_factor_kg_per_kwh;
  y.heat_factor_kg_per_kwh = m.heat_factor_kg_per_kwh;
  y.plants_scope1 = m.power_generation;
  energy::add(&y.plants_scope1, m.heat_generation);

  // Factors by user class over the weighted hours. Buildings: their own load and their heating (the
  // heat-pump class less the heat network's large heat pumps, which belong to district heat).
  const energy::EnergyHourly& hy = r.hourly;
  const std::vector<double>& f = r.dispatch.factor_kg_per_kwh;
  std::vector<double> load(n);
  for (std::size_t h = 0; h < n; ++h)
    load[h] = hy.buildings_kwh[h] + (hy.heat_pump_kwh[h] - r.heat.heat_pump_electricity_kwh[h]);
  y.buildings_factor_kg_per_kwh = weighted_factor(load, m.buildings_kwh + (m.heat_pump_kwh - m.district_heat_pump_kwh), f,
                                                   p.weight, y.factor_kg_per_kwh);
  y.ev_factor_kg_per_kwh = weighted_factor(hy.ev_kwh, m.ev_kwh, f, p.weight, y.factor_kg_per_kwh);
  for (std::size_t h = 0; h < n; ++h) load[h] = hy.industry_kwh[h] + hy.other_kwh[h];
  y.rest_factor_kg_per_kwh = weighted_factor(load, m.industry_kwh + m.other_kwh, f, p.weight, y.factor_kg_per_kwh);
  return y;
}

}  // namespace twin::pathway
