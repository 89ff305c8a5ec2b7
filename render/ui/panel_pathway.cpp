// Lever panel (right column) and pathway chart (bottom centre); see panel_pathway.hpp.
#include "render/ui/panel_pathway.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"
#include "render/ui/touch_scroll.hpp"

namespace render {
namespace {

using twin::pathway::kFirstYear;
using twin::pathway::kLastYear;
using twin::pathway::LeverId;

// Visitors' order: the big policy levers first, then demand drivers, then technical parameters.
constexpr LeverId kLeverOrder[] = {
    LeverId::CoalPowerRetirementPct,       LeverId::GridNonfossilAddedPts,
    LeverId::GreenPowerPurchasePct,        LeverId::GridFactorReductionPct,
    LeverId::LocalPvAddedMw,               LeverId::LocalWindAddedMw,
    LeverId::LocalStorageAddedMwh,         LeverId::ChpCoalToGasPct,
    LeverId::SmartChargingSharePct,
    LeverId::EvSalesSharePct,
    LeverId::RetrofitRatePctPerYr,         LeverId::HeatPumpSharePct,
    LeverId::RooftopPvCoveragePct,         LeverId::TransitHeadwayChangePct,
    LeverId::ParkingPriceYuan,             LeverId::CongestionChargeYuan,
    LeverId::VehicleEfficiencyImprovementPct,
    LeverId::NewBuildStandardLevel,        LeverId::CookingHotWaterElectrificationPct,
    LeverId::NonHeatingIntensityChangePct, LeverId::HeatFactorReductionPct,
    LeverId::RetrofitHeatingReductionPct,  LeverId::HeatPumpScop,
    LeverId::PvYieldKwhPerKwp,             LeverId::PopulationChangePct,
    LeverId::ResidentialFloorAreaPerCapitaChangePct, LeverId::PublicFloorAreaChangePct,
    LeverId::IndustryCcusPct,              LeverId::IndustryElectrificationPct,
    LeverId::IndustryEfficiencyPct,        LeverId::IndustryCoalToGasPct,
    LeverId::TwoHighOutputCutPct,          LeverId::SteelH2DriPct,
    LeverId::IndustryGrowthOffsetPts,      LeverId::LandfillDiversionPct,
    LeverId::WasteRecyclingAddedPts,       LeverId::WasteCompostingAddedPts,
    LeverId::LandfillMethaneRecoveryPct,   LeverId::WastePerCapitaChangePct,
    LeverId::ForestAddedHa,                LeverId::GreenSpaceAddedHa,
};
static_assert(std::size(kLeverOrder) == twin::pathway::kLeverCount, "every lever has a slider");

// Sector colours: the city legend's colours of the same uses (residential sand, office blue,
// industrial grey), a little deeper so the areas read against the light panel.
// Processes a darker grey than industry's energy, waste an olive brown, agriculture a field green.
constexpr ImU32 kSectorColours[] = {IM_COL32(226, 168, 104, 255), IM_COL32(86, 140, 216, 255),
                                    IM_COL32(132, 136, 142, 255), IM_COL32(200, 82, 70, 255),
                                    IM_COL32(88, 90, 96, 255),    IM_COL32(150, 128, 60, 255),
                                    IM_COL32(110, 170, 50, 255)};
static_assert(std::size(kSectorColours) == kChartBandCount);
constexpr ImU32 kNetColour = IM_COL32(20, 60, 50, 255);
constexpr ImU32 kPeakColour = IM_COL32(200, 60, 30, 255);
constexpr ImU32 kNeutralColour = IM_COL32(30, 140, 80, 255);
constexpr ImU32 kScrubColour = IM_COL32(22, 110, 90, 255);
constexpr ImU32 kTargetColour = IM_COL32(150, 40, 140, 255);  // dual-control CO2 line, budget, breaches

// Unit as shown: "unit.<unit>" in the strings when present, else the table's unit.
std::string unit_text(const Strings& s, const char* unit) {
  const std::string key = std::string("unit.") + unit;
  const char* t = s.tr(key.c_str());
  return key == t ? std::string(unit) : std::string(t);
}

int lever_decimals(const twin::pathway::LeverDef& def) {
  const double range = def.max_value - def.min_value;
  return range <= 2.5 ? 2 : range <= 10.0 ? 1 : 0;
}

// ImGui's slider format: printf with '%' escaped in the unit.
std::string slider_format(int decimals, const std::string& unit) {
  std::string f = "%." + std::to_string(decimals) + "f";
  if (unit.empty()) return f;
  f += ' ';
  for (char c : unit) f += c == '%' ? std::string("%%") : std::string(1, c);
  return f;
}

std::string mt(double t, int decimals = 2) { return format_number(t / 1e6, decimals); }

// Text with a translucent light box behind it, so labels stay legible over the areas.
void boxed_text(ImDrawList* dl, ImVec2 at, ImU32 colour, const std::string& text) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const float pad = 0.2f * ImGui::GetFontSize();
  dl->AddRectFilled(ImVec2(at.x - pad, at.y - 0.5f * pad), ImVec2(at.x + size.x + pad, at.y + size.y + 0.5f * pad),
                    IM_COL32(250, 250, 247, 215), pad);
  dl->AddText(at, colour, text.c_str());
}

// The 10–90 % band of net emissions behind the net line, one quad per year step.
void draw_band(ImDrawList* dl, const StackedAreaChart& chart, const std::vector<twin::pathway::PathwayYear>& years,
               const UncertaintyBand& band) {
  // Without anti-aliased fill: the fringes of neighbouring translucent quads would overlap into seams.
  const ImDrawListFlags flags = dl->Flags;
  dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
  for (std::size_t i = 0; i + 1 < years.size(); ++i) {
    const ImVec2 quad[4] = {chart.to_screen(years[i].year, band.p10_t[i] / 1e6),
                            chart.to_screen(years[i + 1].year, band.p10_t[i + 1] / 1e6),
                            chart.to_screen(years[i + 1].year, band.p90_t[i + 1] / 1e6),
                            chart.to_screen(years[i].year, band.p90_t[i] / 1e6)};
    dl->AddConvexPolyFilled(quad, 4, IM_COL32(20, 60, 50, 70));
  }
  dl->Flags = flags;
}

// Saved scenarios beside the current one: the gap between their net line and the current one shaded
// (red where the current scenario emits more, green where less), their net line dashed, their peak dotted
// and named.
constexpr ImU32 kComparedColours[] = {IM_COL32(120, 60, 170, 255), IM_COL32(200, 120, 20, 255)};

void draw_compared(ImDrawList* dl, const StackedAreaChart& chart, const std::vector<twin::pathway::PathwayYear>& years,
                   const std::vector<ComparedPathway>& compared, const Strings& s, float fs) {
  for (std::size_t c = 0; c < compared.size() && c < std::size(kComparedColours); ++c) {
    const ComparedPathway& cp = compared[c];
    if (cp.net_t.size() != years.size()) continue;
    for (std::size_t i = 0; i + 1 < years.size(); ++i) {
      const double a0 = years[i].net_t / 1e6, a1 = years[i + 1].net_t / 1e6;
      const double b0 = cp.net_t[i] / 1e6, b1 = cp.net_t[i + 1] / 1e6;
      const ImU32 fill = (a0 + a1) > (b0 + b1) ? IM_COL32(200, 82, 70, 60) : IM_COL32(40, 150, 100, 60);
      const ImVec2 quad[4] = {chart.to_screen(years[i].year, a0), chart.to_screen(years[i + 1].year, a1),
                              chart.to_screen(years[i + 1].year, b1), chart.to_screen(years[i].year, b0)};
      dl->AddConvexPolyFilled(quad, 4, fill);
    }
    for (std::size_t i = 0; i + 1 < years.size(); ++i) {  // dashed: every other year's segment
      if (i % 2 == 1) continue;
      dl->AddLine(chart.to_screen(years[i].year, cp.net_t[i] / 1e6),
                  chart.to_screen(years[i + 1].year, cp.net_t[i + 1] / 1e6), kComparedColours[c], 0.11f * fs);
    }
    if (cp.peak_year >= kFirstYear) {
      dl->AddCircleFilled(chart.to_screen(cp.peak_year, cp.peak_t / 1e6), 0.24f * fs, kComparedColours[c], 12);
      // Named near the line's right end (the current peak's label owns the left), one row per scenario.
      const std::string label = s.format("pathway.compared_peak", {{"name", cp.name}, {"year", std::to_string(cp.peak_year)}});
      const std::size_t k = years.size() - 1 - years.size() / 6;
      const ImVec2 at = chart.to_screen(years[k].year, cp.net_t[k] / 1e6);
      const float w = ImGui::CalcTextSize(label.c_str()).x;
      boxed_text(dl, ImVec2(at.x - 0.5f * w, at.y + (0.4f + 1.3f * static_cast<float>(c)) * fs), kComparedColours[c], label);
    }
  }
}

// One legend item inline (swatch, text), wrapping before it would pass the window's right edge.
void legend_item(bool first, ImU32 colour, bool line_swatch, const std::string& label) {
  const float fs = ImGui::GetFontSize();
  const float swatch = 0.75f * fs;
  const float width = swatch + 0.3f * fs + ImGui::CalcTextSize(label.c_str()).x;
  if (!first) {
    ImGui::SameLine(0.0f, 0.6f * fs);
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
  }
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cy = p.y + 0.5f * ImGui::GetTextLineHeight();
  if (line_swatch) dl->AddLine(ImVec2(p.x, cy), ImVec2(p.x + swatch, cy), colour, 0.18f * fs);
  else dl->AddRectFilled(ImVec2(p.x, cy - 0.5f * swatch), ImVec2(p.x + swatch, cy + 0.5f * swatch), colour, 0.15f * fs);
  ImGui::Dummy(ImVec2(swatch, ImGui::GetTextLineHeight()));
  ImGui::SameLine(0.0f, 0.3f * fs);
  ImGui::TextUnformatted(label.c_str());
}

}  // namespace

