// The default city's monitoring inversion (twin/monitor/osse.hpp invert_monitoring, what `carbontwin monitor
// invert` runs), with the station network alone and with one mobile transect a day, timed natively and in wasm.
// The issue-11 follow-up's target: the transect case under ~15 s and ~400 MB natively for the whole command.
//   ct_bench_monitor_osse [RUNS]
// A faithful reduced version of `monitor simulate` + `monitor invert` (built once, not timed): the same grid
// (render::build_monitor_city, 500 m), hourly met, default network without its towers (21 sensors, 16 of them
// low-cost with bias elements), 14 afternoons (local hours 12–17 from 1 June) and the CLI's transect rule
// (campaign.hpp); enhancements straight from simulate_observations (no towers, no background subtraction).
// Residential and commercial get a synthetic daily curve (a cosine peaking at 07:00; the CLI's comes from the
// hourly building simulation), so that the state has the CLI's three profile groups. One JSON line per case:
// {case, observations, state, runs, median_ms, min_ms, max_ms, total_t, total_sd_t, dofs}.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "bench/median_timer.hpp"
#include "render/mesh/monitor_field.hpp"
#include "twin/city/default_city.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/monitor/campaign.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/osse.hpp"
#include "twin/monitor/stations.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/transport/transport_model.hpp"

namespace mon = twin::monitor;

namespace {

constexpr int kDays = 14, kFirstDay = 151, kFirstHour = 12, kLastHour = 17;  // as cli/monitor_osse.cpp

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 3;
  if (runs < 1) {
    std::fprintf(stderr, "usage: ct_bench_monitor_osse [RUNS >= 1]\n");
    return 2;
  }
  const twin::City city = twin::generate_city(twin::default_city_def());
  twin::pathway::Baseline baseline = twin::pathway::baseline_from_city(city);
  const twin::pathway::Scenario scenario = twin::pathway::default_scenario();
  if (const std::string e = twin::pathway::fill_transport_baseline(city, scenario, &baseline.transport); !e.empty()) {
    std::fprintf(stderr, "transport: %s\n", e.c_str());
    return 1;
  }
  const twin::transport::TransportResult run = twin::transport::run_transport_model(city);
  const twin::pathway::PathwayResult pathway = twin::pathway::evaluate_pathway(baseline, scenario);
  const render::MonitorCity mc = render::build_monitor_city({&city, &baseline, &pathway.years.front(), &run.road_link_flow_pcu_h, 500.0});
  if (!mc.error.empty()) {
    std::fprintf(stderr, "grid: %s\n", mc.error.c_str());
    return 1;
  }
  mon::MonitorSetup setup;
  setup.grid = mc.grid.geometry;
  setup.prior_cell_t = mc.grid.cell_t;
  setup.release_height_m = mc.grid.release_height_m;
  setup.met = mon::hourly_met(twin::climate::weather_for_city(city).year);
  std::vector<double> buildings(mon::kProfileHours);
  for (int h = 0; h < mon::kProfileHours; ++h) buildings[static_cast<std::size_t>(h)] = 1.0 + 0.5 * std::cos(2.0 * 3.141592653589793 * ((h % 24) - 7) / 24.0);
  mon::SectorProfiles profiles;
  if (const std::string e = mon::sector_profiles(buildings, &profiles); !e.empty()) {
    std::fprintf(stderr, "profiles: %s\n", e.c_str());
    return 1;
  }
  for (int k = 0; k < mon::kGridSectorCount; ++k) {  // flat ones stay empty, as the CLI leaves them
    bool flat = true;
    for (double v : profiles[static_cast<std::size_t>(k)]) flat = flat && v == 1.0;
    if (!flat) setup.profiles[static_cast<std::size_t>(k)] = profiles[static_cast<std::size_t>(k)];
  }

