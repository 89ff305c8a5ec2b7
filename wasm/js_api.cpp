#include "wasm/js_api.hpp"

#include <emscripten/bind.h>

#include <cstdio>
#include <string>

#include "wasm/app.hpp"

namespace app {
namespace {

App* g_app = nullptr;  // the page's App, owned by main.cpp for the page's lifetime

App* ready_app() { return g_app != nullptr && g_app->running() ? g_app : nullptr; }

std::string city_stats_json() { return ready_app() ? g_app->city_stats_json() : ""; }

// bytes: a Uint8Array with a city file. "" when the page now loads that city, else the reason.
std::string open_city_file(const emscripten::val& bytes) {
  if (!ready_app()) return "the page is not ready";
  if (!bytes.instanceof(emscripten::val::global("Uint8Array"))) return "a city file must be given as a Uint8Array";
  std::string data(bytes["length"].as<std::size_t>(), '\0');
  emscripten::val(emscripten::typed_memory_view(data.size(), reinterpret_cast<unsigned char*>(data.data())))
      .call<void>("set", bytes);
  return g_app->open_city_file(data);
}
std::string open_default_city() { return ready_app() ? g_app->open_default_city() : "the page is not ready"; }
bool set_example_cities(const std::string& json) {
  if (!ready_app()) return false;
  g_app->set_example_cities(json);
  return true;
}
std::string city_info() { return ready_app() ? g_app->city_info_json() : ""; }
std::string lonlat_at_screen(double x_css, double y_css) {
  double lon = 0, lat = 0;
  if (!ready_app() || !g_app->lonlat_at_screen(x_css, y_css, &lon, &lat)) return "";
  char buf[96];
  std::snprintf(buf, sizeof buf, "{\"lon_deg\":%.9f,\"lat_deg\":%.9f}", lon, lat);
  return buf;
}

std::string pick_by_id(int id) {
  if (!ready_app()) return "";
  std::string json = g_app->building_json(id);
  if (json.empty() || !g_app->select_building(id)) return "";
  return json;
}

int pick_at_screen(double x_css, double y_css) {
  if (!ready_app()) return -1;
  const int id = g_app->building_at(x_css, y_css);
  g_app->select_building(id);
  return id;
}

std::string building_screen_position(int id) {
  double x = 0, y = 0;
  if (!ready_app() || !g_app->building_screen_position(id, &x, &y)) return "";
  return "{\"x\":" + std::to_string(x) + ",\"y\":" + std::to_string(y) + "}";
}

int selected_building() { return ready_app() ? g_app->selected_building() : -1; }
bool clear_selection() { return ready_app() && g_app->select_building(-1); }
int hovered_building() { return ready_app() ? g_app->hovered_building() : -1; }
bool set_color_mode(const std::string& name) { return ready_app() && g_app->set_color_mode(name); }
std::string get_color_mode() { return ready_app() ? g_app->color_mode() : ""; }
bool set_language(const std::string& language) { return ready_app() && g_app->set_language(language); }
std::string get_language() { return ready_app() ? g_app->language() : ""; }
std::string frame_stats() { return ready_app() ? g_app->frame_stats_json() : ""; }
std::string get_camera() { return ready_app() ? g_app->camera_json() : ""; }
bool set_camera(double distance_m, double yaw_rad, double pitch_rad, double target_x_m, double target_y_m) {
  return ready_app() && g_app->set_camera(distance_m, yaw_rad, pitch_rad, target_x_m, target_y_m);
}

std::string list_levers() { return ready_app() ? g_app->levers_json() : ""; }
std::string get_lever(const std::string& key) { return ready_app() ? g_app->lever_json(key) : ""; }
bool set_lever(const std::string& key, double target) { return ready_app() && g_app->set_lever(key, target); }
bool reset_levers() {
  if (!ready_app()) return false;
  g_app->reset_levers();
  return true;
}
std::string pathway() { return ready_app() ? g_app->pathway_json() : ""; }
std::string scenario_json() { return ready_app() ? g_app->scenario_json() : ""; }
std::string scenario_changes_json() { return ready_app() ? g_app->scenario_changes_json() : ""; }
bool set_saved_scenarios(const std::string& json) { return ready_app() && g_app->set_saved_scenarios(json); }
std::string set_comparisons(const std::string& json) {
  return ready_app() ? g_app->set_comparisons(json) : "the page is not ready";
}
std::string comparisons() { return ready_app() ? g_app->comparisons_json() : ""; }
std::string set_share_link(const std::string& link) {
  return ready_app() ? g_app->set_share_link(link) : "the page is not ready";
}
std::string share_qr() { return ready_app() ? g_app->share_qr_json() : ""; }
std::string find_cheapest(int peak_by, int neutral_by) {
  return ready_app() ? g_app->find_cheapest_json(peak_by, neutral_by) : "";
}
std::string mac_curve(int year) { return ready_app() ? g_app->mac_curve_json(year) : ""; }
bool set_scenario_panel(bool open) {
  if (!ready_app()) return false;
  g_app->set_scenario_panel(open);
  return true;
}
bool set_sink_layer(bool on) {
  if (!ready_app()) return false;
  g_app->set_sink_layer(on);
  return true;
}
bool sink_layer() { return ready_app() && g_app->sink_layer(); }
std::string set_kiosk(bool on, double idle_s, double step_s) {
  return ready_app() ? g_app->set_kiosk(on, idle_s, step_s) : "the page is not ready";
}
std::string kiosk() { return ready_app() ? g_app->kiosk_json() : ""; }
bool set_kiosk_choice(int index, bool on) { return ready_app() && g_app->set_kiosk_choice(index, on); }
std::string inclusion() { return ready_app() ? g_app->inclusion_json() : ""; }
std::string set_inclusion_actions_json(const std::string& text) {
  return ready_app() ? g_app->set_inclusion_actions_json(text) : "the page is not ready";
}
bool set_inclusion_participation(double pct) { return ready_app() && g_app->set_inclusion_participation(pct); }
bool set_inclusion_panel(bool open) {
  if (!ready_app()) return false;
  g_app->set_inclusion_panel(open);
  return true;
}
std::string set_inclusion_link(const std::string& link) {
  return ready_app() ? g_app->set_inclusion_link(link) : "the page is not ready";
}
std::string inclusion_qr_modules() { return ready_app() ? g_app->inclusion_qr_modules() : ""; }
bool select_plant(int index) { return ready_app() && g_app->select_plant(index); }
std::string plant_what_if() { return ready_app() ? g_app->plant_what_if_json() : ""; }
std::string set_plant_levers(const std::string& json) {
  return ready_app() ? g_app->set_plant_levers_json(json) : "the page is not ready";
}
std::string sinks() { return ready_app() ? g_app->sinks_json() : ""; }
std::string monitor() { return ready_app() ? g_app->monitor_json() : ""; }
std::string set_monitor(const std::string& json) { return ready_app() ? g_app->set_monitor_json(json) : "the page is not ready"; }
bool set_monitor_panel(bool open) {
  if (!ready_app()) return false;
  g_app->set_monitor_panel(open);
  return true;
}
bool set_uncertainty(bool on, int samples, double seed) { return ready_app() && g_app->set_uncertainty(on, samples, seed); }
std::string uncertainty() { return ready_app() ? g_app->uncertainty_json() : ""; }
std::string set_plants_csv(const std::string& text) { return ready_app() ? g_app->set_plants_csv(text) : ""; }
bool reset_plants() {
  if (!ready_app()) return false;
  g_app->reset_plants();
  return true;
}
bool set_scenario_status(const std::string& text) {
  if (!ready_app()) return false;
  g_app->set_scenario_status(text);
  return true;
}
std::string set_scenario_json(const std::string& text) {
  return ready_app() ? g_app->set_scenario_json(text) : "the page is not ready";
}
bool set_year(int year) { return ready_app() && g_app->set_year(year); }
int get_year() { return ready_app() ? g_app->year() : -1; }
std::string chart_plot_rect() { return ready_app() ? g_app->chart_plot_rect_json() : ""; }

bool set_energy_progress(double fraction) {
  if (!ready_app()) return false;
  g_app->set_energy_progress(fraction);
  return true;
}
bool set_energy_results(const emscripten::val& rows, int stride, int factor_year, int simulated_units,
                        double run_ms) {
  return ready_app() && g_app->set_energy_results(rows, stride, factor_year, simulated_units, run_ms);
}
bool set_energy_failed() {
  if (!ready_app()) return false;
  g_app->set_energy_failed();
  return true;
}
std::string building_energy(int id) { return ready_app() ? g_app->building_energy_json(id) : ""; }
bool set_energy_hourly(const emscripten::val& hourly, int stride, int hours) {
  return ready_app() && g_app->set_energy_hourly(hourly, stride, hours);
}
std::string energy_balance() { return ready_app() ? g_app->energy_balance_json() : ""; }
std::string key_emitters() { return ready_app() ? g_app->key_emitters_json() : ""; }
bool set_energy_week(int week) { return ready_app() && g_app->set_energy_week(week); }
int get_energy_week() { return ready_app() ? g_app->energy_week() : -1; }
bool set_energy_panel(bool open) {
  if (!ready_app()) return false;
  g_app->set_energy_panel(open);
  return true;
}

bool start_transport() {
  if (!ready_app()) return false;
  g_app->start_transport();
  return true;
}
bool set_transport_progress(int run_id, double fraction, const std::string& stage) {
  if (!ready_app()) return false;
  g_app->set_transport_progress(run_id, fraction, stage);
  return true;
}
bool set_transport_results(int run_id, const emscripten::val& flow, const emscripten::val& vc,
                           const emscripten::val& loads, const emscripten::val& segment_counts,
                           const emscripten::val& summary) {
  return ready_app() && g_app->set_transport_results(run_id, flow, vc, loads, segment_counts, summary);
}
bool set_transport_failed(int run_id, const std::string& message) {
  if (!ready_app()) return false;
  g_app->set_transport_failed(run_id, message);
  return true;
}
bool transport_ready() { return ready_app() && g_app->transport_ready(); }
bool transport_busy() { return ready_app() && g_app->transport_busy(); }
std::string transport() { return ready_app() ? g_app->transport_json() : ""; }
std::string road_flows(bool with_arrays) { return ready_app() ? g_app->road_flows_json(with_arrays) : ""; }
bool add_metro_line(const std::string& stops_json, const std::string& name) {
  return ready_app() && g_app->add_metro_line_json(stops_json, name);
}
bool remove_added_lines() {
  if (!ready_app()) return false;
  g_app->remove_added_lines();
  return true;
}
bool set_traffic_layer(bool on) {
  if (!ready_app()) return false;
  g_app->set_traffic_layer(on);
  return true;
}
bool traffic_layer() { return ready_app() && g_app->traffic_layer(); }
std::string line_draft() { return ready_app() ? g_app->line_draft_json() : ""; }
std::string transport_ui_rects() { return ready_app() ? g_app->transport_ui_rects_json() : ""; }
std::string world_to_screen(double x_m, double y_m) {
  double x = 0, y = 0;
  if (!ready_app() || !g_app->world_to_screen(x_m, y_m, &x, &y)) return "";
  return "{\"x\":" + std::to_string(x) + ",\"y\":" + std::to_string(y) + "}";
}
std::string screen_to_world(double x_css, double y_css) {
  twin::Vec2 p;
  if (!ready_app() || !g_app->screen_to_world(x_css, y_css, &p)) return "";
  return "{\"x_m\":" + std::to_string(p.x_m) + ",\"y_m\":" + std::to_string(p.y_m) + "}";
}

}  // namespace

void bind_app(App* app) { g_app = app; }

}  // namespace app

