// The App's pathway: the base-year stock of the loaded city, the scenario the lever panel and the
// JS API edit, and its evaluation (twin/pathway, < 1 ms for the default city, so every lever change
// re-evaluates at once on the UI thread). JSON for the JS glue; nothing throws.
#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "twin/emissions/factor_tables.hpp"
#include "twin/pathway/dual_control_year.hpp"
#include "twin/pathway/milestones_json.hpp"
#include "wasm/app.hpp"

namespace app {
namespace {

using namespace twin::pathway;
using twin::emissions::Scope;
using twin::emissions::Sector;

std::string to_text(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::ordered_json lever_to_json(const LeverDef& def, const LeverSetting& setting, const LeverSetting& baseline) {
  return {{"key", def.key},
          {"unit", def.unit},
          {"min", def.min_value},
          {"max", def.max_value},
          {"default", baseline.target},  // the baseline scenario's target (what resetLevers restores)
          {"target", setting.target},
          {"start_year", setting.start_year},
          {"ramp_years", setting.ramp_years},
          {"base_year_value", def.default_value}};  // the value before the start year
}

nlohmann::ordered_json rect_json(const render::UiRect& r) {
  return {{"x0", r.x0}, {"y0", r.y0}, {"x1", r.x1}, {"y1", r.y1}};
}

nlohmann::ordered_json rects_json(const std::vector<render::UiRect>& rects) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const render::UiRect& r : rects) list.push_back(rect_json(r));
  return list;
}

nlohmann::ordered_json chart_band_keys() {
  nlohmann::ordered_json keys = nlohmann::ordered_json::array();
  for (int k = 0; k < render::kChartBandCount; ++k) keys.push_back(render::chart_band_key(k));
  return keys;
}

nlohmann::ordered_json mix_path_json(const std::vector<twin::energy_mix::MixPathPoint>& path) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& p : path) list.push_back({{"year", p.year}, {"nonfossil_share", p.nonfossil_share}});
  return list;
}

// The grid mix path editor as last drawn (render/ui/panel_mix_path.hpp): where its buttons and sliders
// are, and the draft with its errors (what a touch test needs).
nlohmann::ordered_json mix_ui_json(const render::MixPathUiState& m) {
  nlohmann::ordered_json regions = nlohmann::ordered_json::array();
  for (const render::UiRect& r : m.region_buttons) regions.push_back(rect_json(r));
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  for (const auto& e : m.errors) errors.push_back({{"index", e.index}, {"field", e.field}, {"message", e.message}});
  return {{"open", m.open},
          {"own", m.own},
          {"draft", mix_path_json(m.draft)},
          {"errors", errors},
          {"toggle", rect_json(m.toggle)},
          {"window", rect_json(m.window)},
          {"region_buttons", regions},
          {"baseline_button", rect_json(m.baseline_button)},
          {"own_button", rect_json(m.own_button)},
          {"add_button", rect_json(m.add_button)},
          {"year_sliders", rects_json(m.year_sliders)},
          {"share_sliders", rects_json(m.share_sliders)},
          {"remove_buttons", rects_json(m.remove_buttons)},
          {"factor_plot", rect_json(m.factor_plot)}};
}

}  // namespace

void App::init_pathway() {
  baseline_ = baseline_from_city(*city_);
  // The plants' base-year ranking (重点排放单位), as `carbontwin pathway` reports it.
  rank_plants();
  building_segment_ = segment_of_buildings(*city_, baseline_);
  scenario_ = default_scenario();
  evaluate_pathway();
  pathway_reference_max_t_ = 0;
  for (const PathwayYear& y : pathway_.years) pathway_reference_max_t_ = std::max(pathway_reference_max_t_, y.gross_t);
}

void App::evaluate_pathway() {
  const double t0 = emscripten_get_now();
  pathway_ = twin::pathway::evaluate_pathway(baseline_, scenario_, /*per_segment=*/true);
  pathway_eval_ms_ = emscripten_get_now() - t0;
  ++pathway_version_;
  update_year_values();
  invalidate();
}

