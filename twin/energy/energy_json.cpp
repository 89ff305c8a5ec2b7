#include "twin/energy/energy_json.hpp"

#include <cstdio>
#include <vector>

#include "twin/json_text/json_text.hpp"

namespace twin::energy {

namespace {

// 10 significant digits: kWh and tonnes of a city year to well below a kWh, in a compact report.
constexpr int kReportDigits = 10;

using json_text::escaped;

struct Obj {
  std::string s = "{";
  bool first = true;
  Obj& kv(const char* key, const std::string& raw) {
    s += first ? "\"" : ",\"";
    first = false;
    s += key;
    s += "\":";
    s += raw;
    return *this;
  }
  Obj& n(const char* key, double v) { return kv(key, json_text::number(v, kReportDigits)); }
  std::string done() { return s + "}"; }
};

std::string gases(const GasEmissions& e) {
  return Obj().n("co2_t", e.co2_t).n("ch4_t", e.ch4_t).n("n2o_t", e.n2o_t).n("co2e_t", e.co2e_t).done();
}

}  // namespace

std::string energy_year_json(const EnergyYearResult& r, int year) {
  if (!r.issues.empty()) {
    std::string s = "{\"year\":" + std::to_string(year) + ",\"issues\":[";
    for (std::size_t i = 0; i < r.issues.size(); ++i)
      s += (i ? ",{\"where\":\"" : "{\"where\":\"") + escaped(r.issues[i].where) + "\",\"message\":\"" +
           escaped(r.issues[i].message) + "\"}";
    return s + "]}";
  }
  const EnergyYearSummary& m = r.summary;
  const std::string electricity = Obj()
                                      .n("demand_kwh", m.demand_kwh)
                                      .n("served_kwh", m.served_kwh)
                                      .n("unserved_kwh", m.unserved_kwh)
                                      .n("unserved_hours", m.unserved_hours)
                                      .n("buildings_kwh", m.buildings_kwh)
                                      .n("ev_kwh", m.ev_kwh)
                                      .n("heat_pump_kwh", m.heat_pump_kwh)
                                      .n("district_heat_pump_kwh", m.district_heat_pump_kwh)
                                      .n("industry_kwh", m.industry_kwh)
                                      .n("other_kwh", m.other_kwh)
                                      .n("rooftop_pv_kwh", m.rooftop_pv_kwh)
                                      .n("utility_pv_kwh", m.utility_pv_kwh)
                                      .n("wind_kwh", m.wind_kwh)
                                      .n("chp_kwh", m.chp_kwh)
                                      .n("thermal_kwh", m.thermal_kwh)
                                      .n("local_generation_kwh", m.local_generation_kwh)
                                      .n("import_kwh", m.import_kwh)
                                      .n("export_kwh", m.export_kwh)
                                      .n("curtailment_kwh", m.curtailment_kwh)
                                      .n("curtailment_share", m.curtailment_share)
                                      .n("storage_charge_kwh", m.storage_charge_kwh)
                                      .n("storage_discharge_kwh", m.storage_discharge_kwh)
                                      .n("storage_loss_kwh", m.storage_loss_kwh)
                                      .n("storage_final_soc_kwh", m.storage_final_soc_kwh)
                                      .n("self_sufficiency", m.self_sufficiency)
                                      .n("peak_import_kw", m.peak_import_kw)
                                      .n("peak_demand_kw", m.peak_demand_kw)
                                      .n("max_abs_balance_residual_kwh", m.max_abs_residual_kwh)
                                      .n("grid_factor_kg_per_kwh", m.grid_factor_kg_per_kwh)
                                      .n("electricity_factor_kg_per_kwh", m.electricity_factor_kg_per_kwh)
                                      .n("consumed_electricity_co2_t", m.consumed_electricity_co2_t)
                                      .n("exported_co2_t", m.exported_co2_t)
                                      .done();
  const std::string heat = Obj()
                               .n("delivered_kwh", m.heat_delivered_kwh)
                               .n("network_loss_kwh", m.heat_loss_kwh)
                               .n("chp_kwh", m.heat_chp_kwh)
                               .n("waste_heat_kwh", m.heat_waste_kwh)
                               .n("heat_pump_kwh", m.heat_pump_heat_kwh)
                               .n("coal_boiler_kwh", m.heat_coal_boiler_kwh)
                               .n("gas_boiler_kwh", m.heat_gas_boiler_kwh)
                               .n("dumped_kwh", m.heat_dumped_kwh)
                               .n("unserved_kwh", m.heat_unserved_kwh)
                               .n("heat_factor_kg_per_kwh", m.heat_factor_kg_per_kwh)
                               .done();
  const std::string emissions = Obj()
                                    .kv("power_generation", gases(m.power_generation))
                                    .kv("heat_generation", gases(m.heat_generation))
                                    .n("coal_fuel_kwh", m.coal_fuel_kwh)
                                    .n("gas_fuel_kwh", m.gas_fuel_kwh)
                                    .done();
  return Obj()
      .n("year", year)
      .n("hours", static_cast<double>(r.hourly.demand_kwh.size()))
      .kv("electricity", electricity)
      .kv("heat", heat)
      .kv("emissions", emissions)
      .done();
}

const char* energy_hourly_csv_columns() {
  return "hour,buildings_kwh,ev_kwh,heat_pump_kwh,industry_kwh,other_kwh,demand_response_kwh,demand_kwh,"
         "rooftop_pv_kwh,utility_pv_kwh,wind_kwh,chp_kwh,thermal_kwh,storage_charge_kwh,storage_discharge_kwh,"
         "storage_soc_kwh,storage_loss_kwh,grid_import_kwh,grid_export_kwh,curtailment_kwh,unserved_kwh,"
         "balance_residual_kwh,factor_kg_per_kwh,heat_delivered_kwh,heat_chp_kwh,heat_waste_kwh,heat_pump_heat_kwh,"
         "heat_coal_boiler_kwh,heat_gas_boiler_kwh,heat_dumped_kwh,heat_unserved_kwh";
}

std::string energy_hourly_csv(const EnergyYearResult& r) {
  std::string out = energy_hourly_csv_columns();
  out += '\n';
  if (!r.issues.empty()) return out;
  const EnergyHourly& y = r.hourly;
  const Dispatch& x = r.dispatch;
  const HeatBalance& hb = r.heat;
  const std::vector<const std::vector<double>*> cols = {
      &y.buildings_kwh,        &y.ev_kwh,           &y.heat_pump_kwh,      &y.industry_kwh,
      &y.other_kwh,            &y.demand_response_kwh, &y.demand_kwh,      &y.rooftop_pv_kwh,
      &y.utility_pv_kwh,       &y.wind_kwh,         &y.chp_kwh,            &x.thermal_kwh,
      &x.storage_charge_kwh,   &x.storage_discharge_kwh, &x.storage_soc_kwh, &x.storage_loss_kwh,
      &x.grid_import_kwh,      &x.grid_export_kwh,  &x.curtailment_kwh,    &x.unserved_kwh,
      &x.balance_residual_kwh, &x.factor_kg_per_kwh, &hb.delivered_kwh,    &hb.chp_heat_kwh,
      &hb.waste_heat_kwh,      &hb.heat_pump_heat_kwh, &hb.coal_boiler_heat_kwh, &hb.gas_boiler_heat_kwh,
      &hb.dumped_heat_kwh,     &hb.unserved_heat_kwh};
  out.reserve(out.size() + y.demand_kwh.size() * cols.size() * 12);
  char buf[40];
  for (std::size_t h = 0; h < y.demand_kwh.size(); ++h) {
    out += std::to_string(h);
    for (const std::vector<double>* c : cols) {
      std::snprintf(buf, sizeof buf, ",%.10g", (*c)[h]);
      out += buf;
    }
    out += '\n';
  }
  return out;
}

}  // namespace twin::energy
