// The monitoring layers in the page (issue 11 item 6; render/ui/panel_monitor.hpp, monitor_overlay.hpp): the
// city's gridded base-year emissions (render/mesh/monitor_field.hpp: the same grid `carbontwin monitor grid`
// writes) as a heat map, the default station network, and the ground-level CO2 plume of a chosen hour through
// twin/monitor's footprint operator. One hour's field costs far more than a frame (~0.07 s at 1000 m, ~0.5 s
// at 500 m natively), so it is computed in slices of ≤ kPlumeSliceMs per frame and cached per (hour, cell size);
// the puffs then drift downwind at the hour's wind speed (× kPuffTimeScale) every frame while playing.
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include <nlohmann/json.hpp>

#include "render/mesh/monitor_field.hpp"
#include "render/ui/monitor_overlay.hpp"
#include "twin/climate/city_weather.hpp"
#include "wasm/app.hpp"

namespace app {
namespace mon = twin::monitor;

namespace {

constexpr double kPlumeSliceMs = 8.0;      // per frame: half a 60-Hz frame
constexpr double kPuffTimeScale = 60.0;    // one second on screen = one minute of wind
constexpr double kPuffLife_s = 6.0;
constexpr int kPuffsPerSource = 6, kPuffSources = 5;
constexpr std::size_t kStationLabels = 12;

int stride_for_cell(double cell_m) { return render::monitor_plume_stride(cell_m); }

bool valid_layer(const std::string& layer) {
  if (layer == "off" || layer == "total" || layer == "plume") return true;
  for (int k = 0; k < mon::kGridSectorCount; ++k)
    if (layer == mon::to_string(static_cast<mon::GridSector>(k))) return true;
  return false;
}

}  // namespace

struct App::MonitorState {
  render::MonitorUiState ui;
  bool active = false;  // nothing is computed or drawn until the panel opens or setMonitor is called
  double cell_m = 500.0;
  std::string layer = "total";
  bool stations_on = true;
  int hour = 12;
  bool playing = false;
  // The grid of the current city and base year.
  const twin::City* city = nullptr;
  std::uint64_t pathway_version = ~std::uint64_t{0};
  bool with_flows = false;
  render::MonitorCity grid;
  mon::SectorValues inventory_t{};
  std::vector<mon::HourMet> met;
  mon::SectorProfiles profiles;
  std::string error;
  // Plumes: done fields by (hour, cell), and the one being computed.
  std::map<std::pair<int, double>, render::PlumeField> plumes;
  std::map<std::pair<int, double>, double> plume_ms;
  std::optional<render::PlumeJob> job;
  double job_ms = 0.0;
  render::MonitorOverlay drawn;  // the last frame's shapes
};

App::MonitorState& App::monitor_state() {
  if (!monitor_) monitor_ = std::make_shared<MonitorState>();
  return *monitor_;
}

render::MonitorUiState* App::monitor_ui() { return &monitor_state().ui; }

bool App::advance_monitor() {
  MonitorState& m = monitor_state();
  // Nothing to compute while nothing of it shows (the kiosk draws none of it).
  const bool needed = m.ui.open || m.layer != "off" || m.stations_on;
  if (!m.active || !needed || kiosk_ || !city_ || pathway_.years.empty()) return false;
  bool changed = false;
  const bool flows = transport_base_.has_value();
  if (m.city != city_.get() || m.pathway_version != pathway_version_ || m.with_flows != flows ||
      m.grid.grid.geometry.cell_m != m.cell_m) {
    if (m.city != city_.get()) {
      const twin::climate::WeatherYear weather = twin::climate::weather_for_city(*city_).year;
      const std::string bad_weather = mon::validate_met_weather(weather);
      m.met = mon::hourly_met(weather);  // empty when the weather is unusable
      if (!bad_weather.empty()) m.error = "weather: " + bad_weather;
      if (const std::string e = mon::sector_profiles({}, &m.profiles); !e.empty()) m.error = "profiles: " + e;
    }
    const std::vector<double>* link_flows = flows ? &transport_base_->result.road_link_flow_pcu_h : nullptr;
    render::MonitorCity next =
        render::build_monitor_city({city_.get(), &baseline_, &pathway_.years.front(), link_flows, m.cell_m});
    // The plumes stay valid while the grid is the same (a lever moved, the base year did not).
    const bool same = m.city == city_.get() && next.error.empty() && m.grid.error.empty() &&
                      next.grid.cell_t == m.grid.grid.cell_t && next.grid.release_height_m == m.grid.grid.release_height_m;
    if (!same) {
      m.plumes.clear();
      m.plume_ms.clear();
      m.job.reset();
    }
    m.city = city_.get();
    m.pathway_version = pathway_version_;
    m.with_flows = flows;
    m.grid = std::move(next);
    const twin::pathway::PathwayYear& y = pathway_.years.front();
    for (int s = 0; s < twin::emissions::kSectorCount; ++s)
      m.inventory_t[s] = y.emissions.at(static_cast<twin::emissions::Sector>(s), twin::emissions::Scope::Scope1);
    m.inventory_t[static_cast<int>(mon::GridSector::EnergySupply)] =
        y.local_supply.present ? y.local_supply.plants_scope1.co2_t : 0.0;
    changed = true;
  }
  if (!m.grid.error.empty() || m.met.empty()) return changed;
  const auto key = std::make_pair(m.hour, m.cell_m);
  const bool want_plume = m.layer == "plume" || m.ui.open;
  if (want_plume && !m.plumes.count(key)) {
    if (!m.job || m.job->field.hour != m.hour || m.job->field.receptors.cell_m != m.cell_m * stride_for_cell(m.cell_m)) {
      m.job = render::start_plume(m.grid.grid, m.profiles, m.met, m.hour, stride_for_cell(m.cell_m));
      m.job_ms = 0.0;
    }
    const double t0 = emscripten_get_now();
    while (!m.job->done() && emscripten_get_now() - t0 < kPlumeSliceMs) render::advance_plume(&*m.job, 8);
    m.job_ms += emscripten_get_now() - t0;
    if (m.job->done()) {
      m.plume_ms[key] = m.job_ms;
      m.plumes[key] = std::move(m.job->field);
      m.job.reset();
    }
    changed = true;
  }
  if (m.playing && m.layer == "plume") changed = true;  // the puffs move every frame
  return changed;
}

render::MonitorView App::monitor_view() {
  MonitorState& m = monitor_state();
  render::MonitorView v;
  v.cell_m = m.cell_m;
  v.layer = m.layer;
  v.stations_on = m.stations_on;
  v.hour = m.hour;
  v.playing = m.playing;
  v.error = !m.error.empty() ? m.error : m.grid.error;
  if (!m.grid.error.empty() || m.grid.grid.cell_t.empty()) {
    if (v.error.empty()) v.error = "…";
    return v;
  }
  for (int s = 0; s < mon::kGridSectorCount; ++s) {
    for (const mon::SectorValues& c : m.grid.grid.cell_t) v.grid_t[s] += c[s];
    v.grid_t[s] += m.grid.grid.outside_t[s];
  }
  v.inventory_t = m.inventory_t;
  for (const mon::Station& st : m.grid.stations) ++v.stations_by_kind[static_cast<int>(st.kind)];
  if (m.hour >= 0 && static_cast<std::size_t>(m.hour) < m.met.size()) {
    const mon::HourMet& h = m.met[static_cast<std::size_t>(m.hour)];
    v.met_ready = true;
    v.u10_m_s = h.u10_m_s;
    v.from_deg = h.wind_from_deg;
    v.stability = mon::stability_letter(h.stability);
  }
  const auto it = m.plumes.find({m.hour, m.cell_m});
  if (it != m.plumes.end()) {
    v.plume_progress = 1.0;
    v.max_ppm = it->second.max_ppm;
    v.mean_ppm = it->second.mean_ppm;
    v.compute_ms = m.plume_ms[{m.hour, m.cell_m}];
    v.stride = it->second.stride;
  } else if (m.job && !m.job->field.ppm.empty()) {
    v.plume_progress = static_cast<double>(m.job->next) / static_cast<double>(m.job->field.ppm.size());
  }
  if (m.layer != "off" && m.layer != "plume") {
    double top = 0.0;
    const int sector = m.layer == "total" ? -1 : [&] {
      for (int k = 0; k < mon::kGridSectorCount; ++k)
        if (m.layer == mon::to_string(static_cast<mon::GridSector>(k))) return k;
      return -1;
    }();
    for (std::size_t c = 0; c < m.grid.grid.cell_t.size(); ++c)
      top = std::max(top, sector < 0 ? m.grid.grid.cell_total_t(c) : m.grid.grid.cell_t[c][sector]);
    v.legend_max_t = top;
    v.legend_min_t = top / 1000.0;  // three decades
  }
  return v;
}

void App::draw_monitor_layers(ImDrawList* dl) {
  MonitorState& m = monitor_state();
  m.drawn = render::MonitorOverlay{};
  if (!m.active || !m.grid.error.empty() || m.grid.grid.cell_t.empty()) return;
  const mon::GridGeometry& g = m.grid.grid.geometry;
  const auto project = [&](double x, double y, ImVec2* s) {
    double sx = 0, sy = 0;
    if (!world_to_screen(x, y, &sx, &sy)) return false;
    *s = ImVec2(static_cast<float>(sx), static_cast<float>(sy));
    return true;
  };
  const auto add_cell = [&](const mon::GridGeometry& geo, int i, int j, ImU32 colour) {
    if (((colour >> IM_COL32_A_SHIFT) & 0xff) == 0) return;
    render::MonitorQuad q{{}, colour};
    const double x0 = geo.x0_m + i * geo.cell_m, y0 = geo.y0_m + j * geo.cell_m;
    if (project(x0, y0, &q.corner[0]) && project(x0 + geo.cell_m, y0, &q.corner[1]) &&
        project(x0 + geo.cell_m, y0 + geo.cell_m, &q.corner[2]) && project(x0, y0 + geo.cell_m, &q.corner[3]))
      m.drawn.cells.push_back(q);
  };
  const render::MonitorView v = monitor_view();
  if (m.layer == "plume") {
    const auto it = m.plumes.find({m.hour, m.cell_m});
    if (it != m.plumes.end()) {
      const render::PlumeField& f = it->second;
      for (int j = 0; j < f.receptors.ny; ++j)
        for (int i = 0; i < f.receptors.nx; ++i)
          add_cell(f.receptors, i, j, render::monitor_plume_colour(f.ppm[static_cast<std::size_t>(j * f.receptors.nx + i)], f.max_ppm));
      // Puffs from the hour's largest sources, drifting downwind; the wind arrow at the grid's centre.
      const mon::HourMet& h = m.met[static_cast<std::size_t>(m.hour)];
      double s = 0, c = 0;
      mon::det_sincos_deg(h.wind_from_deg, &s, &c);
      const double dx = -s, dy = -c;  // toward
      const std::vector<double> x = render::hour_emissions_t_per_yr(m.grid.grid, m.profiles, m.hour);
      std::vector<std::size_t> order(x.size());
      for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
      const std::size_t top = std::min<std::size_t>(kPuffSources, order.size());
      std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(),
                        [&](std::size_t a, std::size_t b) { return x[a] > x[b]; });
      const double t_s = m.playing ? emscripten_performance_now() / 1000.0 : 0.5 * kPuffLife_s;
      for (std::size_t k = 0; k < top && x[order[k]] > 0.0; ++k) {
        const double cx = g.x0_m + (static_cast<double>(order[k] % g.nx) + 0.5) * g.cell_m;
        const double cy = g.y0_m + (static_cast<double>(order[k] / g.nx) + 0.5) * g.cell_m;
        for (int p = 0; p < kPuffsPerSource; ++p) {
          const double age = std::fmod(t_s + (p + 0.37 * k) * kPuffLife_s / kPuffsPerSource, kPuffLife_s);
          const double d = h.u10_m_s * kPuffTimeScale * age;
          ImVec2 at;
          if (!project(cx + dx * d, cy + dy * d, &at) || rects_.contains(at.x, at.y)) continue;
          const double f01 = age / kPuffLife_s;
          m.drawn.puffs.push_back({at, static_cast<float>((0.3 + 0.9 * std::sqrt(f01)) * ImGui::GetFontSize()),
                                   static_cast<int>(150.0 * (1.0 - f01))});
        }
      }
      const double cx = g.x0_m + 0.5 * g.nx * g.cell_m, cy = g.y0_m + 0.5 * g.ny * g.cell_m;
      const double len = 400.0 * std::clamp(h.u10_m_s, 1.0, 8.0);
      if (project(cx - 0.5 * len * dx, cy - 0.5 * len * dy, &m.drawn.wind_tail) &&
          project(cx + 0.5 * len * dx, cy + 0.5 * len * dy, &m.drawn.wind_head)) {
        m.drawn.wind = true;
        char label[64];
        std::snprintf(label, sizeof label, "%.1f m/s %c", h.u10_m_s, mon::stability_letter(h.stability));
        m.drawn.wind_label = label;
      }
    }
  } else if (m.layer != "off" && v.legend_max_t > 0.0) {
    int sector = -1;
    for (int k = 0; k < mon::kGridSectorCount; ++k)
      if (m.layer == mon::to_string(static_cast<mon::GridSector>(k))) sector = k;
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t c = static_cast<std::size_t>(j * g.nx + i);
        const double t = sector < 0 ? m.grid.grid.cell_total_t(c) : m.grid.grid.cell_t[c][sector];
        add_cell(g, i, j, render::monitor_heat_colour(t, v.legend_min_t, v.legend_max_t, 150));
      }
  }
  if (m.stations_on) {
    std::vector<std::array<float, 4>> boxes;
    for (const mon::Station& st : m.grid.stations) {
      render::MonitorStationMark mark{st.kind, {}, st.id};
      if (!project(st.x_m, st.y_m, &mark.at)) continue;
      if (mark.at.x < 0 || mark.at.y < 0 || mark.at.x > css_width_ || mark.at.y > css_height_ ||
          rects_.contains(mark.at.x, mark.at.y))
        continue;
      const ImVec2 size = ImGui::CalcTextSize(st.id.c_str());
      const float x0 = mark.at.x, x1 = mark.at.x + size.x + ImGui::GetFontSize(), y0 = mark.at.y - size.y, y1 = mark.at.y + size.y;
      bool clear = boxes.size() < kStationLabels && x1 < css_width_ && !rects_.contains(x1, y0) && !rects_.contains(x1, y1);
      for (const auto& b : boxes) clear = clear && (x1 < b[0] || x0 > b[2] || y1 < b[1] || y0 > b[3]);
      if (clear) {
        boxes.push_back({x0, y0, x1, y1});
        mark.labelled = true;
      }
      m.drawn.stations.push_back(std::move(mark));
    }
  }
  render::draw_monitor_overlay(dl, m.drawn, ImGui::GetFontSize());
}

