// `carbontwin monitor simulate` and `monitor invert` (monitor_command.hpp): synthetic observations of the
// city's own emissions (optionally with a hidden source) in the CSV, and the Bayesian inversion of
// such a file (real or synthetic) into posterior sector totals, a residual map, the most likely unexplained
// source, the key emitters' check, network design and the reconciliation table (JSON). docs/monitoring.md.
//  * Hours: `--days D` (default 14) days from 1 June, local hours 12–17 (the afternoon, when the boundary layer
//    is well mixed and a plume model is least wrong — the usual choice of tower inversions; CarbonTwin
//    assumption, no page cited), every station every hour; times written in UTC (local − the weather's zone).
//  * Background: 420 ppm constant in the simulation (CarbonTwin assumption: the order of the 2024–2025
//    global mean); the inversion takes it from the most upwind tower each hour (observations.hpp).
//  * Sensors: tower/rooftop/mobile high precision, lowcost low-cost (sensors.csv: noise, and drift since
//    the first day); uncertainty_ppm = the sensor's noise.
//  * Campaigns (twin/monitor/campaign.hpp), only when asked: `--transects K` mobile crossings a day along the
//    roads (crossing j starts at 12 + j local, west→east for even j, south→north for odd j, through the
//    city's centre across the grid); `--overpasses N` OCO-like swaths at 13:36 local on days 0, 16, 32, …
//    (the revisit), ground track due north through the city's centre; rows of kind mobile / satellite.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/monitor_city.hpp"
#include "cli/monitor_command.hpp"
#include "twin/city/lonlat_fit.hpp"
#include "twin/monitor/campaign.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/met.hpp"
#include "twin/monitor/observations.hpp"
#include "twin/monitor/sensor_noise.hpp"

namespace cli {

namespace {

namespace tm = twin::monitor;

constexpr int kFirstDayOfYear = 151;  // 1 June (non-leap counting)
constexpr int kFirstLocalHour = 12, kLastLocalHour = 17;
constexpr double kSimBackgroundPpm = 420.0;

int wrap_hour(int h) { return ((h % tm::kProfileHours) + tm::kProfileHours) % tm::kProfileHours; }

bool write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out.flush());
}

