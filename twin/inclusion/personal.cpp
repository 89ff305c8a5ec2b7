// personal_savings() and its context (personal.hpp). Every figure is read from the part of the twin that
// prices it in the city's pathway; only what the twin has no table for comes from inclusion_factors.hpp.
#include "twin/inclusion/personal.hpp"

#include <cstdarg>
#include <cstdio>

#include "twin/buildings/pv.hpp"
#include "twin/inclusion/inclusion_factors.hpp"
#include "twin/inventory/gwp.hpp"
#include "twin/pathway/det_math.hpp"
#include "twin/pathway/grid_supply.hpp"
#include "twin/pathway/intensity_table.hpp"
#include "twin/transport/demand_parameters.hpp"
#include "twin/transport/fleet_params.hpp"
#include "twin/waste/waste_params.hpp"

namespace twin::inclusion {
namespace {

using emissions::Carrier;
using emissions::kCarrierCount;
using emissions::Sector;
constexpr int kEl = static_cast<int>(Carrier::Electricity);
constexpr int kRes = static_cast<int>(Sector::Residential);
constexpr int kTransport = static_cast<int>(Sector::Transport);

std::string fmt(const char* f, ...) {
  char buf[512];
  va_list args;
  va_start(args, f);
  std::vsnprintf(buf, sizeof buf, f, args);
  va_end(args);
  return buf;
}

// kgCO2 of an energy change at the context's factors (negative change = saving → positive kg).
double kg_saved(const SectorCarrierKwh& delta, const emissions::FactorSet& f) {
  double kg = 0.0;
  for (const auto& row : delta)
    for (int c = 0; c < kCarrierCount; ++c) kg -= row[c] * f.of(static_cast<Carrier>(c)).kg_per_kwh;
  return kg;
}

std::string factor_source(const emissions::FactorSet& f, Carrier c) {
  const emissions::Factor& x = f.of(c);
  if (c == Carrier::Electricity)
    return fmt("%s (published %d) along twin/pathway grid_supply to %d", x.source_id, x.source_year, f.year);
  return x.source_id;
}

void factor_steps(const SectorCarrierKwh& delta, const emissions::FactorSet& f, std::vector<Step>& steps) {
  std::array<double, kCarrierCount> by_carrier{};
  for (const auto& row : delta)
    for (int c = 0; c < kCarrierCount; ++c) by_carrier[c] += row[c];
  for (int c = 0; c < kCarrierCount; ++c) {
    if (by_carrier[c] == 0.0) continue;
    const auto carrier = static_cast<Carrier>(c);
    steps.push_back(
        {fmt("%s change (new − old)", emissions::to_string(carrier)), by_carrier[c], "kWh/yr", "arithmetic"});
    steps.push_back({fmt("%s factor of %d", emissions::to_string(carrier), f.year), f.of(carrier).kg_per_kwh,
                     "kgCO2/kWh", factor_source(f, carrier)});
  }
}

const char* mode_words(CommuteMode m) {
  switch (m) {
    case CommuteMode::CarPetrol:
      return "petrol car";
    case CommuteMode::CarEv:
      return "electric car";
    case CommuteMode::Bus:
      return "bus";
    case CommuteMode::Metro:
      return "metro";
    case CommuteMode::Bike:
      return "bike";
    default:
      return "walking";
  }
}

double useful_heating_kwh_per_m2(pathway::Vintage vintage) {
  for (const pathway::HeatingDemandRow& r : pathway::heating_demand_rows())
    if (r.category == pathway::Category::ResidentialHighRise && r.vintage == vintage) return r.useful_kwh_per_m2;
  return 0.0;
}

double cooling_kwh_per_m2() {
  double kwh = 0.0;
  for (const pathway::EndUseIntensityRow& r : pathway::end_use_intensity_rows())
    if (r.category == pathway::Category::ResidentialHighRise && r.end_use == pathway::EndUse::Cooling &&
        r.carrier == Carrier::Electricity)
      kwh += r.kwh_per_m2;
  return kwh;
}

void dwelling_system(DwellingHeating h, HeatingSystem* system, Fuel* fuel) {
  switch (h) {
    case DwellingHeating::DistrictHeat:
      *system = HeatingSystem::DistrictHeat, *fuel = Fuel::Heat;
      return;
    case DwellingHeating::GasBoiler:
      *system = HeatingSystem::Boiler, *fuel = Fuel::NaturalGas;
      return;
    case DwellingHeating::HeatPump:
      *system = HeatingSystem::HeatPump, *fuel = Fuel::Electricity;
      return;
    case DwellingHeating::ElectricResistance:
      *system = HeatingSystem::ElectricResistance, *fuel = Fuel::Electricity;
      return;
    default:
      *system = HeatingSystem::None, *fuel = Fuel::Electricity;
      return;
  }
}

ActionSaving commute_saving(std::size_t i, const CommuteSwitch& c, const InclusionContext& ctx) {
  ActionSaving a;
  a.key = fmt("commutes[%zu]", i);
  a.label = fmt("Commute by %s instead of %s", mode_words(c.to), mode_words(c.from));
  const double pkm = 2.0 * c.one_way_km * c.days_per_yr;
  a.steps.push_back(
      {fmt("passenger-km per year = 2 × %g km × %g days", c.one_way_km, c.days_per_yr), pkm, "pkm/yr", "arithmetic"});
  Step from_step, to_step;
  const auto from = commute_kwh_per_pkm(c.from, &from_step);
  const auto to = commute_kwh_per_pkm(c.to, &to_step);
  a.steps.push_back(from_step);
  a.steps.push_back(to_step);
  for (int k = 0; k < kCarrierCount; ++k) a.delta_kwh[kTransport][k] = pkm * (to[k] - from[k]);
  factor_steps(a.delta_kwh, ctx.factors, a.steps);
  a.kg_co2_per_yr = kg_saved(a.delta_kwh, ctx.factors);
  return a;
}

ActionSaving setpoint_saving(const SetpointChange& s, const InclusionContext& ctx) {
  ActionSaving a;
  a.key = "setpoints";
  a.label = fmt("Heating %g °C lower, cooling %g °C higher", s.heating_lower_c, s.cooling_raise_c);
  if (s.heating_lower_c > 0.0 && s.heating != DwellingHeating::None) {
    HeatingSystem system;
    Fuel fuel;
    dwelling_system(s.heating, &system, &fuel);
    const double useful = useful_heating_kwh_per_m2(s.vintage);
    const double eff = pathway::heating_efficiency(system, fuel, ctx.heat_pump_scop);
    const Carrier carrier = pathway::heating_carrier(system, fuel);
    const double delivered = useful * s.dwelling_area_m2 / eff;
    const double pct = inclusion_factor("heating_saving_pct_per_c");
    const double share = 1.0 - pathway::det_pow(1.0 - pct / 100.0, s.heating_lower_c);
    a.steps.push_back({fmt("useful heating demand, high-rise dwelling built %s", pathway::to_string(s.vintage)), useful,
                       "kWh/(m2·yr)", "twin/pathway baseline_intensity.csv"});
    a.steps.push_back({fmt("efficiency of %s", to_string(s.heating)), eff, "-",
                       s.heating == DwellingHeating::HeatPump ? "heat_pump_scop lever of the year"
                                                              : "twin/pathway heating_efficiency.csv"});
    a.steps.push_back({fmt("delivered heating = %g kWh/m2 × %g m2 / %g", useful, s.dwelling_area_m2, eff), delivered,
                       "kWh/yr", "arithmetic"});
    a.steps.push_back({fmt("share saved = 1 − (1 − %g %%)^%g °C", pct, s.heating_lower_c), share, "-",
                       inclusion_factor_source("heating_saving_pct_per_c")});
    a.delta_kwh[kRes][static_cast<int>(carrier)] -= delivered * share;
  }
  if (s.cooling_raise_c > 0.0) {
    const double per_m2 = cooling_kwh_per_m2();
    const double cooling = per_m2 * s.dwelling_area_m2;
    const double pct = inclusion_factor("cooling_saving_pct_per_c");
    const double share = 1.0 - pathway::det_pow(1.0 - pct / 100.0, s.cooling_raise_c);
    a.steps.push_back({fmt("cooling electricity = %g kWh/m2 × %g m2", per_m2, s.dwelling_area_m2), cooling, "kWh/yr",
                       "twin/pathway baseline_intensity.csv"});
    a.steps.push_back({fmt("share saved = 1 − (1 − %g %%)^%g °C", pct, s.cooling_raise_c), share, "-",
                       inclusion_factor_source("cooling_saving_pct_per_c")});
    a.delta_kwh[kRes][kEl] -= cooling * share;
  }
  factor_steps(a.delta_kwh, ctx.factors, a.steps);
  a.kg_co2_per_yr = kg_saved(a.delta_kwh, ctx.factors);
  return a;
}

ActionSaving pv_saving(double kwp, const InclusionContext& ctx) {
  ActionSaving a;
  a.key = "rooftop_pv";
  a.label = fmt("%g kWp of rooftop PV", kwp);
  a.pv_kwh = kwp * ctx.pv_yield_kwh_per_kwp;
  const double kg_per_kwh = ctx.factors.of(Carrier::Electricity).kg_per_kwh;
  a.steps.push_back({"yield per kWp", ctx.pv_yield_kwh_per_kwp, "kWh/(kWp·yr)", ctx.pv_yield_source});
  a.steps.push_back(
      {fmt("generation = %g kWp × %g kWh/kWp", kwp, ctx.pv_yield_kwh_per_kwp), a.pv_kwh, "kWh/yr", "arithmetic"});
  a.steps.push_back({fmt("grid electricity displaced, factor of %d", ctx.year), kg_per_kwh, "kgCO2/kWh",
                     factor_source(ctx.factors, Carrier::Electricity)});
  a.kg_co2_per_yr = a.pv_kwh * kg_per_kwh;
  return a;
}

ActionSaving appliance_saving(std::size_t i, const ApplianceSwap& s, const InclusionContext& ctx) {
  ActionSaving a;
  a.key = fmt("appliances[%zu]", i);
  const std::string name = to_string(s.appliance);
  a.label = fmt("%d %s: China Energy Label grade 1 instead of grade 3", s.units, name.c_str());
  const std::string g3 = name + "_grade3_kwh_per_yr", g1 = name + "_grade1_kwh_per_yr";
  const double kwh3 = inclusion_factor(g3), kwh1 = inclusion_factor(g1);
  a.steps.push_back({"grade 3 use per unit", kwh3, "kWh/yr", inclusion_factor_source(g3)});
  a.steps.push_back({"grade 1 use per unit", kwh1, "kWh/yr", inclusion_factor_source(g1)});
  a.delta_kwh[kRes][kEl] = -static_cast<double>(s.units) * (kwh3 - kwh1);
  factor_steps(a.delta_kwh, ctx.factors, a.steps);
  a.kg_co2_per_yr = kg_saved(a.delta_kwh, ctx.factors);
  return a;
}

// Kitchen waste sorted out of the landfill into composting: the landfill's lifetime CH4 per kg (IPCC
// 2006 Vol. 5 Eq. 3.1 with twin/waste's parameters: DOC × DOCf × MCF × F × 16/12 × (1 − R) × (1 − OX))
// less composting's CH4 and N2O, at the twin's default GWP set.
ActionSaving waste_saving(double kg, const InclusionContext&) {
  ActionSaving a;
  a.key = "waste_sorting";
  a.label = fmt("%g kg/yr of kitchen waste sorted for composting instead of landfill", kg);
  a.in_wedge = false;
  const waste::WasteParams w = waste::default_waste_params();
  const double mcf = waste::mcf_of(w.landfill_type);
  const double ch4 = w.doc * w.docf * mcf * w.f_ch4 * (16.0 / 12.0) * (1.0 - w.methane_recovery_share) * (1.0 - w.ox);
  const double gwp_ch4 = inventory::gwp100(inventory::Gas::Ch4, inventory::kDefaultGwpSet);
  const double gwp_n2o = inventory::gwp100(inventory::Gas::N2o, inventory::kDefaultGwpSet);
  const double landfill = ch4 * gwp_ch4;
  const double compost = w.composting_ch4_t_per_t * gwp_ch4 + w.composting_n2o_t_per_t * gwp_n2o;
  a.steps.push_back({fmt("landfill CH4 = %g × %g × %g × %g × 16/12 × (1 − %g) × (1 − %g)", w.doc, w.docf, mcf, w.f_ch4,
                         w.methane_recovery_share, w.ox),
                     ch4, "kgCH4/kg waste", "twin/waste waste_parameters.csv (IPCC 2006 Vol. 5 Ch. 3)"});
  a.steps.push_back({fmt("landfill CO2e = CH4 × GWP %g", gwp_ch4), landfill, "kgCO2e/kg", "twin/inventory gwp100.csv"});
  a.steps.push_back(
      {fmt("composting CO2e = %g × %g + %g × %g", w.composting_ch4_t_per_t, gwp_ch4, w.composting_n2o_t_per_t, gwp_n2o),
       compost, "kgCO2e/kg", "twin/waste waste_parameters.csv (IPCC 2006 Vol. 5 Table 4.1)"});
  a.kg_co2_per_yr = kg * (landfill - compost);
  a.non_energy_kg_per_yr = a.kg_co2_per_yr;
  return a;
}

ActionSaving secondhand_saving(double items) {
  ActionSaving a;
  a.key = "secondhand";
  a.label = fmt("%g clothing items a year bought second-hand", items);
  a.in_wedge = false;
  const double per_item = inclusion_factor("secondhand_kgco2e_per_item");
  a.steps.push_back({"avoided per item = 0.3 kg × 11.2 kgCO2/kg × 0.91 (embodied, outside the city account)", per_item,
                     "kgCO2e/item", inclusion_factor_source("secondhand_kgco2e_per_item")});
  a.kg_co2_per_yr = items * per_item;
  a.non_energy_kg_per_yr = a.kg_co2_per_yr;
  return a;
}

}  // namespace

InclusionContext inclusion_context(const pathway::Scenario& scenario, int year, int base_year) {
  using pathway::LeverId;
  auto lever = [&](LeverId id) {
    return pathway::lever_value(pathway::lever_defs()[static_cast<int>(id)], scenario.lever(id), year);
  };
  InclusionContext ctx;
  ctx.year = year;
  // The same operations, in the same order, as evaluate_pathway() (pathway.cpp), so the factors agree to the bit.
  emissions::FactorSet f = emissions::factors_for_year(base_year, scenario.grid_region);
  const pathway::GridSupplyAnchor anchor =
      pathway::grid_supply_anchor(scenario.grid_region, base_year, f.of(Carrier::Electricity).kg_per_kwh);
  f.year = year;
  pathway::GridSupplyLevers supply;
  supply.nonfossil_added_pts = lever(LeverId::GridNonfossilAddedPts);
  supply.coal_retirement_pct = lever(LeverId::CoalPowerRetirementPct);
  supply.green_power_pct = lever(LeverId::GreenPowerPurchasePct);
  supply.further_reduction_pct = lever(LeverId::GridFactorReductionPct);
  f.of(Carrier::Electricity).kg_per_kwh = pathway::grid_supply_year(anchor, year, supply).electricity_kg_per_kwh;
  f.of(Carrier::DistrictHeat).kg_per_kwh *= 1.0 - lever(LeverId::HeatFactorReductionPct) / 100.0;
  const pathway::FactorMultipliers& fm = scenario.factor_multipliers;
  f.of(Carrier::Electricity).kg_per_kwh *= fm.electricity;
  f.of(Carrier::DistrictHeat).kg_per_kwh *= fm.heat;
  f.of(Carrier::Coal).kg_per_kwh *= fm.coal;
  f.of(Carrier::NaturalGas).kg_per_kwh *= fm.gas;
  for (Carrier c : {Carrier::Oil, Carrier::Gasoline, Carrier::Lpg}) f.of(c).kg_per_kwh *= fm.oil;
  ctx.factors = f;
  ctx.heat_pump_scop = lever(LeverId::HeatPumpScop);
  ctx.pv_yield_kwh_per_kwp = lever(LeverId::PvYieldKwhPerKwp);
  ctx.pv_yield_source = "pathway lever pv_yield_kwh_per_kwp";
  return ctx;
}

double pv_yield_kwh_per_kwp(const climate::WeatherYear& weather) {
  const buildings::PvDef def = buildings::default_pv_def();
  double kwh_per_roof_m2 = 0.0;
  for (double h : buildings::pv_hourly_kwh_per_roof_m2(weather, def)) kwh_per_roof_m2 += h;
  const double kwp_per_roof_m2 = def.usable_roof_share * def.module_efficiency;  // STC 1 kW/m²
  return kwp_per_roof_m2 > 0.0 ? kwh_per_roof_m2 / kwp_per_roof_m2 : 0.0;
}

std::array<double, kCarrierCount> commute_kwh_per_pkm(CommuteMode mode, Step* how) {
  using transport::Powertrain;
  using transport::VehicleClass;
  const transport::FleetParams& fleet = transport::default_fleet_params();
  const transport::VehicleParameters& veh = transport::default_demand_parameters().vehicle;
  std::array<double, kCarrierCount> e{};
  Step s{"", 0.0, "kWh/pkm", ""};
  switch (mode) {
    case CommuteMode::CarPetrol:
    case CommuteMode::CarEv: {
      const Powertrain p = mode == CommuteMode::CarPetrol ? Powertrain::Ice : Powertrain::Bev;
      e = transport::base_energy_kwh_per_km(fleet, VehicleClass::Car, p);
      for (double& x : e) x /= veh.car_occupancy;
      s.what = fmt("%s: %s car energy per vehicle-km / occupancy %g", mode_words(mode), transport::to_string(p),
                   veh.car_occupancy);
      s.source = "twin/transport fleet_parameters.csv (car) and mode_choice_parameters.csv (occupancy)";
      break;
    }
    case CommuteMode::Bus: {
      const transport::VehicleClassParams& bus = fleet.of(VehicleClass::Bus);
      for (int p = 0; p < transport::kPowertrainCount; ++p) {
        const auto per_km = transport::base_energy_kwh_per_km(fleet, VehicleClass::Bus, static_cast<Powertrain>(p));
        for (int c = 0; c < kCarrierCount; ++c) e[c] += bus.base_stock_share[p] * per_km[c] / veh.bus_average_load_pax;
      }
      s.what = fmt("bus: base-year fleet mix energy per bus-km / %g passenger-km per bus-km", veh.bus_average_load_pax);
      s.source = "twin/transport fleet_parameters.csv (bus) and mode_choice_parameters.csv (load)";
      break;
    }
    case CommuteMode::Metro: {
      const double pkm_per_train_km = inclusion_factor("metro_passenger_km_per_train_km");
      e[kEl] = fleet.metro_kwh_per_train_km / pkm_per_train_km;
      s.what = fmt("metro: %g kWh per train-km / %g passenger-km per train-km", fleet.metro_kwh_per_train_km,
                   pkm_per_train_km);
      s.source = std::string("twin/transport fleet_parameters.csv (metro); ") +
                 inclusion_factor_source("metro_passenger_km_per_train_km");
      break;
    }
    default:
      s.what = fmt("%s: no purchased energy", mode_words(mode));
      s.source = "arithmetic";
      break;
  }
  for (double x : e) s.value += x;
  if (how) *how = s;
  return e;
}

PersonalResult personal_savings(const PersonalActions& actions, const InclusionContext& ctx) {
  PersonalResult r;
  const std::vector<ActionsError> errors = validate_actions(actions);
  if (!errors.empty()) {
    r.error = errors.front().path + ": " + errors.front().message;
    return r;
  }
  r.points_per_kg = inclusion_factor("points_per_kg_co2");
  r.points_source = inclusion_factor_source("points_per_kg_co2");
  r.household_persons =
      actions.household_persons > 0.0 ? actions.household_persons : inclusion_factor("household_persons");
  for (std::size_t i = 0; i < actions.commutes.size(); ++i)
    r.actions.push_back(commute_saving(i, actions.commutes[i], ctx));
  if (actions.setpoints) r.actions.push_back(setpoint_saving(*actions.setpoints, ctx));
  if (actions.rooftop_pv_kwp > 0.0) r.actions.push_back(pv_saving(actions.rooftop_pv_kwp, ctx));
  for (std::size_t i = 0; i < actions.appliances.size(); ++i)
    r.actions.push_back(appliance_saving(i, actions.appliances[i], ctx));
  if (actions.waste_sorted_kg_per_yr > 0.0) r.actions.push_back(waste_saving(actions.waste_sorted_kg_per_yr, ctx));
  if (actions.secondhand_items_per_yr > 0.0) r.actions.push_back(secondhand_saving(actions.secondhand_items_per_yr));
  for (ActionSaving& a : r.actions) {
    a.points = a.kg_co2_per_yr * r.points_per_kg;
    r.total_kg_co2_per_yr += a.kg_co2_per_yr;
  }
  r.points = r.total_kg_co2_per_yr * r.points_per_kg;
  return r;
}

}  // namespace twin::inclusion
