#include "twin/energy/dispatch.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace twin::energy {

Dispatch dispatch_electricity(const DispatchInputs& in, const EnergySystemDef& def, const EnergyFactors& factors) {
  const std::size_t n = in.demand_kwh.size();
  assert(in.variable_kwh.size() == n && in.chp_kwh.size() == n && in.chp_co2_kg.size() == n &&
         "dispatch_electricity: hourly inputs of different lengths");
  Dispatch r;
  for (auto* v : {&r.thermal_kwh, &r.storage_charge_kwh, &r.storage_discharge_kwh, &r.storage_soc_kwh,
                  &r.storage_loss_kwh, &r.grid_import_kwh, &r.grid_export_kwh, &r.curtailment_kwh, &r.unserved_kwh,
                  &r.balance_residual_kwh, &r.local_factor_kg_per_kwh, &r.factor_kg_per_kwh})
    v->assign(n, 0.0);
  const std::size_t plants = def.thermal_plants.size();
  r.thermal_plant_kwh.assign(plants, 0.0);
  r.thermal_plant_fuel_kwh.assign(plants, 0.0);

  // Thermal fleet: minimum loads and headroom above them, split local-first / after imports.
  double thermal_min = 0.0, headroom_local = 0.0, headroom_backup = 0.0;
  for (const ThermalPlantDef& p : def.thermal_plants) {
    thermal_min += p.capacity_kw * p.min_load_share;
    (p.local_first ? headroom_local : headroom_backup) += p.capacity_kw * (1.0 - p.min_load_share);
  }

  const StorageDef& s = def.storage;
  const double eta = std::sqrt(s.round_trip_efficiency);  // η_c = η_d (sqrt: correctly rounded, IEEE 754)
  const double soc_min = s.energy_kwh * s.min_soc_share;
  double soc = s.energy_kwh * s.initial_soc_share;
  r.storage_initial_soc_kwh = soc;
  double pool_kg = 0.0;  // CO2 held in the stored energy (initial charge counted carbon-free)
  const double f_grid = factors.grid_co2_kg_per_kwh;

  const bool weighted = !in.weight.empty();
  assert((!weighted || in.weight.size() == n) && "dispatch_electricity: weights of another length");
  for (std::size_t h = 0; h < n; ++h) {
    const double w = weighted ? in.weight[h] : 1.0;  // annual sums: Σ weight × hour
    if (weighted && h % 24 == 0) {                   // a representative day starts
      soc = r.storage_initial_soc_kwh;
      pool_kg = 0.0;
    }
    const double demand = in.demand_kwh[h];
    const double must = in.variable_kwh[h] + in.chp_kwh[h] + thermal_min;
    const double net = demand - must;
    const double soc_start = soc;
    double charge = 0.0, discharge = 0.0, exp = 0.0, curtail = 0.0, imp = 0.0, unserved = 0.0;
    double up_local = 0.0, up_backup = 0.0;
    if (net <= 0.0) {
      double surplus = -net;
      charge = std::min({surplus, s.power_kw, (s.energy_kwh - soc) / eta});
      if (charge < 0.0) charge = 0.0;
      soc += charge * eta;
      if (soc > s.energy_kwh) soc = s.energy_kwh;  // rounding guard: never above full
      surplus -= charge;
      exp = std::min(surplus, def.grid.export_limit_kw);
      curtail = surplus - exp;
    } else {
      double deficit = net;
      discharge = std::min({deficit, s.power_kw, (soc - soc_min) * eta});
      if (discharge < 0.0) discharge = 0.0;
      soc -= discharge / eta;
      if (soc < soc_min) soc = soc_min;  // rounding guard: never below the floor
      deficit -= discharge;
      up_local = std::min(deficit, headroom_local);
      deficit -= up_local;
      imp = std::min(deficit, def.grid.import_limit_kw);
      deficit -= imp;
      up_backup = std::min(deficit, headroom_backup);
      deficit -= up_backup;
      unserved = deficit;
    }
    const double soc_change = soc - soc_start;
    const double loss = charge * (1.0 - eta) + discharge * (1.0 / eta - 1.0);

    // Thermal plants: minimum + their group's share of the headroom used.
    const double frac_local = headroom_local > 0.0 ? up_local / headroom_local : 0.0;
    const double frac_backup = headroom_backup > 0.0 ? up_backup / headroom_backup : 0.0;
    double thermal = 0.0, thermal_kg = 0.0;
    for (std::size_t i = 0; i < plants; ++i) {
      const ThermalPlantDef& p = def.thermal_plants[i];
      const double frac = p.local_first ? frac_local : frac_backup;
      const double el = p.capacity_kw * (p.min_load_share + frac * (1.0 - p.min_load_share));
      const double fuel = el / p.electrical_efficiency;
      r.thermal_plant_kwh[i] += w * el;
      r.thermal_plant_fuel_kwh[i] += w * fuel;
      thermal += el;
      thermal_kg += fuel * factors.of(p.fuel).co2_kg_per_kwh;
    }
    r.thermal_co2_kg += w * thermal_kg;

    const double local = in.variable_kwh[h] + in.chp_kwh[h] + thermal;
    const double served = demand - unserved;
    r.thermal_kwh[h] = thermal;
    r.storage_charge_kwh[h] = charge;
    r.storage_discharge_kwh[h] = discharge;
    r.storage_soc_kwh[h] = soc;
    r.storage_loss_kwh[h] = loss;
    r.grid_import_kwh[h] = imp;
    r.grid_export_kwh[h] = exp;
    r.curtailment_kwh[h] = curtail;
    r.unserved_kwh[h] = unserved;
    r.balance_residual_kwh[h] = local + imp - served - exp - soc_change - loss - curtail;

    // Emission factors.
    const double local_kg = thermal_kg + in.chp_co2_kg[h];
    const double delivered_local = local - curtail;
    const double f_loc = delivered_local > 0.0 ? local_kg / delivered_local : 0.0;
    double f_store = 0.0;
    if (discharge > 0.0) {
      const double drawn = discharge / eta;  // SoC taken out
      const double kg_out = soc_start > 0.0 ? pool_kg * (drawn / soc_start) : 0.0;
      pool_kg -= kg_out;
      f_store = kg_out / discharge;
    }
    pool_kg += charge * f_loc;
    const double direct = std::max(0.0, delivered_local - charge - exp);
    const double used_kg = direct * f_loc + discharge * f_store + imp * f_grid;
    r.local_factor_kg_per_kwh[h] = f_loc;
    r.factor_kg_per_kwh[h] = served > 0.0 ? used_kg / served : f_grid;
    r.consumed_co2_kg += w * used_kg;
    r.exported_co2_kg += w * (exp * f_loc);
  }
  return r;
}

}  // namespace twin::energy