bool read_text(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

tm::ObsKind obs_kind(tm::StationKind k) {
  switch (k) {
    case tm::StationKind::Tower: return tm::ObsKind::Tower;
    case tm::StationKind::Rooftop: return tm::ObsKind::Rooftop;
    case tm::StationKind::Lowcost: return tm::ObsKind::Lowcost;
    default: return tm::ObsKind::Mobile;
  }
}

// "YYYY-MM-DDTHH:00:00Z" with the minutes and seconds of `seconds_into_hour` filled in.
std::string with_minutes(std::string t, double seconds_into_hour) {
  const int sec = static_cast<int>(std::floor(seconds_into_hour + 1e-6));  // 0.6 h · 3600 = 2159.99…
  if (t.size() != 20 || sec <= 0 || sec >= 3600) return t;
  char b[8];
  std::snprintf(b, sizeof b, "%02d:%02d", sec / 60, sec % 60);
  t.replace(14, 5, b);
  return t;
}

// A row of the simulated CSV besides its value: where, what, when within its hour.
struct RowPlace {
  double x_m = 0.0, y_m = 0.0, height_m = 0.0;
  tm::ObsKind kind = tm::ObsKind::Tower;
  double seconds_into_hour = 0.0;
  std::string what;  // for an error message
};

struct CampaignCounts {
  std::size_t mobile = 0, satellite = 0;
  int transects = 0, off_grid = 0;
  double spacing_m = 0.0;
};

// Appends the mobile transects and satellite overpasses that the options ask for (campaign.hpp). false
// after printing the reason.
bool add_campaigns(const MonitorSimulateOptions& o, const MonitorCity& mc, std::vector<tm::MonitorObservation>* obs,
                   std::vector<tm::SimulatedSensor>* sensors, std::vector<RowPlace>* place, std::vector<int>* utc_hour,
                   CampaignCounts* counts) {
  const char* pre = "carbontwin monitor simulate: ";
  const int offset_h = static_cast<int>(std::lround(mc.utc_offset_h));
  const tm::GridGeometry& g = mc.setup.grid;
  const twin::Vec2 lo{g.x0_m, g.y0_m}, hi{g.x0_m + g.nx * g.cell_m, g.y0_m + g.ny * g.cell_m};
  std::uint64_t next_sensor = mc.stations.size() + 1;
  auto push = [&](const tm::CampaignSample& smp, int day, const tm::SimulatedSensor& sensor, double height_m) {
    tm::MonitorObservation m;
    m.receptor = smp.receptor;
    m.receptor.hour = wrap_hour(smp.receptor.hour);
    const int local_h = smp.receptor.hour % 24;
    m.day = day + (local_h - kFirstLocalHour) / 24.0;
    obs->push_back(m);
    sensors->push_back(sensor);
    place->push_back({smp.receptor.x_m, smp.receptor.y_m, height_m, smp.kind, smp.seconds_into_hour,
                      std::string(tm::to_string(smp.kind)) + " sample"});
    utc_hour->push_back(wrap_hour(m.receptor.hour - offset_h));
  };
  if (o.transects_per_day > 0) {
    tm::MobileSpec spec = tm::mobile_spec();
    if (o.transect_spacing_m > 0.0) spec.spacing_m = o.transect_spacing_m;
    counts->spacing_m = spec.spacing_m;
    std::vector<std::uint32_t> routes[2];
    for (int k = 0; k < 2 && k < o.transects_per_day; ++k) {
      twin::Vec2 from, to;
      tm::crossing_line(lo, hi, mc.centre, k, &from, &to);
      if (const std::string e = tm::transect_route(mc.loaded.city.roads, from, to, &routes[k]); !e.empty()) {
        std::cerr << pre << "--transects: " << (k ? "south-north" : "west-east") << " crossing: " << e << "\n";
        return false;
      }
    }
    for (int d = 0; d < o.days; ++d)
      for (int j = 0; j < o.transects_per_day; ++j) {
        const int start = (kFirstDayOfYear + d) * 24 + kFirstLocalHour + j;
        std::vector<tm::CampaignSample> samples;
        const int run = d * o.transects_per_day + j;
        if (const std::string e = tm::plan_transect(mc.loaded.city.roads, routes[j % 2], spec, start, run, &samples); !e.empty()) {
          std::cerr << pre << "--transects: " << e << "\n";
          return false;
        }
        if (samples.back().receptor.hour % 24 > kLastLocalHour) {
          std::cerr << pre << "--transects: crossing " << j << " starts at " << kFirstLocalHour + j
                    << ":00 local and ends after " << kLastLocalHour << ":59, outside the simulated hours; use fewer "
                    << "transects a day\n";
          return false;
        }
        const tm::SimulatedSensor sensor{spec.sensor, next_sensor++};
        for (const tm::CampaignSample& smp : samples) push(smp, d, sensor, spec.inlet_height_m);
        counts->mobile += samples.size();
        ++counts->transects;
      }
  }
  if (o.overpasses > 0) {
    const tm::OverpassSpec spec = tm::overpass_spec();
    const int last_day = (o.overpasses - 1) * spec.revisit_days;
    if (last_day >= o.days) {
      std::cerr << pre << "--overpasses " << o.overpasses << ": the last one falls on day " << last_day + 1
                << " (one every " << spec.revisit_days << " days); needs --days " << last_day + 1 << " or more\n";
      return false;
    }
    const int hour_of_day = static_cast<int>(std::floor(spec.local_hour));
    const double seconds = (spec.local_hour - hour_of_day) * 3600.0;
    for (int k = 0; k < o.overpasses; ++k) {
      const int day = k * spec.revisit_days;
      std::vector<tm::CampaignSample> samples;
      int off = 0;
      if (const std::string e = tm::plan_overpass(g, mc.centre, spec, (kFirstDayOfYear + day) * 24 + hour_of_day, k,
                                                  &samples, &off);
          !e.empty()) {
        std::cerr << pre << "--overpasses: " << e << "\n";
        return false;
      }
      const tm::SimulatedSensor sensor{{spec.satellite.noise_ppm, 0.0}, 1000000u + static_cast<std::uint64_t>(k)};
      for (tm::CampaignSample& smp : samples) {
        smp.seconds_into_hour = seconds;
        push(smp, day, sensor, 0.0);
      }
      counts->satellite += samples.size();
      counts->off_grid += off;
    }
  }
  return true;
}

std::string num(double v) {
  if (!std::isfinite(v)) return "null";
  char b[40];
  std::snprintf(b, sizeof b, "%.6g", v);
  return b;
}
std::string fixed(double v, int digits) {
  char b[48];
  std::snprintf(b, sizeof b, "%.*f", digits, v);
  return b;
}

}  // namespace

