// Hourly building energy in the app: progress and results from the energy worker
// (web/energy_worker.js → carbontwin_worker, wasm/worker/energy_worker.cpp), the energy colour
// modes and buildingEnergy(id).
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "twin/buildings/archetype.hpp"
#include "twin/climate/climate_choice.hpp"
#include "wasm/app.hpp"
#include "wasm/worker/energy_layout.hpp"

namespace app {
namespace {

namespace tb = twin::buildings;
namespace te = twin::emissions;

constexpr int kFactorYearMin = 2000, kFactorYearMax = 2100;

}  // namespace

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