void App::apply_monitor_actions(const render::MonitorActions& a) {
  nlohmann::json j = nlohmann::json::object();
  if (a.set_cell_m) j["cell_m"] = *a.set_cell_m;
  if (a.set_layer) j["layer"] = *a.set_layer;
  if (a.set_stations) j["stations"] = *a.set_stations;
  if (a.set_hour) j["hour"] = *a.set_hour;
  if (a.set_playing) j["playing"] = *a.set_playing;
  if (!j.empty()) set_monitor_json(j.dump());
  if (a.set_open) set_monitor_panel(*a.set_open);
}

void App::set_monitor_panel(bool open) {
  MonitorState& m = monitor_state();
  if (open) m.active = true;
  if (open != m.ui.open) invalidate();
  m.ui.open = open;
}

std::string App::set_monitor_json(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return "$: not a JSON object";
  MonitorState& m = monitor_state();
  double cell = m.cell_m;
  std::string layer = m.layer;
  bool stations = m.stations_on, playing = m.playing;
  int hour = m.hour;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const nlohmann::json& v = it.value();
    if (k == "cell_m") {
      if (!v.is_number() || std::find(render::kMonitorCellSizesM.begin(), render::kMonitorCellSizesM.end(), v.get<double>()) ==
                                render::kMonitorCellSizesM.end())
        return "$.cell_m: must be 250, 500 or 1000";
      cell = v.get<double>();
    } else if (k == "layer") {
      if (!v.is_string() || !valid_layer(v.get<std::string>()))
        return "$.layer: must be \"off\", \"total\", \"plume\" or a sector (residential … energy_supply)";
      layer = v.get<std::string>();
    } else if (k == "stations") {
      if (!v.is_boolean()) return "$.stations: must be true or false";
      stations = v.get<bool>();
    } else if (k == "hour") {
      if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() >= render::kMonitorHours)
        return "$.hour: must be an integer 0–8759";
      hour = v.get<int>();
    } else if (k == "playing") {
      if (!v.is_boolean()) return "$.playing: must be true or false";
      playing = v.get<bool>();
    } else {
      return "$." + k + ": unknown key (cell_m, layer, stations, hour, playing)";
    }
  }
  m.active = true;
  m.cell_m = cell;
  m.layer = layer;
  m.stations_on = stations;
  m.hour = hour;
  m.playing = playing;
  invalidate();
  return "";
}

