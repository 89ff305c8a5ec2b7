// The browser app: owns the WebGL2 context, the city, its GPU buffers, the camera and the UI, and
// advances one frame per emscripten main-loop tick. Loading is staged over several ticks
// (generate city → build meshes → upload) so the page's progress bar repaints between stages.
// Everything the JS API (js_api.cpp) and pointer input (pointer_input.cpp) need goes through here.
#pragma once

#include <emscripten/html5.h>
#include <emscripten/val.h>

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "render/gl/city_renderer.hpp"
#include "render/mesh/line_draft.hpp"
#include "render/mesh/camera.hpp"
#include "render/kiosk/city_life.hpp"
#include "render/kiosk/kiosk_director.hpp"
#include "render/mesh/palette.hpp"
#include "render/mesh/picking.hpp"
#include "render/ui/i18n.hpp"
#include "render/ui/panel_energy.hpp"
#include "render/ui/panel_inclusion.hpp"
#include "render/ui/panel_kiosk.hpp"
#include "render/ui/panel_pathway.hpp"
#include "render/ui/panel_plant.hpp"
#include "render/ui/panel_scenarios.hpp"
#include "render/ui/panel_transport.hpp"
#include "render/ui/panels.hpp"
#include "render/ui/plant_markers.hpp"
#include "render/ui/sink_overlay.hpp"
#include "render/ui/ui_theme.hpp"
#include "twin/city/city.hpp"
#include "twin/city/city_stats.hpp"
#include "twin/energy/energy_city_def.hpp"
#include "twin/energy/energy_year.hpp"
#include "twin/inclusion/community_wedge.hpp"
#include "twin/inclusion/personal.hpp"
#include "twin/industry/key_emitters.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/scenario.hpp"
#include "twin/transport/transport_model.hpp"
#include "twin/uncertainty/ensemble.hpp"
#include "wasm/pointer_input.hpp"

namespace app {

class App {
 public:
  App();
  // Creates the WebGL2 context on the canvas, Dear ImGui and the shaders; loads the strings.
  // False (with a message on the console and to the page) when the browser cannot run the app.
  bool init();
  void frame();  // one main-loop tick

  bool running() const { return stage_ == Stage::Running && frames_ >= kFramesPerChange; }
  const twin::City* city() const { return city_.get(); }

