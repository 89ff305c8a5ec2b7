// Kiosk mode (issue 12, "Kiosk mode"): the exhibition layout, the three choices, the idle timer and
// the attract loop. The timing is render/kiosk/kiosk_director.hpp; the screen render/ui/panel_kiosk.hpp.
// The three choices are ordinary scenario changes (two levers' targets and one new metro line), so
// everything the kiosk shows is the same pathway the planner's page and the CLI compute.
#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "render/mesh/framing.hpp"
#include "render/mesh/line_draft.hpp"
#include "wasm/app.hpp"

namespace app {
namespace {

// The choices' settings. Retrofit: 4 %/yr of the pre-2010 stock (the lever's baseline is 0.5 %/yr;
// 14th Five-Year plan pace ×8, an ambitious programme) and new buildings at the near-zero level (GB/T
// 51350-2019). Rooftop PV: half of the roofs (NEA's county pilots ask 20–50 % by building type).
struct LeverPreset {
  const char* key;
  double target;
};
constexpr LeverPreset kRetrofit[] = {{"retrofit_rate_pct_per_yr", 4.0}, {"new_build_standard_level", 2.0}};
constexpr LeverPreset kRooftopPv[] = {{"rooftop_pv_coverage_pct", 50.0}};
constexpr int kMetroChoice = 1;
constexpr int kMetroStops = 6;
constexpr const char* kMetroName = "";  // the default "新线1", whose glyphs the UI font has

std::string one_decimal(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

render::KioskHeadline headline_of(const twin::pathway::Milestones& m) {
  return {m.peaked, m.peak_year, m.peak_t, m.neutrality_year};
}

}  // namespace

std::string App::set_kiosk(bool on, double idle_s, double step_s) {
  const render::KioskTiming timing{idle_s, step_s};
  if (on) {
    const char* problem = render::validate_kiosk_timing(timing);
    if (*problem != '\0') return problem;
    kiosk_director_ = render::KioskDirector(timing);
  }
  if (on != kiosk_) {
    kiosk_ = on;
    ui_scale_ = 0.0f;    // the theme and scale are re-applied at the next frame
    font_dirty_ = true;  // the atlas is rasterised for the kiosk's larger scale
    if (on) kiosk_reset_to_start();
  }
  invalidate();
  return "";
}

void App::user_input() {
  if (!kiosk_) return;
  const render::KioskDirector::Command command = kiosk_director_.input(emscripten_performance_now());
  if (command.reset_to_start) kiosk_reset_to_start();
}

void App::kiosk_reset_to_start() {
  if (!city_) return;
  if (!scenario_.new_lines.empty()) remove_added_lines();
  reset_levers();
  kiosk_choices_ = {};
  camera_ = home_camera_;
  select_building(-1);
  set_energy_panel(false);
  set_scenario_panel(false);
  inclusion_ui_.open = false;
  init_inclusion();  // the next visitor starts from the default choices
  ++inclusion_edits_;
  set_year(2030);
  if (color_mode_ != render::ColorMode::ByUse) set_color_mode("use");
  invalidate();
}

bool App::set_kiosk_choice(int index, bool on) {
  if (!city_ || index < 0 || index >= render::kKioskChoiceCount) return false;
  auto& chosen = kiosk_choices_[static_cast<std::size_t>(index)];
  if (chosen == on) return true;
  bool ok = true;
  if (index == kMetroChoice) {
    if (on) {
      // A line across the district, corner to corner, its stops evenly spaced and inside the city.
      const render::CityBounds b = render::city_bounds(*city_);
      std::vector<twin::Vec2> stops;
      for (int k = 0; k < kMetroStops; ++k) {
        const double f = 0.15 + 0.70 * k / (kMetroStops - 1);
        const twin::Vec2 p{b.min_m.x + f * (b.max_m.x - b.min_m.x), b.min_m.y + (0.2 + 0.6 * f) * (b.max_m.y - b.min_m.y)};
        if (render::inside_city(*city_, p)) stops.push_back(p);
      }
      ok = add_metro_line(stops, kMetroName);
    } else {
      remove_added_lines();
    }
  } else {
    const twin::pathway::Scenario start = twin::pathway::default_scenario();
    const auto presets = index == 0 ? std::span<const LeverPreset>(kRetrofit) : std::span<const LeverPreset>(kRooftopPv);
    for (const LeverPreset& p : presets) {
      const std::optional<twin::pathway::LeverId> id = twin::pathway::find_lever(p.key);
      ok = id && set_lever(p.key, on ? p.target : start.lever(*id).target) && ok;
    }
  }
  if (!ok) return false;
  chosen = on;
  // Show it on the map too: the emissions colours of the chart's year for the buildings' choices (when
  // the hourly results are in); the new line draws itself with its stations.
  if (index != kMetroChoice && energy_ready()) set_color_mode(on ? (index == 0 ? "emissions" : "pv") : "use");
  invalidate();
  return true;
}

const twin::pathway::Milestones& App::kiosk_start_milestones() {
  // The start state's pathway on the current baseline (the transport model's base run may have come in
  // since): re-evaluated only when the pathway changed.
  if (kiosk_start_version_ != pathway_version_) {
    const twin::pathway::Scenario start = twin::pathway::default_scenario();
    twin::pathway::Baseline baseline = baseline_;
    baseline.transport = transport_baseline_for(start);
    kiosk_start_ = twin::pathway::evaluate_pathway(baseline, start).milestones;
    kiosk_start_version_ = pathway_version_;
  }
  return kiosk_start_;
}

std::string App::kiosk_caption() {
  const render::Strings& s = strings_;
  const twin::pathway::Milestones& start = kiosk_start_milestones();
  const twin::pathway::Milestones& now = pathway_.milestones;
  const auto year = [](int y) { return std::to_string(y); };
  const auto wan_t = [](double t) { return one_decimal(t / 1e4); };
  std::string result;
  const bool any = std::any_of(kiosk_choices_.begin(), kiosk_choices_.end(), [](bool b) { return b; });
  if (!any || !start.peaked || !now.peaked) {
    result = start.peaked ? s.format("kiosk.result.none", {{"year", year(start.peak_year)}, {"v", wan_t(start.peak_t)}}) : "";
  } else {
    const std::vector<std::pair<std::string, std::string>> values = {
        {"year", year(now.peak_year)},
        {"from", year(start.peak_year)},
        {"dv", wan_t(start.peak_t - now.peak_t)},
        {"dc", wan_t(start.cumulative_t - now.cumulative_t)}};
    result = s.format(now.peak_year < start.peak_year   ? "kiosk.result.earlier"
                      : now.peak_year > start.peak_year ? "kiosk.result.later"
                                                        : "kiosk.result.same",
                      values);
  }
  if (!kiosk_director_.attract()) return result;
  switch (kiosk_director_.step()) {
    case render::StoryStep::Intro:
      return s.format("kiosk.story.intro", {{"year", year(start.peak_year)}, {"v", wan_t(start.peak_t)}});
    case render::StoryStep::Choice1: return std::string(s.tr("kiosk.story.choice1")) + result;
    case render::StoryStep::Choice2: return std::string(s.tr("kiosk.story.choice2")) + result;
    case render::StoryStep::Choice3: return std::string(s.tr("kiosk.story.choice3")) + result;
    case render::StoryStep::Summary: return std::string(s.tr("kiosk.story.summary")) + result;
    default: return s.tr("kiosk.story.invite");
  }
}

// Once per frame in kiosk mode: the idle timer, the story's choices, the camera tour.
void App::kiosk_tick() {
  const double now = emscripten_performance_now();
  const render::KioskDirector::Command command = kiosk_director_.tick(now);
  if (command.reset_to_start) kiosk_reset_to_start();
  if (command.story_changed) {
    const auto wanted = render::story_choices(kiosk_director_.step());
    for (int k = 0; k < render::kKioskChoiceCount; ++k) set_kiosk_choice(k, wanted[static_cast<std::size_t>(k)]);
  }
  if (kiosk_director_.attract()) {
    const render::TourPose pose = render::tour_pose(kiosk_director_.attract_s(now), home_camera_.pitch_rad);
    camera_ = home_camera_;
    camera_.yaw_rad += pose.yaw_offset_rad;
    camera_.pitch_rad = pose.pitch_rad;
    camera_.distance_m *= pose.distance_scale;
    camera_.clamp();
    invalidate();  // the tour moves every frame
  }
}

void App::draw_kiosk_ui(const render::PathwayView& pathway, render::KioskActions* actions) {
  const double now = emscripten_performance_now();
  if (inclusion_ui_.open) update_inclusion();
  const render::InclusionView inclusion = inclusion_view();
  const render::KioskPanelView view{strings_,
                                    city_->synthetic,
                                    kiosk_choices_,
                                    kiosk_director_.attract(),
                                    kiosk_director_.attract_s(now),
                                    kiosk_caption(),
                                    headline_of(pathway_.milestones),
                                    headline_of(kiosk_start_milestones()),
                                    transport_busy(),
                                    &pathway,
                                    &pathway_ui_,
                                    &inclusion,
                                    &inclusion_ui_};
  render::draw_kiosk_panels(view, actions, &rects_, &kiosk_rects_);
}

void App::apply_kiosk(const render::KioskActions& actions) {
  if (actions.set_choice) set_kiosk_choice(actions.set_choice->first, actions.set_choice->second);
  if (actions.reset) kiosk_reset_to_start();
  if (!actions.language.empty()) set_language(actions.language);
  if (actions.pathway.set_year) set_year(*actions.pathway.set_year);
  if (actions.pathway.animating) invalidate();
  apply_inclusion_actions(actions.inclusion);
}

std::string App::kiosk_json() {
  nlohmann::ordered_json j;
  const double now = emscripten_performance_now();
  static constexpr const char* kSteps[] = {"intro", "choice1", "choice2", "choice3", "summary", "invite"};
  j["on"] = kiosk_;
  j["attract"] = kiosk_ && kiosk_director_.attract();
  j["step"] = kSteps[static_cast<int>(kiosk_director_.step())];
  j["idle_s"] = kiosk_ ? kiosk_director_.idle_s(now) : 0.0;
  j["attract_s"] = kiosk_director_.attract_s(now);
  j["loops"] = kiosk_director_.loops_started();
  j["timing"] = {{"idle_s", kiosk_director_.timing().idle_s}, {"step_s", kiosk_director_.timing().step_s}};
  j["choices"] = kiosk_choices_;
  j["ui_scale"] = ui_scale_;
  if (city_ && kiosk_) {
    j["caption"] = kiosk_caption();
    const auto milestones = [](const twin::pathway::Milestones& m) {
      return nlohmann::ordered_json{{"peaked", m.peaked},
                                    {"peak_year", m.peak_year},
                                    {"peak_t", m.peak_t},
                                    {"neutrality_year", m.neutrality_year},
                                    {"cumulative_t", m.cumulative_t}};
    };
    j["now"] = milestones(pathway_.milestones);
    j["start"] = milestones(kiosk_start_milestones());
    const auto rect = [](const ImVec4& r) { return nlohmann::ordered_json{{"x0", r.x}, {"y0", r.y}, {"x1", r.z}, {"y1", r.w}}; };
    nlohmann::ordered_json buttons = nlohmann::ordered_json::array();
    for (const ImVec4& r : kiosk_rects_.choices) buttons.push_back(rect(r));
    j["choice_rects"] = buttons;
    j["reset_rect"] = rect(kiosk_rects_.reset);
    j["language_rect"] = rect(kiosk_rects_.language);
    j["inclusion_rect"] = rect(kiosk_rects_.inclusion);
  }
  return j.dump();
}

}  // namespace app
