// Grid mix path editor; see panel_mix_path.hpp.
#include "render/ui/panel_mix_path.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "render/ui/chart.hpp"
#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"
#include "render/ui/touch_scroll.hpp"
#include "twin/energy_mix/mix_tables.hpp"

namespace render {
namespace {

using twin::emissions::GridRegion;
using twin::energy_mix::MixPathPoint;
namespace em = twin::energy_mix;

constexpr ImU32 kFactorColour = IM_COL32(170, 60, 40, 255);
constexpr ImU32 kShareColour = IM_COL32(30, 140, 80, 255);
const ImVec4 kChosen(0.16f, 0.52f, 0.42f, 1.0f);
const ImVec4 kErrorText(0.75f, 0.12f, 0.10f, 1.0f);

bool same_path(const std::vector<MixPathPoint>& a, const std::vector<MixPathPoint>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].year != b[i].year || a[i].nonfossil_share != b[i].nonfossil_share) return false;
  return true;
}

UiRect item_rect() {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return {a.x, a.y, b.x, b.y};
}

std::string region_name(const Strings& s, GridRegion region) {
  return s.tr((std::string("grid_region.") + twin::emissions::to_string(region)).c_str());
}

// A button drawn in the "chosen" colour when `chosen`; true when pressed.
bool choice_button(const char* label, bool chosen, float width) {
  if (chosen) {
    ImGui::PushStyleColor(ImGuiCol_Button, kChosen);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kChosen);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  }
  const bool pressed = ImGui::Button(label, ImVec2(width, 0.0f));
  if (chosen) ImGui::PopStyleColor(3);
  return pressed;
}

// The edited draft becomes the request when valid; else its errors are shown and the scenario keeps its path.
void edited(MixPathUiState* state) {
  state->errors = em::validate_mix_path(state->draft);
  if (!state->errors.empty()) return;
  if (!state->request) state->request = MixPathRequest{};
  state->request->path = state->draft;
  state->synced = state->draft;
}

// A new anchor: five years after the last (same share), or halfway between the last two when the last is 2060.
void add_point(MixPathUiState* state) {
  std::vector<MixPathPoint>& d = state->draft;
  if (d.empty()) {
    d = baseline_mix_path();
  } else if (d.back().year < em::kLastYear) {
    d.push_back({std::min(em::kLastYear, d.back().year + 5), d.back().nonfossil_share});
  } else if (d.size() >= 2 && d[d.size() - 1].year - d[d.size() - 2].year >= 2) {
    const MixPathPoint& a = d[d.size() - 2];
    const MixPathPoint& b = d.back();
    d.insert(d.end() - 1, {(a.year + b.year) / 2, 0.5 * (a.nonfossil_share + b.nonfossil_share)});
  }
}

// Grid factor (left axis, kg/kWh) and non-fossil share (right axis, %) of every pathway year, the own
// path's anchors as dots on the share line, and the scrubbed year.
void draw_factor_plot(const Strings& s, const twin::pathway::PathwayResult& result,
                      const std::vector<MixPathPoint>& anchors, int year, MixPathUiState* state) {
  const auto& years = result.years;
  const float fs = ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 6.5f * fs;
  ImGui::Dummy(ImVec2(width, height));
  if (years.size() < 2 || width < 6 * fs) return;
  double max_factor = 0.0;
  for (const auto& y : years) max_factor = std::max(max_factor, y.grid_factor_kg_per_kwh);
  const AxisTicks ticks = nice_ticks(max_factor, 3);
  const ImVec2 lo(origin.x + 2.6f * fs, origin.y + 1.1f * fs), hi(origin.x + width - 2.4f * fs, origin.y + height - 1.2f * fs);
  state->factor_plot = {lo.x, lo.y, hi.x, hi.y};
  const auto sx = [&](double y) {
    return static_cast<float>(lo.x + (y - years.front().year) / (years.back().year - years.front().year) * (hi.x - lo.x));
  };
  const auto sy = [&](double f) { return static_cast<float>(hi.y - f * (hi.y - lo.y)); };  // f in 0–1
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (double v : ticks.values) {
    const float py = sy(v / ticks.top);
    dl->AddLine(ImVec2(lo.x, py), ImVec2(hi.x, py), v == 0.0 ? kChartAxisColour : kChartGridColour, 1.0f);
    const std::string label = format_number(v, ticks.step >= 0.1 ? 1 : 2);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    dl->AddText(ImVec2(lo.x - 0.25f * fs - ts.x, py - 0.5f * ts.y), kFactorColour, label.c_str());
  }
  for (int pct : {0, 50, 100}) {
    const std::string label = std::to_string(pct);
    dl->AddText(ImVec2(hi.x + 0.25f * fs, sy(pct / 100.0) - 0.5f * fs), kShareColour, label.c_str());
  }
  dl->AddText(ImVec2(lo.x - 2.4f * fs, origin.y), kFactorColour, s.tr("mix.factor_axis"));
  const char* share_axis = s.tr("mix.share_axis");
  dl->AddText(ImVec2(hi.x + 2.2f * fs - ImGui::CalcTextSize(share_axis).x, origin.y), kShareColour, share_axis);
  for (int decade = years.front().year; decade <= years.back().year; decade += 10) {
    const std::string label = std::to_string(decade);
    const float tw = ImGui::CalcTextSize(label.c_str()).x;
    dl->AddText(ImVec2(sx(decade) - 0.5f * tw, hi.y + 0.15f * fs), kChartTextColour, label.c_str());
  }
  std::vector<ImVec2> factor, share;
  for (const auto& y : years) {
    factor.push_back(ImVec2(sx(y.year), sy(y.grid_factor_kg_per_kwh / ticks.top)));
    share.push_back(ImVec2(sx(y.year), sy(y.grid.mix.nonfossil_share)));
  }
  dl->AddPolyline(share.data(), static_cast<int>(share.size()), kShareColour, 0, 0.12f * fs);
  dl->AddPolyline(factor.data(), static_cast<int>(factor.size()), kFactorColour, 0, 0.14f * fs);
  for (const MixPathPoint& p : anchors)
    dl->AddCircleFilled(ImVec2(sx(p.year), sy(p.nonfossil_share)), 0.28f * fs, kShareColour, 12);
  const float px = sx(std::clamp(year, years.front().year, years.back().year));
  dl->AddLine(ImVec2(px, lo.y), ImVec2(px, hi.y), IM_COL32(22, 110, 90, 160), 0.08f * fs);
}

}  // namespace