  // --- JS API (all return false / -1 / empty instead of throwing) ---
  // Another city (app_city.cpp): "" when the city file was read and the page reloads on it, else why not.
  std::string open_city_file(const std::string& bytes);
  std::string open_default_city();  // back to the embedded synthetic city
  // The bundled example cities (cities/index.json: [{id, name, name_en, file}]), listed in the UI.
  void set_example_cities(const std::string& json);
  // Name, synthetic/imported, location and CRS, typical year, and the import report (JSON).
  std::string city_info_json() const;
  // lon/lat (WGS84) under a screen point, for imported cities (false for the synthetic one).
  bool lonlat_at_screen(double x_css, double y_css, double* lon_deg, double* lat_deg) const;
  std::string city_stats_json() const;
  std::string building_json(std::int32_t id) const;  // "" when id is out of range
  bool select_building(std::int32_t id);             // -1 clears
  std::int32_t selected_building() const { return selected_; }
  std::int32_t hovered_building() const { return hovered_; }  // resolved at the last frame
  std::int32_t building_at(double x_css, double y_css) const;  // -1 for none
  bool building_screen_position(std::int32_t id, double* x_css, double* y_css) const;
  bool set_color_mode(const std::string& name);
  const char* color_mode() const { return render::to_string(color_mode_); }
  bool set_language(const std::string& language);
  const std::string& language() const { return strings_.language(); }
  std::string frame_stats_json() const;
  std::string camera_json() const;
  bool set_camera(double distance_m, double yaw_rad, double pitch_rad, double target_x_m, double target_y_m);
  // Pathway (app_pathway.cpp): levers set targets of the scenario (start year and ramp keep the
  // scenario's values) and re-evaluate the pathway at once (< 1 ms).
  std::string levers_json() const;
  std::string lever_json(const std::string& key) const;  // "" for an unknown key
  bool set_lever(const std::string& key, double target);  // false (logged) if unknown / out of bounds / NaN
  void reset_levers();
  std::string pathway_json() const;
  // The whole scenario as a scenario file (docs/scenario.md; cli/scenario_json.hpp, the CLI's own
  // reader and writer), and back (app_scenario.cpp): what saved scenarios, files and shared links hold.
  std::string scenario_json() const;
  std::string scenario_changes_json() const;  // only what differs from the baseline scenario (links)
  // "" when applied (levers, options, new lines; the transport model re-runs for structural changes),
  // else every problem, one per line, and the scenario is kept.
  std::string set_scenario_json(const std::string& text);
  // Saved scenarios (names and dates; the scenarios themselves stay in the browser's IndexedDB), told by
  // web/scenarios.js after every change: [{name, saved_at}]. False on malformed JSON.
  bool set_saved_scenarios(const std::string& json);
  // Up to two scenarios drawn beside the current one in the chart: [{name, scenario}] ([] clears).
  // "" when every one was read, else the problems (one per line) and the comparison is unchanged.
  std::string set_comparisons(const std::string& json);
  // The compared scenarios' milestones and net series, and the waterfall against the first (JSON).
  std::string comparisons_json() const;
  void set_scenario_status(const std::string& text);  // the panel's status line (web/scenarios.js)
  // The shared link shown as a QR code in the scenarios panel (which it opens); "" when encoded, else why
  // not. share_qr_json(): {link, version, size, rect: {x0, y0, x1, y1}} (CSS px, last frame) or "".
  std::string set_share_link(const std::string& link);
  std::string share_qr_json() const;
  void set_scenario_panel(bool open);  // as its toggle does (the waterfall is computed while it is open)
  // "Find the cheapest way" (optimise/: the least-cost plan from the current scenario for the goal; twin/cost
  // prices): applied to the levers when one is found. JSON as `carbontwin optimise` writes (plus eval_ms).
  std::string find_cheapest_json(int peak_by, int neutral_by /* 0: no neutrality goal */);
  // The MAC curve of a year from the current scenario (twin/cost/mac_curve.hpp), shown in the scenarios
  // panel: {year, base, entries: [{lever, abatement_t, net_cost_yuan, cost_per_t, abates}], eval_ms}.
  std::string mac_curve_json(int year);
  // The sinks layer (app_sinks.cpp): the city's sink polygons outlined on the map, the largest labelled.
  // Uncertainty bands (app_uncertainty.cpp): the current scenario's ensemble (twin/uncertainty, the
  // embedded uncertain inputs) sampled a few at a time in the main loop (≤ kUncertaintySliceMs per frame),
  // restarted whenever the pathway changes; the chart draws the 10–90 % band of net emissions.
  bool set_uncertainty(bool on, int samples, double seed);
  // {on, seed, samples, samples_done, complete, p10_net_t[], p50_net_t[], p90_net_t[], peaked_by[]} ([] until done)
  std::string uncertainty_json() const;
  void set_sink_layer(bool on);
  bool sink_layer() const { return sink_layer_; }
  // {on, polygons, total_area_ha, total_removal_t, by_type: [{type, area_ha, removal_t}], labelled:
  //  [{type, area_ha, removal_t, x, y}]} (screen CSS px of the labels drawn in the last frame).
  std::string sinks_json() const;
  bool set_year(int year);  // the chart's scrubber, 2020–2060
  int year() const { return year_; }
  std::string chart_plot_rect_json() const;  // the chart's plot area in CSS px (for tests)
  // Hourly building energy (app_energy.cpp), computed by the energy worker (web/energy_worker.js).
  // The page forwards its progress and, at the end, one packed row per building
  // (wasm/worker/energy_layout.hpp); until then the energy colour modes are refused.
  void set_energy_progress(double fraction);
  bool set_energy_results(const emscripten::val& rows, int stride, int factor_year, int simulated_units,
                          double run_ms);
  void set_energy_failed();
  bool energy_ready() const { return !energy_.empty(); }
  std::string building_energy_json(std::int32_t id) const;  // "" when no results or a bad id
  // The city's hourly totals from the energy worker (hours × stride: kWh by carrier, then rooftop PV
  // potential; wasm/worker/energy_layout.hpp), posted just before the rows. From them and the pathway
  // year the app computes the year's hourly electricity balance (twin/energy, ~1 ms) whenever the year
  // or a lever changes: the energy panel and energyBalance() show it.
  bool set_energy_hourly(const emscripten::val& hourly, int stride, int hours);
  std::string energy_balance_json() const;  // "" until the balance is computed
  // The city's plants ranked as key emitters in the base year, with their screen positions (JSON list).
  std::string key_emitters_json() const;
  // The city's plant list from a CSV (docs/industry-plants.md; app_plants.cpp): on success it replaces the
  // plants of the pathway, the key-emitter ranking and the map's markers (plants in lon/lat placed through
  // the city's lon/lat fit). JSON {ok, plants, errors: [{line, field, message}], warnings, given_xy,
  // placed_from_lonlat, unplaced: [{name, line, reason}]}; with errors the plants are kept.
  std::string set_plants_csv(const std::string& text);
  void reset_plants();  // back to the city's own (the default park for the synthetic city, none otherwise)
  // A plant picked (a tap on its marker, or by index; -1 clears) and its own what-if in the base year
  // (twin/industry plant_what_if: its own industry levers, every other plant the city's): the plant panel.
  bool select_plant(int index);
  int selected_plant() const { return selected_plant_; }
  int plant_at(double x_css, double y_css) const;  // the plant whose marker is under the point, or -1
  // "" when the levers were applied ({efficiency_pct, electrification_pct, coal_to_gas_pct,
  // two_high_output_cut_pct, steel_h2_dri_pct, ccus_capture_pct}, each 0–100), else "$.<lever>: <what>".
  std::string set_plant_levers_json(const std::string& text);
  // {plant, name, sector, year, levers, net_before_t, net_after_t, delta_t, industry_before_t,
  //  industry_after_t, rank_before, rank_after, share_before, share_after}, or "" when none is picked.
  std::string plant_what_if_json() const;
  bool set_energy_week(int week);           // 0 … weeks − 1
  int energy_week() const { return energy_week_; }
  void set_energy_panel(bool open);