void add_monitor_osse_commands(CLI::App* monitor, MonitorCommandOptions* options, CLI::App** simulate, CLI::App** invert) {
  CLI::App* s = monitor->add_subcommand(
      "simulate", "Synthetic CO2 observations of the city's own emissions (optionally a hidden source) as the obs CSV");
  MonitorSimulateOptions* so = &options->simulate;
  add_monitor_city_options(s, &so->city);
  s->add_option("--add-source", so->add_source, "A hidden source the inventory lacks: x_m,y_m,t_per_yr (local frame)")
      ->type_name("X,Y,T");
  s->add_option("--noise-seed", so->noise_seed, "Seed of the sensor noise (default 1)");
  s->add_option("--days", so->days, "Days of afternoon hours 12–17 local from 1 June (default 14, 1–120)")
      ->check(CLI::Range(1, 120));
  s->add_option("--transects", so->transects_per_day,
                "Mobile transects a day along the roads (0–6, default 0): crossing j starts at 12+j local, west→east "
                "(even j) or south→north (odd j) through the city's centre, 8.33 m/s, inlet 3 m, kind mobile")
      ->check(CLI::Range(0, 6))
      ->type_name("PER_DAY");
  s->add_option("--transect-spacing-m", so->transect_spacing_m,
                "Distance between mobile samples along the road, m (default 100, 10–5000)")
      ->check(CLI::Range(10.0, 5000.0));
  s->add_option("--overpasses", so->overpasses,
                "Satellite XCO2 overpasses (OCO-like swath at 13:36 local, one every 16 days from the first day; "
                "needs --days > 16·(N−1)), kind satellite (default 0)")
      ->check(CLI::Range(0, 8))
      ->type_name("N");
  s->add_option("--obs", so->obs_path, "Write the observations (time_utc,lon,lat,height_m,co2_ppm,uncertainty_ppm,kind)")
      ->required()
      ->type_name("OUT.csv");
  *simulate = s;
  CLI::App* v = monitor->add_subcommand(
      "invert", "Bayesian inversion of observations: posterior sectors, residual map, unexplained source, network design");
  MonitorInvertOptions* vo = &options->invert;
  v->add_option("--obs", vo->obs_path, "Observations CSV (time_utc,lon,lat,height_m,co2_ppm,uncertainty_ppm,kind)")
      ->required()
      ->type_name("FILE");
  add_monitor_city_options(v, &vo->city);
  v->add_option("--json", vo->json_path, "Write the result as JSON")->required()->type_name("OUT");
  *invert = v;
}

