// The scenarios panel and its toggle (see panel_scenarios.hpp).
#include "render/ui/panel_scenarios.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "render/ui/panel_format.hpp"
#include "render/ui/panel_widgets.hpp"
#include "render/ui/panels.hpp"

namespace render {
namespace {

constexpr ImU32 kUp = IM_COL32(200, 82, 70, 255);     // more emissions than the compared scenario
constexpr ImU32 kDown = IM_COL32(40, 150, 100, 255);  // fewer
constexpr ImU32 kTotal = IM_COL32(70, 90, 110, 255);

bool is_compared(const ScenarioView& v, const std::string& name) {
  return v.compared != nullptr && std::find(v.compared->begin(), v.compared->end(), name) != v.compared->end();
}

std::string signed_mt(double t) {
  const std::string s = format_number(t / 1e6, 3) + " Mt";
  return t > 0 ? "+" + s : s;
}

// One horizontal bar per contribution, each starting where the previous one ended (a waterfall), then
// the total from zero. Bars are scaled to the largest running extent.
void draw_waterfall(const Strings& s, const ScenarioWaterfall& w) {
  ImGui::TextWrapped("%s", s.format("scen.waterfall", {{"name", w.against}, {"metric", s.tr(w.metric.c_str())}}).c_str());
  if (w.grouped) ImGui::TextDisabled("%s", s.tr("scen.grouped"));
  double run = 0, lo = 0, hi = 0;
  for (const WaterfallBar& b : w.bars) {
    run += b.delta_t;
    lo = std::min(lo, run);
    hi = std::max(hi, run);
  }
  lo = std::min(lo, w.total_t);
  hi = std::max(hi, w.total_t);
  const double span = hi - lo > 0 ? hi - lo : 1.0;
  const float font = ImGui::GetFontSize();
  const float label_w = 9.0f * font, value_w = 6.5f * font;
  const float bar_w = std::max(4.0f * font, ImGui::GetContentRegionAvail().x - label_w - value_w);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  auto row = [&](const std::string& label, double from, double to, ImU32 colour, double value) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = 1.15f * font;
    ImGui::TextUnformatted(label.c_str());
    const float x0 = p.x + label_w + static_cast<float>((std::min(from, to) - lo) / span) * bar_w;
    const float x1 = p.x + label_w + static_cast<float>((std::max(from, to) - lo) / span) * bar_w;
    draw->AddRectFilled(ImVec2(x0, p.y + 0.15f * h), ImVec2(std::max(x1, x0 + 1.5f), p.y + 0.9f * h), colour, 3.0f);
    const std::string text = signed_mt(value);
    draw->AddText(ImVec2(p.x + label_w + bar_w + 0.4f * font, p.y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  };
  run = 0;
  for (const WaterfallBar& b : w.bars) {
    row(b.label, run, run + b.delta_t, b.delta_t > 0 ? kUp : kDown, b.delta_t);
    run += b.delta_t;
  }
  ImGui::Separator();
  row(s.tr("scen.total"), 0, w.total_t, kTotal, w.total_t);
  ImGui::TextDisabled("%s", s.format("scen.eval_ms", {{"ms", format_number(w.eval_ms, 1)}}).c_str());
}

// The QR code and, beside it, what to do with it.
void draw_qr(const Strings& s, const QrMatrix& qr, ScenarioUiState* ui) {
  draw_qr_code(qr, std::min(ImGui::GetContentRegionAvail().x, 12.0f * ImGui::GetFontSize()), &ui->qr_min, &ui->qr_max);
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", s.tr("scen.qr_hint"));
  ImGui::PopTextWrapPos();
}

// "Find the cheapest way": the goal (peak by, optionally neutral by), the button, and the last plan.
void draw_cheapest(const Strings& s, const ScenarioView& v, ScenarioUiState* ui, ScenarioActions* actions) {
  const float font = ImGui::GetFontSize();
  ImGui::TextUnformatted(s.tr("scen.cheapest.title"));
  ImGui::SetNextItemWidth(std::max(6.0f * font, 0.45f * ImGui::GetContentRegionAvail().x));
  ImGui::SliderInt("##peak_by", &ui->peak_by, 2021, 2060, s.tr("scen.cheapest.peak_by"));
  ImGui::SameLine();
  ImGui::Checkbox("##neutral_on", &ui->neutral_on);
  ImGui::SameLine();
  ImGui::BeginDisabled(!ui->neutral_on);
  ImGui::SetNextItemWidth(std::max(6.0f * font, ImGui::GetContentRegionAvail().x));
  ImGui::SliderInt("##neutral_by", &ui->neutral_by, 2030, 2060, s.tr("scen.cheapest.neutral_by"));
  ImGui::EndDisabled();
  if (ImGui::Button(s.tr("scen.cheapest.run"), ImVec2(-1.0f, 2.0f * font))) {
    ScenarioActions::Goal goal;
    goal.peak_by = ui->peak_by;
    if (ui->neutral_on) goal.neutral_by = ui->neutral_by;
    actions->find_cheapest = goal;
  }
  if (v.plan == nullptr) return;
  ImGui::TextWrapped("%s", v.plan->summary.c_str());
  if (!v.plan->found || v.plan->lines.empty()) return;
  if (ImGui::BeginTable("##plan", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    for (const PlanLine& l : v.plan->lines) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(l.label.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(l.change.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.format("scen.cheapest.cost", {{"v", format_number(l.cost_yuan / 1e8, 2)}}).c_str());
    }
    ImGui::EndTable();
  }
}

// The MAC curve: bars side by side, width = abatement (kt), height = cost per tonne (yuan/t, below the
// axis when the move saves money), the widest ones named.
void draw_mac(const Strings& s, const ScenarioView& v, ScenarioUiState* ui, ScenarioActions* actions) {
  const float font = ImGui::GetFontSize();
  if (ui->scroll_to_mac) {
    ImGui::SetScrollHereY(0.0f);
    ui->scroll_to_mac = false;
  }
  if (ImGui::Button(s.format("scen.mac.run", {{"year", std::to_string(v.year)}}).c_str(), ImVec2(-1.0f, 2.0f * font)))
    actions->mac_year = v.year;
  if (v.mac == nullptr) return;
  const MacView& m = *v.mac;
  ImGui::TextWrapped("%s", s.format("scen.mac.title", {{"year", std::to_string(m.year)}}).c_str());
  if (m.stale) ImGui::TextDisabled("%s", s.tr("scen.mac.stale"));
  double total = 0, lo = 0, hi = 0, second = 0;
  for (const MacBar& b : m.bars) {
    total += b.abatement_t;
    lo = std::min(lo, b.cost_per_t);
    if (b.cost_per_t > hi) second = hi, hi = b.cost_per_t;
    else second = std::max(second, b.cost_per_t);
  }
  // One very dear measure (urban parks abate little at a high cost) would flatten every other bar: the
  // axis then stops above the second dearest and that bar is cut, its value written on it.
  const bool clipped = second > 0.0 && hi > 4.0 * second;
  if (clipped) hi = 1.3 * second;
  if (m.bars.empty() || !(total > 0.0)) {
    ImGui::TextDisabled("%s", s.tr("scen.mac.none"));
    return;
  }
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x, h = 9.0f * font;
  const float left = p.x + 3.5f * font, right = p.x + w - 0.5f * font, top = p.y + 0.5f * font, bottom = p.y + h - 1.2f * font;
  const double span = hi - lo > 0 ? hi - lo : 1.0;
  auto y_of = [&](double c) { return bottom - static_cast<float>((c - lo) / span) * (bottom - top); };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float zero = y_of(0.0);
  double x = 0;
  for (const MacBar& b : m.bars) {
    const float x0 = left + static_cast<float>(x / total) * (right - left);
    x += b.abatement_t;
    const float x1 = left + static_cast<float>(x / total) * (right - left);
    const ImU32 colour = b.cost_per_t < 0 ? kDown : IM_COL32(230, 150, 60, 255);
    const double shown = std::min(b.cost_per_t, hi);
    dl->AddRectFilled(ImVec2(x0, std::min(zero, y_of(shown))), ImVec2(std::max(x1 - 1.0f, x0 + 1.0f), std::max(zero, y_of(shown))),
                      colour);
    if (b.cost_per_t > hi) {
      const std::string cut = s.format("scen.mac.cut", {{"v", format_number(b.cost_per_t, 0)}});
      const float tw = ImGui::CalcTextSize(cut.c_str()).x;
      dl->AddText(ImVec2(std::max(left, x1 - tw), top - 0.5f * font), IM_COL32(150, 80, 20, 255), cut.c_str());
    }
    const ImVec2 ts = ImGui::CalcTextSize(b.label.c_str());
    if (x1 - x0 > ts.x + 4.0f)
      dl->AddText(ImVec2(0.5f * (x0 + x1 - ts.x), b.cost_per_t < 0 ? zero + 2.0f : zero - ts.y - 2.0f),
                  ImGui::GetColorU32(ImGuiCol_Text), b.label.c_str());
  }
  dl->AddLine(ImVec2(left, zero), ImVec2(right, zero), IM_COL32(90, 90, 90, 255), 1.0f);
  for (double c : {lo, hi}) {
    const std::string label = format_number(c, 0);
    dl->AddText(ImVec2(p.x, y_of(c) - 0.5f * font), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  }
  const std::string axis = s.format("scen.mac.axis", {{"kt", format_number(total / 1e3, 0)}});
  dl->AddText(ImVec2(left, bottom + 0.15f * font), ImGui::GetColorU32(ImGuiCol_TextDisabled), axis.c_str());
  ImGui::Dummy(ImVec2(w, h));
  for (const MacBar& b : m.bars)  // the list the bars stand for (narrow ones are not named on the chart)
    ImGui::TextDisabled("%s", s.format("scen.mac.line", {{"lever", b.label}, {"kt", format_number(b.abatement_t / 1e3, 1)},
                                                          {"cost", format_number(b.cost_per_t, 0)}}).c_str());
}

}  // namespace

void draw_scenario_toggle(const Strings& s, ImVec2 pos, ImVec2 pivot, const ScenarioUiState& state,
                          ScenarioActions* actions, PanelRects* rects) {
  const std::string label = std::string(s.tr(state.open ? "scen.close" : "scen.open")) + "###scenario_toggle_button";
  if (panel_toggle_button("###scenario_toggle", label.c_str(), pos, pivot, rects)) actions->set_open = !state.open;
}

void draw_scenario_panel(const Strings& s, const ScenarioView& v, ImVec2 pos, ImVec2 size, ScenarioUiState* ui,
                         ScenarioActions* actions, PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  const std::string title = std::string(s.tr("scen.title")) + "###scenarios";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (!open) {
    ImGui::End();
    return;
  }
  const float font = ImGui::GetFontSize();
  const ImVec2 button(0.0f, 2.0f * font);
  // Save: the name typed, or "方案 N" with the next free number.
  const std::size_t saved_count = v.saved != nullptr ? v.saved->size() : 0;
  const std::string default_name = s.format("scen.default_name", {{"n", std::to_string(saved_count + 1)}});
  ImGui::SetNextItemWidth(std::max(6.0f * font, ImGui::GetContentRegionAvail().x - 7.0f * font));
  ImGui::InputTextWithHint("##scenario_name", default_name.c_str(), ui->name, sizeof(ui->name));
  ImGui::SameLine();
  if (ImGui::Button(s.tr("scen.save"), button)) {
    actions->save_as = ui->name[0] != '\0' ? std::string(ui->name) : default_name;
    ui->name[0] = '\0';
  }
  if (ImGui::Button(s.tr("scen.share"), button)) actions->share_link = true;
  ImGui::SameLine();
  if (ImGui::Button(s.tr("scen.download"), button)) actions->download = true;
  ImGui::SameLine();
  if (ImGui::Button(s.tr("scen.open_file"), button)) actions->open_file = true;
  if (!v.status.empty()) ImGui::TextWrapped("%s", v.status.c_str());
  if (v.share_qr != nullptr) {
    draw_qr(s, *v.share_qr, ui);
  } else {
    ui->qr_min = ui->qr_max = ImVec2(0, 0);
  }
  if (v.waterfall != nullptr) {
    ImGui::Separator();
    draw_waterfall(s, *v.waterfall);
  }
  ImGui::Separator();
  draw_cheapest(s, v, ui, actions);
  ImGui::Separator();
  draw_mac(s, v, ui, actions);
  ImGui::Separator();

  // Saved scenarios, newest first: load, compare (toggle), delete.
  if (saved_count == 0) {
    ImGui::TextDisabled("%s", s.tr("scen.none_saved"));
  } else if (ImGui::BeginTable("##saved", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    for (const SavedScenarioRow& row : *v.saved) {
      ImGui::PushID(row.name.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(row.name.c_str());
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(s.tr("scen.load"))) actions->load = row.name;
      ImGui::TableNextColumn();
      const bool compared = is_compared(v, row.name);
      if (compared) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
      if (ImGui::SmallButton(s.tr(compared ? "scen.uncompare" : "scen.compare"))) actions->toggle_compare = row.name;
      if (compared) ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(s.tr("scen.delete"))) actions->remove = row.name;
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace render
