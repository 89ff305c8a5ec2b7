// The App's side of the JS API: queries and commands on plain values, JSON for anything structured
// (the JS glue parses it). Nothing here throws: bad ids, names or numbers return false / "" / -1
// and log why.
#include <emscripten/heap.h>
#include <malloc.h>

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "twin/city/city_stats_json.hpp"
#include "wasm/app.hpp"

namespace app {
namespace {

// dump() would throw on invalid UTF-8 (e.g. an imported name); replace bad bytes instead.
std::string to_text(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string App::city_stats_json() const {
  if (!city_) return "";
  return twin::city_stats_json(stats_, *city_);
}

std::string App::building_json(std::int32_t id) const {
  if (!city_ || id < 0 || static_cast<std::uint32_t>(id) >= city_->buildings.size()) return "";
  const twin::Buildings& b = city_->buildings;
  const auto i = static_cast<std::uint32_t>(id);
  nlohmann::json j;
  j["id"] = id;
  j["use"] = twin::to_string(b.use[i]);
  j["residential_type"] = twin::to_string(b.residential_type[i]);
  j["floors"] = b.floors[i];
  j["height_m"] = b.height_m[i];
  j["footprint_area_m2"] = twin::building_footprint_area_m2(b, i);
  j["floor_area_m2"] = twin::building_floor_area_m2(b, i);
  j["construction_year"] = b.construction_year[i];
  j["heating_system"] = twin::to_string(b.heating_system[i]);
  j["heating_fuel"] = twin::to_string(b.heating_fuel[i]);
  j["zone"] = b.zone[i];
  // Imported cities: which values were inferred rather than read, and the source's feature id.
  nlohmann::json inferred = nlohmann::json::array();
  const std::string names = twin::inferred_flag_names(twin::building_inferred(b, i));
  for (std::size_t at = 0; at < names.size();) {
    const std::size_t bar = names.find('|', at);
    inferred.push_back(names.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
    at = bar == std::string::npos ? names.size() : bar + 1;
  }
  j["inferred"] = inferred;
  j["source_id"] = i < b.source_id.size() ? nlohmann::json(b.source_id[i]) : nlohmann::json(nullptr);
  return to_text(j);
}

bool App::select_building(std::int32_t id) {
  if (!city_ || id < -1 || (id >= 0 && static_cast<std::uint32_t>(id) >= city_->buildings.size())) {
    std::fprintf(stderr, "CarbonTwin: no building %d to select\n", id);
    return false;
  }
  if (selected_ != id) invalidate();
  selected_ = id;
  return true;
}

std::int32_t App::building_at(double x_css, double y_css) const {
  if (!picker_ || !std::isfinite(x_css) || !std::isfinite(y_css)) return -1;
  if (x_css < 0 || y_css < 0 || x_css >= css_width_ || y_css >= css_height_) return -1;
  return picker_->pick(camera_.screen_ray(x_css, y_css, css_width_, css_height_));
}

// A point (whole CSS pixels) a click would pick this building at: the roof centre if the picker confirms it and no
// panel covers it, else the first such point towards the roof's corners. A building that is off
// screen, hidden behind others or under a panel has no such point (false), so tests that click the
// answer always hit the building they asked for.
bool App::building_screen_position(std::int32_t id, double* x_css, double* y_css) const {
  if (!city_ || id < 0 || static_cast<std::uint32_t>(id) >= city_->buildings.size()) return false;
  const twin::Buildings& b = city_->buildings;
  const auto i = static_cast<std::uint32_t>(id);
  const std::uint32_t begin = b.footprint_begin[i], end = b.footprint_begin[i + 1];
  if (end <= begin) return false;
  glm::dvec3 centre(0.0, 0.0, b.height_m[i]);
  for (std::uint32_t k = begin; k < end; ++k) {
    centre.x += b.footprint_xy[k].x_m / (end - begin);
    centre.y += b.footprint_xy[k].y_m / (end - begin);
  }
  const auto clickable = [&](const glm::dvec3& p) {
    double fx = 0, fy = 0;
    if (!camera_.world_to_screen(p, css_width_, css_height_, &fx, &fy)) return false;
    // Whole CSS pixels: mouse events report integer coordinates, and a small far-away building
    // may cover only a pixel or two, so try the four pixel corners around the projected point.
    for (double dy : {0.0, 1.0}) {
      for (double dx : {0.0, 1.0}) {
        const double x = std::floor(fx) + dx, y = std::floor(fy) + dy;
        if (x < 0 || y < 0 || x >= css_width_ || y >= css_height_ || over_panel(x, y)) continue;
        if (building_at(x, y) != id) continue;
        *x_css = x;
        *y_css = y;
        return true;
      }
    }
    return false;
  };
  if (clickable(centre)) return true;
  for (double f : {0.4, 0.7, 0.9}) {
    for (std::uint32_t k = begin; k < end; ++k) {
      const glm::dvec3 p(centre.x + f * (b.footprint_xy[k].x_m - centre.x),
                         centre.y + f * (b.footprint_xy[k].y_m - centre.y), centre.z);
      if (clickable(p)) return true;
    }
  }
  return false;
}

bool App::set_color_mode(const std::string& name) {
  render::ColorMode mode;
  if (!render::color_mode_from_string(name, &mode)) {
    std::fprintf(stderr, "CarbonTwin: unknown colour mode '%s' (use 'use', 'height', 'eui', 'emissions' or 'pv')\n",
                 name.c_str());
    return false;
  }
  if (render::is_energy_mode(mode) && !energy_ready()) {
    std::fprintf(stderr, "CarbonTwin: colour mode '%s' needs the hourly energy results (CarbonTwin.energyReady)\n",
                 name.c_str());
    return false;
  }
  if (mode != color_mode_ && city_) renderer_.set_building_colours(building_colours_for(mode));
  color_mode_ = mode;
  invalidate();
  return true;
}

bool App::set_language(const std::string& language) {
  if (!strings_.set_language(language)) {
    std::fprintf(stderr, "CarbonTwin: unknown language '%s' (use 'zh-CN' or 'en')\n", language.c_str());
    return false;
  }
  invalidate();
  return true;
}

std::string App::frame_stats_json() const {
  const std::size_t n = std::min<std::uint64_t>(interval_count_, frame_intervals_ms_.size());
  double sum = 0;
  for (std::size_t k = 0; k < n; ++k) sum += frame_intervals_ms_[k];
  nlohmann::json j;
  j["frames"] = frames_;
  j["first_frame_ms"] = first_frame_ms_ >= 0 ? nlohmann::json(first_frame_ms_) : nlohmann::json(nullptr);
  j["pathway_eval_ms"] = pathway_eval_ms_;
  j["mean_frame_ms"] = n > 0 ? nlohmann::json(sum / n) : nlohmann::json(nullptr);
  j["building_count"] = city_ ? city_->buildings.size() : 0u;
  j["triangle_count"] = renderer_.triangle_count();
  j["energy_run_ms"] = energy_ready() ? nlohmann::json(energy_view_.run_ms) : nlohmann::json(nullptr);
  j["transport_run_ms"] = transport_current_ ? nlohmann::json(transport_current_->result.run_ms) : nlohmann::json(nullptr);
  // Memory: the wasm heap (grows, never shrinks) and what malloc has in use (flat over hours of an
  // unattended kiosk, bench/kiosk_bench.mjs).
  j["wasm_heap_bytes"] = emscripten_get_heap_size();
  j["wasm_in_use_bytes"] = mallinfo().uordblks;
  return to_text(j);
}

std::string App::camera_json() const {
  nlohmann::json j;
  j["distance_m"] = camera_.distance_m;
  j["yaw_rad"] = camera_.yaw_rad;
  j["pitch_rad"] = camera_.pitch_rad;
  j["target_x_m"] = camera_.target.x;
  j["target_y_m"] = camera_.target.y;
  return to_text(j);
}

bool App::set_camera(double distance_m, double yaw_rad, double pitch_rad, double target_x_m,
                     double target_y_m) {
  for (double v : {distance_m, yaw_rad, pitch_rad, target_x_m, target_y_m}) {
    if (!std::isfinite(v)) {
      std::fprintf(stderr, "CarbonTwin: setCamera needs finite numbers\n");
      return false;
    }
  }
  camera_.distance_m = distance_m;
  camera_.yaw_rad = std::remainder(yaw_rad, 2.0 * 3.14159265358979323846);
  camera_.pitch_rad = pitch_rad;
  camera_.target = glm::dvec3(target_x_m, target_y_m, 0.0);
  camera_.clamp();
  invalidate();
  return true;
}

}  // namespace app
