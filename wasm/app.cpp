#include "wasm/app.hpp"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "render/mesh/city_mesh.hpp"
#include "render/mesh/framing.hpp"
#include "twin/city/default_city.hpp"

namespace app {
namespace {

constexpr const char* kCanvas = "#canvas";
constexpr const char* kFontPath = "/fonts/carbontwin-ui.ttf";  // written by web/carbontwin_api.js
constexpr const char* kLanguages[] = {"zh-CN", "en"};  // the first is the default

// Tells the page's loading screen how far we are (web/carbontwin_api.js defines the hooks).
void report_progress(double fraction, const char* stage) {
  EM_ASM({ if (Module.ctProgress) Module.ctProgress($0, UTF8ToString($1)); }, fraction, stage);
}

bool read_file(const char* path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

}  // namespace

App::App() : input_(*this) {}

bool App::init() {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;  // opaque canvas: cheaper compositing
  attrs.depth = true;
  // MSAA costs little on a GPU but triples the frame time of a software rasteriser (SwiftShader,
  // llvmpipe); the page's loader probes which one this is (web/carbontwin_api.js).
  attrs.antialias = EM_ASM_INT({ return Module.ctSoftwareGl ? 0 : 1; }) != 0;
  attrs.premultipliedAlpha = false;
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_HIGH_PERFORMANCE;
  gl_context_ = emscripten_webgl_create_context(kCanvas, &attrs);
  if (gl_context_ <= 0) {
    fail("WebGL2 is not available in this browser");
    return false;
  }
  emscripten_webgl_make_context_current(gl_context_);

  for (const char* language : kLanguages) {
    std::string text, error;
    const std::string path = std::string("/i18n/") + language + ".json";
    if (!read_file(path.c_str(), &text) || !strings_.add_language(language, text, &error)) {
      fail(error.empty() ? "missing " + path : error);
      return false;
    }
  }
  strings_.set_language(kLanguages[0]);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini in MEMFS: layout is fixed
  io.BackendPlatformName = "carbontwin_html5";
  if (!ImGui_ImplOpenGL3_Init("#version 300 es")) {
    fail("Dear ImGui could not initialise its WebGL2 renderer");
    return false;
  }
  if (!renderer_.init()) {
    fail("the city shaders did not compile (see the console)");
    return false;
  }
  if (!input_.install(kCanvas)) std::fprintf(stderr, "CarbonTwin: some input callbacks were not installed\n");
  update_canvas_size();
  report_progress(0.70, "city");
  return true;
}

void App::fail(const std::string& message) {
  stage_ = Stage::Failed;
  std::fprintf(stderr, "CarbonTwin: %s\n", message.c_str());
  EM_ASM({ if (Module.ctFatal) Module.ctFatal(UTF8ToString($0)); }, message.c_str());
}

void App::update_canvas_size() {
  double w = 0, h = 0;
  emscripten_get_element_css_size(kCanvas, &w, &h);
  css_width_ = w > 1 ? w : 1;
  css_height_ = h > 1 ? h : 1;
  pixel_ratio_ = emscripten_get_device_pixel_ratio();
  if (!(pixel_ratio_ > 0)) pixel_ratio_ = 1;
  const int fw = static_cast<int>(std::lround(css_width_ * pixel_ratio_));
  const int fh = static_cast<int>(std::lround(css_height_ * pixel_ratio_));
  if (fw != framebuffer_width_ || fh != framebuffer_height_) {
    invalidate();
    framebuffer_width_ = fw;
    framebuffer_height_ = fh;
    emscripten_set_canvas_element_size(kCanvas, fw, fh);
  }
}

// Each stage does one heavy step and returns, so the browser repaints the progress bar.
void App::advance_loading() {
  switch (stage_) {
    case Stage::Start:
      stage_ = Stage::Generate;
      return;
    case Stage::Generate:
      city_ = std::make_unique<twin::City>(twin::generate_city(twin::default_city_def()));
      stats_ = twin::compute_city_stats(*city_);
      init_pathway();
      init_sinks();
      init_inclusion();
      report_progress(0.82, "mesh");
      stage_ = Stage::Mesh;
      return;
    case Stage::Mesh:
      mesh_ = std::make_unique<render::CityMesh>(render::build_city_mesh(*city_));
      picker_ = std::make_unique<render::BuildingPicker>(*city_);
      report_progress(0.92, "upload");
      stage_ = Stage::Upload;
      return;
    case Stage::Upload: {
      renderer_.upload(*city_, *mesh_);
      mesh_.reset();  // on the GPU now; picking uses the city's footprints
      renderer_.set_building_colours(render::building_colours(*city_, color_mode_));
      update_canvas_size();
      reload_font();
      reset_camera();
      report_progress(0.98, "first_frame");
      stage_ = Stage::Running;
      return;
    }
    case Stage::Running:
    case Stage::Failed:
      return;
  }
}

// The panels were laid out for a 1280 × 720 CSS px window; smaller windows shrink the UI (down to
// 0.75, still finger-sized), large exhibition screens enlarge it.
float App::ui_scale_for_window() const {
  if (kiosk_) return render::kiosk_ui_scale(css_width_, css_height_);
  return static_cast<float>(std::clamp(std::min(css_width_ / 1280.0, css_height_ / 720.0), 0.75, 2.0));
}

void App::reset_camera() {
  camera_ = render::OrbitCamera{};
  camera_.yaw_rad = -0.5;
  camera_.pitch_rad = 0.72;  // oblique: towers read as towers, the far side still visible
  // The synthetic district is framed whole; an imported city on its buildings.
  render::frame_bounds(city_->synthetic ? render::city_bounds(*city_) : render::building_bounds(*city_),
                       css_width_ / css_height_, &camera_);
  // Framing fits the bounding sphere; the district's square footprint sits well inside it.
  camera_.distance_m *= 0.66;
  camera_.clamp();
  // Lift the district on screen: the pathway chart covers the bottom centre.
  const double cx = 0.5 * css_width_, cy = 0.5 * css_height_;
  camera_.pan_screen(cx, cy, cx, cy - 0.10 * css_height_, css_width_, css_height_);
  home_camera_ = camera_;
}

// The atlas holds only the glyphs the UI can show: its strings, the city's own names (station names
// are Chinese), the CRS label and the example cities. Rebuilt when any of them changes.
void App::reload_font() {
  std::string text = strings_.all_text() + city_->name + city_->location.source_crs_label;
  for (const twin::TransitLine& line : city_->transit_lines) {
    text += line.name;
    for (const twin::TransitStop& stop : line.stops) text += stop.name;
  }
  for (const render::ExampleCity& e : examples_) text += e.name + e.name_en;
  for (const twin::industry::Plant& p : baseline_.plants) text += p.name;  // the plant panel names them
  font_raster_scale_ = static_cast<float>(pixel_ratio_) * std::max(1.0f, ui_scale_for_window());
  // Before the first frame the backend builds the atlas's texture itself (in its first NewFrame);
  // afterwards the old texture goes and the new atlas is built and uploaded here.
  if (frames_drawn_ever_) ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui::GetIO().Fonts->Clear();
  render::load_ui_font(kFontPath, render::kUiFontSize_px, font_raster_scale_, text, &font_);
  if (frames_drawn_ever_) ImGui_ImplOpenGL3_CreateFontsTexture();
  font_dirty_ = false;
}

void App::frame() {
  if (stage_ == Stage::Failed) return;
  if (stage_ == Stage::Running && font_dirty_) {
    reload_font();
    invalidate();
  }
  if (stage_ != Stage::Running) {
    advance_loading();
    return;
  }
  update_canvas_size();
  if (hover_request_) {
    const std::int32_t hovered = building_at((*hover_request_)[0], (*hover_request_)[1]);
    hover_request_.reset();
    if (hovered != hovered_) invalidate();
    hovered_ = hovered;
  }
  if (advance_uncertainty()) invalidate();
  if (advance_monitor()) invalidate();
  if (kiosk_) kiosk_tick();
  const double now_ms = emscripten_performance_now();
  if (frames_to_draw_ == 0 && now_ms - last_draw_ms_ < kIdleRedraw_ms) {
    drew_last_tick_ = false;
    return;
  }
  if (frames_to_draw_ > 0) --frames_to_draw_;
  if (drew_last_tick_) {
    frame_intervals_ms_[interval_count_ % frame_intervals_ms_.size()] = now_ms - last_draw_ms_;
    ++interval_count_;
  }
  const double delta_ms = last_draw_ms_ >= 0 ? now_ms - last_draw_ms_ : 16.7;
  last_draw_ms_ = now_ms;
  drew_last_tick_ = true;
  draw_frame(delta_ms);
  frames_drawn_ever_ = true;
  ++frames_;
  if (frames_ == 1) first_frame_ms_ = emscripten_performance_now();
  // Ready once Dear ImGui has laid the panels out (auto-sized windows settle over the first
  // frames): from then on their rectangles decide which clicks belong to the UI.
  if (frames_ == kFramesPerChange) {
    report_progress(1.0, "done");
    EM_ASM({ if (Module.ctFirstFrame) Module.ctFirstFrame(); });
  }
}

void App::draw_frame(double delta_ms) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(css_width_), static_cast<float>(css_height_));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(pixel_ratio_), static_cast<float>(pixel_ratio_));
  io.DeltaTime = static_cast<float>(std::clamp(delta_ms, 1.0, 1000.0) / 1000.0);
  const float ui_scale = ui_scale_for_window();
  if (std::fabs(ui_scale - ui_scale_) > 0.01f) {
    if (kiosk_)
      render::apply_kiosk_theme(ui_scale);
    else
      render::apply_touch_theme(ui_scale);
    ui_scale_ = ui_scale;
  }
  io.FontGlobalScale = ui_scale_ / font_raster_scale_;
  input_.feed_imgui(io);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  render::PanelActions actions;
  const render::PathwayView pathway{scenario_,       pathway_, pathway_version_, pathway_reference_max_t_, year_,
                                    city_->synthetic, &compared_view_, uncertainty_on_ ? &uncertainty_band_ : nullptr};
  const render::SinkLayerView sinks{sink_layer_, &sink_totals_};
  if (mac_) mac_->stale = mac_pathway_version_ != pathway_version_;
  const render::ScenarioView scenarios{&saved_scenarios_, &compared_names_, waterfall_ready_ ? &waterfall_ : nullptr,
                                       scenario_status_, share_qr_ ? &*share_qr_ : nullptr,
                                       plan_ ? &*plan_ : nullptr, mac_ ? &*mac_ : nullptr, year_};
  const render::TransportView transport = transport_view();
  std::optional<std::array<double, 2>> cursor_lon_lat;
  double lon = 0, lat = 0;
  if (pointer_css_ && !city_->synthetic && lonlat_at_screen((*pointer_css_)[0], (*pointer_css_)[1], &lon, &lat))
    cursor_lon_lat = std::array<double, 2>{lon, lat};
  const render::EnergyBalanceView energy_balance = energy_balance_view();
  if (kiosk_) {
    render::KioskActions kiosk_actions;
    draw_kiosk_ui(pathway, &kiosk_actions);
    draw_city_life(ImGui::GetBackgroundDrawList());
    render::draw_plant_markers(ImGui::GetBackgroundDrawList(), plant_markers(), ImGui::GetFontSize());
    ImGui::Render();
    renderer_.draw(camera_, framebuffer_width_, framebuffer_height_, hovered_, selected_);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    apply_kiosk(kiosk_actions);
    return;
  }
  if (inclusion_ui_.open) update_inclusion();
  const render::InclusionView inclusion = inclusion_view();
  const render::MonitorView monitor = monitor_view();
  render::draw_panels({*city_, stats_, strings_, color_mode_, selected_, &pathway, &pathway_ui_, &energy_view_,
                       &transport, &transport_ui_, cursor_lon_lat, &examples_, &energy_balance, &energy_ui_,
                       &scenarios, &scenario_ui_, &sinks, &uncertainty_on_, &inclusion, &inclusion_ui_, &monitor,
                       monitor_ui()},
                      &actions, &rects_);
  render::PlantPanelActions plant_actions;
  if (selected_plant_ >= 0) {  // where the building panel goes: left of the right column, at the top
    const render::PanelMetrics m = render::panel_metrics();
    render::draw_plant_panel(strings_, plant_panel_view(),
                             ImVec2(static_cast<float>(css_width_) - 2.0f * m.margin - m.side_width, m.margin),
                             m.side_width, 0.6f * static_cast<float>(css_height_), &plant_actions, &rects_);
  }
  // After the panels: rects_ now holds this frame's panel rectangles, which markers keep out of.
  draw_monitor_layers(ImGui::GetBackgroundDrawList());
  if (sink_layer_) render::draw_sink_overlay(ImGui::GetBackgroundDrawList(), update_sink_shapes(), ImGui::GetFontSize());
  render::draw_plant_markers(ImGui::GetBackgroundDrawList(), plant_markers(), ImGui::GetFontSize());
  ImGui::Render();

  renderer_.draw(camera_, framebuffer_width_, framebuffer_height_, hovered_, selected_);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  apply(actions);
  if (plant_actions.close) select_plant(-1);
  if (plant_actions.set_levers) {
    plant_levers_ = *plant_actions.set_levers;
    update_plant_what_if();
    invalidate();
  }
}

