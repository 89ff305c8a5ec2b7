// Hourly building energy in the app: progress and results from the energy worker
// (web/energy_worker.js → carbontwin_worker, wasm/worker/energy_worker.cpp), the energy colour
// modes and buildingEnergy(id); and the energy balance of the pathway's year (twin/energy): the
// worker's hourly city series scaled to the year's annual totals, recomputed when the year or a lever
// changes, for the energy panel and energyBalance().
#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "twin/buildings/archetype.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/climate/climate_choice.hpp"
#include "twin/energy/energy_json.hpp"
#include "wasm/app.hpp"
#include "wasm/worker/energy_layout.hpp"

namespace app {
namespace {

namespace tb = twin::buildings;
namespace te = twin::emissions;

constexpr int kFactorYearMin = 2000, kFactorYearMax = 2100;
namespace tp = twin::pathway;
namespace ten = twin::energy;

double sum_of(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s;
}

// out[h] = base[h] × annual / Σ base (zero when the base has no energy).
void scale_to(const std::vector<double>& base, double base_sum, double annual_kwh, std::vector<double>* out) {
  out->resize(base.size());
  const double k = base_sum > 0 && annual_kwh > 0 ? annual_kwh / base_sum : 0.0;
  for (std::size_t h = 0; h < base.size(); ++h) (*out)[h] = base[h] * k;
}

}  // namespace

bool App::set_energy_hourly(const emscripten::val& hourly, int stride, int hours) {
  namespace L = energy_layout;
  if (!city_ || stride != L::kHourlyStride || hours <= 0 || hours > 8784 ||
      hourly["length"].as<std::size_t>() != static_cast<std::size_t>(hours) * L::kHourlyStride) {
    std::fprintf(stderr, "CarbonTwin: the hourly city series do not fit (stride %d, %d hours)\n", stride, hours);
    return false;
  }
  std::vector<double> data(static_cast<std::size_t>(hours) * L::kHourlyStride);
  emscripten::val(emscripten::typed_memory_view(data.size(), data.data())).call<void>("set", hourly);
  for (std::size_t i = 0; i < data.size(); ++i)
    if (!std::isfinite(data[i]) || data[i] < 0) {
      std::fprintf(stderr, "CarbonTwin: hourly city series: value %g at hour %zu column %zu is not a finite kWh >= 0\n",
                   data[i], i / L::kHourlyStride, i % L::kHourlyStride);
      return false;
    }
  // The energy worker's weather rule (same city ⇒ same hours), and the city's energy system.
  const twin::climate::WeatherYear weather = twin::climate::weather_for_city(*city_).year;
  if (weather.hours() != static_cast<std::uint32_t>(hours)) {
    std::fprintf(stderr, "CarbonTwin: hourly city series have %d hours, the city's weather %u\n", hours, weather.hours());
    return false;
  }
  energy_city_def_ = ten::default_energy_city_def();
  energy_profiles_ = ten::make_energy_profiles(weather, energy_city_def_.system, energy_city_def_.loads.shapes);
  energy_grid_region_ = twin::climate::grid_region_for(twin::climate::climate_for_city(*city_).city);
  base_electricity_kwh_.resize(hours);
  base_district_heat_kwh_.resize(hours);
  base_rooftop_pv_kwh_.resize(hours);
  for (int h = 0; h < hours; ++h) {
    const double* row = data.data() + static_cast<std::size_t>(h) * L::kHourlyStride;
    base_electricity_kwh_[h] = row[static_cast<int>(te::Carrier::Electricity)];
    base_district_heat_kwh_[h] = row[static_cast<int>(te::Carrier::DistrictHeat)];
    base_rooftop_pv_kwh_[h] = row[L::kHourlyPv];
  }
  energy_year_ready_ = false;
  energy_week_ = std::clamp(energy_week_, 0, render::energy_week_count(static_cast<std::uint32_t>(hours)) - 1);
  return true;
}

// Inputs of year_ (annual totals from the pathway year; shapes from the base year's simulation):
//   buildings' electricity = residential + commercial + industry-sector electricity bought, less the
//     plants' own (PathwayYear::industry) — gross of rooftop PV with the pathway's local supply, else plus
//     the rooftop PV used on site (generation − export): the demand whose hourly shape the simulation gave;
//   rooftop PV = PathwayYear::pv_generation_kwh over the shape of every roof's potential;
//   district heat = the same sectors' heat bought, less the plants';
//   EV charging = the transport year's electricity less metro traction (that goes to "other");
//   industry = the plants' electricity; heat pumps and other loads: the energy system's defaults;
//   grid factor = the pathway year's electricity factor (its mix path and supply levers);
//   the city's coal-fired condensing plants × (1 − coal_power_retirement_pct of the year).
void App::update_energy_year() {
  const std::uint32_t hours = energy_profiles_.hours();
  if (!city_ || hours == 0 || base_electricity_kwh_.size() != hours || pathway_.years.empty()) return;
  const double t0 = emscripten_get_now();
  const int k = year_ - tp::kFirstYear;
  const tp::PathwayYear& y = pathway_.years[static_cast<std::size_t>(k)];
  const auto el = static_cast<int>(te::Carrier::Electricity), dh = static_cast<int>(te::Carrier::DistrictHeat);
  const auto bought = [&y](int carrier) {
    return y.energy.energy_kwh[static_cast<int>(te::Sector::Residential)][carrier] +
           y.energy.energy_kwh[static_cast<int>(te::Sector::Commercial)][carrier] +
           std::max(0.0, y.energy.energy_kwh[static_cast<int>(te::Sector::Industry)][carrier] -
                             y.industry.energy_kwh[carrier]);
  };
  render::EnergyBalanceInputs in;
  in.year = year_;
  // With the local supply in the pathway (twin/pathway/local_supply.hpp) the energy bought is already gross
  // of rooftop PV (PV is a supply of the balance); without it, PV used on site was netted per sector.
  in.buildings_electricity_kwh =
      bought(el) + (y.local_supply.present ? 0.0 : std::max(0.0, y.pv_generation_kwh - y.pv_export_kwh));
  in.rooftop_pv_kwh = y.pv_generation_kwh;
  in.district_heat_kwh = bought(dh);
  in.ev_kwh = y.transport.present ? std::max(0.0, y.transport.energy_kwh[el] - y.transport.metro_electricity_kwh) : 0.0;
  in.industry_kwh = y.industry.energy_kwh[el];
  in.heat_pump_kwh = energy_city_def_.loads.heat_pump_kwh;
  in.other_kwh = energy_city_def_.loads.other_kwh + (y.transport.present ? y.transport.metro_electricity_kwh : 0.0);
  in.grid_factor_kg_per_kwh = y.grid_factor_kg_per_kwh;
  const tp::LeverId coal = tp::LeverId::CoalPowerRetirementPct;
  in.coal_capacity_share = 1.0 - tp::lever_value(tp::lever_def(coal), scenario_.lever(coal), year_) / 100.0;
  scale_to(base_electricity_kwh_, sum_of(base_electricity_kwh_), in.buildings_electricity_kwh, &year_electricity_kwh_);
  scale_to(base_district_heat_kwh_, sum_of(base_district_heat_kwh_), in.district_heat_kwh, &year_district_heat_kwh_);
  scale_to(base_rooftop_pv_kwh_, sum_of(base_rooftop_pv_kwh_), in.rooftop_pv_kwh, &year_rooftop_pv_kwh_);
  ten::EnergySystemDef sys = energy_city_def_.system;
  for (ten::ThermalPlantDef& p : sys.thermal_plants)
    if (p.fuel == te::Carrier::Coal) p.capacity_kw *= std::clamp(in.coal_capacity_share, 0.0, 1.0);
  ten::EnergyYearDrivers d;
  d.year = year_;
  d.buildings_electricity_kwh = year_electricity_kwh_;
  d.district_heat_kwh = year_district_heat_kwh_;
  d.rooftop_pv_kwh = year_rooftop_pv_kwh_;
  d.ev = energy_city_def_.loads.ev;
  d.ev.annual_kwh = in.ev_kwh;
  d.heat_pump_kwh = in.heat_pump_kwh;
  d.industry_kwh = in.industry_kwh;
  d.other_kwh = in.other_kwh;
  d.factors = ten::energy_factors_for_year(std::clamp(year_, kFactorYearMin, kFactorYearMax), energy_grid_region_);
  d.factors.grid_co2_kg_per_kwh = in.grid_factor_kg_per_kwh;
  energy_year_ = ten::evaluate_energy_year(sys, energy_profiles_, d);
  for (const ten::EnergyIssue& i : energy_year_.issues)
    std::fprintf(stderr, "CarbonTwin: energy balance %d: %s: %s\n", year_, i.where.c_str(), i.message.c_str());
  energy_inputs_ = in;
  energy_year_ready_ = energy_year_.issues.empty();
  ++energy_year_version_;
  energy_year_ms_ = emscripten_get_now() - t0;
  invalidate();
}

render::EnergyBalanceView App::energy_balance_view() const {
  render::EnergyBalanceView v;
  const bool ok = energy_balance_ready() && !pathway_.years.empty();
  v.result = ok ? &energy_year_ : nullptr;
  v.pathway_year = ok ? &pathway_.years[static_cast<std::size_t>(year_ - tp::kFirstYear)] : nullptr;
  v.version = energy_year_version_;
  v.year = year_;
  v.week = energy_week_;
  v.weeks = render::energy_week_count(energy_profiles_.hours() > 0 ? energy_profiles_.hours() : 8760);
  v.progress = energy_view_.progress;
  v.failed = energy_view_.failed;
  return v;
}

bool App::set_energy_week(int week) {
  const int weeks = render::energy_week_count(energy_profiles_.hours() > 0 ? energy_profiles_.hours() : 8760);
  if (week < 0 || week >= weeks) {
    std::fprintf(stderr, "CarbonTwin: setEnergyWeek: %d is outside 0-%d\n", week, weeks - 1);
    return false;
  }
  if (week != energy_week_) invalidate();
  energy_week_ = week;
  return true;
}

void App::set_energy_panel(bool open) {
  if (open != energy_ui_.open) invalidate();
  energy_ui_.open = open;
  if (open) scenario_ui_.open = inclusion_ui_.open = false;  // the panels share the middle of the screen
}

std::string App::energy_balance_json() const {
  if (!energy_balance_ready()) return "";
  const ten::EnergyYearResult& r = energy_year_;
  const ten::EnergyHourly& hr = r.hourly;
  const ten::Dispatch& d = r.dispatch;
  const std::size_t hours = hr.demand_kwh.size();
  const std::size_t h0 = std::min(hours, static_cast<std::size_t>(energy_week_) * render::kWeekHours);
  const std::size_t n = std::min<std::size_t>(render::kWeekHours, hours - h0);
  const auto week = [h0, n](const std::vector<double>& v) {
    return nlohmann::json(std::vector<double>(v.begin() + static_cast<std::ptrdiff_t>(h0),
                                              v.begin() + static_cast<std::ptrdiff_t>(h0 + n)));
  };
  nlohmann::ordered_json w;
  w["first_hour"] = h0;
  w["hours"] = n;
  w["demand_kwh"] = week(hr.demand_kwh);
  w["buildings_kwh"] = week(hr.buildings_kwh);
  w["ev_kwh"] = week(hr.ev_kwh);
  w["heat_pump_kwh"] = week(hr.heat_pump_kwh);
  w["industry_kwh"] = week(hr.industry_kwh);
  w["other_kwh"] = week(hr.other_kwh);
  w["rooftop_pv_kwh"] = week(hr.rooftop_pv_kwh);
  w["utility_pv_kwh"] = week(hr.utility_pv_kwh);
  w["wind_kwh"] = week(hr.wind_kwh);
  w["chp_kwh"] = week(hr.chp_kwh);
  w["thermal_kwh"] = week(d.thermal_kwh);
  w["storage_discharge_kwh"] = week(d.storage_discharge_kwh);
  w["storage_charge_kwh"] = week(d.storage_charge_kwh);
  w["storage_loss_kwh"] = week(d.storage_loss_kwh);
  w["storage_soc_kwh"] = week(d.storage_soc_kwh);
  w["import_kwh"] = week(d.grid_import_kwh);
  w["export_kwh"] = week(d.grid_export_kwh);
  w["curtailment_kwh"] = week(d.curtailment_kwh);
  w["unserved_kwh"] = week(d.unserved_kwh);
  w["balance_residual_kwh"] = week(d.balance_residual_kwh);
  w["factor_kg_per_kwh"] = week(d.factor_kg_per_kwh);
  const render::EnergyBalanceInputs& in = energy_inputs_;
  nlohmann::ordered_json doc;
  doc["year"] = year_;
  doc["week"] = energy_week_;
  doc["weeks"] = render::energy_week_count(static_cast<std::uint32_t>(hours));
  doc["annual"] = nlohmann::ordered_json::parse(ten::energy_year_json(r, year_), nullptr, false);
  doc["week_hours"] = w;
  doc["inputs"] = {{"buildings_electricity_kwh", in.buildings_electricity_kwh},
                   {"rooftop_pv_kwh", in.rooftop_pv_kwh},
                   {"district_heat_kwh", in.district_heat_kwh},
                   {"ev_kwh", in.ev_kwh},
                   {"industry_kwh", in.industry_kwh},
                   {"heat_pump_kwh", in.heat_pump_kwh},
                   {"other_kwh", in.other_kwh},
                   {"grid_factor_kg_per_kwh", in.grid_factor_kg_per_kwh},
                   {"coal_capacity_share", in.coal_capacity_share}};
  doc["eval_ms"] = energy_year_ms_;
  doc["panel_open"] = energy_ui_.open;
  if (energy_ui_.plot_max.x > energy_ui_.plot_min.x)
    doc["plot_rect"] = {{"x", energy_ui_.plot_min.x}, {"y", energy_ui_.plot_min.y},
                        {"width", energy_ui_.plot_max.x - energy_ui_.plot_min.x},
                        {"height", energy_ui_.plot_max.y - energy_ui_.plot_min.y}};
  if (energy_ui_.open && energy_ui_.panel_max.x > energy_ui_.panel_min.x)
    doc["panel_rect"] = {{"x", energy_ui_.panel_min.x}, {"y", energy_ui_.panel_min.y},
                         {"width", energy_ui_.panel_max.x - energy_ui_.panel_min.x},
                         {"height", energy_ui_.panel_max.y - energy_ui_.panel_min.y}};
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void App::set_energy_progress(double fraction) {
  if (!std::isfinite(fraction)) return;
  const double f = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
  if (std::fabs(f - energy_view_.progress) >= 0.005) invalidate();
  energy_view_.progress = f;
}

void App::set_energy_failed() {
  energy_view_.failed = true;
  invalidate();
}

bool App::set_energy_results(const emscripten::val& rows, int stride, int factor_year, int simulated_units,
                             double run_ms) {
  namespace L = energy_layout;
  const std::size_t n = city_ ? city_->buildings.size() : 0;
  if (stride != L::kStride || factor_year < kFactorYearMin || factor_year > kFactorYearMax ||
      rows["length"].as<std::size_t>() != n * L::kStride) {
    std::fprintf(stderr, "CarbonTwin: energy results do not fit this city (stride %d, %zu buildings)\n", stride, n);
    return false;
  }
  // One copy from the JS typed array straight into wasm memory.
  std::vector<double> data(n * L::kStride);
  emscripten::val(emscripten::typed_memory_view(data.size(), data.data())).call<void>("set", rows);
  std::vector<render::BuildingEnergy> energy(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double* row = data.data() + i * L::kStride;
    render::BuildingEnergy& e = energy[i];
    e.floor_area_m2 = row[L::kFloorArea];
    e.eui_kwh_m2 = row[L::kEui];
    e.emissions_kg_m2 = row[L::kEmissionsIntensity];
    e.pv_kwh = row[L::kPvKwh];
    e.scope1_t = row[L::kScope1];
    e.scope2_t = row[L::kScope2];
    e.heating_need_kwh = row[L::kHeatingNeed];
    e.cooling_need_kwh = row[L::kCoolingNeed];
    const double arch = row[L::kArchetype];
    if (!(arch >= 0 && arch < static_cast<double>(tb::archetype_rows().size()))) {
      std::fprintf(stderr, "CarbonTwin: energy results name no archetype for building %zu\n", i);
      return false;
    }
    e.archetype = static_cast<std::uint32_t>(arch);
    for (int u = 0; u < tb::kEndUseCount; ++u)
      for (int c = 0; c < te::kCarrierCount; ++c) e.delivered_kwh[u][c] = row[L::kDelivered + u * te::kCarrierCount + c];
  }
  energy_ = std::move(energy);
  energy_factors_ = te::factors_for_year(
      factor_year, twin::climate::grid_region_for(twin::climate::climate_for_city(*city_).city));
  energy_view_.buildings = &energy_;
  energy_view_.factors = &energy_factors_;
  energy_view_.simulated_units = static_cast<std::uint32_t>(simulated_units);
  energy_view_.run_ms = run_ms;
  energy_view_.progress = 1.0;
  update_year_values();
  invalidate();
  return true;
}

void App::update_year_values() {
  if (energy_ready()) update_energy_year();
  const std::size_t n = energy_.size();
  const std::size_t seg_count = baseline_.segments.size();
  if (n == 0 || building_segment_.size() != n || pathway_.segment_kwh_per_m2.size() != seg_count * twin::pathway::kYearCount)
    return;
  const int k = year_ - twin::pathway::kFirstYear;
  const auto ratio = [k](const std::vector<double>& v, std::int32_t s) {
    const double* row = v.data() + static_cast<std::size_t>(s) * twin::pathway::kYearCount;
    return row[0] > 0.0 ? row[k] / row[0] : 1.0;
  };
  eui_year_.resize(n);
  emissions_year_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t s = building_segment_[i];
    eui_year_[i] = energy_[i].eui_kwh_m2 * (s < 0 ? 1.0 : ratio(pathway_.segment_kwh_per_m2, s));
    emissions_year_[i] = energy_[i].emissions_kg_m2 * (s < 0 ? 1.0 : ratio(pathway_.segment_kg_per_m2, s));
  }
  energy_view_.eui_year = &eui_year_;
  energy_view_.emissions_year = &emissions_year_;
  energy_view_.year = year_;
  if ((color_mode_ == render::ColorMode::ByEui || color_mode_ == render::ColorMode::ByEmissions) && city_)
    renderer_.set_building_colours(building_colours_for(color_mode_));
  invalidate();
}

std::vector<render::Rgb> App::building_colours_for(render::ColorMode mode) const {
  if (!render::is_energy_mode(mode) || energy_.empty()) return render::building_colours(*city_, mode);
  std::vector<double> values(energy_.size());
  for (std::size_t i = 0; i < energy_.size(); ++i) {
    const render::BuildingEnergy& e = energy_[i];
    const bool by_year = eui_year_.size() == energy_.size();  // the chosen year's values once computed
    values[i] = mode == render::ColorMode::ByEui         ? (by_year ? eui_year_[i] : e.eui_kwh_m2)
                : mode == render::ColorMode::ByEmissions ? (by_year ? emissions_year_[i] : e.emissions_kg_m2)
                                                         : e.pv_kwh / 1000.0;  // MWh/yr
  }
  return render::value_colours(values, mode);
}

std::string App::building_energy_json(std::int32_t id) const {
  if (energy_.empty() || id < 0 || static_cast<std::size_t>(id) >= energy_.size()) return "";
  const render::BuildingEnergy& e = energy_[static_cast<std::size_t>(id)];
  nlohmann::json j;
  j["id"] = id;
  j["floor_area_m2"] = e.floor_area_m2;
  j["eui_kwh_m2"] = e.eui_kwh_m2;
  j["emissions_kg_m2"] = e.emissions_kg_m2;
  // The chosen year's values under the current levers (the simulated 2020 values carried along the
  // building's pathway segment).
  const bool by_year = eui_year_.size() == energy_.size();
  j["year"] = year_;
  j["eui_kwh_m2_year"] = by_year ? eui_year_[static_cast<std::size_t>(id)] : e.eui_kwh_m2;
  j["emissions_kg_m2_year"] = by_year ? emissions_year_[static_cast<std::size_t>(id)] : e.emissions_kg_m2;
  nlohmann::json by_end_use = nlohmann::json::object(), by_carrier = nlohmann::json::object();
  for (int u = 0; u < tb::kEndUseCount; ++u) {
    double v = 0;
    for (int c = 0; c < te::kCarrierCount; ++c) v += e.delivered_kwh[u][c];
    by_end_use[tb::to_string(static_cast<tb::EndUse>(u))] = v;
  }
  for (int c = 0; c < te::kCarrierCount; ++c) {
    double v = 0;  // same summation order as CityEnergyResult::carrier_kwh
    for (int u = 0; u < tb::kEndUseCount; ++u) v += e.delivered_kwh[u][c];
    by_carrier[te::to_string(static_cast<te::Carrier>(c))] = v;
  }
  j["by_end_use_kwh"] = by_end_use;
  j["by_carrier_kwh"] = by_carrier;
  j["pv_kwh"] = e.pv_kwh;
  j["scope1_t"] = e.scope1_t;
  j["scope2_t"] = e.scope2_t;
  j["heating_need_kwh"] = e.heating_need_kwh;
  j["cooling_need_kwh"] = e.cooling_need_kwh;
  const tb::Archetype& a = tb::archetype_rows()[e.archetype];
  j["archetype"] = {{"index", e.archetype},
                    {"category", twin::to_string(a.category)},
                    {"vintage", tb::to_string(a.vintage)},
                    {"climate_zone", tb::csv_key(a.zone)},
                    {"u_wall_w_m2k", a.u_wall_w_m2k},
                    {"u_roof_w_m2k", a.u_roof_w_m2k},
                    {"u_window_w_m2k", a.u_window_w_m2k},
                    {"window_to_wall", a.window_to_wall},
                    {"air_change_per_h", a.air_change_per_h},
                    {"heating_setpoint_c", a.heating_setpoint_c},
                    {"cooling_setpoint_c", a.cooling_setpoint_c},
                    {"source", a.source},
                    {"source_year", a.source_year}};
  j["model"] = {{"method", "ISO 13790 5R1C, hourly, 8760 h"},
                {"mode", "batched"},
                {"simulated_units", energy_view_.simulated_units},
                {"weather", "synthetic typical year, Beijing"}};
  nlohmann::json factors = nlohmann::json::object();
  for (int c = 0; c < te::kCarrierCount; ++c) {
    const te::Factor& f = energy_factors_.of(static_cast<te::Carrier>(c));
    factors[te::to_string(static_cast<te::Carrier>(c))] = {
        {"kg_per_kwh", f.kg_per_kwh}, {"source_id", f.source_id}, {"source_year", f.source_year}};
  }
  j["factors"] = {{"year", energy_factors_.year}, {"region", "north_china"}, {"by_carrier", factors}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace app