  // Transport (app_transport.cpp). The model runs in the page's transport worker
  // (web/transport_worker.js): the app asks for a run of its current policy through
  // Module.ctRunTransport(runId, policyJson); the page forwards progress and results tagged with
  // that id. The map shows the latest display run (all of the scenario's measures in place); every
  // run's daily activity is also kept by policy for the pathway, which needs one run per
  // structural lever and new line (twin/pathway/structural_runs.hpp).
  void start_transport();  // the first (base) run, once the page is up
  void set_transport_progress(int run_id, double fraction, const std::string& stage);
  bool set_transport_results(int run_id, const emscripten::val& flow, const emscripten::val& vc,
                             const emscripten::val& loads, const emscripten::val& segment_counts,
                             const emscripten::val& summary);
  void set_transport_failed(int run_id, const std::string& message);
  bool transport_ready() const { return transport_current_.has_value(); }
  bool transport_busy() const { return transport_requested_ != transport_finished_; }
  std::string transport_json() const;
  std::string road_flows_json(bool with_arrays) const;
  // A new metro line through stops (metres, inside the city, ≥ 2): added to the policy and re-run.
  bool add_metro_line(const std::vector<twin::Vec2>& stops, const std::string& name);
  bool add_metro_line_json(const std::string& stops_json, const std::string& name);
  void remove_added_lines();
  void set_traffic_layer(bool on);
  bool traffic_layer() const { return traffic_layer_; }
  std::string line_draft_json() const;
  std::string transport_ui_rects_json() const;
  bool screen_to_world(double x_css, double y_css, twin::Vec2* p) const;
  bool world_to_screen(double x_m, double y_m, double* x_css, double* y_css) const;
  // A tap or click on the map (not a drag): places a station while drawing a line, else picks.
  void tap(double x_css, double y_css);