std::string App::levers_json() const {
  if (!city_) return "";
  const Scenario baseline = default_scenario();
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (int i = 0; i < kLeverCount; ++i) {
    const auto id = static_cast<LeverId>(i);
    list.push_back(lever_to_json(lever_def(id), scenario_.lever(id), baseline.lever(id)));
  }
  return to_text(list);
}

std::string App::lever_json(const std::string& key) const {
  const std::optional<LeverId> id = find_lever(key);
  if (!city_ || !id) return "";
  return to_text(lever_to_json(lever_def(*id), scenario_.lever(*id), default_scenario().lever(*id)));
}

bool App::set_lever(const std::string& key, double target) {
  if (!city_) return false;
  const std::optional<LeverId> id = find_lever(key);
  if (!id) {
    std::fprintf(stderr, "CarbonTwin: setLever: unknown lever '%s' (listLevers() names them)\n", key.c_str());
    return false;
  }
  const LeverDef& def = lever_def(*id);
  if (!std::isfinite(target) || target < def.min_value || target > def.max_value) {
    std::fprintf(stderr, "CarbonTwin: setLever: target %g of '%s' is outside [%g, %g] %s\n", target, def.key,
                 def.min_value, def.max_value, def.unit);
    return false;
  }
  Scenario next = scenario_;
  next.lever(*id).target = target;
  if (!validate_scenario(next).empty()) {  // bounds were checked; anything else is a bug, not a crash
    std::fprintf(stderr, "CarbonTwin: setLever: scenario invalid after setting '%s'\n", def.key);
    return false;
  }
  if (next.lever(*id).target == scenario_.lever(*id).target) return true;
  scenario_ = next;
  sync_transport_policy();      // structural transport levers re-run the model in the worker
  refresh_pathway_transport();  // evaluates the pathway
  return true;
}

void App::reset_levers() {
  if (!city_) return;
  scenario_ = default_scenario();
  sync_transport_policy();
  refresh_pathway_transport();
}

