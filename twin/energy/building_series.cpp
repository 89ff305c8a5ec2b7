#include "twin/energy/building_series.hpp"

namespace twin::energy {

BuildingSeries building_series(const buildings::CityEnergyResult& result, double rooftop_pv_share) {
  BuildingSeries s;
  const std::size_t n = result.hourly_carrier_kwh.size();
  s.electricity_kwh.resize(n);
  s.district_heat_kwh.resize(n);
  s.rooftop_pv_kwh.assign(n, 0.0);
  for (std::size_t h = 0; h < n; ++h) {
    s.electricity_kwh[h] = result.hourly_carrier_kwh[h][static_cast<int>(emissions::Carrier::Electricity)];
    s.district_heat_kwh[h] = result.hourly_carrier_kwh[h][static_cast<int>(emissions::Carrier::DistrictHeat)];
    if (h < result.hourly_pv_kwh.size()) s.rooftop_pv_kwh[h] = result.hourly_pv_kwh[h] * rooftop_pv_share;
  }
  return s;
}

EnergyYearDrivers drivers_of(const BuildingSeries& series, const EnergyLoadsDef& loads, const EnergyFactors& factors,
                             int year) {
  EnergyYearDrivers d;
  d.year = year;
  d.buildings_electricity_kwh = series.electricity_kwh;
  d.district_heat_kwh = series.district_heat_kwh;
  d.rooftop_pv_kwh = series.rooftop_pv_kwh;
  d.ev = loads.ev;
  d.heat_pump_kwh = loads.heat_pump_kwh;
  d.industry_kwh = loads.industry_kwh;
  d.other_kwh = loads.other_kwh;
  d.factors = factors;
  return d;
}

}  // namespace twin::energy
