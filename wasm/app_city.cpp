// Replacing the city the page shows: a city file (written by `carbontwin import`, or by the page's own
// import worker) takes the place of the default city, and everything derived from the old one — picks,
// the pathway, the hourly energy, the transport runs, the GPU meshes — starts again on the new one.
// The page restarts its workers on the new city's bytes when the first frame of it is drawn
// (Module.ctFirstFrame, web/carbontwin_api.js).
#include <emscripten.h>

#include <cstdio>

#include <nlohmann/json.hpp>

#include "twin/city/city_file.hpp"
#include "twin/city/default_city.hpp"
#include "twin/city/lonlat_fit.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/climate/climate_choice.hpp"
#include "wasm/app.hpp"

namespace app {

std::string App::open_city_file(const std::string& bytes) {
  if (stage_ != Stage::Running) return "the page is still loading a city";
  twin::CityFileRead r = twin::read_city_file(bytes);
  if (!r.ok) return r.errors.empty() ? "not a readable city file" : r.errors.front();
  if (r.city.buildings.size() == 0 && r.city.roads.link_count() == 0) return "the city file holds no buildings and no roads";
  replace_city(std::make_unique<twin::City>(std::move(r.city)), std::move(r.report_json));
  return "";
}

std::string App::open_default_city() {
  if (stage_ != Stage::Running) return "the page is still loading a city";
  replace_city(std::make_unique<twin::City>(twin::generate_city(twin::default_city_def())), "");
  return "";
}

void App::replace_city(std::unique_ptr<twin::City> city, std::string report_json) {
  city_report_json_ = std::move(report_json);

  // Everything that belonged to the old city.
  selected_ = hovered_ = -1;
  hover_request_.reset();
  draft_ = render::LineDraft{};
  energy_.clear();
  energy_view_ = render::EnergyView{};
  building_segment_.clear();
  eui_year_.clear();
  emissions_year_.clear();
  if (render::is_energy_mode(color_mode_)) color_mode_ = render::ColorMode::ByUse;
  transport_policy_ = {};
  transport_base_.reset();
  transport_current_.reset();
  transport_requested_ = transport_finished_ = 0;  // ids keep growing: stale results are ignored
  transport_run_policy_.clear();
  transport_activity_.clear();
  transport_pending_.clear();
  transport_effect_scope1_t_.clear();
  transport_effect_scope2_t_.clear();
  transport_progress_ = 0;
  transport_stage_.clear();
  transport_failed_ = false;
  life_roofs_.clear();  // the kiosk's PV glints take the new city's roofs

  picker_.reset();
  city_ = std::move(city);
  stats_ = twin::compute_city_stats(*city_);
  init_pathway();
  init_inclusion();
  init_sinks();
  // Back through the loading stages (meshes, upload, font): the JS API answers "not ready" meanwhile,
  // and the first frame of the new city tells the page to restart its workers.
  frames_ = 0;
  stage_ = Stage::Mesh;
  invalidate();
}

void App::set_example_cities(const std::string& json) {
  examples_.clear();
  const nlohmann::json list = nlohmann::json::parse(json, nullptr, false);
  if (!list.is_array()) return;
  for (const auto& e : list)
    if (e.is_object() && e.contains("file") && e["file"].is_string())
      examples_.push_back({e.value("id", std::string()), e.value("name", std::string()), e.value("name_en", std::string()),
                           e["file"].get<std::string>()});
  font_dirty_ = true;
  invalidate();
}

std::string App::city_info_json() const {
  if (!city_) return "";
  const twin::CityLocation& loc = city_->location;
  // The weather rule of the energy worker (wasm/worker/energy_worker.cpp), without the hours.
  const twin::climate::WeatherPlan weather =
      twin::climate::plan_weather(loc, city_->weather ? &*city_->weather : nullptr);
  nlohmann::ordered_json j;
  j["name"] = city_->name;
  j["synthetic"] = city_->synthetic;
  j["imported"] = !city_->synthetic;
  j["seed"] = city_->seed;
  j["georeferenced"] = loc.georeferenced;
  if (loc.georeferenced) {
    j["origin_lon_deg"] = loc.origin_lon_deg;
    j["origin_lat_deg"] = loc.origin_lat_deg;
    j["source_crs"] = loc.source_crs;
    j["source_crs_label"] = loc.source_crs_label;
    j["lonlat_fit_max_error_m"] = loc.lonlat_fit.max_error_m;
  }
  // typical_year: the built-in city whose climate zone the buildings take (nearest the station when the
  // weather is an EPW's); its typical year is the weather only when weather.source is "typical_year".
  j["typical_year"] = twin::climate::to_string(weather.climate.city);
  j["typical_year_distance_km"] = weather.climate.distance_km;
  nlohmann::ordered_json w;
  w["source"] = weather.from_station ? "epw" : "typical_year";
  w["label"] = weather.label;
  w["climate_zone"] = twin::climate::to_string(weather.zone);
  if (city_->weather) {
    const twin::climate::StationWeather& s = *city_->weather;
    w["file"] = s.file_name;
    w["station"] = s.year.location.name;
    w["country"] = s.year.location.country;
    w["wmo"] = s.wmo;
    w["lat_deg"] = s.year.location.latitude_deg;
    w["lon_deg"] = s.year.location.longitude_deg;
    w["hours"] = s.year.hours();
    w["distance_km"] = weather.station_distance_km >= 0 ? nlohmann::ordered_json(weather.station_distance_km)
                                                        : nlohmann::ordered_json(nullptr);
  }
  w["warnings"] = weather.warnings;
  j["weather"] = w;
  j["buildings"] = city_->buildings.size();
  j["road_links"] = city_->roads.link_count();
  j["zones"] = city_->zones.size();
  const nlohmann::json report = nlohmann::json::parse(city_report_json_, nullptr, false);
  j["import_report"] = report.is_discarded() ? nlohmann::json(nullptr) : report;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool App::lonlat_at_screen(double x_css, double y_css, double* lon_deg, double* lat_deg) const {
  twin::Vec2 p;
  return city_ && screen_to_world(x_css, y_css, &p) &&
         twin::local_to_lonlat(city_->location, p.x_m, p.y_m, lon_deg, lat_deg);
}

}  // namespace app
