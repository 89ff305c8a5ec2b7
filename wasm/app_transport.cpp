// Transport in the app: runs of the transport model in the page's worker (web/transport_worker.js →
// wasm/worker/transport_worker.cpp), their results kept per policy run, the traffic overlay on the
// map, the transport panel's view and actions, drawing a new metro line by tapping stations, and
// the JS API's transport calls. Depends only on twin/transport/transport_model.hpp's API.
#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "render/mesh/transport_overlay.hpp"
#include "twin/pathway/structural_runs.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "wasm/app.hpp"
#include "wasm/worker/transport_layout.hpp"

namespace app {
namespace {

namespace tt = twin::transport;

constexpr std::size_t kMaxAddedLines = 6;
constexpr std::size_t kMaxStopsPerLine = 60;
// A line drawn on the map opens in this year in the pathway (about the time a line approved now
// would take to build: Chinese metro lines typically take 4–6 years from approval to opening;
// CarbonTwin assumption).
constexpr int kDrawnLineOpeningYear = 2030;
constexpr std::uint32_t kDraftColour = 0x8E44AD;  // purple: unlike the city's lines and the v/c colours
constexpr std::uint32_t kAddedColours[kMaxAddedLines] = {0x8E44AD, 0xE67E22, 0x16A085, 0xD81B60, 0x5D4037, 0x00838F};

std::string to_text(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// Copies a JS typed array (or plain array of numbers) into a vector of T.
template <typename T>
bool copy_array(const emscripten::val& array, std::size_t expected, std::vector<T>* out) {
  if (array.isUndefined() || array.isNull() || array["length"].isUndefined()) return false;
  const auto n = array["length"].as<std::size_t>();
  if (expected != static_cast<std::size_t>(-1) && n != expected) return false;
  out->resize(n);
  for (std::size_t i = 0; i < n; ++i) (*out)[i] = array[i].as<T>();
  return true;
}

render::TransportFigures figures_of(const tt::TransportResult& r) {
  render::TransportFigures f;
  f.mode_share = r.mode_share;
  f.car_vehicle_km_per_day = r.activity.vehicle_km_per_day[static_cast<int>(tt::Mode::Car)];
  double sum = 0;
  int with_flow = 0;
  for (std::size_t l = 0; l < r.road_link_vc.size(); ++l) {
    if (r.road_link_vc[l] >= render::kCongestedVc) ++f.congested_links;
    if (r.road_link_flow_pcu_h[l] > 0) sum += r.road_link_vc[l], ++with_flow;
  }
  f.mean_vc = with_flow > 0 ? sum / with_flow : 0.0;
  return f;
}

nlohmann::json by_mode(const std::array<double, tt::kModeCount>& values) {
  nlohmann::json j = nlohmann::json::object();
  for (int m = 0; m < tt::kModeCount; ++m) j[tt::to_string(static_cast<tt::Mode>(m))] = values[m];
  return j;
}

nlohmann::json activity_json(const tt::TravelActivity& a) {
  return {{"population", a.population},
          {"trips_per_day", by_mode(a.trips_per_day)},
          {"passenger_km_per_day", by_mode(a.passenger_km_per_day)},
          {"vehicle_km_per_day", by_mode(a.vehicle_km_per_day)}};
}

// What the worker is sent, and the key runs are kept by: two policies with the same text give the
// same model results.
std::string policy_text(const tt::TransportPolicy& p) {
  nlohmann::json lines = nlohmann::json::array();
  for (const twin::TransitLine& line : p.extra_lines) {
    nlohmann::json stops = nlohmann::json::array();
    for (const twin::TransitStop& s : line.stops) stops.push_back({s.xy.x_m, s.xy.y_m});
    lines.push_back({{"stops", stops}, {"headway_min", line.headway_min}});
  }
  const nlohmann::json policy = {{"headway_factor", p.transit_headway_factor},
                                 {"congestion_charge_yuan", p.congestion_charge_yuan},
                                 {"parking_price_yuan", p.parking_price_yuan},
                                 {"extra_lines", lines}};
  return to_text(policy);
}

// Daily activity from a worker's summary row (wasm/worker/transport_layout.hpp).
tt::TravelActivity activity_from_summary(const std::vector<double>& sums) {
  namespace L = transport_layout;
  tt::TravelActivity a;
  for (int m = 0; m < tt::kModeCount; ++m) {
    a.trips_per_day[m] = sums[L::kTrips + m];
    a.passenger_km_per_day[m] = sums[L::kPassengerKm + m];
    a.vehicle_km_per_day[m] = sums[L::kVehicleKm + m];
  }
  a.population = sums[L::kPopulation];
  return a;
}

bool is_base_policy(const tt::TransportPolicy& p) {
  return p.extra_lines.empty() && p.transit_headway_factor == 1.0 && p.congestion_charge_yuan == 0.0 &&
         p.parking_price_yuan == 0.0;
}

}  // namespace

void App::start_transport() {
  if (transport_requested_ == 0) request_transport_run();
}

int App::post_transport_run(const tt::TransportPolicy& policy) {
  const int id = ++transport_next_id_;
  const std::string text = policy_text(policy);
  transport_run_policy_[id] = text;
  transport_pending_.insert(text);
  // The seed travels as a double: exact for every seed below 2^53.
  EM_ASM({ if (Module.ctRunTransport) Module.ctRunTransport($0, $1, UTF8ToString($2)); }, id,
         static_cast<double>(city_->seed), text.c_str());
  return id;
}

void App::request_transport_run() {
  if (!city_) return;
  transport_requested_ = post_transport_run(transport_policy_);
  transport_progress_ = 0;
  transport_stage_.clear();
  transport_failed_ = false;
  update_transport_overlay();  // a line just added shows at once, before its loads
  invalidate();
}

void App::sync_transport_policy() {
  if (!city_) return;
  const tt::TransportPolicy policy = twin::pathway::combined_policy(scenario_);
  if (policy_text(policy) == policy_text(transport_policy_) && transport_requested_ != 0) return;
  transport_policy_ = policy;
  if (transport_base_ && is_base_policy(policy)) {
    // The base run is this very policy: show it again, and drop any display run still under way.
    transport_current_ = transport_base_;
    transport_finished_ = transport_requested_ = ++transport_next_id_;
    transport_failed_ = false;
    update_transport_overlay();
    return;
  }
  request_transport_run();
}

twin::pathway::TransportBaseline App::transport_baseline_for(const twin::pathway::Scenario& scenario) {
  twin::pathway::TransportBaseline transport;
  const auto base = transport_activity_.find(policy_text({}));
  if (base == transport_activity_.end()) return transport;
  transport.base = base->second;
  for (const twin::pathway::StructuralRun& run : twin::pathway::structural_runs(scenario)) {
    const std::string key = policy_text(run.policy);
    const auto found = transport_activity_.find(key);
    if (found != transport_activity_.end())
      transport.changes.push_back(twin::pathway::phased_change_from_runs(run, found->second, transport.base));
    else if (!transport_pending_.count(key))
      post_transport_run(run.policy);  // the pathway is re-evaluated when it comes back
  }
  return transport;
}

void App::refresh_pathway_transport() {
  if (!city_) return;
  twin::pathway::TransportBaseline transport = transport_baseline_for(scenario_);
  baseline_.transport = std::move(transport);
  evaluate_pathway();
  // What the structural changes do to transport emissions, per year: this pathway against the same
  // one without them (a second evaluation, well under a millisecond).
  transport_effect_scope1_t_.clear();
  transport_effect_scope2_t_.clear();
  if (!baseline_.transport.changes.empty()) {
    twin::pathway::Baseline without = baseline_;
    without.transport.changes.clear();
    const twin::pathway::PathwayResult plain = twin::pathway::evaluate_pathway(without, scenario_);
    using twin::emissions::Scope;
    using twin::emissions::Sector;
    for (std::size_t k = 0; k < pathway_.years.size(); ++k) {
      transport_effect_scope1_t_.push_back(pathway_.years[k].emissions.at(Sector::Transport, Scope::Scope1) -
                                           plain.years[k].emissions.at(Sector::Transport, Scope::Scope1));
      transport_effect_scope2_t_.push_back(pathway_.years[k].emissions.at(Sector::Transport, Scope::Scope2) -
                                           plain.years[k].emissions.at(Sector::Transport, Scope::Scope2));
    }
  }
  evaluate_comparisons();  // compared scenarios may have been waiting for the same runs
}

void App::set_transport_progress(int run_id, double fraction, const std::string& stage) {
  if (run_id != transport_requested_ || !std::isfinite(fraction)) return;
  const double f = std::clamp(fraction, 0.0, 1.0);
  if (std::fabs(f - transport_progress_) >= 0.005 || stage != transport_stage_) invalidate();
  transport_progress_ = f;
  transport_stage_ = stage;
}

void App::set_transport_failed(int run_id, const std::string& message) {
  std::fprintf(stderr, "CarbonTwin: the transport model failed: %s\n", message.c_str());
  transport_run_policy_.erase(run_id);  // its policy stays "pending": not asked for again
  if (run_id != transport_requested_) return;
  transport_finished_ = run_id;
  transport_failed_ = true;
  invalidate();
}

bool App::set_transport_results(int run_id, const emscripten::val& flow, const emscripten::val& vc,
                                const emscripten::val& loads, const emscripten::val& segment_counts,
                                const emscripten::val& summary) {
  if (!city_) return false;
  namespace L = transport_layout;
  const auto policy_of_run = transport_run_policy_.find(run_id);
  if (policy_of_run == transport_run_policy_.end()) return true;  // not ours (or answered already)
  const std::string policy_key = policy_of_run->second;
  transport_run_policy_.erase(policy_of_run);
  transport_pending_.erase(policy_key);
  if (run_id != transport_requested_) {
    // A pathway run, or a display run superseded by a later request: keep its activity only.
    std::vector<double> sums;
    if (copy_array(summary, L::kSummary, &sums)) {
      transport_activity_[policy_key] = activity_from_summary(sums);
      refresh_pathway_transport();
    }
    return true;
  }
  const std::size_t links = city_->roads.link_count();
  const std::size_t lines = city_->transit_lines.size() + transport_policy_.extra_lines.size();
  TransportRun run;
  run.policy = transport_policy_;
  tt::TransportResult& r = run.result;
  std::vector<int> counts;
  std::vector<double> flat, sums;
  if (!copy_array(flow, links, &r.road_link_flow_pcu_h) || !copy_array(vc, links, &r.road_link_vc) ||
      !copy_array(segment_counts, lines, &counts) || !copy_array(loads, static_cast<std::size_t>(-1), &flat) ||
      !copy_array(summary, L::kSummary, &sums)) {
    std::fprintf(stderr, "CarbonTwin: transport results do not fit this city (%zu links, %zu lines)\n", links, lines);
    set_transport_failed(run_id, "results of the wrong shape");
    return false;
  }
  std::size_t at = 0;
  for (int c : counts) {
    if (c < 0 || at + c > flat.size()) {
      set_transport_failed(run_id, "segment loads of the wrong shape");
      return false;
    }
    r.line_segment_load_pax_h.emplace_back(flat.begin() + at, flat.begin() + at + c);
    at += c;
  }
  for (int m = 0; m < tt::kModeCount; ++m) r.mode_share[m] = sums[L::kModeShare + m];
  r.activity = activity_from_summary(sums);
  r.assignment.link_flow = r.road_link_flow_pcu_h;
  r.assignment.relative_gap = sums[L::kRelativeGap];
  r.assignment.converged = sums[L::kConverged] != 0.0;
  r.run_ms = sums[L::kRunMs];
  run.iterations = static_cast<int>(sums[L::kIterations]);
  const bool first_base = !transport_base_ && is_base_policy(run.policy);
  if (first_base) transport_base_ = run;
  transport_activity_[policy_key] = r.activity;
  transport_current_ = std::move(run);
  transport_finished_ = run_id;
  transport_failed_ = false;
  transport_progress_ = 1.0;
  update_transport_overlay();
  refresh_pathway_transport();
  if (first_base) {
    // The chart's y floor: the baseline scenario's largest year, now with transport (and without any
    // structural change the levers may already have asked for).
    twin::pathway::Baseline reference_base = baseline_;
    reference_base.transport.changes.clear();
    const twin::pathway::PathwayResult reference =
        twin::pathway::evaluate_pathway(reference_base, twin::pathway::default_scenario());
    for (const twin::pathway::PathwayYear& y : reference.years)
      pathway_reference_max_t_ = std::max(pathway_reference_max_t_, y.gross_t);
  }
  invalidate();
  return true;
}

void App::update_transport_overlay() {
  if (!city_) return;
  render::TransportOverlay overlay;
  std::vector<twin::TransitLine> lines = city_->transit_lines;
  lines.insert(lines.end(), transport_policy_.extra_lines.begin(), transport_policy_.extra_lines.end());
  static const std::vector<std::vector<double>> kNoLoads;
  const auto& loads = transport_current_ ? transport_current_->result.line_segment_load_pax_h : kNoLoads;
  if (traffic_layer_ && transport_current_) {
    render::append_road_traffic(city_->roads, transport_current_->result.road_link_flow_pcu_h,
                                transport_current_->result.road_link_vc, &overlay);
    render::append_transit_loads(lines, loads, &overlay);
  } else {
    // The city's own lines are on the base map already; added lines are not.
    const std::vector<twin::TransitLine> added = transport_policy_.extra_lines;
    render::append_transit_loads(added, {}, &overlay);
  }
  if (draft_.active()) render::append_draft_line(draft_.stations(), kDraftColour, &overlay);
  renderer_.set_overlay(overlay);
  invalidate();
}

render::TransportView App::transport_view() const {
  render::TransportView v;
  v.has_base = transport_base_.has_value();
  v.has_current = transport_current_.has_value();
  if (transport_base_) v.base = figures_of(transport_base_->result);
  if (transport_current_) {
    v.current = figures_of(transport_current_->result);
    v.run_ms = transport_current_->result.run_ms;
  }
  v.busy = transport_busy();
  v.progress = transport_progress_;
  v.stage = transport_stage_;
  v.failed = transport_failed_;
  v.traffic_layer = traffic_layer_;
  v.drawing = draft_.active();
  v.draft_stations = static_cast<int>(draft_.stations().size());
  v.added_lines = static_cast<int>(transport_policy_.extra_lines.size());
  const int k = year_ - twin::pathway::kFirstYear;
  if (k >= 0 && k < static_cast<int>(transport_effect_scope1_t_.size())) {
    v.has_effect = true;
    v.effect_year = year_;
    v.effect_tailpipe_t = transport_effect_scope1_t_[k];
    v.effect_electricity_t = transport_effect_scope2_t_[k];
  }
  return v;
}

void App::apply_transport(const render::TransportActions& a) {
  if (a.toggle_traffic) set_traffic_layer(!traffic_layer_);
  if (a.start_drawing) {
    draft_.start();
    select_building(-1);
    update_transport_overlay();
  }
  if (a.undo_station && draft_.undo()) update_transport_overlay();
  if (a.cancel_drawing) {
    draft_.cancel();
    update_transport_overlay();
  }
  if (a.build_line && draft_.can_build()) {
    const std::vector<twin::Vec2> stops = draft_.stations();
    draft_.cancel();
    if (!add_metro_line(stops, "")) update_transport_overlay();
  }
  if (a.remove_added_lines) remove_added_lines();
}

void App::tap(double x_css, double y_css) {
  if (!draft_.active()) {
    // A plant's marker first (it sits over the buildings), else the building under the point.
    const int plant = plant_at(x_css, y_css);
    if (plant >= 0) {
      select_plant(plant);
      return;
    }
    select_plant(-1);
    select_building(building_at(x_css, y_css));
    return;
  }
  twin::Vec2 p;
  std::vector<twin::TransitLine> lines = city_->transit_lines;
  lines.insert(lines.end(), transport_policy_.extra_lines.begin(), transport_policy_.extra_lines.end());
  if (screen_to_world(x_css, y_css, &p) && draft_.add(*city_, p, lines)) update_transport_overlay();
}

bool App::add_metro_line(const std::vector<twin::Vec2>& stops, const std::string& name) {
  if (!city_) return false;
  if (stops.size() < 2 || stops.size() > kMaxStopsPerLine) {
    std::fprintf(stderr, "CarbonTwin: a new metro line needs 2 to %zu stops (got %zu)\n", kMaxStopsPerLine,
                 stops.size());
    return false;
  }
  for (const twin::Vec2& p : stops) {
    if (!render::inside_city(*city_, p)) {
      std::fprintf(stderr, "CarbonTwin: metro stop (%g, %g) is not a point inside the city\n", p.x_m, p.y_m);
      return false;
    }
  }
  if (scenario_.new_lines.size() >= kMaxAddedLines) {
    std::fprintf(stderr, "CarbonTwin: at most %zu new lines; removeAddedLines() first\n", kMaxAddedLines);
    return false;
  }
  const std::size_t k = scenario_.new_lines.size();
  twin::pathway::NewTransitLine added;
  twin::TransitLine& line = added.line;
  line.name = name.empty() ? "新线" + std::to_string(k + 1) : name;
  line.mode = twin::TransitMode::Metro;
  line.colour_rgb = kAddedColours[k];
  line.headway_min = city_->transit_lines.empty() ? 5.0 : city_->transit_lines.front().headway_min;
  for (std::size_t s = 0; s < stops.size(); ++s) line.stops.push_back({line.name + "-" + std::to_string(s + 1), stops[s]});
  added.opening_year = kDrawnLineOpeningYear;
  twin::pathway::Scenario next = scenario_;
  next.new_lines.push_back(std::move(added));
  if (!twin::pathway::validate_scenario(next).empty()) {
    std::fprintf(stderr, "CarbonTwin: the new line makes the scenario invalid\n");
    return false;
  }
  scenario_ = std::move(next);
  sync_transport_policy();
  refresh_pathway_transport();
  return true;
}

bool App::add_metro_line_json(const std::string& stops_json, const std::string& name) {
  const nlohmann::json j = nlohmann::json::parse(stops_json, nullptr, false);
  std::vector<twin::Vec2> stops;
  if (j.is_array()) {
    for (const nlohmann::json& p : j) {
      if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) {
        stops.clear();
        break;
      }
      stops.push_back({p[0].get<double>(), p[1].get<double>()});
    }
  }
  if (stops.empty()) {
    std::fprintf(stderr, "CarbonTwin: addMetroLine needs [[x_m, y_m], ...]\n");
    return false;
  }
  return add_metro_line(stops, name);
}

void App::remove_added_lines() {
  scenario_.new_lines.clear();
  sync_transport_policy();
  refresh_pathway_transport();
}

void App::set_traffic_layer(bool on) {
  traffic_layer_ = on;
  update_transport_overlay();
}

std::string App::transport_json() const {
  if (!transport_current_ || !city_) return "";
  const TransportRun& run = *transport_current_;
  const tt::TransportResult& r = run.result;
  nlohmann::json lines = nlohmann::json::array();
  const std::size_t own = city_->transit_lines.size();
  for (std::size_t k = 0; k < own + run.policy.extra_lines.size(); ++k) {
    const twin::TransitLine& line = k < own ? city_->transit_lines[k] : run.policy.extra_lines[k - own];
    nlohmann::json stops = nlohmann::json::array();
    for (const twin::TransitStop& s : line.stops) stops.push_back({s.xy.x_m, s.xy.y_m});
    lines.push_back({{"name", line.name},
                     {"added", k >= own},
                     {"mode", twin::to_string(line.mode)},
                     {"stops", stops},
                     {"loads_pax_h", k < r.line_segment_load_pax_h.size() ? r.line_segment_load_pax_h[k]
                                                                          : std::vector<double>{}}});
  }
  nlohmann::json j;
  j["run_ms"] = r.run_ms;
  j["iterations"] = run.iterations;
  j["gap"] = r.assignment.relative_gap;
  j["converged"] = r.assignment.converged;
  j["mode_share"] = by_mode(r.mode_share);
  j["activity"] = activity_json(r.activity);
  j["base_mode_share"] = transport_base_ ? by_mode(transport_base_->result.mode_share) : nlohmann::json(nullptr);
  j["base_activity"] = transport_base_ ? activity_json(transport_base_->result.activity) : nlohmann::json(nullptr);
  j["policy"] = {{"headway_factor", run.policy.transit_headway_factor},
                 {"congestion_charge_yuan", run.policy.congestion_charge_yuan},
                 {"parking_price_yuan", run.policy.parking_price_yuan},
                 {"extra_line_count", run.policy.extra_lines.size()}};
  j["lines"] = lines;
  j["busy"] = transport_busy();
  return to_text(j);
}

std::string App::road_flows_json(bool with_arrays) const {
  if (!transport_current_) return "";
  const tt::TransportResult& r = transport_current_->result;
  const render::TransportFigures f = figures_of(r);
  double max_flow = 0, max_vc = 0;
  int with_flow = 0;
  for (std::size_t l = 0; l < r.road_link_flow_pcu_h.size(); ++l) {
    max_flow = std::max(max_flow, r.road_link_flow_pcu_h[l]);
    max_vc = std::max(max_vc, r.road_link_vc[l]);
    if (r.road_link_flow_pcu_h[l] > 0) ++with_flow;
  }
  nlohmann::json j = {{"link_count", r.road_link_flow_pcu_h.size()},
                      {"links_with_flow", with_flow},
                      {"max_flow_pcu_h", max_flow},
                      {"max_vc", max_vc},
                      {"mean_vc", f.mean_vc},
                      {"congested_links", f.congested_links},
                      {"congested_vc", render::kCongestedVc}};
  if (with_arrays) {
    j["flow_pcu_h"] = r.road_link_flow_pcu_h;
    j["vc"] = r.road_link_vc;
  }
  return to_text(j);
}

std::string App::line_draft_json() const {
  nlohmann::json stations = nlohmann::json::array();
  for (const twin::Vec2& p : draft_.stations()) stations.push_back({p.x_m, p.y_m});
  return to_text({{"active", draft_.active()}, {"stations", stations}});
}

std::string App::transport_ui_rects_json() const {
  const auto rect = [](const render::TransportUiState::Rect& r) {
    return r.shown ? nlohmann::json{{"x", r.x}, {"y", r.y}, {"width", r.w}, {"height", r.h}} : nlohmann::json(nullptr);
  };
  const render::TransportUiState& u = transport_ui_;
  return to_text({{"draw", rect(u.draw)},
                  {"undo", rect(u.undo)},
                  {"build", rect(u.build)},
                  {"cancel", rect(u.cancel)},
                  {"traffic", rect(u.traffic)},
                  {"remove", rect(u.remove)}});
}

bool App::screen_to_world(double x_css, double y_css, twin::Vec2* p) const {
  if (!std::isfinite(x_css) || !std::isfinite(y_css)) return false;
  glm::dvec3 hit;
  if (!camera_.screen_to_ground(x_css, y_css, css_width_, css_height_, &hit)) return false;
  *p = {hit.x, hit.y};
  return true;
}

bool App::world_to_screen(double x_m, double y_m, double* x_css, double* y_css) const {
  if (!std::isfinite(x_m) || !std::isfinite(y_m)) return false;
  return camera_.world_to_screen(glm::dvec3(x_m, y_m, 0.0), css_width_, css_height_, x_css, y_css);
}

}  // namespace app