  // Kiosk mode (app_kiosk.cpp; issue 12): the exhibition screen (render/ui/panel_kiosk.hpp) instead of the
  // planner's panels, the three choices, the idle timer and the attract loop (render/kiosk/kiosk_director.hpp).
  // "" when applied, else why not (the timing out of range; nothing changes then).
  std::string set_kiosk(bool on, double idle_s, double step_s);
  bool kiosk() const { return kiosk_; }
  // {on, attract, step, idle_s, attract_s, loops, timing, choices[3], ui_scale, caption, now, start,
  //  choice_rects[3], reset_rect, language_rect} (rects in CSS px of the last frame).
  std::string kiosk_json();
  bool set_kiosk_choice(int index, bool on);  // 0 retrofit, 1 a new metro line, 2 rooftop PV: as a touch does
  void user_input();  // someone touched or dragged (pointer_input.cpp): the kiosk's idle timer

  // Carbon inclusion (app_inclusion.cpp; issue 12): the resident's choices, kgCO2, points and the community
  // wedge (twin/inclusion, as `carbontwin inclusion` computes them), shown in the inclusion panel.
  // The whole result as `carbontwin inclusion --json` writes it, plus actions_json (the choices as an actions
  // file, docs/inclusion.md), participation_pct, open, link, eval_ms, qr_rect, card_rect, qr {size, version}.
  std::string inclusion_json();
  // "" when the actions file text was read (the panel opens on it), else "<JSON path>: <what>" and nothing changes.
  std::string set_inclusion_actions_json(const std::string& text);
  bool set_inclusion_participation(double pct);  // 0–100 %; false otherwise
  void set_inclusion_panel(bool open);
  // The link that reopens the choices (web/inclusion.js makes it), drawn as a QR code; "" or why not.
  std::string set_inclusion_link(const std::string& link);
  std::string inclusion_qr_modules() const;  // the QR code's rows of '0'/'1' (for the card), "" until made

  // Monitoring layers (app_monitor.cpp; issue 11 item 6): the city's gridded base-year emissions as a heat
  // map, the default stations, the plume of a chosen hour (computed over frames, cached per hour and cell).
  // {cell_m, layer, stations_on, hour, playing, totals_by_sector_t, inventory_scope1_t, stations: [{id, x_m,
  //  y_m, kind, drawn, x, y}], met {u, from_deg, stability}, plume {ready, progress, max_ppm, mean_ppm,
  //  compute_ms, stride, max_x_m, max_y_m, largest_source {x_m, y_m, t_per_yr}}, rects {name: [x0, y0, x1, y1]}}
  std::string monitor_json();
  // {cell_m, layer, stations, hour, playing}, any of them: "" when applied, else "$.<key>: <what>".
  std::string set_monitor_json(const std::string& text);
  void set_monitor_panel(bool open);

  // --- for pointer input ---
  render::OrbitCamera& camera() { return camera_; }
  double css_width() const { return css_width_; }
  double css_height() const { return css_height_; }
  bool over_panel(double x_css, double y_css) const { return rects_.contains(float(x_css), float(y_css)); }
  void request_hover(double x_css, double y_css) {
    hover_request_ = pointer_css_ = std::array<double, 2>{x_css, y_css};
    if (!city_ || !city_->synthetic) invalidate();  // the lon/lat under the pointer follows it
  }
  void clear_hover() {
    hover_request_.reset();
    pointer_css_.reset();
    if (hovered_ != -1) invalidate();
    hovered_ = -1;
  }
  // Something visible changed: draw the next few frames (ImGui settles hover and sizes over 2–3).
  void invalidate() { frames_to_draw_ = kFramesPerChange; }

 private:
  enum class Stage { Start, Generate, Mesh, Upload, Running, Failed };
  static constexpr int kFramesPerChange = 3;
  // The view is redrawn on change only (a software-rendered frame of the city costs ~50 ms), plus
  // this heartbeat, so frame counters keep moving and anything missed is repainted.
  static constexpr double kIdleRedraw_ms = 500.0;