std::string App::pathway_json() const {
  if (!city_ || pathway_.years.empty()) return "";
  nlohmann::ordered_json years = nlohmann::ordered_json::array();
  for (const PathwayYear& y : pathway_.years) {
    nlohmann::ordered_json by_sector = nlohmann::ordered_json::object();
    for (int k = 0; k < twin::emissions::kSectorCount; ++k)
      by_sector[twin::emissions::to_string(static_cast<Sector>(k))] = y.emissions.sector_t(static_cast<Sector>(k));
    nlohmann::ordered_json bands = nlohmann::ordered_json::object();  // what the chart stacks (adds up to gross_t)
    for (int k = 0; k < render::kChartBandCount; ++k) bands[render::chart_band_key(k)] = render::chart_band_t(y, k);
    years.push_back({{"year", y.year},
                     {"by_sector_t", by_sector},
                     {"scope1_t", y.emissions.scope_t(Scope::Scope1)},
                     {"scope2_t", y.emissions.scope_t(Scope::Scope2)},
                     {"agriculture_t", y.agriculture_t},
                     {"chart_bands_t", bands},
                     {"gross_t", y.gross_t},
                     {"pv_export_credit_t", y.pv_export_credit_t},
                     {"sinks_t", y.sinks_t},
                     {"net_t", y.net_t},
                     {"grid_factor_kg_per_kwh", y.grid_factor_kg_per_kwh},
                     // The same block as `carbontwin pathway --json`.
                     {"grid", {{"nonfossil_share", y.grid.mix.nonfossil_share},
                               {"grid_factor_kg_per_kwh", y.grid.mix.grid_factor_kg_per_kwh},
                               {"green_power_share", y.grid.mix.green_power_share}}},
                     // The same block as `carbontwin pathway --json` (docs/scenario.md, Dual control).
                     {"dual_control", {{"energy_tce", y.dual_control.energy_tce},
                                       {"co2_t", y.dual_control.co2_t},
                                       {"energy_intensity_tce_per_10k_yuan", y.dual_control.energy_intensity_tce_per_10k_yuan},
                                       {"co2_intensity_t_per_10k_yuan", y.dual_control.co2_intensity_t_per_10k_yuan},
                                       {"energy_tce_per_capita", y.dual_control.energy_per_capita_tce},
                                       {"co2_t_per_capita", y.dual_control.co2_per_capita_t},
                                       {"gdp_10k_yuan", y.economy.gdp_10k_yuan}}}});
    if (y.local_supply.present) {  // the same block as `carbontwin pathway --json`
      const twin::pathway::LocalSupplyYear& ls = y.local_supply;
      years.back()["local_supply"] = {
          {"rooftop_pv_kwh", ls.rooftop_pv_kwh}, {"utility_pv_kwh", ls.utility_pv_kwh}, {"wind_kwh", ls.wind_kwh},
          {"chp_kwh", ls.chp_kwh}, {"thermal_kwh", ls.thermal_kwh}, {"local_generation_kwh", ls.local_generation_kwh},
          {"import_kwh", ls.import_kwh}, {"export_kwh", ls.export_kwh}, {"curtailment_kwh", ls.curtailment_kwh},
          {"self_sufficiency", ls.self_sufficiency}, {"factor_kg_per_kwh", ls.factor_kg_per_kwh},
          {"buildings_factor_kg_per_kwh", ls.buildings_factor_kg_per_kwh},
          {"ev_factor_kg_per_kwh", ls.ev_factor_kg_per_kwh}, {"rest_factor_kg_per_kwh", ls.rest_factor_kg_per_kwh},
          {"plants_scope1_memo", {{"co2_t", ls.plants_scope1.co2_t}, {"ch4_t", ls.plants_scope1.ch4_t},
                                  {"n2o_t", ls.plants_scope1.n2o_t}, {"co2e_t", ls.plants_scope1.co2e_t}}}};
    }
  }
  // Years out of the scenario's dual-control bounds, per indicator and for the carbon budget.
  nlohmann::ordered_json out_of_bounds = nlohmann::ordered_json::object();
  for (int i = 0; i < twin::drivers::kIndicatorCount; ++i) {
    const auto indicator = static_cast<twin::drivers::Indicator>(i);
    out_of_bounds[dual_control_key(indicator)] = years_out_of_bounds(pathway_.dual_control, indicator);
  }
  out_of_bounds["carbon_budget"] = years_over_budget(pathway_.dual_control);
  const twin::drivers::CarbonBudget& budget = scenario_.dual_control.budget;
  const int first_over = first_year_over_budget(pathway_.dual_control);
  nlohmann::ordered_json targets = {
      {"carbon_budget", budget.enabled ? nlohmann::ordered_json{{"start_year", budget.start_year}, {"cap_t", budget.cap_t}}
                                       : nlohmann::ordered_json("none")},
      {"years_out_of_bounds", out_of_bounds},
      {"first_year_over_budget", first_over ? nlohmann::ordered_json(first_over) : nlohmann::ordered_json(nullptr)}};
  // The milestones as the CLI writes them (twin/pathway/milestones_json), flat at the top.
  nlohmann::ordered_json doc = {{"years", years}};
  doc.update(nlohmann::ordered_json::parse(twin::pathway::milestones_json(pathway_.milestones)));
  doc.update(nlohmann::ordered_json{
      {"targets", targets},
      {"synthetic_city", city_->synthetic},
      {"transport_included", baseline_.transport.present()},
      {"transport_changes", baseline_.transport.changes.size()},
      // The scenario's grid (Scenario::grid_region, grid_mix_path: [] = the current-policies path), the
      // chart's bands as drawn this frame (Mt, bottom to top, eased while a change settles) and the editor.
      {"grid_region", twin::emissions::to_string(scenario_.grid_region)},
      {"grid_mix_path", mix_path_json(scenario_.grid_mix_path)},
      {"chart", {{"bands", chart_band_keys()}, {"drawn_mt", pathway_ui_.layers}}},
      {"mix_ui", mix_ui_json(pathway_ui_.mix)}});
  return to_text(doc);
}