double chart_band_t(const twin::pathway::PathwayYear& y, int band) {
  return band < kChartSectorCount ? y.emissions.sector_t(kChartSectors[band]) : y.agriculture_t;
}

const char* chart_band_key(int band) {
  return band < kChartSectorCount ? twin::emissions::to_string(kChartSectors[band]) : "agriculture";
}

void draw_lever_panel(const Strings& s, const PathwayView& view, ImVec2 pos, ImVec2 size,
                      PathwayActions* actions, PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  const std::string title = std::string(s.tr("levers.title")) + "###levers";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (!open) {
    ImGui::End();
    return;
  }
  if (ImGui::Button(s.tr("levers.reset"), ImVec2(-1.0f, 0.0f))) actions->reset_levers = true;
  ImGui::BeginChild("##lever_list", ImVec2(0.0f, 0.0f), false);
  const twin::pathway::Scenario baseline = twin::pathway::default_scenario();
  for (LeverId id : kLeverOrder) {
    const twin::pathway::LeverDef& def = twin::pathway::lever_def(id);
    const twin::pathway::LeverSetting& setting = view.scenario.lever(id);
    const bool changed = setting.target != baseline.lever(id).target;
    const std::string key = std::string("lever.") + def.key;
    ImGui::PushID(def.key);
    ImGui::PushStyleColor(ImGuiCol_Text, changed ? ImVec4(0.10f, 0.45f, 0.35f, 1.0f) : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::TextUnformatted(s.tr(key.c_str()));
    ImGui::PopStyleColor();
    // When the lever moves: start year → year the target is reached (kept from the scenario).
    const std::string start = std::to_string(setting.start_year);
    const std::string ramp =
        setting.ramp_years == 0
            ? s.format("levers.step", {{"start", start}})
            : s.format("levers.ramp", {{"start", start},
                                       {"end", std::to_string(std::min(kLastYear, setting.start_year + setting.ramp_years))}});
    const float ramp_w = ImGui::CalcTextSize(ramp.c_str()).x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    // Same line when it fits after the label, else right-aligned on its own line.
    if (ImGui::GetItemRectSize().x + ramp_w + ImGui::GetFontSize() <= ImGui::GetContentRegionAvail().x) ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - ramp_w));
    ImGui::TextDisabled("%s", ramp.c_str());
    const std::string hint_key = std::string("lever_hint.") + def.key;
    if (const char* hint = s.tr(hint_key.c_str()); hint_key != hint) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", hint);
      ImGui::PopStyleColor();
    }
    double value = setting.target;
    const double lo = def.min_value, hi = def.max_value;
    const std::string format = slider_format(lever_decimals(def), unit_text(s, def.unit));
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderScalar("##target", ImGuiDataType_Double, &value, &lo, &hi, format.c_str(),
                            ImGuiSliderFlags_AlwaysClamp) && std::isfinite(value))
      actions->set_lever = PathwayActions::LeverChange{id, std::clamp(value, lo, hi)};
    ImGui::Spacing();
    ImGui::PopID();
  }
  touch_drag_scroll();  // the list is long; fingers scroll it by dragging between the sliders
  ImGui::EndChild();
  ImGui::End();
}

