// project_transport() (see transport_pathway.hpp).
#include "twin/pathway/transport_pathway.hpp"

#include <cassert>
#include <vector>

#include "twin/transport/fleet.hpp"

namespace twin::pathway {

using transport::Mode;
using transport::VehicleClass;

void project_transport(const TransportBaseline& tb, const Scenario& scenario, std::span<TransportYear> out) {
  assert(out.size() == static_cast<std::size_t>(kYearCount));
  if (!tb.present()) return;
  const transport::FleetParams& params = transport::default_fleet_params();
  std::array<transport::FleetYearInput, kYearCount> inputs{};
  for (int k = 0; k < kYearCount; ++k) {
    const int year = kFirstYear + k;
    auto lever = [&](LeverId id) { return lever_value(lever_def(id), scenario.lever(id), year); };
    const double population_factor = 1.0 + lever(LeverId::PopulationChangePct) / 100.0;
    const transport::TravelActivity a = activity_in_year(tb, year, population_factor);
    TransportYear& y = out[k];
    y.present = true;
    for (int m = 0; m < transport::kModeCount; ++m) {
      y.trips_per_yr[m] = a.trips_per_day[m] * kDaysPerYear;
      y.passenger_km_per_yr[m] = a.passenger_km_per_day[m] * kDaysPerYear;
      y.vehicle_km_per_yr[m] = a.vehicle_km_per_day[m] * kDaysPerYear;
    }
    transport::FleetYearInput& in = inputs[k];
    in.vehicle_km[static_cast<int>(VehicleClass::Car)] = y.vehicle_km_per_yr[static_cast<int>(Mode::Car)];
    in.vehicle_km[static_cast<int>(VehicleClass::Taxi)] = y.vehicle_km_per_yr[static_cast<int>(Mode::Taxi)];
    in.vehicle_km[static_cast<int>(VehicleClass::Bus)] = y.vehicle_km_per_yr[static_cast<int>(Mode::Bus)];
    in.car_nev_sales_share = lever(LeverId::EvSalesSharePct) / 100.0;
    in.new_vehicle_energy_factor = 1.0 - lever(LeverId::VehicleEfficiencyImprovementPct) / 100.0;
    y.car_nev_sales_share = in.car_nev_sales_share;
  }
  std::vector<transport::FleetYearResult> fleet;
  transport::simulate_fleet(params, inputs, fleet);
  const int el = static_cast<int>(emissions::Carrier::Electricity);
  for (int k = 0; k < kYearCount; ++k) {
    TransportYear& y = out[k];
    const transport::FleetYearResult& f = fleet[k];
    y.stock = f.stock;
    y.sales = f.sales;
    y.car_nev_stock_share = f.nev_share(VehicleClass::Car);
    y.energy_kwh = f.total_energy_kwh();
    y.metro_electricity_kwh = y.vehicle_km_per_yr[static_cast<int>(Mode::Metro)] * params.metro_kwh_per_train_km;
    y.energy_kwh[el] += y.metro_electricity_kwh;
  }
}

}  // namespace twin::pathway