std::vector<MixPathPoint> baseline_mix_path() {
  std::vector<MixPathPoint> path;
  for (const em::MixAnchor& a : em::current_policies_anchors()) path.push_back({a.year, a.nonfossil_share_pct / 100.0});
  return path;
}

void draw_mix_path_toggle(const Strings& s, const twin::pathway::Scenario& scenario, MixPathUiState* state) {
  const std::string label =
      s.format("mix.toggle", {{"region", region_name(s, scenario.grid_region)},
                              {"path", s.tr(scenario.grid_mix_path.empty() ? "mix.baseline" : "mix.own")}}) +
      "##mix_toggle";
  if (choice_button(label.c_str(), state->open, 0.0f)) state->open = !state->open;
  state->toggle = item_rect();
}

void draw_mix_path_window(const Strings& s, const twin::pathway::Scenario& scenario,
                          const twin::pathway::PathwayResult& result, int year, ImVec2 pos, ImVec2 size,
                          MixPathUiState* state, PanelRects* rects) {
  // The scenario's path changed outside the editor (API, link, file, reset): the draft follows it.
  if (!same_path(scenario.grid_mix_path, state->synced)) {
    state->synced = scenario.grid_mix_path;
    state->draft = scenario.grid_mix_path;
    state->errors.clear();
    state->own = !scenario.grid_mix_path.empty();
  }
  if (!state->open) {
    state->window = {};
    return;
  }
  const float fs = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  const std::string title = std::string(s.tr("mix.title")) + "###mix_path";
  // Opaque: it lies over the left column's panels, whose text would show through the usual translucency.
  ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  background.w = 1.0f;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
  const bool open = ImGui::Begin(title.c_str(), &state->open,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoCollapse);
  ImGui::PopStyleColor();
  rects->add_current_window();
  {
    const ImVec2 a = ImGui::GetWindowPos(), b = ImGui::GetWindowSize();
    state->window = {a.x, a.y, a.x + b.x, a.y + b.y};
  }
  if (!open) {
    ImGui::End();
    return;
  }
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float avail = std::max(ImGui::GetContentRegionAvail().x, 8.0f * fs);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + avail);

  // The grid region: whose published factor of the base year starts the path (twin/emissions/factor_tables).
  ImGui::TextUnformatted(s.tr("mix.region"));
  float widest = 0.0f;
  for (int r = 0; r < kGridRegionCount; ++r)
    widest = std::max(widest, ImGui::CalcTextSize(region_name(s, static_cast<GridRegion>(r)).c_str()).x);
  const int per_row = widest + 2.0f * ImGui::GetStyle().FramePadding.x <= (avail - 3.0f * spacing) / 4.0f ? 4 : 2;
  const float region_w = (avail - (per_row - 1) * spacing) / per_row;
  for (int r = 0; r < kGridRegionCount; ++r) {
    const auto region = static_cast<GridRegion>(r);
    if (r % per_row != 0) ImGui::SameLine();
    const std::string label = region_name(s, region) + "##region" + std::to_string(r);
    if (choice_button(label.c_str(), scenario.grid_region == region, region_w) && region != scenario.grid_region) {
      if (!state->request) state->request = MixPathRequest{};
      state->request->region = region;
    }
    state->region_buttons[r] = item_rect();
  }

  // The path: the current-policies baseline, or the user's own anchors.
  ImGui::Spacing();
  ImGui::TextUnformatted(s.tr("mix.path"));
  const float half_w = 0.5f * (avail - spacing);
  if (choice_button(s.tr("mix.baseline"), !state->own, half_w) && state->own) {
    state->own = false;
    state->errors.clear();
    if (!scenario.grid_mix_path.empty()) {
      if (!state->request) state->request = MixPathRequest{};
      state->request->path = std::vector<MixPathPoint>{};
      state->synced.clear();
    }
  }
  state->baseline_button = item_rect();
  ImGui::SameLine();
  if (choice_button(s.tr("mix.own"), state->own, half_w) && !state->own) {
    state->own = true;
    if (state->draft.empty()) state->draft = baseline_mix_path();
    edited(state);
  }
  state->own_button = item_rect();

  state->year_sliders.clear();
  state->share_sliders.clear();
  state->remove_buttons.clear();
  if (state->own) {
    bool changed = false;
    int remove = -1;
    const float remove_w = std::max(2.4f * fs, ImGui::CalcTextSize(s.tr("mix.remove")).x + 2.0f * ImGui::GetStyle().FramePadding.x);
    const float year_w = std::max(4.5f * fs, 0.3f * (avail - remove_w - 2.0f * spacing));
    const float slider_w = avail - remove_w - year_w - 2.0f * spacing;
    ImGui::TextDisabled("%s", s.tr("mix.col_year"));
    ImGui::SameLine(year_w + spacing + ImGui::GetStyle().WindowPadding.x);
    ImGui::TextDisabled("%s", s.tr("mix.col_share"));
    for (std::size_t i = 0; i < state->draft.size(); ++i) {
      MixPathPoint& p = state->draft[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::SetNextItemWidth(year_w);
      int y = p.year;
      if (ImGui::SliderInt("##year", &y, em::kFirstYear, em::kLastYear, "%d", ImGuiSliderFlags_AlwaysClamp) && y != p.year) {
        p.year = y;
        changed = true;
      }
      state->year_sliders.push_back(item_rect());
      ImGui::SameLine();
      ImGui::SetNextItemWidth(slider_w);
      double pct = 100.0 * p.nonfossil_share;
      const double lo = 0.0, hi = 100.0;
      // Non-fossil | fossil: the two shares of the anchor, adding up to 100 %.
      const std::string fossil = s.format("mix.fossil", {{"v", format_number(100.0 - pct, 1)}});
      std::string format = "%.1f%% | ";  // ImGui's printf format: the fossil text's '%' escaped
      for (char c : fossil) format += c == '%' ? std::string("%%") : std::string(1, c);
      if (ImGui::SliderScalar("##share", ImGuiDataType_Double, &pct, &lo, &hi, format.c_str(), ImGuiSliderFlags_AlwaysClamp) &&
          std::isfinite(pct)) {
        p.nonfossil_share = std::clamp(pct, lo, hi) / 100.0;
        changed = true;
      }
      state->share_sliders.push_back(item_rect());
      ImGui::SameLine();
      ImGui::BeginDisabled(state->draft.size() <= 1);  // an empty own path would be the baseline path
      if (ImGui::Button(s.tr("mix.remove"), ImVec2(remove_w, 0.0f))) remove = static_cast<int>(i);
      ImGui::EndDisabled();
      state->remove_buttons.push_back(item_rect());
      ImGui::PopID();
    }
    if (remove >= 0) {
      state->draft.erase(state->draft.begin() + remove);
      changed = true;
    }
    if (ImGui::Button(s.tr("mix.add"), ImVec2(avail, 0.0f))) {
      add_point(state);
      changed = true;
    }
    state->add_button = item_rect();
    if (changed) edited(state);
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
    for (const em::MixPathError& e : state->errors) {
      const bool year_error = e.field == "year";
      const MixPathPoint& p = state->draft[std::min<std::size_t>(e.index, state->draft.size() - 1)];
      ImGui::TextWrapped("%s", s.format(year_error ? "mix.err_year" : "mix.err_share",
                                        {{"i", std::to_string(e.index + 1)}, {"year", std::to_string(p.year)}})
                                   .c_str());
    }
    if (!state->errors.empty()) ImGui::TextWrapped("%s", s.tr("mix.not_applied"));
    ImGui::PopStyleColor();
  } else {
    state->add_button = {};
  }

  // The result: every year's grid factor and non-fossil share, and the scrubbed year's values.
  ImGui::Spacing();
  draw_factor_plot(s, result, scenario.grid_mix_path, year, state);
  const std::size_t k = static_cast<std::size_t>(std::clamp(year - twin::pathway::kFirstYear, 0,
                                                            static_cast<int>(result.years.size()) - 1));
  if (!result.years.empty()) {
    const twin::pathway::PathwayYear& y = result.years[k];
    ImGui::TextUnformatted(s.format("mix.year_value", {{"year", std::to_string(y.year)},
                                                       {"f", format_number(y.grid_factor_kg_per_kwh, 3)},
                                                       {"s", format_number(100.0 * y.grid.mix.nonfossil_share, 1)}})
                               .c_str());
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", s.tr("mix.note"));
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  touch_drag_scroll();
  ImGui::End();
}

}  // namespace render
