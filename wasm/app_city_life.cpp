// The kiosk's visible life (render/kiosk/city_life.hpp) drawn over the 3D city on ImGui's background
// list: cars along the roads by the transport model's flows, smoke from the plants' chimneys as thick as
// the industry's emissions of the year shown, PV glints on the share of roofs the rooftop-PV lever gives
// in that year. Only in kiosk mode, which redraws every frame.
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>

#include "render/kiosk/city_life.hpp"
#include "twin/pathway/lever.hpp"
#include "wasm/app.hpp"

namespace app {
namespace {

constexpr std::size_t kMaxCars = 700;
constexpr std::size_t kMaxGlints = 240;

}  // namespace

void App::draw_city_life(ImDrawList* dl) {
  if (!city_) return;
  const double t_s = emscripten_performance_now() / 1000.0;
  const float font = ImGui::GetFontSize();
  const auto on_screen = [&](const glm::dvec3& p, ImVec2* s) {
    double x = 0, y = 0;
    if (!camera_.world_to_screen(p, css_width_, css_height_, &x, &y)) return false;
    if (x < 0 || y < 0 || x > css_width_ || y > css_height_ || rects_.contains(float(x), float(y))) return false;
    *s = ImVec2(static_cast<float>(x), static_cast<float>(y));
    return true;
  };
  ImVec2 s;
  // Cars: warm headlight dots.
  if (transport_current_) {
    render::traffic_particles(city_->roads, transport_current_->result.road_link_flow_pcu_h, t_s, kMaxCars, &life_cars_);
    for (const glm::dvec3& c : life_cars_)
      if (on_screen(c, &s)) dl->AddCircleFilled(s, 0.13f * font, IM_COL32(255, 236, 170, 230), 6);
  }
  // PV glints: a four-pointed star on the roofs carrying PV in the year shown.
  if (life_roofs_.empty()) {
    const twin::Buildings& b = city_->buildings;
    life_roofs_.reserve(b.size());
    for (std::uint32_t i = 0; i < b.size(); ++i) {
      // The roof's centre: the mean of the footprint's vertices (close enough for a glint).
      glm::dvec3 c(0.0, 0.0, b.height_m[i]);
      const std::uint32_t begin = b.footprint_begin[i], end = b.footprint_begin[i + 1];
      for (std::uint32_t v = begin; v < end; ++v) {
        c.x += b.footprint_xy[v].x_m;
        c.y += b.footprint_xy[v].y_m;
      }
      if (end > begin) c /= glm::dvec3(end - begin, end - begin, 1.0);
      life_roofs_.push_back(c);
    }
  }
  const auto pv = twin::pathway::LeverId::RooftopPvCoveragePct;
  const double pv_share = twin::pathway::lever_value(twin::pathway::lever_def(pv), scenario_.lever(pv), year_) /
                          twin::pathway::lever_def(pv).max_value;
  render::pv_glints(static_cast<std::uint32_t>(life_roofs_.size()), pv_share, t_s, kMaxGlints, &life_glints_);
  for (const render::Glint& g : life_glints_) {
    if (!on_screen(life_roofs_[g.roof], &s)) continue;
    const ImU32 c = IM_COL32(255, 255, 255, static_cast<int>(255.0f * g.brightness));
    const float r = 0.45f * font * g.brightness;
    dl->AddLine(ImVec2(s.x - r, s.y), ImVec2(s.x + r, s.y), c, 1.5f);
    dl->AddLine(ImVec2(s.x, s.y - r), ImVec2(s.x, s.y + r), c, 1.5f);
  }
  // Smoke: industry's emissions of the year against the base year.
  double intensity = 0.0;
  const int k = year_ - twin::pathway::kFirstYear;
  if (k >= 0 && k < static_cast<int>(pathway_.years.size())) {
    using twin::emissions::Sector;
    const auto industry = [](const twin::pathway::PathwayYear& y) {
      return y.emissions.sector_t(Sector::Industry) + y.emissions.sector_t(Sector::IndustrialProcesses);
    };
    const double base = industry(pathway_.years.front());
    if (base > 0) intensity = industry(pathway_.years[static_cast<std::size_t>(k)]) / base;
  }
  for (const render::PlantMarker& m : plant_markers()) {
    const float stack = render::plant_marker_radius(m.net_t, font);
    for (const render::Puff& p : render::chimney_puffs(t_s + 0.37 * m.rank, intensity)) {
      if (p.alpha <= 0.01) continue;
      const ImVec2 c(m.screen.x + 0.4f * font * static_cast<float>(p.rise),
                     m.screen.y - stack - 3.5f * font * static_cast<float>(p.rise));
      dl->AddCircleFilled(c, 0.35f * font * static_cast<float>(p.radius_scale),
                          IM_COL32(150, 150, 150, static_cast<int>(170.0 * p.alpha)), 12);
    }
  }
}

}  // namespace app
