// The city's plant list in the page (see app.hpp): read with the CLI's reader (twin/industry/plant_csv),
// placed on the map through the city's lon/lat fit, ranked as key emitters, and the pathway re-run.
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "twin/industry/default_plants.hpp"
#include "twin/industry/key_emitters.hpp"
#include "twin/industry/plant_csv.hpp"
#include "twin/industry/plant_placement.hpp"
#include "wasm/app.hpp"

namespace app {

void App::rank_plants() {
  namespace ti = twin::industry;
  plant_ranking_.clear();
  if (baseline_.plants.empty()) return;
  const twin::emissions::FactorSet f =
      twin::emissions::factors_for_year(baseline_.base_year, twin::pathway::default_scenario().grid_region);
  plant_ranking_ = ti::rank_key_emitters(ti::evaluate_industry_year(baseline_.plants, {}, {}, ti::industry_factors(f)));
}

std::string App::set_plants_csv(const std::string& text) {
  namespace ti = twin::industry;
  nlohmann::ordered_json out = {{"ok", false}};
  if (!city_) {
    out["errors"] = nlohmann::ordered_json::array({{{"line", 0}, {"field", ""}, {"message", "no city is loaded"}}});
    return out.dump();
  }
  ti::PlantCsvResult r = ti::read_plants_csv(text);
  auto issues = [](const std::vector<ti::PlantCsvIssue>& list) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& i : list) a.push_back({{"line", i.line}, {"field", i.field}, {"message", i.message}});
    return a;
  };
  out["errors"] = issues(r.errors);
  out["warnings"] = issues(r.warnings);
  if (!r.ok() || r.plants.empty()) {
    if (r.ok()) out["errors"].push_back({{"line", 0}, {"field", ""}, {"message", "the file lists no plant"}});
    return out.dump();  // a partial list would silently drop plants: keep the current ones
  }
  const ti::PlacementReport placement = ti::place_plants(*city_, &r.plants);
  baseline_.plants = std::move(r.plants);
  select_plant(-1);
  font_dirty_ = true;  // their names
  rank_plants();
  evaluate_pathway();
  evaluate_comparisons();
  nlohmann::ordered_json unplaced = nlohmann::ordered_json::array();
  for (const auto& u : placement.unplaced) unplaced.push_back({{"name", u.name}, {"line", u.line}, {"reason", u.reason}});
  out["ok"] = true;
  out["plants"] = baseline_.plants.size();
  out["given_xy"] = placement.given_xy;
  out["placed_from_lonlat"] = placement.placed_from_lonlat;
  out["unplaced"] = unplaced;
  return out.dump();
}

void App::reset_plants() {
  if (!city_) return;
  baseline_.plants = city_->synthetic ? twin::industry::default_plants() : std::vector<twin::industry::Plant>{};
  select_plant(-1);
  rank_plants();
  evaluate_pathway();
  evaluate_comparisons();
}

// --- the picked plant and its own what-if (render/ui/panel_plant.hpp) ---

int App::plant_at(double x_css, double y_css) const {
  // The nearest marker whose disc (a little enlarged for fingers) holds the point.
  const float font = ImGui::GetCurrentContext() != nullptr ? ImGui::GetFontSize() : render::kUiFontSize_px;
  int best = -1;
  double best_d2 = 0.0;
  for (const render::PlantMarker& m : plant_markers()) {
    const double r = render::plant_marker_radius(m.net_t, font) + 0.4 * font;
    const double dx = m.screen.x - x_css, dy = m.screen.y - y_css, d2 = dx * dx + dy * dy;
    if (d2 > r * r || (best >= 0 && d2 >= best_d2)) continue;
    best = static_cast<int>(plant_ranking_[static_cast<std::size_t>(m.rank - 1)].plant);
    best_d2 = d2;
  }
  return best;
}

bool App::select_plant(int index) {
  if (index < -1 || (index >= 0 && static_cast<std::size_t>(index) >= baseline_.plants.size())) return false;
  if (index != selected_plant_) plant_levers_ = {};
  selected_plant_ = index;
  if (index >= 0) select_building(-1);
  update_plant_what_if();
  invalidate();
  return true;
}

