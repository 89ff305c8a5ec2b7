#include "twin/energy/energy_system.hpp"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace twin::energy {

namespace {

struct Checker {
  std::vector<EnergyIssue>* issues;

  static std::string num(double v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
  }
  // lo ≤ v ≤ hi (lo < v when lo_open), and finite.
  // `where` as a view: the name is only copied when something is wrong (validation runs every pathway year).
  void range(std::string_view where, double v, double lo, double hi, bool lo_open = false) {
    if (!std::isfinite(v)) {
      issues->push_back({std::string(where), "is not a finite number (" + num(v) + ")"});
    } else if (v < lo || (lo_open && v == lo) || v > hi) {
      issues->push_back({std::string(where), num(v) + " is outside " + (lo_open ? "(" : "[") + num(lo) + ", " + num(hi) + "]"});
    }
  }
  void fuel(const std::string& where, emissions::Carrier c) {
    if (c != emissions::Carrier::Coal && c != emissions::Carrier::NaturalGas)
      issues->push_back({where, std::string("fuel must be coal or natural_gas, not ") + emissions::to_string(c)});
  }
};

// Largest capacity accepted: 1 TW (a city's assets are far below; a larger number is a unit slip).
constexpr double kMaxKw = 1.0e9;

}  // namespace

std::vector<EnergyIssue> validate_energy_system(const EnergySystemDef& d) {
  std::vector<EnergyIssue> issues;
  Checker c{&issues};
  c.range("utility_pv.capacity_kwp", d.utility_pv.capacity_kwp, 0, kMaxKw);
  c.range("utility_pv.tilt_deg", d.utility_pv.tilt_deg, 0, 90);
  c.range("utility_pv.azimuth_deg", d.utility_pv.azimuth_deg, 0, 360);
  c.range("utility_pv.performance_ratio", d.utility_pv.performance_ratio, 0, 1, true);
  c.range("utility_pv.noct_c", d.utility_pv.noct_c, 20, 80);
  c.range("utility_pv.temperature_coefficient_per_k", d.utility_pv.temperature_coefficient_per_k, -0.02, 0);

  c.range("wind.capacity_kw", d.wind.capacity_kw, 0, kMaxKw);
  c.range("wind.hub_height_m", d.wind.hub_height_m, 1, 300);
  c.range("wind.reference_height_m", d.wind.reference_height_m, 1, 300);
  c.range("wind.shear_exponent", d.wind.shear_exponent, 0, 1);
  c.range("wind.cut_in_m_s", d.wind.cut_in_m_s, 0, 50);
  c.range("wind.rated_m_s", d.wind.rated_m_s, 0, 50);
  c.range("wind.cut_out_m_s", d.wind.cut_out_m_s, 0, 60);
  c.range("wind.availability", d.wind.availability, 0, 1);
  if (!(d.wind.cut_in_m_s < d.wind.rated_m_s && d.wind.rated_m_s < d.wind.cut_out_m_s))
    issues.push_back({"wind", "speeds must satisfy cut_in_m_s < rated_m_s < cut_out_m_s"});

  c.range("storage.energy_kwh", d.storage.energy_kwh, 0, kMaxKw);
  c.range("storage.power_kw", d.storage.power_kw, 0, kMaxKw);
  c.range("storage.round_trip_efficiency", d.storage.round_trip_efficiency, 0, 1, true);
  c.range("storage.min_soc_share", d.storage.min_soc_share, 0, 1);
  c.range("storage.initial_soc_share", d.storage.initial_soc_share, 0, 1);
  if (d.storage.initial_soc_share < d.storage.min_soc_share)
    issues.push_back({"storage.initial_soc_share", "is below storage.min_soc_share"});

  for (std::size_t i = 0; i < d.thermal_plants.size(); ++i) {
    const ThermalPlantDef& p = d.thermal_plants[i];
    const std::string at = "thermal_plants[" + std::to_string(i) + "]";
    c.fuel(at + ".fuel", p.fuel);
    c.range(at + ".capacity_kw", p.capacity_kw, 0, kMaxKw);
    c.range(at + ".min_load_share", p.min_load_share, 0, 1);
    c.range(at + ".electrical_efficiency", p.electrical_efficiency, 0, 1, true);
  }
  for (std::size_t i = 0; i < d.chp_plants.size(); ++i) {
    const ChpDef& p = d.chp_plants[i];
    const std::string at = "chp_plants[" + std::to_string(i) + "]";
    c.fuel(at + ".fuel", p.fuel);
    c.range(at + ".capacity_kw", p.capacity_kw, 0, kMaxKw);
    c.range(at + ".min_load_share", p.min_load_share, 0, 1);
    c.range(at + ".electrical_efficiency", p.electrical_efficiency, 0, 1, true);
    c.range(at + ".heat_efficiency", p.heat_efficiency, 0, 1, true);
    if (p.electrical_efficiency + p.heat_efficiency > 1.0)
      issues.push_back({at, "electrical_efficiency + heat_efficiency exceeds 1"});
  }

  const DistrictHeatDef& h = d.district_heat;
  c.range("district_heat.network_loss_share", h.network_loss_share, 0, 0.5);
  c.range("district_heat.waste_heat_kw", h.waste_heat_kw, 0, kMaxKw);
  c.range("district_heat.heat_pump_kw", h.heat_pump_kw, 0, kMaxKw);
  c.range("district_heat.heat_pump_cop", h.heat_pump_cop, 0, 10, true);
  c.range("district_heat.coal_boiler_kw", h.coal_boiler_kw, 0, kMaxKw);
  c.range("district_heat.coal_boiler_efficiency", h.coal_boiler_efficiency, 0, 1, true);
  c.range("district_heat.gas_boiler_kw", h.gas_boiler_kw, 0, kMaxKw);
  c.range("district_heat.gas_boiler_efficiency", h.gas_boiler_efficiency, 0, 1.1, true);  // condensing: HHV-based ~1.05 on NCV

  c.range("grid.import_limit_kw", d.grid.import_limit_kw, 0, 1.0e12);
  c.range("grid.export_limit_kw", d.grid.export_limit_kw, 0, 1.0e12);

  c.range("heating_season.start_day", d.heating_season.start_day, 1, 366);
  c.range("heating_season.end_day", d.heating_season.end_day, 1, 366);

  c.range("flexibility.smart_charging_share", d.flexibility.smart_charging_share, 0, 1);
  c.range("flexibility.demand_response_share", d.flexibility.demand_response_share, 0, 1);
  return issues;
}

}  // namespace twin::energy