  void advance_loading();
  void fail(const std::string& message);
  void update_canvas_size();
  void draw_frame(double delta_ms);
  void apply(const render::PanelActions& actions);
  void reset_camera();
  void init_pathway();
  void reload_font();
  void replace_city(std::unique_ptr<twin::City> city, std::string report_json);  // app_city.cpp
  void evaluate_pathway();
  std::vector<render::Rgb> building_colours_for(render::ColorMode mode) const;  // app_energy.cpp
  // The energy results carried to year_ under the current levers (eui_year_, emissions_year_), and the
  // colours re-uploaded when an energy mode shows them; called when the year, levers or results change.
  void update_year_values();  // app_energy.cpp
  // The energy balance of year_ from the base hourly series scaled to the pathway year (app_energy.cpp).
  void update_energy_year();
  bool energy_balance_ready() const { return energy_ready() && energy_year_ready_; }
  render::EnergyBalanceView energy_balance_view() const;
  float ui_scale_for_window() const;
  void request_transport_run();  // the display run of transport_policy_
  int post_transport_run(const twin::transport::TransportPolicy& policy);  // returns the run id
  // The map's policy from the scenario's structural levers and new lines; re-runs if it changed.
  void sync_transport_policy();
  // baseline_.transport from the runs kept so far (requesting those still missing), then the pathway.
  void refresh_pathway_transport();
  // The transport baseline of a scenario from the runs kept so far (requesting those still missing).
  twin::pathway::TransportBaseline transport_baseline_for(const twin::pathway::Scenario& scenario);
  // Scenarios (app_scenario.cpp): each compared scenario's pathway on the current baseline, and the
  // waterfall of the first against the current scenario; after the baseline or the scenario changes.
  void evaluate_comparisons();
  void update_waterfall();  // the first compared scenario against the current one (twin/decision)
  void apply_scenario_actions(const render::ScenarioActions& actions);
  // The grid mix path editor's request of the frame (render/ui/panel_mix_path.hpp), applied to the
  // scenario; called from apply_scenario_actions, which runs after every planner frame, and arms the
  // editor for the next one.
  void apply_mix_path_request();
  void init_sinks();  // the city's sink polygons and totals (app_sinks.cpp)
  bool advance_uncertainty();  // one frame's slice of samples; true when the band changed
  void rank_plants();  // plant_ranking_ from baseline_.plants in the base year (app_plants.cpp)
  void update_plant_what_if();
  render::PlantPanelView plant_panel_view() const;
  const std::vector<render::SinkShape>& update_sink_shapes();  // projected for this frame (sink_shapes_drawn_)
  void apply_transport(const render::TransportActions& actions);
  void kiosk_tick();
  void kiosk_reset_to_start();
  std::string kiosk_caption();
  const twin::pathway::Milestones& kiosk_start_milestones();
  void draw_kiosk_ui(const render::PathwayView& pathway, render::KioskActions* actions);
  void apply_kiosk(const render::KioskActions& actions);
  void draw_city_life(ImDrawList* draw_list);  // app_city_life.cpp
  void init_inclusion();
  void update_inclusion();  // recomputes when the choices, participation, year or pathway changed
  render::InclusionView inclusion_view() const;
  void apply_inclusion_actions(const render::InclusionActions& actions);
  void update_transport_overlay();
  // Monitoring (app_monitor.cpp): its state lives in app_monitor.cpp (shared_ptr: an incomplete type here).
  struct MonitorState;
  std::shared_ptr<MonitorState> monitor_;
  MonitorState& monitor_state();
  render::MonitorUiState* monitor_ui();
  bool advance_monitor();  // one frame's slice of the plume; true when something changed
  bool advance_monitor_experiment();  // one step of the monitoring experiment a frame (app_monitor.cpp)
  render::MonitorExperimentView monitor_experiment_view();
  std::string monitor_experiment_json();  // the "experiment" object of monitor_json()
  render::MonitorView monitor_view();
  void draw_monitor_layers(ImDrawList* draw_list);
  void apply_monitor_actions(const render::MonitorActions& actions);
  render::TransportView transport_view() const;

  Stage stage_ = Stage::Start;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_context_ = 0;
  double css_width_ = 1, css_height_ = 1, pixel_ratio_ = 1;
  int framebuffer_width_ = 1, framebuffer_height_ = 1;