void draw_pathway_chart_panel(const Strings& s, const PathwayView& view, ImVec2 pos, ImVec2 size,
                              PathwayUiState* state, PathwayActions* actions, PanelRects* rects) {
  using twin::emissions::Sector;
  const auto& years = view.result.years;
  const auto& m = view.result.milestones;
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  std::string title = s.tr("pathway.title");
  if (view.synthetic_city) title += std::string(" · ") + s.tr("pathway.synthetic");
  title += "###pathway";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar |
                                     ImGuiWindowFlags_NoScrollWithMouse);
  rects->add_current_window();
  if (!open || years.empty()) {
    ImGui::End();
    return;
  }
  const float fs = ImGui::GetFontSize();
  const int year = std::clamp(view.year, kFirstYear, kLastYear);
  const twin::pathway::PathwayYear& y = years[std::min<std::size_t>(year - kFirstYear, years.size() - 1)];

  // Legend with the scrubbed year's values: the year, each band (Mt), net; the grid mix path's toggle
  // (only where the app applies its requests: not in the kiosk's chart).
  ImGui::TextUnformatted(s.format("pathway.year", {{"year", std::to_string(year)}}).c_str());
  const bool mix_editor = state->mix.armed;
  state->mix.armed = false;
  if (mix_editor) {
    ImGui::SameLine(0.0f, 0.8f * fs);
    draw_mix_path_toggle(s, view.scenario, &state->mix);
  } else {
    state->mix.toggle = {};
  }
  for (int k = 0; k < kChartBandCount; ++k) {
    const std::string key = std::string("sector.") + chart_band_key(k);
    legend_item(false, kSectorColours[k], false, std::string(s.tr(key.c_str())) + " " + mt(chart_band_t(y, k)));
  }
  legend_item(false, kNetColour, false, std::string(s.tr("sector.land_use")) + " " + mt(y.sinks_t));
  legend_item(false, kNetColour, true, s.format("pathway.net_value", {{"v", mt(y.net_t)}}));
  if (view.band != nullptr && view.band->samples_done > 0) {
    const std::size_t k = static_cast<std::size_t>(view.year - kFirstYear);
    const std::string range = k < view.band->p10_t.size()
                                  ? mt(view.band->p10_t[k]) + "–" + mt(view.band->p90_t[k])
                                  : std::string("…");
    legend_item(false, IM_COL32(20, 60, 50, 90), false,
                s.format("pathway.band", {{"range", range},
                                          {"n", std::to_string(view.band->samples_done)},
                                          {"of", std::to_string(view.band->samples_wanted)}}));
  }
  // Dual control (双控): the CO2 target line when the scenario sets one, and the count of years out of
  // bounds (any indicator or the carbon budget), each marked by a small triangle on the year axis.
  namespace dr = twin::drivers;
  const dr::DualControlReport& dual = view.result.dual_control;
  constexpr int kCo2 = static_cast<int>(dr::Indicator::Co2T);
  bool co2_line = false;
  int flagged_years = 0;
  for (const dr::DualControlYear& d : dual.years) {
    co2_line = co2_line || d.has_bound[kCo2];
    flagged_years += d.any_flag ? 1 : 0;
  }
  if (co2_line) legend_item(false, kTargetColour, true, s.tr("pathway.co2_target"));
  if (flagged_years > 0)
    legend_item(false, kTargetColour, false, s.format("pathway.out_of_bounds", {{"n", std::to_string(flagged_years)}}));

  // Plot area: the rest of the window; y labels on the left, decade labels below.
  if (state->layers_version != view.result_version) {
    state->to_layers.assign(kChartBandCount, std::vector<double>(years.size()));
    state->to_net.assign(years.size(), 0.0);
    for (std::size_t i = 0; i < years.size(); ++i) {
      for (int k = 0; k < kChartBandCount; ++k) state->to_layers[k][i] = chart_band_t(years[i], k) / 1e6;
      state->to_net[i] = years[i].net_t / 1e6;
    }
    // Ease from what is drawn now; the first result (or another length) is shown at once.
    const bool ease = state->layers.size() == state->to_layers.size() && state->net.size() == state->to_net.size();
    state->from_layers = ease ? state->layers : state->to_layers;
    state->from_net = ease ? state->net : state->to_net;
    state->ease_start_s = ImGui::GetTime();
    state->layers_version = view.result_version;
  }
  if (state->ease_start_s >= 0.0) {
    const double u = std::clamp((ImGui::GetTime() - state->ease_start_s) / kChartEase_s, 0.0, 1.0);
    const double w = u * u * (3.0 - 2.0 * u);  // smoothstep
    state->layers = state->to_layers;
    state->net = state->to_net;
    for (std::size_t k = 0; k < state->layers.size(); ++k)
      for (std::size_t i = 0; i < state->layers[k].size(); ++i)
        state->layers[k][i] = state->from_layers[k][i] + w * (state->to_layers[k][i] - state->from_layers[k][i]);
    for (std::size_t i = 0; i < state->net.size(); ++i)
      state->net[i] = state->from_net[i] + w * (state->to_net[i] - state->from_net[i]);
    ++state->drawn_version;
    if (u >= 1.0) state->ease_start_s = -1.0;  // settled: the drawn series are the result's
    else actions->animating = true;
  }
  double max_t = view.reference_max_t;
  for (const auto& py : years) max_t = std::max(max_t, py.gross_t);
  if (view.compared != nullptr)
    for (const ComparedPathway& c : *view.compared)
      for (double t : c.net_t) max_t = std::max(max_t, t);
  // Headroom above the largest year keeps the peak marker clear of the unit and the notes.
  const AxisTicks ticks = nice_ticks(1.08 * max_t / 1e6, 4);
  const int tick_decimals = ticks.step >= 1.0 ? 0 : ticks.step >= 0.1 ? 1 : 2;
  float label_w = 0.0f;
  for (double v : ticks.values) label_w = std::max(label_w, ImGui::CalcTextSize(format_number(v, tick_decimals).c_str()).x);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (avail.x < 4 * fs || avail.y < 3 * fs) {
    ImGui::End();
    return;
  }
  const ImVec2 plot_min(origin.x + label_w + 0.5f * fs, origin.y + 1.1f * fs);
  const ImVec2 plot_max(origin.x + avail.x - 1.2f * fs, origin.y + avail.y - 1.25f * fs);
  state->plot_min = plot_min;
  state->plot_max = plot_max;

  // The scrubber: the whole plot is its handle, so a finger anywhere on the chart picks a year.
  ImGui::InvisibleButton("##scrubber", avail);
  const bool scrubbing = ImGui::IsItemActive();
  if (scrubbing || ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);

  StackedAreaChart& chart = state->chart;
  StackedAreaChart::Input input;
  input.version = state->drawn_version;
  input.plot_min = plot_min;
  input.plot_max = plot_max;
  input.x_first = kFirstYear;
  input.x_last = kLastYear;
  input.y_top = ticks.top;
  input.layers = &state->layers;
  if (chart.update(input)) {
    state->net_line.clear();
    for (std::size_t i = 0; i < years.size(); ++i)
      state->net_line.push_back(chart.to_screen(years[i].year, i < state->net.size() ? state->net[i] : years[i].net_t / 1e6));
  }
  if (scrubbing) {
    const int picked = std::clamp(static_cast<int>(std::lround(chart.x_at_screen(ImGui::GetIO().MousePos.x))),
                                  kFirstYear, kLastYear);
    if (picked != view.year) actions->set_year = picked;
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Grid and y axis (Mt CO2).
  for (double v : ticks.values) {
    const float py = chart.to_screen(kFirstYear, v).y;
    dl->AddLine(ImVec2(plot_min.x, py), ImVec2(plot_max.x, py), v == 0.0 ? kChartAxisColour : kChartGridColour, 1.0f);
    const std::string label = format_number(v, tick_decimals);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    dl->AddText(ImVec2(plot_min.x - 0.3f * fs - ts.x, py - 0.5f * ts.y), kChartTextColour, label.c_str());
  }
  dl->AddText(ImVec2(plot_min.x + 0.3f * fs, plot_min.y - 1.0f * fs), kChartTextColour, s.tr("pathway.unit"));
  // Net emissions below zero (PV exports) would run into the year labels: clip to the plot.
  dl->PushClipRect(ImVec2(plot_min.x, plot_min.y - fs), ImVec2(plot_max.x + 0.2f * fs, plot_max.y + 0.15f * fs), true);
  static const std::vector<ImU32> colours(std::begin(kSectorColours), std::end(kSectorColours));
  chart.draw(dl, colours);
  if (view.band != nullptr && view.band->p10_t.size() == years.size()) draw_band(dl, chart, years, *view.band);
  dl->AddPolyline(state->net_line.data(), static_cast<int>(state->net_line.size()), kNetColour, 0, 0.13f * fs);
  if (view.compared != nullptr) draw_compared(dl, chart, years, *view.compared, s, fs);
  // The CO2 target line: a segment to the next year when both have a bound, a short dash for a lone one.
  const auto bounded = [&](std::size_t i) { return i < dual.years.size() && dual.years[i].has_bound[kCo2]; };
  for (std::size_t i = 0; co2_line && i < dual.years.size(); ++i) {
    if (!bounded(i)) continue;
    const dr::DualControlYear& d = dual.years[i];
    const double bound_mt = d.bound[kCo2] / 1e6;
    if (bounded(i + 1))
      dl->AddLine(chart.to_screen(d.value.year, bound_mt), chart.to_screen(dual.years[i + 1].value.year, dual.years[i + 1].bound[kCo2] / 1e6),
                  kTargetColour, 0.1f * fs);
    else if (i == 0 || !bounded(i - 1))
      dl->AddLine(chart.to_screen(d.value.year - 0.4, bound_mt), chart.to_screen(d.value.year + 0.4, bound_mt), kTargetColour,
                  0.1f * fs);
  }
  dl->PopClipRect();
  // Decade ticks.
  for (int decade = kFirstYear; decade <= kLastYear; decade += 10) {
    const float px = chart.to_screen(decade, 0).x;
    dl->AddLine(ImVec2(px, plot_max.y), ImVec2(px, plot_max.y + 0.25f * fs), kChartAxisColour, 1.0f);
    const std::string label = std::to_string(decade);
    const float tw = ImGui::CalcTextSize(label.c_str()).x;
    dl->AddText(ImVec2(std::clamp(px - 0.5f * tw, plot_min.x - label_w, plot_max.x + 1.2f * fs - tw),
                       plot_max.y + 0.25f * fs), kChartTextColour, label.c_str());
  }

  // Years out of dual-control bounds: a small triangle pointing at the axis.
  for (const dr::DualControlYear& d : dual.years) {
    if (!d.any_flag) continue;
    const float px = chart.to_screen(d.value.year, 0).x, py = plot_max.y - 0.1f * fs;
    dl->AddTriangleFilled(ImVec2(px - 0.22f * fs, py - 0.38f * fs), ImVec2(px + 0.22f * fs, py - 0.38f * fs), ImVec2(px, py),
                          kTargetColour);
  }
  // The year the carbon budget is used up: a thin vertical line with its label.
  for (const dr::DualControlYear& d : dual.years) {
    if (!d.over_budget) continue;
    const ImVec2 a = chart.to_screen(d.value.year, ticks.top), b = chart.to_screen(d.value.year, 0);
    dl->AddLine(a, b, kTargetColour, 0.06f * fs);
    const std::string text = s.format("pathway.budget_used", {{"year", std::to_string(d.value.year)}});
    const float tw = ImGui::CalcTextSize(text.c_str()).x;
    boxed_text(dl, ImVec2(std::clamp(a.x - 0.5f * tw, plot_min.x, plot_max.x - tw), plot_min.y + 0.2f * fs), kTargetColour,
               text);
    break;
  }

  // Scrubber line with a handle on the axis.
  const ImVec2 top = chart.to_screen(year, ticks.top), bottom = chart.to_screen(year, 0);
  dl->AddLine(top, bottom, kScrubColour, 0.12f * fs);
  dl->AddCircleFilled(ImVec2(bottom.x, bottom.y), 0.45f * fs, kScrubColour, 20);
  dl->AddCircleFilled(ImVec2(bottom.x, bottom.y), 0.2f * fs, IM_COL32(255, 255, 255, 255), 12);

  // Peak: dot on the stacked top (gross) with "达峰 2020 · 3.49 Mt".
  const auto place_label = [&](ImVec2 dot, const std::string& text, ImU32 colour, bool prefer_above) {
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    float x = dot.x + 0.5f * fs;
    if (x + ts.x > plot_max.x) x = dot.x - 0.5f * fs - ts.x;
    x = std::max(x, plot_min.x + 0.2f * fs);
    float yy = prefer_above ? dot.y - ts.y - 0.3f * fs : dot.y + 0.3f * fs;
    yy = std::clamp(yy, plot_min.y - 0.7f * fs, plot_max.y - ts.y - 0.2f * fs);
    boxed_text(dl, ImVec2(x, yy), colour, text);
  };
  const std::string peak_text = s.format(m.peaked ? "pathway.peak" : "pathway.not_peaked",
                                         {{"year", std::to_string(m.peak_year)}, {"v", mt(m.peak_t)}});
  const ImVec2 peak_dot = chart.to_screen(m.peak_year, m.peak_t / 1e6);
  // Neutrality: dot on the net line, or a note that it is not reached.
  if (m.neutrality_year != 0) {
    const auto& ny = years[std::min<std::size_t>(m.neutrality_year - kFirstYear, years.size() - 1)];
    const ImVec2 dot = chart.to_screen(m.neutrality_year, std::max(0.0, ny.net_t) / 1e6);
    dl->AddCircleFilled(dot, 0.38f * fs, IM_COL32(255, 255, 255, 255), 16);
    dl->AddCircleFilled(dot, 0.28f * fs, kNeutralColour, 16);
    place_label(dot, s.format("pathway.neutral", {{"year", std::to_string(m.neutrality_year)}}), kNeutralColour, true);
  } else {
    const std::string text = s.tr("pathway.not_neutral");
    const float tw = ImGui::CalcTextSize(text.c_str()).x;
    boxed_text(dl, ImVec2(plot_max.x - tw - 0.2f * fs, plot_min.y - 1.0f * fs), kPeakColour, text);
  }
  dl->AddCircleFilled(peak_dot, 0.38f * fs, IM_COL32(255, 255, 255, 255), 16);
  dl->AddCircleFilled(peak_dot, 0.28f * fs, kPeakColour, 16);
  place_label(peak_dot, peak_text, kPeakColour, false);
  ImGui::End();
  // The grid mix path editor over the left column (its panels are informational; the map and this chart,
  // which shows each edit's effect, stay in view), the column's full height: fixed, so buttons do not move
  // under the finger as anchors are added; it scrolls by dragging when the anchors outgrow it.
  if (mix_editor) {
    const PanelMetrics pm = panel_metrics();
    draw_mix_path_window(s, view.scenario, view.result, year, ImVec2(pm.margin, pm.margin),
                         ImVec2(pm.side_width, std::max(12.0f * fs, ImGui::GetIO().DisplaySize.y - 2.0f * pm.margin)),
                         &state->mix, rects);
  }
}

}  // namespace render