EMSCRIPTEN_BINDINGS(carbontwin) {
  using namespace emscripten;
  function("ctCityStatsJson", &app::city_stats_json);
  function("ctOpenCityFile", &app::open_city_file);
  function("ctCityInfo", &app::city_info);
  function("ctOpenDefaultCity", &app::open_default_city);
  function("ctSetExampleCities", &app::set_example_cities);
  function("ctLonLatAtScreen", &app::lonlat_at_screen);
  function("ctPickById", &app::pick_by_id);
  function("ctPickAtScreen", &app::pick_at_screen);
  function("ctBuildingScreenPosition", &app::building_screen_position);
  function("ctSelectedBuilding", &app::selected_building);
  function("ctHoveredBuilding", &app::hovered_building);
  function("ctClearSelection", &app::clear_selection);
  function("ctSetColorMode", &app::set_color_mode);
  function("ctGetColorMode", &app::get_color_mode);
  function("ctSetLanguage", &app::set_language);
  function("ctGetLanguage", &app::get_language);
  function("ctFrameStats", &app::frame_stats);
  function("ctGetCamera", &app::get_camera);
  function("ctSetCamera", &app::set_camera);
  function("ctListLevers", &app::list_levers);
  function("ctGetLever", &app::get_lever);
  function("ctSetLever", &app::set_lever);
  function("ctResetLevers", &app::reset_levers);
  function("ctPathway", &app::pathway);
  function("ctScenarioJson", &app::scenario_json);
  function("ctScenarioChangesJson", &app::scenario_changes_json);
  function("ctSetScenarioJson", &app::set_scenario_json);
  function("ctSetSavedScenarios", &app::set_saved_scenarios);
  function("ctSetComparisons", &app::set_comparisons);
  function("ctComparisons", &app::comparisons);
  function("ctSetShareLink", &app::set_share_link);
  function("ctShareQr", &app::share_qr);
  function("ctSetScenarioPanel", &app::set_scenario_panel);
  function("ctFindCheapest", &app::find_cheapest);
  function("ctMacCurve", &app::mac_curve);
  function("ctSetSinkLayer", &app::set_sink_layer);
  function("ctSinkLayer", &app::sink_layer);
  function("ctSetKiosk", &app::set_kiosk);
  function("ctKiosk", &app::kiosk);
  function("ctSetKioskChoice", &app::set_kiosk_choice);
  function("ctInclusion", &app::inclusion);
  function("ctSetInclusionActionsJson", &app::set_inclusion_actions_json);
  function("ctSetInclusionParticipation", &app::set_inclusion_participation);
  function("ctSetInclusionPanel", &app::set_inclusion_panel);
  function("ctSetInclusionLink", &app::set_inclusion_link);
  function("ctInclusionQrModules", &app::inclusion_qr_modules);
  function("ctSelectPlant", &app::select_plant);
  function("ctPlantWhatIf", &app::plant_what_if);
  function("ctSetPlantLevers", &app::set_plant_levers);
  function("ctSinks", &app::sinks);
  function("ctMonitor", &app::monitor);
  function("ctSetMonitor", &app::set_monitor);
  function("ctSetMonitorPanel", &app::set_monitor_panel);
  function("ctSetUncertainty", &app::set_uncertainty);
  function("ctUncertainty", &app::uncertainty);
  function("ctSetPlantsCsv", &app::set_plants_csv);
  function("ctResetPlants", &app::reset_plants);
  function("ctSetScenarioStatus", &app::set_scenario_status);
  function("ctSetYear", &app::set_year);
  function("ctGetYear", &app::get_year);
  function("ctChartPlotRect", &app::chart_plot_rect);
  function("ctSetEnergyProgress", &app::set_energy_progress);
  function("ctSetEnergyResults", &app::set_energy_results);
  function("ctSetEnergyFailed", &app::set_energy_failed);
  function("ctBuildingEnergy", &app::building_energy);
  function("ctSetEnergyHourly", &app::set_energy_hourly);
  function("ctEnergyBalance", &app::energy_balance);
  function("ctKeyEmitters", &app::key_emitters);
  function("ctSetEnergyWeek", &app::set_energy_week);
  function("ctGetEnergyWeek", &app::get_energy_week);
  function("ctSetEnergyPanel", &app::set_energy_panel);
  function("ctStartTransport", &app::start_transport);
  function("ctSetTransportProgress", &app::set_transport_progress);
  function("ctSetTransportResults", &app::set_transport_results);
  function("ctSetTransportFailed", &app::set_transport_failed);
  function("ctTransportReady", &app::transport_ready);
  function("ctTransportBusy", &app::transport_busy);
  function("ctTransport", &app::transport);
  function("ctRoadFlows", &app::road_flows);
  function("ctAddMetroLine", &app::add_metro_line);
  function("ctRemoveAddedLines", &app::remove_added_lines);
  function("ctSetTrafficLayer", &app::set_traffic_layer);
  function("ctTrafficLayer", &app::traffic_layer);
  function("ctLineDraft", &app::line_draft);
  function("ctTransportUiRects", &app::transport_ui_rects);
  function("ctWorldToScreen", &app::world_to_screen);
  function("ctScreenToWorld", &app::screen_to_world);
}