  std::unique_ptr<twin::City> city_;  // stable address: the picker keeps a pointer to it
  std::string city_report_json_;      // the import report of an imported city ("" for the default)
  std::vector<render::ExampleCity> examples_;
  twin::CityStats stats_;
  std::unique_ptr<render::CityMesh> mesh_;  // only between the Mesh and Upload stages
  std::unique_ptr<render::BuildingPicker> picker_;
  render::CityRenderer renderer_;
  render::OrbitCamera camera_, home_camera_;
  render::ColorMode color_mode_ = render::ColorMode::ByUse;
  std::int32_t hovered_ = -1, selected_ = -1;
  std::optional<std::array<double, 2>> hover_request_;  // picked once per frame, not per event
  std::optional<std::array<double, 2>> pointer_css_;    // last pointer position over the map
  std::vector<render::PlantMarker> plant_markers() const;  // plants with a position in the city frame

  twin::pathway::Baseline baseline_;
  std::vector<twin::industry::KeyEmitter> plant_ranking_;  // base year, largest first (init_pathway)
  int selected_plant_ = -1;                                // index into baseline_.plants
  twin::industry::IndustryLevers plant_levers_;            // the picked plant's own
  twin::industry::PlantWhatIf plant_what_if_;
  twin::pathway::Scenario scenario_;
  twin::pathway::PathwayResult pathway_;
  std::uint64_t pathway_version_ = 0;
  double pathway_reference_max_t_ = 0;  // the baseline scenario's largest year: the chart's y floor
  double pathway_eval_ms_ = 0;          // last evaluation
  int year_ = 2030;
  render::PathwayUiState pathway_ui_;

  std::vector<render::BuildingEnergy> energy_;  // empty until the worker's results are in
  twin::emissions::FactorSet energy_factors_;
  render::EnergyView energy_view_;
  // Per building: its pathway segment (−1: none), and its EUI / emissions intensity in year_ = the
  // simulated 2020 value × its segment's kWh/m² (kg/m²) in year_ / in 2020 (pathway_'s per-segment output).
  std::vector<std::int32_t> building_segment_;
  std::vector<double> eui_year_, emissions_year_;
  // The energy balance (issue 9): the base year's hourly city series from the worker, the city's
  // energy system (the embedded default), its per-unit profiles (built once per city weather), and the
  // balance of year_ with the inputs it was computed from.
  std::vector<double> base_electricity_kwh_, base_district_heat_kwh_, base_rooftop_pv_kwh_;
  twin::energy::EnergyCityDef energy_city_def_;
  twin::energy::EnergyProfiles energy_profiles_;
  twin::emissions::GridRegion energy_grid_region_{};
  std::vector<double> year_electricity_kwh_, year_district_heat_kwh_, year_rooftop_pv_kwh_;
  render::EnergyBalanceInputs energy_inputs_;
  twin::energy::EnergyYearResult energy_year_;
  bool energy_year_ready_ = false;
  std::uint64_t energy_year_version_ = 0;
  double energy_year_ms_ = 0;
  int energy_week_ = 0;
  render::EnergyUiState energy_ui_;

  // Scenarios (app_scenario.cpp).
  struct ComparedScenario {
    std::string name;
    twin::pathway::Scenario scenario;
    twin::pathway::PathwayResult result;
  };
  std::vector<ComparedScenario> compared_;
  std::vector<render::ComparedPathway> compared_view_;  // what the chart draws
  std::vector<std::string> compared_names_;
  std::vector<render::SavedScenarioRow> saved_scenarios_;
  render::ScenarioWaterfall waterfall_;
  bool waterfall_ready_ = false;
  std::string last_attribution_json_;  // twin/decision's JSON of the waterfall shown
  std::string scenario_status_;
  std::string share_link_;
  std::optional<render::PlanView> plan_;  // the last "find the cheapest way"
  std::optional<render::MacView> mac_;    // the last MAC curve
  std::uint64_t mac_pathway_version_ = 0;  // pathway_version_ it was computed at (stale after)
  std::optional<render::QrMatrix> share_qr_;
  render::ScenarioUiState scenario_ui_;

  // Uncertainty (app_uncertainty.cpp).
  bool uncertainty_on_ = false;
  std::uint64_t uncertainty_seed_ = 1, uncertainty_wanted_ = 100;
  std::uint64_t uncertainty_pathway_version_ = ~std::uint64_t{0};
  std::vector<twin::uncertainty::SampleResult> uncertainty_samples_;
  twin::uncertainty::EnsembleStats uncertainty_stats_;
  render::UncertaintyBand uncertainty_band_;

