// load_monitor_city() (monitor_city.hpp). The base year and its grid as `monitor grid` builds them
// (monitor_base_year.hpp).
#include "cli/monitor_city.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/monitor_base_year.hpp"
#include "twin/city/lonlat_fit.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/met.hpp"

namespace cli {

namespace tm = twin::monitor;

void add_monitor_city_options(CLI::App* g, MonitorCityOptions* o) {
  CLI::Option* seed = add_seed_option(g, &o->seed, &o->seed_given, "Use the synthetic city of seed N (default: the default city)");
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
  MonitorBaseYear base;
  if (!build_monitor_base_year(out->loaded, true, true, cmd, &base)) return false;
  out->base_year = base.pathway.years.front().year;
  tm::CityGrid cg;
  if (!grid_monitor_base_year(out->loaded, base, 500.0, cmd, &cg)) return false;
  const tm::EmissionGrid& grid = cg.grid;
  const twin::Vec2 lo = cg.extent_min, hi = cg.extent_max;
  {  // the centre of the city's own extent (buildings and roads), as before the sources widened it
    twin::Vec2 clo, chi;
    tm::city_extent(city, &clo, &chi);
    out->centre = twin::Vec2{0.5 * (clo.x_m + chi.x_m), 0.5 * (clo.y_m + chi.y_m)};
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
  if (const std::string e = tm::sector_profiles(base.buildings_hourly_kwh, &profiles); !e.empty()) {
    std::cerr << pre << "hourly profile: " << e << "\n";
    return false;
  }
  for (int k = 0; k < tm::kGridSectorCount; ++k) {
    bool flat = true;
    for (double v : profiles[static_cast<std::size_t>(k)]) flat = flat && v == 1.0;
    if (!flat) s.profiles[static_cast<std::size_t>(k)] = profiles[static_cast<std::size_t>(k)];
  }
  for (const auto& p : base.baseline.plants) {
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