void App::apply(const render::PanelActions& actions) {
  if (actions.set_color_mode) set_color_mode(render::to_string(actions.color_mode));
  if (!actions.language.empty()) set_language(actions.language);
  if (actions.clear_selection) select_building(-1);
  if (actions.pathway.set_lever) {
    const auto& change = *actions.pathway.set_lever;
    set_lever(twin::pathway::lever_def(change.id).key, change.target);
  }
  if (actions.pathway.reset_levers) reset_levers();
  if (actions.pathway.set_year) set_year(*actions.pathway.set_year);
  if (actions.pathway.animating) invalidate();
  apply_transport(actions.transport);
  if (actions.energy.set_open) set_energy_panel(*actions.energy.set_open);
  if (actions.energy.set_week) set_energy_week(*actions.energy.set_week);
  apply_scenario_actions(actions.scenarios);
  apply_inclusion_actions(actions.inclusion);
  apply_monitor_actions(actions.monitor);
  if (actions.set_sink_layer) set_sink_layer(*actions.set_sink_layer);
  if (actions.set_uncertainty) set_uncertainty(*actions.set_uncertainty, static_cast<int>(uncertainty_wanted_),
                                                static_cast<double>(uncertainty_seed_));
  if (!actions.open_city.empty())
    EM_ASM({ if (Module.ctRequestCity) Module.ctRequestCity(UTF8ToString($0)); }, actions.open_city.c_str());
  if (actions.reset_camera) {
    camera_ = home_camera_;
    invalidate();
  }
}

}  // namespace app