void App::update_plant_what_if() {
  if (selected_plant_ < 0) return;
  namespace ti = twin::industry;
  // The base year, as the ranking: every other plant keeps the city's levers (none in the base year).
  const twin::emissions::FactorSet f =
      twin::emissions::factors_for_year(baseline_.base_year, twin::pathway::default_scenario().grid_region);
  plant_what_if_ = ti::plant_what_if(baseline_.plants, static_cast<std::size_t>(selected_plant_), {}, {}, plant_levers_,
                                     ti::industry_factors(f));
}

std::string App::set_plant_levers_json(const std::string& text) {
  namespace ti = twin::industry;
  if (selected_plant_ < 0) return "no plant is picked (selectPlant first)";
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return "$: expected a JSON object of levers";
  ti::IndustryLevers l;
  const std::pair<const char*, double*> fields[] = {
      {"efficiency_pct", &l.efficiency_pct},           {"electrification_pct", &l.electrification_pct},
      {"coal_to_gas_pct", &l.coal_to_gas_pct},         {"two_high_output_cut_pct", &l.two_high_output_cut_pct},
      {"steel_h2_dri_pct", &l.steel_h2_dri_pct},       {"ccus_capture_pct", &l.ccus_capture_pct}};
  for (auto it = j.begin(); it != j.end(); ++it) {
    const auto f = std::find_if(std::begin(fields), std::end(fields), [&](const auto& p) { return it.key() == p.first; });
    if (f == std::end(fields)) return "$." + it.key() + ": unknown lever";
    if (!it.value().is_number()) return "$." + it.key() + ": expected a number";
    *f->second = it.value().get<double>();
  }
  const std::vector<ti::LeverError> errors = ti::validate_levers(l);
  if (!errors.empty()) return "$." + errors.front().lever + ": " + errors.front().message;
  plant_levers_ = l;
  update_plant_what_if();
  invalidate();
  return "";
}

std::string App::plant_what_if_json() const {
  if (selected_plant_ < 0) return "";
  const twin::industry::PlantWhatIf& w = plant_what_if_;
  const twin::industry::Plant& p = baseline_.plants[static_cast<std::size_t>(selected_plant_)];
  const twin::industry::IndustryLevers& l = plant_levers_;
  return nlohmann::ordered_json{
      {"plant", selected_plant_},
      {"name", p.name},
      {"sector", twin::industry::to_string(p.sector)},
      {"year", baseline_.base_year},
      {"levers",
       {{"efficiency_pct", l.efficiency_pct}, {"electrification_pct", l.electrification_pct},
        {"coal_to_gas_pct", l.coal_to_gas_pct}, {"two_high_output_cut_pct", l.two_high_output_cut_pct},
        {"steel_h2_dri_pct", l.steel_h2_dri_pct}, {"ccus_capture_pct", l.ccus_capture_pct}}},
      {"net_before_t", w.before.account.net_t},
      {"net_after_t", w.after.account.net_t},
      {"delta_t", w.delta_t},
      {"industry_before_t", w.industry_before_t},
      {"industry_after_t", w.industry_after_t},
      {"rank_before", w.rank_before},
      {"rank_after", w.rank_after},
      {"share_before", w.share_before},
      {"share_after", w.share_after}}
      .dump();
}

render::PlantPanelView App::plant_panel_view() const {
  render::PlantPanelView v;
  const twin::industry::Plant& p = baseline_.plants[static_cast<std::size_t>(selected_plant_)];
  const twin::industry::PlantWhatIf& w = plant_what_if_;
  v.name = p.name;
  v.sector_key = "industry." + std::string(twin::industry::to_string(p.sector));
  v.synthetic = p.synthetic;
  v.year = baseline_.base_year;
  v.rank_before = w.rank_before;
  v.rank_after = w.rank_after;
  v.plant_count = static_cast<int>(baseline_.plants.size());
  v.share_before = w.share_before;
  v.share_after = w.share_after;
  v.net_before_t = w.before.account.net_t;
  v.net_after_t = w.after.account.net_t;
  for (const twin::industry::KeyEmitter& k : plant_ranking_)
    if (static_cast<int>(k.plant) == selected_plant_) {
      v.energy_tce = k.energy_tce;
      v.above_ets_threshold = k.above_ets_threshold;
    }
  v.industry_before_t = w.industry_before_t;
  v.industry_after_t = w.industry_after_t;
  v.levers = plant_levers_;
  return v;
}

}  // namespace app
