// The city's plant list in the page (see app.hpp): read with the CLI's reader (twin/industry/plant_csv),
// placed on the map through the city's lon/lat fit, ranked as key emitters, and the pathway re-run.
#include <nlohmann/json.hpp>

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
  rank_plants();
  evaluate_pathway();
  evaluate_comparisons();
}

}  // namespace app
