// Scenarios in the page (see app.hpp): the whole scenario in and out as a scenario file (the CLI's
// reader and writer, cli/scenario_json.cpp, so a file saved in the page runs unchanged in `carbontwin
// pathway`), the saved list the browser keeps (web/scenarios.js, IndexedDB), and up to two saved
// scenarios evaluated on the current baseline and drawn beside the current pathway.
#include <emscripten.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/scenario_json.hpp"
#include "optimise/lever_costs.hpp"
#include "twin/cost/mac_curve.hpp"
#include "optimise/optimiser.hpp"
#include "twin/decision/attribution.hpp"
#include "twin/decision/attribution_json.hpp"
#include "twin/pathway/milestones_json.hpp"
#include "wasm/app.hpp"

namespace app {
namespace {

constexpr std::size_t kMaxCompared = 2;
constexpr int kPageMaxExactPlayers = 5;

std::string join_lines(const std::vector<std::string>& lines) {
  std::string all;
  for (const std::string& e : lines) all += (all.empty() ? "" : "\n") + e;
  return all;
}

}  // namespace

std::string App::scenario_json() const {
  if (!city_) return "";
  return cli::scenario_to_json(scenario_).dump();
}

std::string App::scenario_changes_json() const {
  if (!city_) return "";
  return cli::scenario_changes_to_json(scenario_).dump();
}

std::string App::set_scenario_json(const std::string& text) {
  if (!city_) return "no city is loaded";
  twin::pathway::Scenario next;
  std::vector<std::string> errors;
  if (!cli::scenario_from_json(text, &next, &errors))
    return errors.empty() ? "the scenario could not be read" : join_lines(errors);
  scenario_ = std::move(next);
  sync_transport_policy();      // structural levers and new lines: transport runs in the worker
  refresh_pathway_transport();  // evaluates the pathway and the comparisons
  return "";
}

bool App::set_saved_scenarios(const std::string& json) {
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_array()) return false;
  std::vector<render::SavedScenarioRow> rows;
  for (const auto& item : doc) {
    if (!item.is_object() || !item.contains("name") || !item["name"].is_string()) return false;
    rows.push_back({item["name"].get<std::string>(), item.value("saved_at", std::string())});
  }
  saved_scenarios_ = std::move(rows);
  invalidate();
  return true;
}

std::string App::set_comparisons(const std::string& json) {
  if (!city_) return "no city is loaded";
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_array()) return "comparisons must be a JSON array [{name, scenario}]";
  if (doc.size() > kMaxCompared) return "at most two scenarios can be compared with the current one";
  std::vector<ComparedScenario> next;
  std::vector<std::string> errors;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const auto& item = doc[i];
    const std::string where = "[" + std::to_string(i) + "]";
    if (!item.is_object() || !item.contains("name") || !item["name"].is_string() || !item.contains("scenario")) {
      errors.push_back(where + ": expected {name, scenario}");
      continue;
    }
    ComparedScenario c;
    c.name = item["name"].get<std::string>();
    std::vector<std::string> problems;
    if (!cli::scenario_from_json(item["scenario"].dump(), &c.scenario, &problems)) {
      for (const std::string& p : problems) errors.push_back(where + " '" + c.name + "': " + p);
      continue;
    }
    next.push_back(std::move(c));
  }
  if (!errors.empty()) return join_lines(errors);
  compared_ = std::move(next);
  share_qr_.reset();  // the panel now shows the comparison; a new share makes a new code
  compared_names_.clear();
  for (const ComparedScenario& c : compared_) compared_names_.push_back(c.name);
  evaluate_comparisons();
  return "";
}

void App::update_waterfall() {
  waterfall_ready_ = false;
  if (compared_.empty() || !scenario_ui_.open) return;  // only while the panel can show it
  // Why the current scenario differs from the first compared one: A = the compared, B = the current, on
  // the page's baseline with each scenario's own transport-model changes (missing runs: asked for, and
  // the waterfall waits for them).
  const ComparedScenario& c = compared_.front();
  twin::decision::StructuralChanges changes{transport_baseline_for(c.scenario).changes,
                                            transport_baseline_for(scenario_).changes};
  twin::decision::Attribution a;
  const double t0 = emscripten_get_now();
  // The page's budget of about 100 ms: 2^5 = 32 pathways at ≈ 1.9 ms each in wasm (bench/core_bench_main.cpp);
  // with more levers differing, the split is by sector (at most 2^5 here too, as few sectors differ at once).
  twin::decision::AttributionOptions options;
  options.max_exact_players = kPageMaxExactPlayers;
  const std::string error = twin::decision::attribute(baseline_, c.scenario, scenario_, changes, &a, options);
  waterfall_ = render::ScenarioWaterfall{};
  waterfall_.against = c.name;
  if (!error.empty()) {
    scenario_status_ = strings_.tr("scen.waterfall_waiting");
    return;
  }
  const int metric = static_cast<int>(twin::decision::Metric::CumulativeT);
  waterfall_.metric = "scen.metric.cumulative";
  waterfall_.grouped = a.method == twin::decision::AttributionMethod::ShapleyGroups;
  waterfall_.total_t = a.total_delta[metric];
  waterfall_.eval_ms = emscripten_get_now() - t0;
  for (const twin::decision::Contribution& k : a.contributions) {
    const std::string lever_key = "lever." + k.key, group_key = "group." + k.key;
    const char* label = strings_.tr(waterfall_.grouped ? group_key.c_str() : lever_key.c_str());
    waterfall_.bars.push_back({label, k.delta[metric]});
  }
  last_attribution_json_ = twin::decision::attribution_json(a);
  waterfall_ready_ = true;
}