std::vector<render::PlantMarker> App::plant_markers() const {
  std::vector<render::PlantMarker> out;
  const float fs = ImGui::GetFontSize();
  for (const twin::industry::KeyEmitter& k : plant_ranking_) {
    const twin::industry::Plant& p = baseline_.plants[k.plant];
    double x = 0, y = 0;
    // Plants given only in lon/lat are not placed yet; a plant under a panel is not drawn.
    if (!p.has_xy || !world_to_screen(p.x_m, p.y_m, &x, &y) || rects_.contains(static_cast<float>(x), static_cast<float>(y)))
      continue;
    render::PlantMarker m{ImVec2(static_cast<float>(x), static_cast<float>(y)), k.net_t, k.rank, k.above_ets_threshold,
                          p.synthetic, "", true};
    char kt[32];
    std::snprintf(kt, sizeof kt, "%.0f kt", k.net_t / 1e3);
    m.label = std::to_string(k.rank) + " · " +
              strings_.tr(("industry." + std::string(twin::industry::to_string(p.sector))).c_str()) + " · " + kt;
    const float reach = render::plant_marker_radius(k.net_t, fs) + 0.6f * fs + ImGui::CalcTextSize(m.label.c_str()).x;
    const float right = m.screen.x + reach, left = m.screen.x - reach;
    const bool right_ok = !rects_.contains(right, m.screen.y) && right < static_cast<float>(css_width_);
    const bool left_ok = !rects_.contains(left, m.screen.y) && left > 0.0f;
    m.label_fits = right_ok || left_ok;
    m.label_left = !right_ok && left_ok;
    out.push_back(std::move(m));
  }
  return out;
}

std::string App::key_emitters_json() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const twin::industry::KeyEmitter& k : plant_ranking_) {
    const twin::industry::Plant& p = baseline_.plants[k.plant];
    nlohmann::ordered_json j = {{"rank", k.rank}, {"name", p.name}, {"sector", twin::industry::to_string(p.sector)},
                                {"net_t", k.net_t}, {"share", k.share}, {"energy_tce", k.energy_tce},
                                {"above_ets_threshold", k.above_ets_threshold}, {"synthetic", p.synthetic}};
    double x = 0, y = 0;
    if (p.has_xy) j["xy_m"] = {{"x", p.x_m}, {"y", p.y_m}};
    if (p.has_xy && world_to_screen(p.x_m, p.y_m, &x, &y)) {
      j["screen"] = {{"x", x}, {"y", y}};
      j["drawn"] = !rects_.contains(static_cast<float>(x), static_cast<float>(y));  // not under a panel
    }
    list.push_back(j);
  }
  return to_text(list);
}

bool App::set_year(int year) {
  if (year < kFirstYear || year > kLastYear) {
    std::fprintf(stderr, "CarbonTwin: setYear: %d is outside %d-%d\n", year, kFirstYear, kLastYear);
    return false;
  }
  if (year == year_) return true;
  year_ = year;
  update_year_values();
  invalidate();
  return true;
}

std::string App::chart_plot_rect_json() const {
  const ImVec2 a = pathway_ui_.plot_min, b = pathway_ui_.plot_max;
  if (!(b.x > a.x && b.y > a.y)) return "";
  return to_text({{"x", a.x}, {"y", a.y}, {"width", b.x - a.x}, {"height", b.y - a.y}});
}

}  // namespace app