std::string App::monitor_json() {
  MonitorState& m = monitor_state();
  const render::MonitorView v = monitor_view();
  nlohmann::ordered_json totals = nlohmann::ordered_json::object(), inventory = nlohmann::ordered_json::object();
  for (int s = 0; s < mon::kGridSectorCount; ++s) {
    totals[mon::to_string(static_cast<mon::GridSector>(s))] = v.grid_t[s];
    inventory[mon::to_string(static_cast<mon::GridSector>(s))] = v.inventory_t[s];
  }
  nlohmann::ordered_json stations = nlohmann::ordered_json::array();
  for (const mon::Station& st : m.grid.stations) {
    nlohmann::ordered_json e{{"id", st.id}, {"x_m", st.x_m}, {"y_m", st.y_m}, {"kind", mon::to_string(st.kind)}, {"drawn", false}};
    for (const render::MonitorStationMark& d : m.drawn.stations)
      if (d.id == st.id) {
        e["drawn"] = true;
        e["x"] = d.at.x;
        e["y"] = d.at.y;
        e["labelled"] = d.labelled;
      }
    stations.push_back(std::move(e));
  }
  nlohmann::ordered_json plume{{"ready", v.plume_progress >= 1.0}, {"progress", v.plume_progress}};
  const auto it = m.plumes.find({m.hour, m.cell_m});
  if (it != m.plumes.end()) {
    const render::PlumeField& f = it->second;
    const mon::GridGeometry& r = f.receptors;
    const mon::GridGeometry& g = m.grid.grid.geometry;
    plume["max_ppm"] = f.max_ppm;
    plume["mean_ppm"] = f.mean_ppm;
    plume["compute_ms"] = v.compute_ms;
    plume["stride"] = f.stride;
    plume["receptor_cell_m"] = r.cell_m;
    plume["max_x_m"] = r.x0_m + (f.max_cell % r.nx + 0.5) * r.cell_m;
    plume["max_y_m"] = r.y0_m + (f.max_cell / r.nx + 0.5) * r.cell_m;
    plume["largest_source"] = {{"x_m", g.x0_m + (f.largest_source_cell % g.nx + 0.5) * g.cell_m},
                               {"y_m", g.y0_m + (f.largest_source_cell / g.nx + 0.5) * g.cell_m},
                               {"t_per_yr", f.largest_source_t_per_yr}};
    plume["receptors"] = {{"x0_m", r.x0_m}, {"y0_m", r.y0_m}, {"cell_m", r.cell_m}, {"nx", r.nx}, {"ny", r.ny}};
    plume["ppm"] = f.ppm;
  }
  nlohmann::ordered_json rects = nlohmann::ordered_json::object();
  for (const auto& [name, r] : m.ui.rects) rects[name] = {r[0], r[1], r[2], r[3]};
  const auto& g = m.grid.grid.geometry;
  return nlohmann::ordered_json{{"active", m.active},
                                {"open", m.ui.open},
                                {"error", v.error},
                                {"cell_m", m.cell_m},
                                {"layer", m.layer},
                                {"stations_on", m.stations_on},
                                {"hour", m.hour},
                                {"playing", m.playing},
                                {"grid", {{"x0_m", g.x0_m}, {"y0_m", g.y0_m}, {"cell_m", g.cell_m}, {"nx", g.nx}, {"ny", g.ny}}},
                                {"totals_by_sector_t", totals},
                                {"inventory_scope1_t", inventory},
                                {"stations", stations},
                                {"met", {{"u", v.u10_m_s}, {"from_deg", v.from_deg}, {"stability", std::string(1, v.stability)}}},
                                {"plume", plume},
                                {"cells_drawn", m.drawn.cells.size()},
                                {"puffs_drawn", m.drawn.puffs.size()},
                                {"wind_drawn", m.drawn.wind},
                                {"legend", {{"min_t", v.legend_min_t}, {"max_t", v.legend_max_t}}},
                                {"rects", rects}}
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace app
