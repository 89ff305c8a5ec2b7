// Carbon inclusion in the page (issue 12 item 3; render/ui/panel_inclusion.hpp): the resident's choices,
// their kgCO2 and points through twin/inclusion (the same functions `carbontwin inclusion` runs), the
// community wedge on the current scenario, the link and QR code that reopen the choices (made by
// web/inclusion.js, which also draws the personal card). Recomputed only when the choices, the
// participation, the year or the pathway change.
#include <emscripten.h>

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/inclusion_actions_json.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/inclusion/community_wedge.hpp"
#include "twin/inclusion/inclusion_json.hpp"
#include "wasm/app.hpp"

namespace app {
namespace ti = twin::inclusion;

namespace {

// What a resident sees first: one commute by petrol car switched to the metro, 10 km each way, 250 days.
ti::PersonalActions default_actions() {
  ti::PersonalActions a;
  a.commutes.push_back({ti::CommuteMode::CarPetrol, ti::CommuteMode::Metro, 10.0, 250.0});
  return a;
}

std::string step_text(const ti::Step& s) {
  char value[64];
  std::snprintf(value, sizeof value, "%.4g", s.value);
  return s.what + " = " + value + " " + s.unit + (s.source.empty() || s.source == "arithmetic" ? "" : " (" + s.source + ")");
}

}  // namespace

void App::init_inclusion() {
  inclusion_actions_ = default_actions();
  inclusion_pv_yield_ = -1.0;  // the city's own, computed when first needed
  inclusion_seen_ = {};
}

void App::update_inclusion() {
  if (!city_) return;
  const InclusionInputs now{pathway_version_, year_, inclusion_edits_};
  if (inclusion_seen_ && *inclusion_seen_ == now) return;
  inclusion_seen_ = now;
  const double t0 = emscripten_get_now();
  if (inclusion_pv_yield_ < 0.0)  // the same weather rule as the energy worker and the CLI
    inclusion_pv_yield_ = ti::pv_yield_kwh_per_kwp(twin::climate::weather_for_city(*city_).year);
  inclusion_context_ = ti::inclusion_context(scenario_, year_);
  inclusion_context_.pv_yield_kwh_per_kwp = inclusion_pv_yield_;
  inclusion_context_.pv_yield_source = "twin/buildings/pv.hpp (default array) on the city's weather";
  inclusion_result_ = ti::personal_savings(inclusion_actions_, inclusion_context_);
  inclusion_lines_.clear();
  for (const ti::ActionSaving& a : inclusion_result_.actions) {
    render::InclusionLine line{a.key, a.kg_co2_per_yr, a.points, {}};
    for (const ti::Step& s : a.steps) line.steps.push_back(step_text(s));
    inclusion_lines_.push_back(std::move(line));
  }
  inclusion_wedge_ = ti::CommunityWedge{};
  if (inclusion_result_.error.empty() && inclusion_participation_pct_ > 0.0) {
    twin::pathway::CommunityActions community = ti::community_actions_of(inclusion_result_);
    community.participation_pct = {year_, 0, 0.0};
    inclusion_wedge_ = ti::community_wedge(baseline_, scenario_, community, inclusion_participation_pct_ / 100.0);
  }
  inclusion_ms_ = emscripten_get_now() - t0;
  // The page makes the link and its QR code (deflate-raw, as scenario links) for the new choices.
  EM_ASM({ if (Module.ctInclusionChanged) Module.ctInclusionChanged(UTF8ToString($0)); },
         cli::actions_to_json(inclusion_actions_).c_str());
  invalidate();
}

render::InclusionView App::inclusion_view() const {
  render::InclusionView v{.actions = inclusion_actions_, .year = year_};
  v.total_kg_co2_per_yr = inclusion_result_.total_kg_co2_per_yr;
  v.points = inclusion_result_.points;
  v.error = inclusion_result_.error;
  v.lines = &inclusion_lines_;
  v.wedge.participation_pct = inclusion_participation_pct_;
  v.wedge.valid = inclusion_wedge_.error.empty() && inclusion_wedge_.peak_year_without > 0;
  v.wedge.peak_year_without = inclusion_wedge_.peak_year_without;
  v.wedge.peak_year_with = inclusion_wedge_.peak_year_with;
  v.wedge.peak_t_change = inclusion_wedge_.peak_t_change;
  v.wedge.cumulative_t_change = inclusion_wedge_.cumulative_t_change;
  v.qr = inclusion_qr_ ? &*inclusion_qr_ : nullptr;
  return v;
}

void App::apply_inclusion_actions(const render::InclusionActions& a) {
  if (a.set_open) set_inclusion_panel(*a.set_open);
  if (a.set_actions) {
    inclusion_actions_ = *a.set_actions;
    ++inclusion_edits_;
    inclusion_qr_.reset();  // until the page has made the new link
  }
  if (a.set_participation_pct) {
    inclusion_participation_pct_ = *a.set_participation_pct;
    ++inclusion_edits_;
  }
  if (a.make_card) EM_ASM({ if (Module.ctInclusionCard) Module.ctInclusionCard(); });
  if (a.set_actions || a.set_participation_pct || a.make_card) invalidate();
}

void App::set_inclusion_panel(bool open) {
  if (open != inclusion_ui_.open) invalidate();
  inclusion_ui_.open = open;
  if (open) {  // the panels share the middle of the screen
    energy_ui_.open = false;
    scenario_ui_.open = false;
  }
}

std::string App::set_inclusion_actions_json(const std::string& text) {
  ti::PersonalActions actions;
  std::string error;
  if (!cli::parse_actions_json(text, &actions, &error)) return error;
  inclusion_actions_ = actions;
  ++inclusion_edits_;
  inclusion_qr_.reset();
  set_inclusion_panel(true);
  return "";
}

bool App::set_inclusion_participation(double pct) {
  if (!std::isfinite(pct) || pct < 0.0 || pct > 100.0) return false;
  inclusion_participation_pct_ = pct;
  ++inclusion_edits_;
  invalidate();
  return true;
}

std::string App::set_inclusion_link(const std::string& link) {
  render::QrMatrix qr;
  std::string error;
  if (!render::encode_qr(link, &qr, &error)) return error;
  inclusion_link_ = link;
  inclusion_qr_ = std::move(qr);
  invalidate();
  return "";
}

std::string App::inclusion_json() {
  if (!city_) return "";
  update_inclusion();
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(
      ti::inclusion_json(inclusion_result_, inclusion_context_,
                         inclusion_participation_pct_ > 0.0 && inclusion_result_.error.empty() ? &inclusion_wedge_ : nullptr),
      nullptr, false);
  if (j.is_discarded()) return "";
  j["actions_json"] = cli::actions_to_json(inclusion_actions_);
  j["participation_pct"] = inclusion_participation_pct_;
  j["open"] = inclusion_ui_.open;
  j["link"] = inclusion_link_;
  j["eval_ms"] = inclusion_ms_;
  const auto rect = [](ImVec2 a, ImVec2 b) { return nlohmann::ordered_json{{"x0", a.x}, {"y0", a.y}, {"x1", b.x}, {"y1", b.y}}; };
  j["qr_rect"] = inclusion_qr_ ? rect(inclusion_ui_.qr_min, inclusion_ui_.qr_max) : nlohmann::ordered_json(nullptr);
  j["card_rect"] = rect(inclusion_ui_.card_min, inclusion_ui_.card_max);
  if (inclusion_qr_) j["qr"] = {{"size", inclusion_qr_->size}, {"version", inclusion_qr_->version}};
  return j.dump();
}

std::string App::inclusion_qr_modules() const {
  if (!inclusion_qr_) return "";
  std::string rows;
  for (int r = 0; r < inclusion_qr_->size; ++r) {
    for (int c = 0; c < inclusion_qr_->size; ++c) rows += inclusion_qr_->at(r, c) ? '1' : '0';
    rows += '\n';
  }
  return rows;
}

}  // namespace app