int run_monitor_simulate(const MonitorSimulateOptions& o) {
  const char* cmd = "monitor simulate";
  std::vector<tm::HiddenSource> hidden;
  if (!o.add_source.empty()) {
    tm::HiddenSource h;
    char tail = 0;
    if (std::sscanf(o.add_source.c_str(), "%lf,%lf,%lf%c", &h.x_m, &h.y_m, &h.t_per_yr, &tail) != 3 ||
        !std::isfinite(h.x_m) || !std::isfinite(h.y_m) || !(h.t_per_yr >= 0.0 && h.t_per_yr < 1e9)) {
      std::cerr << "carbontwin monitor simulate: --add-source '" << o.add_source
                << "' must be x_m,y_m,t_per_yr (three numbers, t_per_yr in [0, 1e9))\n";
      return 2;
    }
    hidden.push_back(h);
  }
  MonitorCity mc;
  if (!load_monitor_city(o.city, cmd, &mc)) return 1;
  std::vector<tm::MonitorObservation> obs;
  std::vector<tm::SimulatedSensor> sensors;
  std::vector<RowPlace> place;
  std::vector<int> utc_hour;
  const int offset_h = static_cast<int>(std::lround(mc.utc_offset_h));
  for (std::size_t k = 0; k < mc.stations.size(); ++k) {
    const tm::Station& st = mc.stations[k];
    tm::SimulatedSensor sensor;
    sensor.model = st.kind == tm::StationKind::Lowcost ? tm::lowcost_sensor() : tm::high_precision_sensor();
    sensor.sensor_id = k + 1;
    for (int d = 0; d < o.days; ++d)
      for (int h = kFirstLocalHour; h <= kLastLocalHour; ++h) {
        const int local = wrap_hour((kFirstDayOfYear + d) * 24 + h);
        tm::MonitorObservation m;
        m.receptor = {st.x_m, st.y_m, st.height_m, local};
        m.day = d + (h - kFirstLocalHour) / 24.0;
        obs.push_back(m);
        sensors.push_back(sensor);
        place.push_back({st.x_m, st.y_m, st.height_m, obs_kind(st.kind), 0.0, "station '" + st.id + "'"});
        utc_hour.push_back(wrap_hour(local - offset_h));
      }
  }
  CampaignCounts counts;
  if (!add_campaigns(o, mc, &obs, &sensors, &place, &utc_hour, &counts)) return 1;
  if (const std::string e = tm::simulate_observations(mc.setup, hidden, sensors, o.noise_seed, &obs); !e.empty()) {
    std::cerr << "carbontwin monitor simulate: " << e << "\n";
    return 1;
  }
  std::vector<tm::Observation> out;
  for (std::size_t k = 0; k < obs.size(); ++k) {
    const RowPlace& p = place[k];
    tm::Observation w;
    w.time_utc = with_minutes(tm::time_utc_of_hour(mc.base_year, utc_hour[k]), p.seconds_into_hour);
    if (!twin::local_to_lonlat(mc.location, p.x_m, p.y_m, &w.lon, &w.lat)) {
      std::cerr << "carbontwin monitor simulate: " << p.what << " cannot be placed on lon/lat\n";
      return 1;
    }
    w.height_m = p.height_m;
    w.co2_ppm = kSimBackgroundPpm + obs[k].enhancement_ppm;
    w.uncertainty_ppm = obs[k].sigma_ppm;
    w.kind = p.kind;
    out.push_back(w);
  }
  if (!write_text(o.obs_path, tm::write_observations_csv(out))) {
    std::cerr << "carbontwin monitor simulate: cannot write '" << o.obs_path << "'\n";
    return 1;
  }
  std::printf("Simulated %zu observations of %s (%zu stations × %d days × hours %d–%d local), background %g ppm%s\n",
              out.size(), mc.loaded.city.name.c_str(), mc.stations.size(), o.days, kFirstLocalHour, kLastLocalHour,
              kSimBackgroundPpm, mc.nominal_location ? "; nominal lon/lat: frame origin at the weather station" : "");
  if (o.transects_per_day > 0)
    std::printf("mobile: %zu samples on %d transects (%d a day along the roads, every %g m)\n", counts.mobile,
                counts.transects, o.transects_per_day, counts.spacing_m);
  if (o.overpasses > 0)
    std::printf("satellite: %zu soundings on %d overpasses (13:36 local, every %d days; %d footprints off the grid)\n",
                counts.satellite, o.overpasses, tm::overpass_spec().revisit_days, counts.off_grid);
  for (const tm::HiddenSource& h : hidden)
    std::printf("hidden source: (%g, %g) m, %g t/yr\n", h.x_m, h.y_m, h.t_per_yr);
  return 0;
}

