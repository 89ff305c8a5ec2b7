// Industry of one pathway year (industry_model.hpp): levers applied in a fixed order to each plant.
#include "twin/industry/industry_model.hpp"

#include <cassert>
#include <cmath>

#include "twin/industry/industry_tables.hpp"

namespace twin::industry {
namespace {

constexpr int idx(Carrier c) { return static_cast<int>(c); }

void check_pct(const char* name, double v, std::vector<LeverError>* errors) {
  if (!std::isfinite(v)) {
    errors->push_back({name, "must be a finite number (got NaN or infinity)"});
  } else if (v < 0.0 || v > 100.0) {
    errors->push_back({name, "must be within 0–100 % (got " + std::to_string(v) + ")"});
  }
}

// Moves `share` of carrier `from` to carrier `to`, `ratio` kWh of `to` per kWh of `from`.
void shift(std::array<double, kCarrierCount>& e, Carrier from, Carrier to, double share, double ratio) {
  const double moved = e[idx(from)] * share;
  e[idx(from)] -= moved;
  e[idx(to)] += moved * ratio;
}

}  // namespace

std::vector<LeverError> validate_levers(const IndustryLevers& l) {
  std::vector<LeverError> errors;
  check_pct("efficiency_pct", l.efficiency_pct, &errors);
  check_pct("electrification_pct", l.electrification_pct, &errors);
  check_pct("coal_to_gas_pct", l.coal_to_gas_pct, &errors);
  check_pct("two_high_output_cut_pct", l.two_high_output_cut_pct, &errors);
  check_pct("steel_h2_dri_pct", l.steel_h2_dri_pct, &errors);
  check_pct("ccus_capture_pct", l.ccus_capture_pct, &errors);
  return errors;
}

IndustryDrivers advance_output_index(const IndustryDrivers& drivers,
                                     const std::array<double, kSectorCount>& growth_pct) {
  IndustryDrivers next = drivers;
  for (int s = 0; s < kSectorCount; ++s) next.output_index[s] *= 1.0 + growth_pct[s] / 100.0;
  return next;
}

IndustryFactors industry_factors(const emissions::FactorSet& factors) {
  return {factors.of(emissions::Carrier::Electricity).kg_per_kwh,
          factors.of(emissions::Carrier::DistrictHeat).kg_per_kwh};
}

void IndustryAccount::add(const IndustryAccount& o) {
  for (int c = 0; c < kCarrierCount; ++c) {
    energy_kwh[c] += o.energy_kwh[c];
    emissions_t[c] += o.emissions_t[c];
  }
  energy_tce += o.energy_tce;
  combustion_t += o.combustion_t;
  process_t += o.process_t;
  scope2_t += o.scope2_t;
  captured_t += o.captured_t;
  gross_t += o.gross_t;
  net_t += o.net_t;
}

namespace {

// The table look-ups of the model, done once per evaluation instead of once per plant.
struct ModelConstants {
  std::array<std::array<double, kCarrierCount>, kRouteCount> route_kwh{};
  std::array<double, kRouteCount> route_process_t{};
  std::array<double, kCarrierCount> direct_kg_per_kwh{};
  double gas_per_coal = 0.0, electricity_per_fuel = 0.0, ccus_heat_gj = 0.0, ccus_electricity_kwh = 0.0;
};

ModelConstants model_constants() {
  ModelConstants k;
  for (int r = 0; r < kRouteCount; ++r) {
    k.route_kwh[r] = route_intensity_kwh(static_cast<Route>(r));
    k.route_process_t[r] = route_process_t_per_unit(static_cast<Route>(r));
  }
  for (int c = 0; c < kCarrierCount; ++c) k.direct_kg_per_kwh[c] = direct_kg_per_kwh(static_cast<Carrier>(c));
  k.gas_per_coal = lever_parameter(kCoalToGasRatioKey);
  k.electricity_per_fuel = lever_parameter(kElectrificationRatioKey);
  k.ccus_heat_gj = lever_parameter(kCcusHeatKey);
  k.ccus_electricity_kwh = lever_parameter(kCcusElectricityKey);
  return k;
}

PlantYear plant_year(const Plant& plant, const IndustryDrivers& drivers, const IndustryLevers& levers,
                     const IndustryFactors& factors, const ModelConstants& k) {
  assert(plant.output > 0.0 && "evaluate_plant: plant output must be positive");
  PlantYear y;

  // 1. Output of the year.
  double output = plant.output * drivers.output_index[static_cast<int>(plant.sector)];
  if (is_two_high(plant.sector)) output *= 1.0 - levers.two_high_output_cut_pct / 100.0;
  y.output = output;

  // 2. The green-hydrogen share of primary steel.
  const double h2_output = plant.route == Route::SteelBfBof ? output * levers.steel_h2_dri_pct / 100.0 : 0.0;
  const double main_output = output - h2_output;
  y.output_h2_dri = h2_output;

  // 3. Energy by carrier at the plant's (measured) or the route's intensity, less the efficiency gain.
  std::array<double, kCarrierCount> per_unit = k.route_kwh[static_cast<int>(plant.route)];
  if (plant.has_energy)
    for (int c = 0; c < kCarrierCount; ++c) per_unit[c] = plant.energy_kwh[c] / plant.output;
  const std::array<double, kCarrierCount>& h2_per_unit = k.route_kwh[static_cast<int>(Route::SteelH2Dri)];
  const double keep = 1.0 - levers.efficiency_pct / 100.0;
  std::array<double, kCarrierCount>& e = y.account.energy_kwh;
  for (int c = 0; c < kCarrierCount; ++c) e[c] = (main_output * per_unit[c] + h2_output * h2_per_unit[c]) * keep;

  // 4. Coal → gas, then electrification of the fuels burnt for heat.
  shift(e, Carrier::Coal, Carrier::NaturalGas, levers.coal_to_gas_pct / 100.0, k.gas_per_coal);
  const double el_share = levers.electrification_pct / 100.0;
  shift(e, Carrier::Coal, Carrier::Electricity, el_share, k.electricity_per_fuel);
  shift(e, Carrier::NaturalGas, Carrier::Electricity, el_share, k.electricity_per_fuel);
  shift(e, Carrier::Oil, Carrier::Electricity, el_share, k.electricity_per_fuel);

  // 5. Combustion and process CO2.
  IndustryAccount& a = y.account;
  for (int c = 0; c < kCarrierCount; ++c) {
    if (scope_of(static_cast<Carrier>(c)) != emissions::Scope::Scope1) continue;
    a.emissions_t[c] = e[c] * k.direct_kg_per_kwh[c] / 1000.0;
    a.combustion_t += a.emissions_t[c];
  }
  const double process_per_unit =
      plant.has_process ? plant.process_co2_t / plant.output : k.route_process_t[static_cast<int>(plant.route)];
  a.process_t = main_output * process_per_unit + h2_output * k.route_process_t[static_cast<int>(Route::SteelH2Dri)];

  // 6. CCUS and its energy penalty (bought as heat and electricity).
  a.captured_t = (a.combustion_t + a.process_t) * levers.ccus_capture_pct / 100.0;
  e[idx(Carrier::Heat)] += a.captured_t * k.ccus_heat_gj * emissions::kKwhPerGj;
  e[idx(Carrier::Electricity)] += a.captured_t * k.ccus_electricity_kwh;

  // 7. Scope 2, totals.
  a.emissions_t[idx(Carrier::Electricity)] = e[idx(Carrier::Electricity)] * factors.electricity_kg_per_kwh / 1000.0;
  a.emissions_t[idx(Carrier::Heat)] = e[idx(Carrier::Heat)] * factors.heat_kg_per_kwh / 1000.0;
  a.scope2_t = a.emissions_t[idx(Carrier::Electricity)] + a.emissions_t[idx(Carrier::Heat)];
  for (int c = 0; c < kCarrierCount; ++c) a.energy_tce += e[c] / kKwhPerKgce / 1000.0;
  a.gross_t = a.combustion_t + a.process_t + a.scope2_t;
  a.net_t = a.gross_t - a.captured_t;
  return y;
}

}  // namespace

PlantYear evaluate_plant(const Plant& plant, const IndustryDrivers& drivers, const IndustryLevers& levers,
                         const IndustryFactors& factors) {
  assert(validate_levers(levers).empty() && "evaluate_plant: invalid levers");
  return plant_year(plant, drivers, levers, factors, model_constants());
}

IndustryYear evaluate_industry_year(std::span<const Plant> plants, const IndustryDrivers& drivers,
                                    const IndustryLevers& levers, const IndustryFactors& factors) {
  assert(validate_levers(levers).empty() && "evaluate_industry_year: invalid levers");
  const ModelConstants k = model_constants();
  IndustryYear year;
  year.plants.reserve(plants.size());
  for (const Plant& plant : plants) {
    year.plants.push_back(plant_year(plant, drivers, levers, factors, k));
    year.sectors[static_cast<int>(plant.sector)].add(year.plants.back().account);
    year.total.add(year.plants.back().account);
  }
  return year;
}

}  // namespace twin::industry