  std::vector<mon::MonitorObservation> stations;
  std::vector<mon::SimulatedSensor> station_sensors;
  for (std::size_t k = 0; k < mc.stations.size(); ++k) {
    const mon::Station& st = mc.stations[k];
    if (st.kind == mon::StationKind::Tower) continue;  // the CLI's background sites, not inverted
    const int lowcost = st.kind == mon::StationKind::Lowcost ? setup.lowcost_sensors++ : -1;
    const mon::SimulatedSensor sensor{lowcost >= 0 ? mon::lowcost_sensor() : mon::high_precision_sensor(), k + 1};
    for (int d = 0; d < kDays; ++d)
      for (int h = kFirstHour; h <= kLastHour; ++h) {
        mon::MonitorObservation o;
        o.receptor = {st.x_m, st.y_m, st.height_m, (kFirstDay + d) * 24 + h};
        o.lowcost_sensor = lowcost;
        o.day = d + (h - kFirstHour) / 24.0;
        stations.push_back(o);
        station_sensors.push_back(sensor);
      }
  }
  // One transect a day (crossing 0, west→east through the city's centre, from 12:00), as `--transects 1`.
  std::vector<mon::MonitorObservation> transects;
  std::vector<mon::SimulatedSensor> transect_sensors;
  {
    const mon::GridGeometry& g = setup.grid;
    const twin::Vec2 lo{g.x0_m, g.y0_m}, hi{g.x0_m + g.nx * g.cell_m, g.y0_m + g.ny * g.cell_m};
    twin::Vec2 clo, chi, from, to;
    mon::city_extent(city, &clo, &chi);
    mon::crossing_line(lo, hi, {0.5 * (clo.x_m + chi.x_m), 0.5 * (clo.y_m + chi.y_m)}, 0, &from, &to);
    std::vector<std::uint32_t> route;
    if (const std::string e = mon::transect_route(city.roads, from, to, &route); !e.empty()) {
      std::fprintf(stderr, "transect: %s\n", e.c_str());
      return 1;
    }
    const mon::MobileSpec spec = mon::mobile_spec();
    for (int d = 0; d < kDays; ++d) {
      std::vector<mon::CampaignSample> samples;
      if (const std::string e = mon::plan_transect(city.roads, route, spec, (kFirstDay + d) * 24 + kFirstHour, d, &samples); !e.empty()) {
        std::fprintf(stderr, "transect: %s\n", e.c_str());
        return 1;
      }
      for (const mon::CampaignSample& smp : samples) {
        mon::MonitorObservation o;
        o.receptor = smp.receptor;
        o.day = d + (smp.receptor.hour % 24 - kFirstHour) / 24.0;
        transects.push_back(o);
        transect_sensors.push_back({spec.sensor, mc.stations.size() + 1 + static_cast<std::size_t>(d)});
      }
    }
  }
  for (const bool with_transects : {false, true}) {
    std::vector<mon::MonitorObservation> obs = stations;
    std::vector<mon::SimulatedSensor> sensors = station_sensors;
    if (with_transects) {
      obs.insert(obs.end(), transects.begin(), transects.end());
      sensors.insert(sensors.end(), transect_sensors.begin(), transect_sensors.end());
    }
    if (const std::string e = mon::simulate_observations(setup, {}, sensors, 7, &obs); !e.empty()) {
      std::fprintf(stderr, "simulate: %s\n", e.c_str());
      return 1;
    }
    mon::MonitorInversion inv;
    const bench::Timing t = bench::time_median(runs, [&] { inv = mon::invert_monitoring(setup, obs); });
    if (!inv.error.empty()) {
      std::fprintf(stderr, "invert: %s\n", inv.error.c_str());
      return 1;
    }
    std::printf("{\"case\":\"%s\",\"observations\":%zu,\"state\":%zu,\"runs\":%d,\"median_ms\":%.1f,\"min_ms\":%.1f,"
                "\"max_ms\":%.1f,\"total_t\":%.1f,\"total_sd_t\":%.1f,\"dofs\":%.3f}\n",
                with_transects ? "default_city_stations_transects" : "default_city_stations", obs.size(),
                inv.layout.size, t.runs, t.median_ms, t.min_ms, t.max_ms, inv.sectors.back().posterior_t,
                inv.sectors.back().posterior_sd_t, inv.dofs);
    std::fflush(stdout);
  }
  return 0;
}
