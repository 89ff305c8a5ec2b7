#include "twin/energy/heat_balance.hpp"

#include <algorithm>

namespace twin::energy {

bool in_heating_season(const HeatingSeasonDef& season, std::uint32_t day_of_year) {
  const int day = static_cast<int>(day_of_year) + 1;
  if (season.start_day <= season.end_day) return day >= season.start_day && day <= season.end_day;
  return day >= season.start_day || day <= season.end_day;
}

HeatBalance balance_heat(std::span<const double> delivered_kwh, const EnergySystemDef& def,
                         const EnergyFactors& factors, std::span<const std::uint16_t> day_of_year,
                         std::span<const double> weight) {
  const std::size_t n = delivered_kwh.size();
  const DistrictHeatDef& d = def.district_heat;
  HeatBalance b;
  b.delivered_kwh.assign(delivered_kwh.begin(), delivered_kwh.end());
  for (auto* v : {&b.network_loss_kwh, &b.chp_heat_kwh, &b.waste_heat_kwh, &b.heat_pump_heat_kwh,
                  &b.coal_boiler_heat_kwh, &b.gas_boiler_heat_kwh, &b.dumped_heat_kwh, &b.unserved_heat_kwh,
                  &b.chp_electricity_kwh, &b.chp_electricity_co2_kg, &b.heat_pump_electricity_kwh})
    v->assign(n, 0.0);
  const std::size_t plants = def.chp_plants.size();
  b.chp_plant_fuel_kwh.assign(plants, 0.0);

  // Heat per kWh of electricity and heat ranges of the CHP fleet.
  double chp_min_heat = 0.0, chp_max_heat = 0.0;
  for (const ChpDef& p : def.chp_plants) {
    const double heat_per_el = p.heat_efficiency / p.electrical_efficiency;
    chp_min_heat += p.capacity_kw * p.min_load_share * heat_per_el;
    chp_max_heat += p.capacity_kw * heat_per_el;
  }

  for (std::size_t h = 0; h < n; ++h) {
    const double sent = delivered_kwh[h] / (1.0 - d.network_loss_share);
    b.network_loss_kwh[h] = sent - delivered_kwh[h];
    double rest = sent;
    const std::uint32_t day = day_of_year.empty() ? static_cast<std::uint32_t>(h / 24) : day_of_year[h];
    const bool season = in_heating_season(def.heating_season, day);
    const double w = weight.empty() ? 1.0 : weight[h];  // annual sums: Σ weight × hour
    // 1 and 3: CHP heat output (must-run at minimum; above it after waste heat).
    double chp_out = 0.0;
    double waste = 0.0;
    if (season && plants > 0) {
      const double after_min = std::max(0.0, rest - chp_min_heat);
      waste = std::min(after_min, d.waste_heat_kw);
      chp_out = std::min(chp_max_heat, std::max(chp_min_heat, rest - waste));
    } else {
      waste = std::min(rest, d.waste_heat_kw);
    }
    const double chp_used = std::min(chp_out, rest - waste);
    b.dumped_heat_kwh[h] = chp_out - chp_used;
    b.chp_heat_kwh[h] = chp_used;
    b.waste_heat_kwh[h] = waste;
    rest -= waste + chp_used;
    if (rest < 0.0) rest = 0.0;
    // CHP electricity, fuel and emissions per plant: each at min + frac × (max − min).
    if (chp_out > 0.0) {
      const double span_heat = chp_max_heat - chp_min_heat;
      const double frac = span_heat > 0.0 ? (chp_out - chp_min_heat) / span_heat : 0.0;
      double el = 0.0, co2_kg = 0.0;
      GasEmissions hour;
      for (std::size_t i = 0; i < plants; ++i) {
        const ChpDef& p = def.chp_plants[i];
        const double el_i = p.capacity_kw * (p.min_load_share + frac * (1.0 - p.min_load_share));
        const double fuel_i = el_i / p.electrical_efficiency;
        b.chp_plant_fuel_kwh[i] += w * fuel_i;
        b.chp_fuel_kwh += w * fuel_i;
        el += el_i;
        const GasEmissions e = fuel_emissions(factors, p.fuel, fuel_i);
        add(&hour, e);
        co2_kg += e.co2_t * 1000.0;
      }
      // Energy-content allocation over electricity and heat sent out (dumped heat excluded).
      const double share_el = el / (el + chp_used);
      b.chp_electricity_kwh[h] = el;
      b.chp_electricity_co2_kg[h] = co2_kg * share_el;
      add(&b.chp_electricity_emissions, scaled(hour, w * share_el));
      add(&b.heat_fuel_emissions, scaled(hour, w * (1.0 - share_el)));
    }
    // 4. Heat pumps.
    const double hp = std::min(rest, d.heat_pump_kw);
    b.heat_pump_heat_kwh[h] = hp;
    b.heat_pump_electricity_kwh[h] = hp / d.heat_pump_cop;
    rest -= hp;
    // 5–6. Boilers.
    const double coal = std::min(rest, d.coal_boiler_kw);
    b.coal_boiler_heat_kwh[h] = coal;
    rest -= coal;
    const double gas = std::min(rest, d.gas_boiler_kw);
    b.gas_boiler_heat_kwh[h] = gas;
    rest -= gas;
    b.unserved_heat_kwh[h] = rest;
    b.coal_boiler_fuel_kwh += w * (coal / d.coal_boiler_efficiency);
    b.gas_boiler_fuel_kwh += w * (gas / d.gas_boiler_efficiency);
  }
  add(&b.heat_fuel_emissions, fuel_emissions(factors, emissions::Carrier::Coal, b.coal_boiler_fuel_kwh));
  add(&b.heat_fuel_emissions, fuel_emissions(factors, emissions::Carrier::NaturalGas, b.gas_boiler_fuel_kwh));
  return b;
}

}  // namespace twin::energy
