// load_monitor_city() (monitor_city.hpp). The base year as `monitor grid` builds it (monitor_grid.cpp; kept
// in step by hand: that file is another part's).
#include "cli/monitor_city.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include "twin/buildings/city_energy.hpp"
#include "twin/city/lonlat_fit.hpp"
#include "twin/emissions/carrier.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/emission_sources.hpp"
#include "twin/monitor/met.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/transport/transport_model.hpp"

namespace cli {

namespace tm = twin::monitor;

void add_monitor_city_options(CLI::App* g, MonitorCityOptions* o) {
  CLI::Option* seed = g->add_option("--seed", o->seed, "Use the synthetic city of seed N (default: the default city)")
                          ->type_name("N")
                          ->check(CLI::Validator(
                              [](std::string& text) -> std::string {
                                const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
                                if (!digits || text.find_first_not_of('0') == std::string::npos || text.size() > 20)
                                  return "must be a positive integer (1 to 18446744073709551615), got '" + text + "'";
                                return {};
                              },
                              "POSITIVE INTEGER"))
                          ->each([o](const std::string&) { o->seed_given = true; });
  add_city_file_option(g, &o->city_path, seed);
  add_epw_option(g, &o->epw_path);
  g->add_option("--stations", o->stations_path,
                "Stations CSV (id,x_m,y_m,height_m,kind); default: the default network over the city's extent")
      ->type_name("FILE");
}

bool load_monitor_city(const MonitorCityOptions& o, const char* cmd, MonitorCity* out) {
  const std::string pre = std::string("carbontwin ") + cmd + ": ";
  if (!load_city(o.city_path, o.seed_given, o.seed, cmd, &out->loaded, o.epw_path)) return false;
  const twin::City& city = out->loaded.city;
  const twin::climate::WeatherYear& weather = out->loaded.weather.year;
  const twin::pathway::Scenario scenario = twin::pathway::default_scenario();

  twin::buildings::CityEnergyDef def = twin::buildings::default_city_energy_def();
  def.zone = out->loaded.weather.plan.zone;
  def.hourly = true;
  twin::buildings::CityEnergyResult energy = twin::buildings::simulate_city_energy(city, weather, def);
  const auto hourly = std::move(energy.hourly_carrier_kwh);
  energy.hourly_carrier_kwh.clear();
  energy.hourly_pv_kwh.clear();
  twin::pathway::Baseline baseline = twin::pathway::baseline_from_simulation(city, energy);
  std::vector<double> buildings_hourly;
  for (const auto& hour : hourly) {
    double kwh = 0.0;
    for (int c = 0; c < twin::emissions::kCarrierCount; ++c)
      if (twin::emissions::scope_of(static_cast<twin::emissions::Carrier>(c)) == twin::emissions::Scope::Scope1) kwh += hour[c];
    buildings_hourly.push_back(kwh);
  }
  if (const std::string e = twin::pathway::fill_transport_baseline(city, scenario, &baseline.transport); !e.empty()) {
    std::cerr << pre << "the transport model failed: " << e << "\n";
    return false;
  }
  std::vector<double> flows;
  const twin::transport::TransportResult run = twin::transport::run_transport_model(city);
  if (run.error.empty()) flows = run.road_link_flow_pcu_h;
  const twin::pathway::PathwayResult result = twin::pathway::evaluate_pathway(baseline, scenario);
  const twin::pathway::PathwayYear& year = result.years.front();
  out->base_year = year.year;

  twin::Vec2 lo, hi;
  if (!tm::city_extent(city, &lo, &hi)) {
    std::cerr << pre << "the city has no buildings and no roads\n";
    return false;
  }
  out->centre = twin::Vec2{0.5 * (lo.x_m + hi.x_m), 0.5 * (lo.y_m + hi.y_m)};
  twin::Vec2 supply = out->centre;
  double n = 0.0, sx = 0.0, sy = 0.0;
  for (const auto& p : baseline.plants)
    if (p.has_xy) {
      sx += p.x_m;
      sy += p.y_m;
      n += 1.0;
    }
  if (n > 0.0) supply = twin::Vec2{sx / n, sy / n};
  const tm::CitySources cs = tm::city_emission_sources({&city, &baseline, &year, flows.empty() ? nullptr : &flows, supply});
  if (!cs.error.empty()) {
    std::cerr << pre << cs.error << "\n";
    return false;
  }
  twin::Vec2 slo, shi;
  if (tm::sources_extent(cs.sources, &slo, &shi)) {
    lo = twin::Vec2{std::min(lo.x_m, slo.x_m), std::min(lo.y_m, slo.y_m)};
    hi = twin::Vec2{std::max(hi.x_m, shi.x_m), std::max(hi.y_m, shi.y_m)};
  }
  const tm::EmissionGrid grid = tm::build_emission_grid(cs.sources, tm::grid_over_extent(lo, hi, 500.0));
  if (!grid.error.empty()) {
    std::cerr << pre << grid.error << "\n";
    return false;
  }
  tm::MonitorSetup& s = out->setup;
  s.grid = grid.geometry;
  s.prior_cell_t = grid.cell_t;
  s.release_height_m = grid.release_height_m;
  s.met = tm::hourly_met(weather);
  if (s.met.size() != static_cast<std::size_t>(tm::kProfileHours)) {
    std::cerr << pre << "the weather year has no usable 8760 hours: " << tm::validate_met_weather(weather) << "\n";
    return false;
  }
  tm::SectorProfiles profiles;
  if (const std::string e = tm::sector_profiles(buildings_hourly, &profiles); !e.empty()) {
    std::cerr << pre << "hourly profile: " << e << "\n";
    return false;
  }
  for (int k = 0; k < tm::kGridSectorCount; ++k) {
    bool flat = true;
    for (double v : profiles[static_cast<std::size_t>(k)]) flat = flat && v == 1.0;
    if (!flat) s.profiles[static_cast<std::size_t>(k)] = profiles[static_cast<std::size_t>(k)];
  }
  for (const auto& p : baseline.plants) {
    if (!p.has_xy) continue;
    const twin::industry::PlantYear py = twin::industry::evaluate_plant(p, {}, {}, {});
    out->plants.push_back({p.name, p.x_m, p.y_m, py.account.combustion_t + py.account.process_t});
  }

  // Where the frame sits.
  out->location = city.location;
  out->utc_offset_h = weather.location.time_zone_h;
  if (!out->location.georeferenced || out->location.lonlat_fit.scale_m == 0.0) {
    const double lat0 = weather.location.latitude_deg, lon0 = weather.location.longitude_deg;
    constexpr double kDegPerRad = 57.29577951308232;
    double s_lat = 0.0, c_lat = 0.0;
    tm::det_sincos_deg(lat0, &s_lat, &c_lat);
    std::vector<twin::LonLatSample> samples;
    const double half = 0.5 * std::max(hi.x_m - lo.x_m, hi.y_m - lo.y_m) + 5000.0;
    for (int j = -3; j <= 3; ++j)
      for (int i = -3; i <= 3; ++i) {
        const double x = out->centre.x_m + half * i / 3.0, y = out->centre.y_m + half * j / 3.0;
        samples.push_back({x, y, lon0 + x / (kEarthRadiusM * c_lat) * kDegPerRad, lat0 + y / kEarthRadiusM * kDegPerRad});
      }
    twin::CityLocation nominal;
    nominal.georeferenced = true;
    nominal.origin_lon_deg = lon0;
    nominal.origin_lat_deg = lat0;
    if (!twin::fit_lonlat(samples, half, &nominal.lonlat_fit)) {
      std::cerr << pre << "cannot place the city's frame at its weather station (" << lat0 << ", " << lon0 << ")\n";
      return false;
    }
    out->location = nominal;
    out->nominal_location = true;
  }

  if (o.stations_path.empty()) {
    out->stations = tm::default_network(lo, hi);
  } else {
    std::ifstream in(o.stations_path, std::ios::binary);
    if (!in) {
      std::cerr << pre << "cannot read --stations '" << o.stations_path << "'\n";
      return false;
    }
    std::stringstream text;
    text << in.rdbuf();
    const tm::StationCsv csv = tm::read_stations_csv(text.str());
    if (!csv.errors.empty()) {
      for (const tm::StationError& e : csv.errors) std::cerr << pre << o.stations_path << ": " << tm::to_string(e) << "\n";
      return false;
    }
    out->stations = csv.stations;
  }
  return true;
}

}  // namespace cli