  // Sinks (app_sinks.cpp).
  std::vector<render::SinkPolygon> sink_polygons_;  // largest first
  std::vector<render::SinkTotal> sink_totals_;
  bool sink_layer_ = false;
  std::vector<render::SinkShape> sink_shapes_drawn_;  // the last frame's (drawn, and read by sinks_json)

  // Transport: the policy of the latest requested run, and the results kept per policy run (the
  // base = the city as it is, the current = the latest). The pathway can read both from here.
  struct TransportRun {
    twin::transport::TransportPolicy policy;
    twin::transport::TransportResult result;
    int iterations = 0;
  };
  twin::transport::TransportPolicy transport_policy_;
  std::optional<TransportRun> transport_base_, transport_current_;
  int transport_requested_ = 0, transport_finished_ = 0;  // ids of the display run
  int transport_next_id_ = 0;                             // every run, display or pathway
  std::map<int, std::string> transport_run_policy_;       // run id → policy key, until its result
  std::map<std::string, twin::transport::TravelActivity> transport_activity_;  // by policy key
  std::set<std::string> transport_pending_;               // policy keys asked for, not yet back
  // Per pathway year: transport scope 1 / scope 2 emissions with the structural changes minus
  // without them (empty when there are none); shown in the transport panel for the chart's year.
  std::vector<double> transport_effect_scope1_t_, transport_effect_scope2_t_;
  double transport_progress_ = 0;
  std::string transport_stage_;
  bool transport_failed_ = false;
  bool traffic_layer_ = true;
  render::LineDraft draft_;
  render::TransportUiState transport_ui_;

  // Carbon inclusion (app_inclusion.cpp).
  struct InclusionInputs {
    std::uint64_t pathway_version = 0;
    int year = 0;
    std::uint64_t edits = 0;
    bool operator==(const InclusionInputs&) const = default;
  };
  twin::inclusion::PersonalActions inclusion_actions_;
  double inclusion_participation_pct_ = 10.0;
  std::uint64_t inclusion_edits_ = 0;
  std::optional<InclusionInputs> inclusion_seen_;
  double inclusion_pv_yield_ = -1.0;  // kWh/kWp on the city's weather, once per city
  twin::inclusion::InclusionContext inclusion_context_;
  twin::inclusion::PersonalResult inclusion_result_;
  twin::inclusion::CommunityWedge inclusion_wedge_;
  std::vector<render::InclusionLine> inclusion_lines_;
  double inclusion_ms_ = 0.0;
  std::string inclusion_link_;
  std::optional<render::QrMatrix> inclusion_qr_;
  render::InclusionUiState inclusion_ui_;

  // Kiosk (app_kiosk.cpp).
  bool kiosk_ = false;
  render::KioskDirector kiosk_director_;
  std::array<bool, render::kKioskChoiceCount> kiosk_choices_{};
  twin::pathway::Milestones kiosk_start_;  // the start state's milestones on the current baseline
  std::uint64_t kiosk_start_version_ = ~std::uint64_t{0};
  render::KioskRects kiosk_rects_;
  std::vector<glm::dvec3> life_cars_, life_roofs_;  // this frame's cars; roof centres (once per city)
  std::vector<render::Glint> life_glints_;

  render::Strings strings_;
  render::UiFont font_;
  float font_raster_scale_ = 1.0f;  // font atlas pixels per CSS px at UI scale 1
  bool font_dirty_ = false;         // new names to show (example cities): rebuild the atlas
  bool frames_drawn_ever_ = false;  // the GL backend has made its objects (fonts texture included)
  float ui_scale_ = 0.0f;           // current UI scale; 0 until the theme is first applied
  render::PanelRects rects_;
  PointerInput input_;

  int frames_to_draw_ = kFramesPerChange;
  std::uint64_t frames_ = 0;  // frames drawn
  double first_frame_ms_ = -1, last_draw_ms_ = -1;
  bool drew_last_tick_ = false;
  // Recent intervals between frames drawn on consecutive ticks (i.e. while rendering
  // continuously): the frame time a user sees while interacting. Ring buffer.
  std::array<double, 120> frame_intervals_ms_{};
  std::uint64_t interval_count_ = 0;
};

}  // namespace app
