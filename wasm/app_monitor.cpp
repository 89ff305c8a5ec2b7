// The monitoring layers in the page (issue 11 item 6; render/ui/panel_monitor.hpp, monitor_overlay.hpp): the
// city's gridded base-year emissions (render/mesh/monitor_field.hpp: the same grid `carbontwin monitor grid`
// writes) as a heat map, the default station network, and the ground-level CO2 plume of a chosen hour through
// twin/monitor's footprint operator. One hour's field costs far more than a frame (~0.07 s at 1000 m, ~0.5 s
// at 500 m natively), so it is computed in slices of ≤ kPlumeSliceMs per frame and cached per (hour, cell size);
// the puffs then drift downwind at the hour's wind speed (× kPuffTimeScale) every frame while playing.
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

#include <nlohmann/json.hpp>

#include "render/mesh/monitor_campaign_lines.hpp"
#include "render/mesh/monitor_experiment.hpp"
#include "render/mesh/monitor_field.hpp"
#include "render/ui/monitor_overlay.hpp"
#include "twin/climate/city_weather.hpp"
#include "wasm/app.hpp"

namespace app {
namespace mon = twin::monitor;

namespace {

constexpr double kPlumeSliceMs = 8.0;      // per frame: half a 60-Hz frame
constexpr double kExperimentFrameMs = 6.0;  // per frame: the experiment's steps start while under this (+ one step ≤ ~8 ms natively)
constexpr double kPuffTimeScale = 60.0;    // one second on screen = one minute of wind
constexpr double kPuffLife_s = 6.0;
constexpr int kPuffsPerSource = 6, kPuffSources = 5;
constexpr std::size_t kStationLabels = 12;
// The hidden source a tap places: 100,000 t/yr at ground level (~3 % of the default city's scope 1; CarbonTwin
// assumption: large enough for the default network to see in 2 days, small against the city).
constexpr double kTapHiddenTPerYr = 100000.0;

bool experiment_layer_name(const std::string& layer) {
  return layer == "prior" || layer == "posterior" || layer == "residual";
}

int stride_for_cell(double cell_m) { return render::monitor_plume_stride(cell_m); }

bool valid_layer(const std::string& layer) {
  if (layer == "off" || layer == "total" || layer == "plume" || experiment_layer_name(layer)) return true;
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
  render::CampaignLines campaigns;  // the transects' routes and an overpass, as `monitor simulate` places them
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
  // The observing-system experiment (render/mesh/monitor_experiment.hpp) on its own grid, one step a frame.
  double utc_offset_h = 0.0;
  render::MonitorCity exp_city;                        // the job points at it: not touched while it runs
  std::optional<render::ExperimentJob> exp_job;
  std::optional<render::ExperimentResult> exp_result;
  std::optional<mon::HiddenSource> hidden, exp_hidden;  // placed now / of the last run
  bool placing = false, exp_requested = false;
  bool reopen_after_place = false;  // the panel made way for the tap: it comes back once the source is placed
  std::string exp_error;
  double exp_ms = 0.0, exp_max_step_ms = 0.0;
  std::array<double, render::kExperimentStages> exp_stage_ms{}, exp_stage_max_ms{};  // per stage: sum, longest step
  int exp_frames = 0, exp_steps = 0;
  double exp_max_frame_ms = 0.0;  // the most one frame spent on the experiment's steps
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
      m.utc_offset_h = weather.location.time_zone_h;
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
      m.exp_job.reset();  // the experiment's truth was another city or base year
      m.exp_result.reset();
    }
    m.city = city_.get();
    m.pathway_version = pathway_version_;
    m.with_flows = flows;
    m.grid = std::move(next);
    m.campaigns = m.grid.error.empty() ? render::campaign_lines(*city_, m.grid.extent_min, m.grid.extent_max)
                                       : render::CampaignLines{};
    const twin::pathway::PathwayYear& y = pathway_.years.front();
    for (int s = 0; s < twin::emissions::kSectorCount; ++s)
      m.inventory_t[s] = y.emissions.at(static_cast<twin::emissions::Sector>(s), twin::emissions::Scope::Scope1);
    m.inventory_t[static_cast<int>(mon::GridSector::EnergySupply)] =
        y.local_supply.present ? y.local_supply.plants_scope1.co2_t : 0.0;
    changed = true;
  }
  if (!m.grid.error.empty() || m.met.empty()) return changed;
  if (advance_monitor_experiment()) changed = true;
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

// Starts the experiment when asked (its grid at kExperimentCellM, the twin's plants, the city's centre and
// time zone) and runs its steps within a frame budget (kExperimentFrameMs): a station's readings, the
// background, one slice of the inversion (twin/monitor's InversionJob: footprint rows, a Cholesky, a product)
// or the reconciliation each. true when something changed.
bool App::advance_monitor_experiment() {
  MonitorState& m = monitor_state();
  if (m.exp_requested) {
    m.exp_requested = false;
    m.exp_job.reset();
    m.exp_result.reset();
    m.exp_error.clear();
    m.exp_ms = m.exp_max_step_ms = 0.0;
    m.exp_stage_ms = {};
    m.exp_stage_max_ms = {};
    m.exp_frames = m.exp_steps = 0;
    m.exp_max_frame_ms = 0.0;
    const double t0 = emscripten_get_now();
    const bool flows = transport_base_.has_value();
    m.exp_city = render::build_monitor_city({city_.get(), &baseline_, &pathway_.years.front(),
                                             flows ? &transport_base_->result.road_link_flow_pcu_h : nullptr,
                                             render::kExperimentCellM});
    twin::Vec2 lo, hi;
    const bool extent = mon::city_extent(*city_, &lo, &hi);
    render::ExperimentSpec spec;
    spec.hidden = m.hidden;
    m.exp_hidden = m.hidden;
    render::ExperimentInputs in{&m.exp_city, &m.met, &m.profiles, render::reported_plants(baseline_),
                                extent ? twin::Vec2{0.5 * (lo.x_m + hi.x_m), 0.5 * (lo.y_m + hi.y_m)} : twin::Vec2{},
                                m.utc_offset_h, pathway_.years.front().year};
    m.exp_job = render::start_experiment(std::move(in), spec);
    if (!m.exp_city.error.empty()) m.exp_job->result.error = "grid: " + m.exp_city.error;
    m.exp_ms += emscripten_get_now() - t0;
    return true;
  }
  if (!m.exp_job) return false;
  render::ExperimentJob& job = *m.exp_job;
  if (!job.done()) {
    // Steps (each short: a station, an inversion slice) until this frame has spent kExperimentFrameMs on them:
    // a step starts only while the frame is under budget, so a frame's work is at most that plus one step.
    const double frame_t0 = emscripten_get_now();
    do {
      const int stage = static_cast<int>(job.stage);
      const double t0 = emscripten_get_now();
      render::advance_experiment(&job);
      const double ms = emscripten_get_now() - t0;
      m.exp_ms += ms;
      m.exp_stage_ms[static_cast<std::size_t>(stage)] += ms;
      m.exp_max_step_ms = std::max(m.exp_max_step_ms, ms);
      m.exp_stage_max_ms[static_cast<std::size_t>(stage)] = std::max(m.exp_stage_max_ms[static_cast<std::size_t>(stage)], ms);
      ++m.exp_steps;
    } while (!job.done() && emscripten_get_now() - frame_t0 < kExperimentFrameMs);
    m.exp_max_frame_ms = std::max(m.exp_max_frame_ms, emscripten_get_now() - frame_t0);
    ++m.exp_frames;
  }
  if (job.done()) {
    if (!job.result.error.empty()) {
      m.exp_error = job.result.error;
    } else {
      m.exp_result = std::move(job.result);
      if (!experiment_layer_name(m.layer)) m.layer = "residual";  // show what the run found
    }
    m.exp_job.reset();
  }
  return true;
}

render::MonitorExperimentView App::monitor_experiment_view() {
  MonitorState& m = monitor_state();
  render::MonitorExperimentView e;
  e.placing = m.placing;
  if (m.hidden) {
    e.hidden_set = true;
    e.hidden_x_m = m.hidden->x_m;
    e.hidden_y_m = m.hidden->y_m;
    e.hidden_t_per_yr = m.hidden->t_per_yr;
  }
  e.compute_ms = m.exp_ms;
  if (m.exp_job || m.exp_requested) {  // requested: it starts on the next frame
    e.state = "running";
    e.progress = m.exp_job ? m.exp_job->progress() : 0.0;
    return e;
  }
  if (!m.exp_error.empty()) {
    e.state = "error";
    e.error = m.exp_error;
    return e;
  }
  if (!m.exp_result) return e;
  const render::ExperimentResult& r = *m.exp_result;
  e.state = "done";
  e.progress = 1.0;
  e.cell_m = r.setup.grid.cell_m;
  e.days = static_cast<int>(r.station_obs.size() / std::max<std::size_t>(1, m.exp_city.stations.size()) / 6);
  e.observations = static_cast<int>(r.obs.size());
  e.dofs = r.inv.dofs;
  e.truth_t = r.truth_total_t;
  for (std::size_t k = 0; k < r.table.size() && k < r.inv.sectors.size(); ++k) {
    const mon::SectorEstimate& s = r.inv.sectors[k];
    e.rows.push_back({r.table[k].sector, s.prior_t, s.prior_sd_t, s.posterior_t, s.posterior_sd_t, r.table[k].z});
  }
  e.source_found = r.unexplained.found;
  e.source_x_m = r.unexplained.x_m;
  e.source_y_m = r.unexplained.y_m;
  e.source_t = r.unexplained.t_per_yr;
  e.source_sd_t = r.unexplained.uncertainty_t_per_yr;
  e.source_confidence = r.unexplained.confidence;
  for (const mon::KeyEmitterCheck& p : r.key_emitters)
    e.emitters.push_back({p.name, p.reported_t, p.posterior_t, p.posterior_sd_t, p.outside_grid, p.flagged});
  if (experiment_layer_name(m.layer)) {
    const render::ExperimentLayer which = m.layer == "prior"       ? render::ExperimentLayer::Prior
                                          : m.layer == "posterior" ? render::ExperimentLayer::Posterior
                                                                   : render::ExperimentLayer::Residual;
    for (double t : render::experiment_layer(r, which)) e.layer_max_t = std::max(e.layer_max_t, std::fabs(t));
  }
  return e;
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
  v.experiment = monitor_experiment_view();
  if (m.layer != "off" && m.layer != "plume" && !experiment_layer_name(m.layer)) {
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
  } else if (experiment_layer_name(m.layer)) {
    if (m.exp_result && v.experiment.layer_max_t > 0.0) {
      const render::ExperimentResult& r = *m.exp_result;
      const mon::GridGeometry& eg = r.setup.grid;
      const std::vector<double> t = render::experiment_layer(
          r, m.layer == "prior" ? render::ExperimentLayer::Prior
             : m.layer == "posterior" ? render::ExperimentLayer::Posterior : render::ExperimentLayer::Residual);
      const double top = v.experiment.layer_max_t;
      for (int j = 0; j < eg.ny; ++j)
        for (int i = 0; i < eg.nx; ++i) {
          const double c = t[static_cast<std::size_t>(j * eg.nx + i)];
          add_cell(eg, i, j, m.layer == "residual" ? render::monitor_residual_colour(c, top)
                                                   : render::monitor_heat_colour(c, top / 1000.0, top, 150));
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
  // The experiment's sources: the hidden one placed (or being placed), the unexplained one found.
  {
    char label[96];
    ImVec2 s;
    if (m.hidden && project(m.hidden->x_m, m.hidden->y_m, &s)) {
      std::snprintf(label, sizeof label, "%.0f", m.hidden->t_per_yr);
      m.drawn.sources.push_back({true, s, 0.0f, strings_.format("mon.map.hidden", {{"t", label}})});
    }
    if (m.exp_result && m.exp_result->unexplained.found && experiment_layer_name(m.layer)) {
      const mon::UnexplainedSource& u = m.exp_result->unexplained;
      const double half = 1.5 * m.exp_result->setup.grid.cell_m;  // the 3 × 3-cell window it was summed over
      ImVec2 c, edge;
      if (project(u.x_m, u.y_m, &c) && project(u.x_m + half, u.y_m, &edge)) {
        char sd[32], conf[16];
        std::snprintf(label, sizeof label, "%.0f", u.t_per_yr);
        std::snprintf(sd, sizeof sd, "%.0f", u.uncertainty_t_per_yr);
        std::snprintf(conf, sizeof conf, "%.0f", 100.0 * u.confidence);
        m.drawn.sources.push_back({false, c, std::hypot(edge.x - c.x, edge.y - c.y),
                                   strings_.format("mon.map.source", {{"t", label}, {"sd", sd}, {"conf", conf}})});
      }
    }
  }
  if (m.stations_on && m.campaigns.error.empty()) {  // the campaigns under the station markers
    for (const std::vector<twin::Vec2>& route : m.campaigns.transects) {
      std::vector<ImVec2> part;  // a vertex behind the camera ends the drawn part
      for (const twin::Vec2& v : route) {
        ImVec2 s;
        if (project(v.x_m, v.y_m, &s)) {
          part.push_back(s);
          continue;
        }
        if (part.size() >= 2) m.drawn.campaigns.transects.push_back(part);
        part.clear();
      }
      if (part.size() >= 2) m.drawn.campaigns.transects.push_back(std::move(part));
    }
    const double ax = 0.5 * m.campaigns.footprint_across_m, ay = 0.5 * m.campaigns.footprint_along_m;
    for (const twin::Vec2& f : m.campaigns.overpass_footprints) {  // the track runs due north: across = x
      render::MonitorQuad q{{}, IM_COL32(120, 60, 170, 170)};
      const double cx[4] = {-ax, ax, ax, -ax}, cy[4] = {-ay, -ay, ay, ay};
      bool ok = true;
      for (int k = 0; k < 4 && ok; ++k) ok = project(f.x_m + cx[k], f.y_m + cy[k], &q.corner[k]);
      if (ok) m.drawn.campaigns.footprints.push_back(q);
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

// The experiment for the JS API (web/monitor.js): its state and, once done, the keys of `carbontwin monitor
// invert --json` (sectors, residual_map, unexplained_source, key_emitters, reconciliation, dofs, observations_*)
// plus what only the page knows: the truth, the hidden source, the run's cost in frames and ms.
std::string App::monitor_experiment_json() {
  MonitorState& m = monitor_state();
  const render::MonitorExperimentView e = monitor_experiment_view();
  const auto hidden = [](const std::optional<mon::HiddenSource>& h) {
    return h ? nlohmann::ordered_json{{"x_m", h->x_m}, {"y_m", h->y_m}, {"t_per_yr", h->t_per_yr}, {"height_m", h->height_m}}
             : nlohmann::ordered_json(nullptr);
  };
  nlohmann::ordered_json j{{"state", e.state},     {"progress", e.progress},         {"error", e.error},
                           {"placing", m.placing}, {"hidden", hidden(m.hidden)},     {"frames", m.exp_frames},
                           {"steps", m.exp_steps},   {"compute_ms", m.exp_ms},     {"max_step_ms", m.exp_max_step_ms},
                           {"max_frame_ms", m.exp_max_frame_ms},
                           {"stage_ms", {{"simulate", m.exp_stage_ms[0]}, {"background", m.exp_stage_ms[1]},
                                         {"invert", m.exp_stage_ms[2]}, {"reconcile", m.exp_stage_ms[3]}}},
                           {"stage_max_step_ms", {{"simulate", m.exp_stage_max_ms[0]}, {"background", m.exp_stage_max_ms[1]},
                                                  {"invert", m.exp_stage_max_ms[2]}, {"reconcile", m.exp_stage_max_ms[3]}}}};
  int sources_drawn = 0;
  for (const render::MonitorSourceMark& d : m.drawn.sources) sources_drawn += d.hidden ? 0 : 1;
  j["unexplained_drawn"] = sources_drawn;
  if (!m.exp_result) return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const render::ExperimentResult& r = *m.exp_result;
  const mon::GridGeometry& g = r.setup.grid;
  j["run_hidden"] = hidden(m.exp_hidden);
  j["cell_m"] = g.cell_m;
  j["days"] = e.days;
  j["grid"] = {{"x0_m", g.x0_m}, {"y0_m", g.y0_m}, {"cell_m", g.cell_m}, {"nx", g.nx}, {"ny", g.ny}};
  j["truth_total_t"] = r.truth_total_t;
  j["prior_total_t"] = r.prior_total_t;
  j["observations_used"] = r.obs.size();
  j["observations_read"] = r.station_obs.size();
  j["lowcost_sensors"] = r.lowcost_sensors;
  j["dofs"] = r.inv.dofs;
  nlohmann::ordered_json sectors = nlohmann::ordered_json::array(), table = nlohmann::ordered_json::array();
  for (std::size_t k = 0; k < r.table.size() && k < r.inv.sectors.size(); ++k) {
    const mon::SectorEstimate& s = r.inv.sectors[k];
    sectors.push_back({{"sector", r.table[k].sector}, {"prior_t", s.prior_t}, {"prior_sd_t", s.prior_sd_t},
                       {"posterior_t", s.posterior_t}, {"posterior_sd_t", s.posterior_sd_t}});
    table.push_back({{"sector", r.table[k].sector}, {"bottom_up_t", r.table[k].bottom_up_t},
                     {"top_down_t", r.table[k].top_down_t}, {"sd_t", r.table[k].sd_t}, {"z", r.table[k].z}});
  }
  j["sectors"] = sectors;
  nlohmann::ordered_json residual = nlohmann::ordered_json::array();
  for (const mon::ResidualCell& c : r.residual)
    residual.push_back({{"x_m", c.x_m}, {"y_m", c.y_m}, {"t_per_yr", c.t_per_yr}, {"sd", c.sd_t_per_yr}});
  j["residual_map"] = residual;
  const mon::UnexplainedSource& u = r.unexplained;
  j["unexplained_source"] = u.found ? nlohmann::ordered_json{{"x_m", u.x_m}, {"y_m", u.y_m}, {"t_per_yr", u.t_per_yr},
                                                             {"uncertainty_t_per_yr", u.uncertainty_t_per_yr},
                                                             {"confidence", u.confidence}, {"cells", u.cells.size()}}
                                    : nlohmann::ordered_json(nullptr);
  nlohmann::ordered_json plants = nlohmann::ordered_json::array();
  for (const mon::KeyEmitterCheck& p : r.key_emitters)
    plants.push_back({{"name", p.name}, {"x_m", p.x_m}, {"y_m", p.y_m}, {"reported_t", p.reported_t},
                      {"posterior_t", p.posterior_t}, {"posterior_sd_t", p.posterior_sd_t},
                      {"outside_grid", p.outside_grid}, {"flagged", p.flagged}});
  j["key_emitters"] = plants;
  j["reconciliation"] = table;
  j["layer_max_t"] = e.layer_max_t;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void App::apply_monitor_actions(const render::MonitorActions& a) {
  nlohmann::json j = nlohmann::json::object();
  if (a.set_cell_m) j["cell_m"] = *a.set_cell_m;
  if (a.set_layer) j["layer"] = *a.set_layer;
  if (a.set_stations) j["stations"] = *a.set_stations;
  if (a.set_hour) j["hour"] = *a.set_hour;
  if (a.set_playing) j["playing"] = *a.set_playing;
  if (a.set_placing) j["placing"] = *a.set_placing;
  if (a.clear_hidden) j["hidden"] = nullptr;
  if (a.run_experiment) j["run"] = true;
  if (!j.empty()) set_monitor_json(j.dump());
  if (a.set_open) set_monitor_panel(*a.set_open);
  if (a.set_placing && *a.set_placing && monitor_state().ui.open) {  // the panel makes way for the tap on the map
    set_monitor_panel(false);
    monitor_state().reopen_after_place = true;
  }
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
  bool stations = m.stations_on, playing = m.playing, placing = m.placing, run = false;
  int hour = m.hour;
  std::optional<mon::HiddenSource> hidden = m.hidden;
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
        return "$.layer: must be \"off\", \"total\", \"plume\", \"prior\", \"posterior\", \"residual\" or a sector "
               "(residential … energy_supply)";
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
    } else if (k == "placing") {
      if (!v.is_boolean()) return "$.placing: must be true or false";
      placing = v.get<bool>();
    } else if (k == "hidden") {
      if (v.is_null()) {
        hidden.reset();
        continue;
      }
      if (!v.is_object()) return "$.hidden: must be {x_m, y_m, t_per_yr[, height_m]} or null";
      mon::HiddenSource h;
      h.t_per_yr = kTapHiddenTPerYr;
      for (auto f = v.begin(); f != v.end(); ++f) {
        const std::string path = "$.hidden." + f.key();
        if (!f.value().is_number()) return path + ": must be a number";
        const double x = f.value().get<double>();
        if (f.key() == "x_m" || f.key() == "y_m") {
          if (!std::isfinite(x) || std::fabs(x) > 1e6) return path + ": must be within ±1,000,000 m";
          (f.key() == "x_m" ? h.x_m : h.y_m) = x;
        } else if (f.key() == "t_per_yr") {
          if (!(x >= 0.0 && x < 1e9)) return path + ": must be in [0, 1e9) t/yr";
          h.t_per_yr = x;
        } else if (f.key() == "height_m") {
          if (!(x >= 0.0 && x < 1000.0)) return path + ": must be in [0, 1000) m";
          h.height_m = x;
        } else {
          return path + ": unknown key (x_m, y_m, t_per_yr, height_m)";
        }
      }
      if (!v.contains("x_m") || !v.contains("y_m")) return "$.hidden: x_m and y_m are required";
      hidden = h;
    } else if (k == "run") {
      if (!v.is_boolean()) return "$.run: must be true or false";
      run = v.get<bool>();
      if (run && m.exp_job) return "$.run: the experiment is running (poll monitor().experiment.progress)";
    } else {
      return "$." + k + ": unknown key (cell_m, layer, stations, hour, playing, placing, hidden, run)";
    }
  }
  m.active = true;
  m.cell_m = cell;
  m.layer = layer;
  m.stations_on = stations;
  m.hour = hour;
  m.playing = playing;
  // A source placed while the panel made way for the tap (web/monitor.js sends the tap's place): it comes back.
  if (m.placing && !placing && j.contains("hidden") && hidden && m.reopen_after_place) set_monitor_panel(true);
  if (!placing) m.reopen_after_place = false;
  m.placing = placing;
  m.hidden = hidden;
  if (run) m.exp_requested = true;
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
  // The campaigns drawn with the stations: each transect's route length (a sample every 100 m from its
  // start, as `monitor simulate --transects`) and the overpass's soundings on the grid.
  nlohmann::ordered_json routes = nlohmann::ordered_json::array();
  for (const std::vector<twin::Vec2>& route : m.campaigns.transects) {
    double length_m = 0.0;
    for (std::size_t k = 1; k < route.size(); ++k)
      length_m += std::hypot(route[k].x_m - route[k - 1].x_m, route[k].y_m - route[k - 1].y_m);
    routes.push_back({{"vertices", route.size()}, {"length_m", length_m}});
  }
  const nlohmann::ordered_json campaigns{{"error", m.campaigns.error},
                                         {"transects", routes},
                                         {"overpass_footprints", m.campaigns.overpass_footprints.size()},
                                         {"transects_drawn", m.drawn.campaigns.transects.size()},
                                         {"footprints_drawn", m.drawn.campaigns.footprints.size()}};
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
  const nlohmann::ordered_json experiment = nlohmann::ordered_json::parse(monitor_experiment_json(), nullptr, false);
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
                                {"campaigns", campaigns},
                                {"met", {{"u", v.u10_m_s}, {"from_deg", v.from_deg}, {"stability", std::string(1, v.stability)}}},
                                {"plume", plume},
                                {"cells_drawn", m.drawn.cells.size()},
                                {"puffs_drawn", m.drawn.puffs.size()},
                                {"wind_drawn", m.drawn.wind},
                                {"legend", {{"min_t", v.legend_min_t}, {"max_t", v.legend_max_t}}},
                                {"experiment", experiment},
                                {"rects", rects}}
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace app