int run_monitor_invert(const MonitorInvertOptions& o) {
  const char* cmd = "monitor invert";
  const std::string pre = "carbontwin monitor invert: ";
  std::string text;
  if (!read_text(o.obs_path, &text)) {
    std::cerr << pre << "cannot read --obs '" << o.obs_path << "'\n";
    return 2;
  }
  tm::ObsCsv csv = tm::read_observations_csv(text);
  if (!csv.errors.empty()) {
    for (const tm::ObsError& e : csv.errors) std::cerr << pre << o.obs_path << ": " << tm::to_string(e) << "\n";
    return 2;
  }
  MonitorCity mc;
  if (!load_monitor_city(o.city, cmd, &mc)) return 1;
  std::vector<tm::Observation>& raw = csv.observations;
  if (const int unplaced = tm::place_observations(mc.location, &raw); unplaced > 0) {
    for (std::size_t k = 0; k < raw.size(); ++k)
      if (!raw[k].placed) {
        std::cerr << pre << o.obs_path << ": line " << k + 2 << ", lon/lat: (" << raw[k].lon << ", " << raw[k].lat
                  << ") is too far from the city to place (" << unplaced << " such observations)\n";
        break;
      }
    return 2;
  }
  // The wind's components per UTC hour of the year (the background picks the most upwind tower).
  const int offset = static_cast<int>(std::lround(mc.utc_offset_h));
  std::vector<double> u(tm::kProfileHours), v(tm::kProfileHours);
  for (int h = 0; h < tm::kProfileHours; ++h) {
    const tm::HourMet& m = mc.setup.met[static_cast<std::size_t>(wrap_hour(h + offset))];
    double s = 0.0, c = 0.0;
    tm::det_sincos_deg(m.wind_from_deg, &s, &c);
    u[static_cast<std::size_t>(h)] = -m.u10_m_s * s;
    v[static_cast<std::size_t>(h)] = -m.u10_m_s * c;
  }
  const std::vector<double> background = tm::upwind_background_ppm(raw, mc.centre, u, v);
  const std::vector<tm::Enhancement> enh = tm::subtract_background(raw, background);
  if (enh.empty()) {
    std::cerr << pre << "no observation has a background (a tower observation of the same hour is needed)\n";
    return 2;
  }
  int first_utc = tm::kProfileHours;
  for (const tm::Observation& r : raw) {
    int year = 0, h = 0;
    if (tm::parse_time_utc(r.time_utc, &year, &h).empty()) first_utc = std::min(first_utc, h);
  }
  std::map<std::string, int> lowcost_ids;
  std::vector<tm::MonitorObservation> obs;
  for (const tm::Enhancement& e : enh) {
    const tm::Observation& r = raw[e.index];
    int year = 0, h = 0;
    tm::parse_time_utc(r.time_utc, &year, &h);
    tm::MonitorObservation m;
    m.receptor = {r.x_m, r.y_m, r.kind == tm::ObsKind::Satellite ? -1.0 : r.height_m, wrap_hour(h + offset)};
    m.enhancement_ppm = e.enhancement_ppm;
    m.sigma_ppm = e.uncertainty_ppm;
    m.day = (h - first_utc) / 24.0;
    if (r.kind == tm::ObsKind::Lowcost) {
      char key[96];
      std::snprintf(key, sizeof key, "%.6f,%.6f,%.1f", r.lon, r.lat, r.height_m);  // one sensor per place
      auto it = lowcost_ids.emplace(key, static_cast<int>(lowcost_ids.size())).first;
      m.lowcost_sensor = it->second;
    }
    obs.push_back(m);
  }
  tm::MonitorSetup setup = mc.setup;
  setup.lowcost_sensors = static_cast<int>(lowcost_ids.size());
  const tm::MonitorInversion inv = tm::invert_monitoring(setup, obs);
  if (!inv.error.empty()) {
    std::cerr << pre << inv.error << "\n";
    return 1;
  }
  const std::vector<tm::ResidualCell> residual = tm::residual_map(setup, inv);
  const tm::UnexplainedSource us = tm::find_unexplained_source(setup, inv);
  const std::vector<tm::KeyEmitterCheck> plants = tm::check_key_emitters(setup, inv, mc.plants);
  const int stride = std::max(1, static_cast<int>(std::ceil(std::sqrt(cell_count(setup.grid) / 64.0))));
  const std::vector<tm::SiteGain> sites = tm::design_network(
      setup, inv, obs, tm::cell_centre_candidates(setup.grid, stride), 30.0, tm::high_precision_sensor().noise_ppm, 5);
  const std::vector<tm::ReconcileRow> table = tm::reconciliation_table(inv);

  std::string j = "{\n  \"city\": \"" + mc.loaded.city.name + "\",\n  \"synthetic_city\": " +
                  (mc.loaded.city.synthetic ? "true" : "false") + ",\n  \"nominal_lonlat\": " +
                  (mc.nominal_location ? "true" : "false") + ",\n  \"observations_used\": " + std::to_string(obs.size()) +
                  ",\n  \"observations_read\": " + std::to_string(raw.size()) + ",\n  \"lowcost_sensors\": " +
                  std::to_string(lowcost_ids.size()) + ",\n  \"dofs\": " + num(inv.dofs) + ",\n  \"sectors\": [";
  for (std::size_t k = 0; k < inv.sectors.size(); ++k) {
    const tm::SectorEstimate& e = inv.sectors[k];
    j += std::string(k ? "," : "") + "\n    {\"sector\": \"" + table[k].sector + "\", \"prior_t\": " + fixed(e.prior_t, 1) +
         ", \"prior_sd_t\": " + fixed(e.prior_sd_t, 1) + ", \"posterior_t\": " + fixed(e.posterior_t, 1) +
         ", \"posterior_sd_t\": " + fixed(e.posterior_sd_t, 1) + "}";
  }
  j += "\n  ],\n  \"residual_map\": [";
  for (std::size_t k = 0; k < residual.size(); ++k)
    j += std::string(k ? "," : "") + "\n    {\"x_m\": " + fixed(residual[k].x_m, 1) + ", \"y_m\": " + fixed(residual[k].y_m, 1) +
         ", \"t_per_yr\": " + fixed(residual[k].t_per_yr, 1) + ", \"sd\": " + fixed(residual[k].sd_t_per_yr, 1) + "}";
  j += "\n  ],\n  \"unexplained_source\": ";
  if (us.found)
    j += "{\"x_m\": " + fixed(us.x_m, 1) + ", \"y_m\": " + fixed(us.y_m, 1) + ", \"t_per_yr\": " + fixed(us.t_per_yr, 1) +
         ", \"uncertainty_t_per_yr\": " + fixed(us.uncertainty_t_per_yr, 1) + ", \"confidence\": " + fixed(us.confidence, 4) +
         ", \"cells\": " + std::to_string(us.cells.size()) + "}";
  else
    j += "null";
  j += ",\n  \"key_emitters\": [";
  for (std::size_t k = 0; k < plants.size(); ++k) {
    const tm::KeyEmitterCheck& p = plants[k];
    std::string name;
    for (char c : p.name) name += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
    j += std::string(k ? "," : "") + "\n    {\"name\": \"" + name + "\", \"x_m\": " + fixed(p.x_m, 1) + ", \"y_m\": " +
         fixed(p.y_m, 1) + ", \"reported_t\": " + fixed(p.reported_t, 1) + ", \"posterior_t\": " + fixed(p.posterior_t, 1) +
         ", \"posterior_sd_t\": " + fixed(p.posterior_sd_t, 1) + ", \"outside_grid\": " + (p.outside_grid ? "true" : "false") +
         ", \"flagged\": " + (p.flagged ? "true" : "false") + "}";
  }
  j += "\n  ],\n  \"network_design\": [";
  for (std::size_t k = 0; k < sites.size(); ++k)
    j += std::string(k ? "," : "") + "\n    {\"x_m\": " + fixed(sites[k].x_m, 1) + ", \"y_m\": " + fixed(sites[k].y_m, 1) +
         ", \"total_sd_before_t\": " + fixed(sites[k].total_sd_before_t, 1) + ", \"total_sd_after_t\": " +
         fixed(sites[k].total_sd_after_t, 1) + "}";
  j += "\n  ],\n  \"reconciliation\": [";
  for (std::size_t k = 0; k < table.size(); ++k)
    j += std::string(k ? "," : "") + "\n    {\"sector\": \"" + table[k].sector + "\", \"bottom_up_t\": " +
         fixed(table[k].bottom_up_t, 1) + ", \"top_down_t\": " + fixed(table[k].top_down_t, 1) + ", \"sd_t\": " +
         fixed(table[k].sd_t, 1) + ", \"z\": " + fixed(table[k].z, 3) + "}";
  j += "\n  ]\n}\n";
  if (!write_text(o.json_path, j)) {
    std::cerr << pre << "cannot write '" << o.json_path << "'\n";
    return 1;
  }
  const tm::SectorEstimate& t = inv.sectors.back();
  std::printf("Inverted %zu observations (%zu read): total %.0f ± %.0f t/yr (prior %.0f ± %.0f), DOFS %.1f\n", obs.size(),
              raw.size(), t.posterior_t, t.posterior_sd_t, t.prior_t, t.prior_sd_t, inv.dofs);
  if (us.found)
    std::printf("unexplained source: (%.0f, %.0f) m, %.0f ± %.0f t/yr, confidence %.3f\n", us.x_m, us.y_m, us.t_per_yr,
                us.uncertainty_t_per_yr, us.confidence);
  return 0;
}

}  // namespace cli
