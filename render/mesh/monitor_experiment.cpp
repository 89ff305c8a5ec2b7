// The page's observing-system experiment (monitor_experiment.hpp): the steps of cli/monitor_osse.cpp's
// simulate and invert paths, through twin/monitor's functions, one station, inversion slice or stage per call.
#include "render/mesh/monitor_experiment.hpp"

#include <algorithm>
#include <cmath>

#include "twin/industry/industry_model.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/observations.hpp"
#include "twin/monitor/sensor_noise.hpp"

namespace render {

namespace mon = twin::monitor;

namespace {

int wrap_hour(int h) { return ((h % mon::kProfileHours) + mon::kProfileHours) % mon::kProfileHours; }

mon::ObsKind obs_kind(mon::StationKind k) {
  switch (k) {
    case mon::StationKind::Tower: return mon::ObsKind::Tower;
    case mon::StationKind::Rooftop: return mon::ObsKind::Rooftop;
    case mon::StationKind::Lowcost: return mon::ObsKind::Lowcost;
    default: return mon::ObsKind::Mobile;
  }
}

// One station's afternoon hours (as `monitor simulate`: every station every hour) and their readings. The
// readings are simulated station by station (one frame each): the noise of reading k of a station is the
// draw (noise_seed, station id + 1, k), so the realisation differs from the CLI's (which numbers the rows of
// the whole file) but is as reproducible.
void simulate_station(ExperimentJob* job) {
  ExperimentResult& r = job->result;
  const std::size_t k = job->next_station;
  const mon::Station& st = job->inputs.city->stations[k];
  mon::SimulatedSensor sensor;
  sensor.model = st.kind == mon::StationKind::Lowcost ? mon::lowcost_sensor() : mon::high_precision_sensor();
  sensor.sensor_id = k + 1;
  std::vector<mon::MonitorObservation> obs;
  for (int d = 0; d < job->spec.days; ++d)
    for (int h = kExperimentFirstLocalHour; h <= kExperimentLastLocalHour; ++h) {
      mon::MonitorObservation m;
      m.receptor = {st.x_m, st.y_m, st.height_m, wrap_hour((kExperimentFirstDayOfYear + d) * 24 + h)};
      m.day = d + (h - kExperimentFirstLocalHour) / 24.0;
      obs.push_back(m);
    }
  std::vector<mon::HiddenSource> hidden;
  if (job->spec.hidden) hidden.push_back(*job->spec.hidden);
  const std::vector<mon::SimulatedSensor> sensors(obs.size(), sensor);
  if (const std::string e = mon::simulate_observations(r.setup, hidden, sensors, job->spec.noise_seed, &obs); !e.empty()) {
    r.error = "simulate: station '" + st.id + "': " + e;
    return;
  }
  for (const mon::MonitorObservation& o : obs) {
    r.station_obs.push_back(o);
    r.station_of_obs.push_back(static_cast<int>(k));
  }
  ++job->next_station;
}

// The background of each hour from the most upwind tower and the enhancements over it (as `monitor invert`).
void background(ExperimentJob* job) {
  ExperimentResult& r = job->result;
  const ExperimentInputs& in = job->inputs;
  const int offset = static_cast<int>(std::lround(in.utc_offset_h));
  std::vector<mon::Observation> raw;
  raw.reserve(r.station_obs.size());
  for (std::size_t k = 0; k < r.station_obs.size(); ++k) {
    const mon::MonitorObservation& o = r.station_obs[k];
    const mon::Station& st = in.city->stations[static_cast<std::size_t>(r.station_of_obs[k])];
    mon::Observation w;
    w.time_utc = mon::time_utc_of_hour(in.year, wrap_hour(o.receptor.hour - offset));
    w.placed = true;
    w.x_m = st.x_m;
    w.y_m = st.y_m;
    w.height_m = st.height_m;
    w.co2_ppm = kExperimentBackgroundPpm + o.enhancement_ppm;
    w.uncertainty_ppm = o.sigma_ppm;
    w.kind = obs_kind(st.kind);
    raw.push_back(std::move(w));
  }
  std::vector<double> u(mon::kProfileHours), v(mon::kProfileHours);
  for (int h = 0; h < mon::kProfileHours; ++h) {
    const mon::HourMet& m = (*in.met)[static_cast<std::size_t>(wrap_hour(h + offset))];
    double s = 0.0, c = 0.0;
    mon::det_sincos_deg(m.wind_from_deg, &s, &c);
    u[static_cast<std::size_t>(h)] = -m.u10_m_s * s;
    v[static_cast<std::size_t>(h)] = -m.u10_m_s * c;
  }
  const std::vector<double> bg = mon::upwind_background_ppm(raw, in.centre, u, v);
  const std::vector<mon::Enhancement> enh = mon::subtract_background(raw, bg);
  if (enh.empty()) {
    r.error = "no observation has a background (no tower observes the same hours)";
    return;
  }
  int first_utc = mon::kProfileHours;
  for (const mon::Observation& o : raw) {
    int year = 0, h = 0;
    if (mon::parse_time_utc(o.time_utc, &year, &h).empty()) first_utc = std::min(first_utc, h);
  }
  std::vector<int> lowcost_id(in.city->stations.size(), -1);
  for (const mon::Enhancement& e : enh) {
    const mon::Observation& o = raw[e.index];
    int year = 0, h = 0;
    mon::parse_time_utc(o.time_utc, &year, &h);
    mon::MonitorObservation m;
    m.receptor = {o.x_m, o.y_m, o.height_m, wrap_hour(h + offset)};
    m.enhancement_ppm = e.enhancement_ppm;
    m.sigma_ppm = e.uncertainty_ppm;
    m.day = (h - first_utc) / 24.0;
    if (o.kind == mon::ObsKind::Lowcost) {
      int& id = lowcost_id[static_cast<std::size_t>(r.station_of_obs[e.index])];
      if (id < 0) id = r.lowcost_sensors++;
      m.lowcost_sensor = id;
    }
    r.obs.push_back(m);
  }
  r.setup.lowcost_sensors = r.lowcost_sensors;
}

}  // namespace

double ExperimentJob::progress() const {
  // Weights of the stages' native cost at the page's size (bench/monitor_experiment_bench_main.cpp):
  // simulate ~30 %, the inversion ~65 % (by its job's own progress), background and reconcile the rest.
  const std::size_t n = inputs.city ? inputs.city->stations.size() : 0;
  switch (stage) {
    case ExperimentStage::Simulate: return n ? 0.3 * static_cast<double>(next_station) / static_cast<double>(n) : 0.0;
    case ExperimentStage::Background: return 0.3;
    case ExperimentStage::Invert: return 0.31 + 0.64 * (inversion ? mon::inversion_progress(*inversion) : 0.0);
    case ExperimentStage::Reconcile: return 0.96;
    case ExperimentStage::Done: return 1.0;
  }
  return 0.0;
}

std::vector<mon::ReportedEmitter> reported_plants(const twin::pathway::Baseline& baseline) {
  std::vector<mon::ReportedEmitter> out;
  for (const auto& p : baseline.plants) {
    if (!p.has_xy) continue;
    const twin::industry::PlantYear py = twin::industry::evaluate_plant(p, {}, {}, {});
    out.push_back({p.name, p.x_m, p.y_m, py.account.combustion_t + py.account.process_t});
  }
  return out;
}

ExperimentJob start_experiment(ExperimentInputs inputs, const ExperimentSpec& spec) {
  ExperimentJob job;
  job.spec = spec;
  job.inputs = std::move(inputs);
  ExperimentResult& r = job.result;
  const ExperimentInputs& in = job.inputs;
  if (!in.city || !in.city->error.empty() || in.city->grid.cell_t.empty()) {
    r.error = "no emission grid";
    return job;
  }
  if (!in.met || in.met->size() != static_cast<std::size_t>(mon::kProfileHours)) {
    r.error = "the weather has no usable 8760 hours";
    return job;
  }
  if (!in.profiles) {
    r.error = "no hourly profiles";
    return job;
  }
  if (in.city->stations.empty()) {
    r.error = "no stations";
    return job;
  }
  if (spec.days < 1 || spec.days > 14) {
    r.error = "days " + std::to_string(spec.days) + " is outside 1–14";
    return job;
  }
  if (!std::isfinite(in.utc_offset_h) || std::fabs(in.utc_offset_h) > 14.0) {
    r.error = "utc_offset_h must be a number within ±14";
    return job;
  }
  if (spec.hidden) {
    const mon::HiddenSource& h = *spec.hidden;
    if (!std::isfinite(h.x_m) || !std::isfinite(h.y_m) || std::fabs(h.x_m) > 1e6 || std::fabs(h.y_m) > 1e6) {
      r.error = "hidden source: x_m, y_m must be finite and within ±1000 km";
      return job;
    }
    if (!(h.t_per_yr >= 0.0 && h.t_per_yr < 1e9)) {
      r.error = "hidden source: t_per_yr must be in [0, 1e9)";
      return job;
    }
    if (!(h.height_m >= 0.0 && h.height_m <= 1000.0)) {
      r.error = "hidden source: height_m must be in [0, 1000]";
      return job;
    }
  }
  const mon::EmissionGrid& grid = in.city->grid;
  mon::MonitorSetup& s = r.setup;
  s.grid = grid.geometry;
  s.prior_cell_t = grid.cell_t;
  s.release_height_m = grid.release_height_m;
  s.met = *in.met;
  for (int k = 0; k < mon::kGridSectorCount; ++k) {  // flat profiles stay empty (as the CLI's setup)
    const std::vector<double>& p = (*in.profiles)[static_cast<std::size_t>(k)];
    bool flat = true;
    for (double v : p) flat = flat && v == 1.0;
    if (!flat) s.profiles[static_cast<std::size_t>(k)] = p;
  }
  for (const mon::SectorValues& c : grid.cell_t)
    for (double v : c) r.prior_total_t += v;
  r.truth_total_t = r.prior_total_t + (spec.hidden ? spec.hidden->t_per_yr : 0.0);
  return job;
}

void advance_experiment(ExperimentJob* job) {
  if (job->done()) return;
  ExperimentResult& r = job->result;
  switch (job->stage) {
    case ExperimentStage::Simulate:
      simulate_station(job);
      if (r.error.empty() && job->next_station < job->inputs.city->stations.size()) return;  // more stations
      break;
    case ExperimentStage::Background: background(job); break;
    case ExperimentStage::Invert: {
      if (!job->inversion) {  // the first step: validate and copy the inputs, then the first slice
        job->inversion = mon::start_inversion(r.setup, r.obs);
      }
      mon::InversionJob& inv = *job->inversion;
      const std::size_t rows = inv.phase == mon::InversionPhase::GroupM ? kExperimentInvertColumns : kExperimentInvertRows;
      if (!mon::advance_inversion(&inv, rows)) return;  // more slices
      r.inv = mon::finish_inversion(&inv);
      job->inversion.reset();
      if (!r.inv.error.empty()) r.error = "inversion: " + r.inv.error;
      break;
    }
    case ExperimentStage::Reconcile:
      r.residual = mon::residual_map(r.setup, r.inv);
      r.unexplained = mon::find_unexplained_source(r.setup, r.inv);
      r.key_emitters = mon::check_key_emitters(r.setup, r.inv, job->inputs.plants);
      r.table = mon::reconciliation_table(r.inv);
      break;
    case ExperimentStage::Done: break;
  }
  if (r.error.empty()) job->stage = static_cast<ExperimentStage>(static_cast<int>(job->stage) + 1);
}

std::vector<double> experiment_layer(const ExperimentResult& r, ExperimentLayer layer) {
  const mon::StateLayout& l = r.inv.layout;
  if (!r.error.empty() || r.inv.x_hat.size() == 0 || l.n_cells == 0) return {};
  std::vector<double> out(l.n_cells, 0.0);
  for (std::size_t c = 0; c < l.n_cells; ++c) {
    double prior = 0.0, post = 0.0;
    for (std::size_t b = 0; b < l.sectors.size(); ++b) {
      const Eigen::Index k = static_cast<Eigen::Index>(b * l.n_cells + c);
      prior += r.inv.x_a(k);
      post += r.inv.x_hat(k);
    }
    post += r.inv.x_hat(static_cast<Eigen::Index>(l.unexplained + c));
    out[c] = layer == ExperimentLayer::Prior ? prior : layer == ExperimentLayer::Posterior ? post : post - prior;
  }
  return out;
}

ExperimentResult run_experiment(ExperimentInputs inputs, const ExperimentSpec& spec) {
  ExperimentJob job = start_experiment(std::move(inputs), spec);
  while (!job.done()) advance_experiment(&job);
  return std::move(job.result);
}

}  // namespace render
