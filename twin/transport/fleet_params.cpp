// default_fleet_params(): the rows of fleet_table.cpp mapped into FleetParams (see fleet_params.hpp).
#include "twin/transport/fleet_params.hpp"

#include <cassert>
#include <string_view>

#include "twin/emissions/factor_set.hpp"
#include "twin/transport/fleet_table.hpp"

namespace twin::transport {
namespace {

using emissions::Carrier;

void add_anchor(Trajectory& t, int year, double value) {
  // Rows of one trajectory are listed by increasing year (checked by the table test).
  t.years.push_back(year);
  t.values.push_back(value);
}

// One row into its place. Unknown names are a table bug (asserted; the table test covers them).
void apply(FleetParams& p, const FleetParamRow& row) {
  const std::string_view name = row.parameter;
  const std::string_view cls = row.vehicle_class;
  if (cls == "all") {
    if (name == "gasoline_density") p.gasoline_kg_per_l = row.value;
    else if (name == "diesel_density") p.diesel_kg_per_l = row.value;
    else if (name == "electrolysis_kwh_per_kg_h2") p.electrolysis_kwh_per_kg_h2 = row.value;
    else assert(false && "fleet table: unknown parameter");
    return;
  }
  if (cls == "metro") {
    assert(name == "electricity_kwh_per_train_km");
    p.metro_kwh_per_train_km = row.value;
    return;
  }
  const auto vc = vehicle_class_from_string(cls);
  assert(vc && "fleet table: unknown vehicle class");
  if (!vc) return;
  VehicleClassParams& c = p.of(*vc);
  const auto pt = powertrain_from_string(row.powertrain);
  const int i = pt ? static_cast<int>(*pt) : 0;
  if (name == "annual_km_per_vehicle") c.annual_km_per_vehicle = row.value;
  else if (name == "median_life_years") c.median_life_years = row.value;
  else if (name == "weibull_shape") c.weibull_shape = row.value;
  else if (name == "historic_sales_growth_pct_per_yr") c.historic_sales_growth_pct_per_yr = row.value;
  else if (name == "historic_efficiency_gain_pct_per_yr") c.historic_efficiency_gain_pct_per_yr = row.value;
  else if (name == "base_stock_share_pct") c.base_stock_share[i] = row.value / 100.0;
  else if (name == "fuel_l_per_100km") c.fuel_l_per_100km[i] = row.value;
  else if (name == "electricity_kwh_per_100km") c.electricity_kwh_per_100km[i] = row.value;
  else if (name == "hydrogen_kg_per_100km") c.hydrogen_kg_per_100km[i] = row.value;
  else if (name == "utility_factor") c.phev_utility_factor = row.value;
  else if (name == "nev_sales_share_pct") add_anchor(c.nev_sales_share, row.year, row.value / 100.0);
  else if (name == "bev_share_of_nev_sales_pct") add_anchor(c.bev_share_of_nev_sales, row.year, row.value / 100.0);
  else if (name == "fcev_share_of_nev_sales_pct") add_anchor(c.fcev_share_of_nev_sales, row.year, row.value / 100.0);
  else if (name == "hev_share_of_conventional_sales_pct")
    add_anchor(c.hev_share_of_conventional_sales, row.year, row.value / 100.0);
  else assert(false && "fleet table: unknown parameter");
}

FleetParams build() {
  FleetParams p;
  p.of(VehicleClass::Car).fuel = Carrier::Gasoline;
  p.of(VehicleClass::Taxi).fuel = Carrier::Gasoline;
  p.of(VehicleClass::Bus).fuel = Carrier::Oil;  // diesel (IPCC "Gas/Diesel oil")
  for (const FleetParamRow& row : fleet_param_rows()) apply(p, row);
  return p;
}

}  // namespace

double Trajectory::at(int year) const {
  if (years.empty()) return 0.0;
  if (year <= years.front()) return values.front();
  for (std::size_t i = 1; i < years.size(); ++i) {
    if (year <= years[i]) {
      const double t = static_cast<double>(year - years[i - 1]) / (years[i] - years[i - 1]);
      return values[i - 1] + (values[i] - values[i - 1]) * t;
    }
  }
  return values.back();
}

const FleetParams& default_fleet_params() {
  static const FleetParams params = build();
  return params;
}

CarrierKwh base_energy_kwh_per_km(const FleetParams& params, VehicleClass c, Powertrain p) {
  const VehicleClassParams& v = params.of(c);
  const int i = static_cast<int>(p);
  const double kg_per_l = v.fuel == Carrier::Gasoline ? params.gasoline_kg_per_l : params.diesel_kg_per_l;
  const double fuel_kwh_per_km = emissions::energy_kwh_of_quantity(v.fuel, v.fuel_l_per_100km[i] / 100.0 * kg_per_l);
  const double el_kwh_per_km = v.electricity_kwh_per_100km[i] / 100.0;
  CarrierKwh e{};
  const int fuel = static_cast<int>(v.fuel);
  const int el = static_cast<int>(Carrier::Electricity);
  switch (p) {
    case Powertrain::Ice:
    case Powertrain::Hev: e[fuel] = fuel_kwh_per_km; break;
    case Powertrain::Phev:
      e[el] = v.phev_utility_factor * el_kwh_per_km;
      e[fuel] = (1.0 - v.phev_utility_factor) * fuel_kwh_per_km;
      break;
    case Powertrain::Bev: e[el] = el_kwh_per_km; break;
    case Powertrain::Fcev:
      e[el] = v.hydrogen_kg_per_100km[i] / 100.0 * params.electrolysis_kwh_per_kg_h2;
      break;
    case Powertrain::Count: break;
  }
  return e;
}

}  // namespace twin::transport
