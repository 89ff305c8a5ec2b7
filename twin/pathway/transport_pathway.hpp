// Transport in the pathway: each year's travel activity (transport_baseline.hpp) → the fleet model
// (twin/transport/fleet.hpp, driven by the ev_sales_share_pct and vehicle_efficiency_improvement_pct
// levers) → energy by carrier in the transport sector (cars, taxis, buses; metro electricity per
// train-km). evaluate_pathway() adds that energy to Sector::Transport and accounts it like the
// buildings' (electricity at the year's grid factor).
#pragma once

#include <array>
#include <span>

#include "twin/emissions/carrier.hpp"
#include "twin/pathway/scenario.hpp"
#include "twin/pathway/transport_baseline.hpp"
#include "twin/transport/mode.hpp"
#include "twin/transport/vehicle.hpp"

namespace twin::pathway {

inline constexpr double kDaysPerYear = 365.0;

// The transport block of a PathwayYear (all zero and present = false without a transport baseline).
struct TransportYear {
  bool present = false;
  std::array<double, transport::kModeCount> trips_per_yr{};
  std::array<double, transport::kModeCount> passenger_km_per_yr{};
  // Car, taxi: vehicle-km; bus: bus-km; metro: train-km; walk, bike: 0.
  std::array<double, transport::kModeCount> vehicle_km_per_yr{};
  // Road vehicles by class and powertrain, sales this year.
  std::array<std::array<double, transport::kPowertrainCount>, transport::kVehicleClassCount> stock{};
  std::array<double, transport::kVehicleClassCount> sales{};
  double car_nev_stock_share = 0.0;   // (BEV + PHEV + FCEV) / private cars on the road
  double car_nev_sales_share = 0.0;   // the ev_sales_share_pct lever / 100
  // Delivered energy (= PathwayYear::energy of Sector::Transport), kWh/yr; FCEV hydrogen is in
  // electricity (electrolysis), see twin/transport/README-fleet.md.
  std::array<double, emissions::kCarrierCount> energy_kwh{};
  double metro_electricity_kwh = 0.0;  // part of energy_kwh[electricity]
};

// Fills out[k] for the years kFirstYear + k (out.size() == kYearCount). Does nothing when
// !transport.present().
void project_transport(const TransportBaseline& transport, const Scenario& scenario, std::span<TransportYear> out);

}  // namespace twin::pathway