void App::evaluate_comparisons() {
  compared_view_.clear();
  waterfall_ready_ = false;
  for (ComparedScenario& c : compared_) {
    twin::pathway::Baseline baseline = baseline_;
    baseline.transport = transport_baseline_for(c.scenario);
    c.result = twin::pathway::evaluate_pathway(baseline, c.scenario);
    render::ComparedPathway view;
    view.name = c.name;
    for (const auto& y : c.result.years) view.net_t.push_back(y.net_t);
    view.peak_year = c.result.milestones.peak_year;
    view.peak_t = c.result.milestones.peak_t;
    compared_view_.push_back(std::move(view));
  }
  update_waterfall();
  invalidate();
}

std::string App::comparisons_json() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const ComparedScenario& c : compared_) {
    nlohmann::ordered_json net = nlohmann::ordered_json::array();
    for (const auto& y : c.result.years) net.push_back(y.net_t);
    nlohmann::ordered_json item = {{"name", c.name}};
    item.update(nlohmann::ordered_json::parse(twin::pathway::milestones_json(
        c.result.milestones, twin::pathway::kMilestonePeakYear | twin::pathway::kMilestonePeakT)));
    item["net_t"] = net;
    list.push_back(item);
  }
  nlohmann::ordered_json doc{{"compared", list}};
  if (waterfall_ready_) {
    nlohmann::ordered_json bars = nlohmann::ordered_json::array();
    for (const auto& b : waterfall_.bars) bars.push_back({{"label", b.label}, {"delta_t", b.delta_t}});
    doc["waterfall"] = {{"against", waterfall_.against}, {"metric", "cumulative_t"}, {"grouped", waterfall_.grouped},
                        {"total_t", waterfall_.total_t}, {"eval_ms", waterfall_.eval_ms}, {"bars", bars},
                        {"attribution", nlohmann::ordered_json::parse(last_attribution_json_)}};
  }
  return doc.dump();
}

void App::set_scenario_status(const std::string& text) {
  scenario_status_ = text;
  invalidate();
}

std::string App::set_share_link(const std::string& link) {
  render::QrMatrix qr;
  std::string error;
  if (!render::encode_qr(link, &qr, &error)) return error;
  share_link_ = link;
  share_qr_ = std::move(qr);
  scenario_ui_.open = true;
  set_energy_panel(false);
  inclusion_ui_.open = false;
  invalidate();
  return "";
}

std::string App::share_qr_json() const {
  if (!share_qr_) return "";
  const ImVec2 a = scenario_ui_.qr_min, b = scenario_ui_.qr_max;
  return nlohmann::ordered_json{{"link", share_link_},
                                {"version", share_qr_->version},
                                {"size", share_qr_->size},
                                {"rect", {{"x0", a.x}, {"y0", a.y}, {"x1", b.x}, {"y1", b.y}}}}
      .dump();
}

std::string App::find_cheapest_json(int peak_by, int neutral_by) {
  if (!city_) return "";
  const double t0 = emscripten_get_now();
  const std::vector<optimise::CostedLever> costed = optimise::costed_levers(baseline_, scenario_);
  std::vector<optimise::LeverOption> options;
  for (const optimise::CostedLever& c : costed) options.push_back(c.option);
  optimise::Goal goal;
  goal.peak_by_year = peak_by;
  if (neutral_by != 0) goal.neutral_by_year = neutral_by;
  const twin::pathway::Scenario before = scenario_;
  const optimise::OptimiseResult r = optimise::optimise(baseline_, scenario_, options, goal);
  const double ms = emscripten_get_now() - t0;
  const bool found = r.status == optimise::OptimiseStatus::Optimal;

  render::PlanView plan;
  plan.found = found;
  nlohmann::ordered_json levers = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < r.levers.size(); ++i) {
    const optimise::LeverPlan& p = r.levers[i];
    const twin::pathway::LeverDef& def = twin::pathway::lever_def(p.lever);
    levers.push_back({{"lever", def.key}, {"base_target", before.lever(p.lever).target}, {"share", p.share},
                      {"target", p.target}, {"cost_yuan", p.cost_yuan}});
    if (!found || !(p.share > 1e-9)) continue;
    const std::string label_key = std::string("lever.") + def.key;
    char change[96];
    std::snprintf(change, sizeof change, "%g → %g %s", before.lever(p.lever).target, p.target, def.unit);
    plan.lines.push_back({strings_.tr(label_key.c_str()), change, p.cost_yuan});
  }
  char npv[32];
  std::snprintf(npv, sizeof npv, "%.2f", r.objective_yuan / 1e8);
  plan.summary = found ? strings_.format("scen.cheapest.found", {{"peak", std::to_string(r.milestones.peak_year)},
                                                                 {"npv", npv},
                                                                 {"n", std::to_string(plan.lines.size())}})
                       : strings_.format("scen.cheapest.none", {{"why", r.message}});
  plan_ = std::move(plan);
  if (found) {  // the plan becomes the scenario shown (the levers move); "reset" goes back to the baseline
    scenario_ = r.scenario;
    sync_transport_policy();
    refresh_pathway_transport();
  }
  invalidate();
  nlohmann::ordered_json doc = {{"status", optimise::optimise_status_name(r.status)},
                                {"message", r.message},
                                {"goals_met", r.goals_met_exactly},
                                {"objective_npv_yuan", r.objective_yuan},
                                {"iterations", r.iterations},
                                {"peak_year", r.milestones.peak_year},
                                {"neutrality_year", r.milestones.neutrality_year},
                                {"cumulative_t", r.milestones.cumulative_t},
                                {"levers", levers},
                                {"eval_ms", ms}};
  return doc.dump();
}

std::string App::mac_curve_json(int year) {
  if (!city_ || year < twin::pathway::kFirstYear || year > twin::pathway::kLastYear) return "";
  const double t0 = emscripten_get_now();
  const std::vector<twin::cost::MacEntry> entries = twin::cost::mac_curve(baseline_, scenario_, year);
  render::MacView view;
  view.year = year;
  view.eval_ms = emscripten_get_now() - t0;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const twin::cost::MacEntry& e : entries) {
    const twin::pathway::LeverDef& def = twin::pathway::lever_def(e.lever);
    list.push_back({{"lever", def.key}, {"abatement_t", e.abatement_t}, {"net_cost_yuan", e.net_cost_yuan},
                    {"cost_per_t", e.abates ? nlohmann::ordered_json(e.cost_per_t) : nlohmann::ordered_json(nullptr)},
                    {"abates", e.abates}});
    if (e.abates) view.bars.push_back({strings_.tr((std::string("lever.") + def.key).c_str()), e.abatement_t, e.cost_per_t});
  }
  mac_ = std::move(view);
  mac_pathway_version_ = pathway_version_;
  scenario_ui_.scroll_to_mac = true;
  invalidate();
  return nlohmann::ordered_json{{"year", year}, {"base", scenario_.name}, {"entries", list}, {"eval_ms", mac_->eval_ms}}.dump();
}

void App::set_scenario_panel(bool open) {
  render::ScenarioActions actions;
  actions.set_open = open;
  apply_scenario_actions(actions);
}

void App::apply_mix_path_request() {
  render::MixPathUiState& mix = pathway_ui_.mix;
  mix.armed = true;
  if (!mix.request) return;
  const render::MixPathRequest request = *mix.request;
  mix.request.reset();
  twin::pathway::Scenario next = scenario_;
  if (request.region) next.grid_region = *request.region;
  if (request.path) next.grid_mix_path = *request.path;
  // The editor only asks for valid paths; anything else is a bug, reported rather than applied.
  if (const auto errors = twin::pathway::validate_scenario(next); !errors.empty()) {
    std::fprintf(stderr, "CarbonTwin: grid mix path not applied: %s.%s: %s\n", errors.front().where.c_str(),
                 errors.front().field.c_str(), errors.front().message.c_str());
    return;
  }
  scenario_ = std::move(next);
  refresh_pathway_transport();  // evaluates the pathway and the comparisons
}

void App::apply_scenario_actions(const render::ScenarioActions& a) {
  apply_mix_path_request();
  if (a.set_open) {
    scenario_ui_.open = *a.set_open;
    if (scenario_ui_.open) {  // they share the middle of the screen
      set_energy_panel(false);
      inclusion_ui_.open = false;
    }
    update_waterfall();
    invalidate();
  }
  // The browser does the storing, linking and file handling (web/scenarios.js).
  auto ask = [](const char* action, const std::string& name) {
    EM_ASM({ if (Module.ctScenarioAction) Module.ctScenarioAction(UTF8ToString($0), UTF8ToString($1)); }, action,
           name.c_str());
  };
  if (!a.save_as.empty()) ask("save", a.save_as);
  if (!a.load.empty()) ask("load", a.load);
  if (!a.remove.empty()) ask("delete", a.remove);
  if (!a.toggle_compare.empty()) ask("compare", a.toggle_compare);
  if (a.share_link) ask("share", "");
  if (a.download) ask("download", "");
  if (a.open_file) ask("open-file", "");
  if (a.mac_year) mac_curve_json(*a.mac_year);
  if (a.find_cheapest) find_cheapest_json(a.find_cheapest->peak_by, a.find_cheapest->neutral_by.value_or(0));
}

}  // namespace app
