// The kiosk's screen; see panel_kiosk.hpp.
#include "render/ui/panel_kiosk.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

#include "render/ui/panels.hpp"
#include "render/ui/touch_scroll.hpp"

namespace render {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoTitleBar;
constexpr ImU32 kAccent = IM_COL32(76, 200, 150, 255);
constexpr ImU32 kIconLine = IM_COL32(235, 248, 242, 255);
constexpr ImU32 kSun = IM_COL32(255, 200, 70, 255);

std::string one_decimal(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

ImVec4 rect_of_last_item() {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return ImVec4(a.x, a.y, b.x, b.y);
}

// Simple line icons for the three cards, in a square of side s at p: an insulated house, a metro
// train, a sun over a panel. Drawn, not a font: the subset UI font has no pictographs.
void draw_choice_icon(ImDrawList* dl, int index, ImVec2 p, float s) {
  const float w = std::max(1.5f, s * 0.06f);
  if (index == 0) {
    dl->AddTriangle(ImVec2(p.x + 0.10f * s, p.y + 0.45f * s), ImVec2(p.x + 0.50f * s, p.y + 0.10f * s),
                    ImVec2(p.x + 0.90f * s, p.y + 0.45f * s), kIconLine, w);
    dl->AddRect(ImVec2(p.x + 0.20f * s, p.y + 0.45f * s), ImVec2(p.x + 0.80f * s, p.y + 0.90f * s), kIconLine, 0.0f, 0, w);
    // The insulation: a second, green outline around the walls.
    dl->AddRect(ImVec2(p.x + 0.13f * s, p.y + 0.42f * s), ImVec2(p.x + 0.87f * s, p.y + 0.95f * s), kAccent, 0.0f, 0, w);
    dl->AddRectFilled(ImVec2(p.x + 0.42f * s, p.y + 0.62f * s), ImVec2(p.x + 0.58f * s, p.y + 0.90f * s), kIconLine);
  } else if (index == 1) {
    dl->AddRect(ImVec2(p.x + 0.15f * s, p.y + 0.12f * s), ImVec2(p.x + 0.85f * s, p.y + 0.72f * s), kIconLine,
                0.18f * s, 0, w);
    dl->AddRectFilled(ImVec2(p.x + 0.25f * s, p.y + 0.22f * s), ImVec2(p.x + 0.75f * s, p.y + 0.45f * s), kAccent,
                      0.05f * s);
    dl->AddCircleFilled(ImVec2(p.x + 0.32f * s, p.y + 0.60f * s), 0.05f * s, kIconLine);
    dl->AddCircleFilled(ImVec2(p.x + 0.68f * s, p.y + 0.60f * s), 0.05f * s, kIconLine);
    dl->AddLine(ImVec2(p.x + 0.30f * s, p.y + 0.72f * s), ImVec2(p.x + 0.18f * s, p.y + 0.92f * s), kIconLine, w);
    dl->AddLine(ImVec2(p.x + 0.70f * s, p.y + 0.72f * s), ImVec2(p.x + 0.82f * s, p.y + 0.92f * s), kIconLine, w);
  } else {
    const ImVec2 c(p.x + 0.30f * s, p.y + 0.28f * s);
    dl->AddCircleFilled(c, 0.12f * s, kSun);
    for (int k = 0; k < 8; ++k) {
      const float a = 0.785398f * static_cast<float>(k);
      dl->AddLine(ImVec2(c.x + 0.17f * s * std::cos(a), c.y + 0.17f * s * std::sin(a)),
                  ImVec2(c.x + 0.24f * s * std::cos(a), c.y + 0.24f * s * std::sin(a)), kSun, w);
    }
    // A tilted panel with its cells.
    const ImVec2 a(p.x + 0.30f * s, p.y + 0.62f * s), b(p.x + 0.92f * s, p.y + 0.50f * s),
        c2(p.x + 0.80f * s, p.y + 0.90f * s), d(p.x + 0.16f * s, p.y + 0.95f * s);
    dl->AddQuadFilled(a, b, c2, d, IM_COL32(40, 90, 160, 255));
    dl->AddQuad(a, b, c2, d, kIconLine, w);
    dl->AddLine(ImVec2(0.5f * (a.x + b.x), 0.5f * (a.y + b.y)), ImVec2(0.5f * (d.x + c2.x), 0.5f * (d.y + c2.y)),
                kIconLine, w * 0.6f);
  }
}

// One choice card: an icon, the name and a one-line hint; green when on. Returns true when tapped.
bool choice_card(const Strings& s, int index, bool on, ImVec2 size, ImVec4* rect) {
  const std::string name_key = "kiosk.choice" + std::to_string(index + 1);
  const std::string hint_key = name_key + "_hint";
  ImGui::PushID(index);
  ImGui::PushStyleColor(ImGuiCol_Button, on ? ImVec4(0.10f, 0.55f, 0.40f, 1.0f) : ImVec4(0.14f, 0.32f, 0.34f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? ImVec4(0.12f, 0.60f, 0.44f, 1.0f) : ImVec4(0.18f, 0.40f, 0.42f, 1.0f));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::Button("##card", size);
  *rect = rect_of_last_item();
  ImGui::PopStyleColor(2);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = 0.08f * std::min(size.x, size.y);
  const float icon = std::min(size.y * 0.36f, size.x * 0.40f);
  draw_choice_icon(dl, index, ImVec2(p.x + pad, p.y + pad), icon);
  // A tick in the corner when on.
  if (on) {
    const ImVec2 t(p.x + size.x - pad - 0.5f * icon * 0.5f, p.y + pad + 0.25f * icon);
    dl->AddCircleFilled(t, 0.25f * icon, IM_COL32(255, 255, 255, 235));
    dl->AddPolyline(std::array<ImVec2, 3>{ImVec2(t.x - 0.12f * icon, t.y), ImVec2(t.x - 0.03f * icon, t.y + 0.09f * icon),
                                          ImVec2(t.x + 0.13f * icon, t.y - 0.10f * icon)}
                        .data(),
                    3, IM_COL32(16, 120, 80, 255), 0, std::max(2.0f, 0.05f * icon));
  }
  const float font = ImGui::GetFontSize();
  const float text_x = p.x + pad;
  float text_y = p.y + 2.0f * pad + icon;
  const float wrap = size.x - 2.0f * pad;
  ImFont* f = ImGui::GetFont();
  const char* name = s.tr(name_key.c_str());
  dl->AddText(f, font * 1.15f, ImVec2(text_x, text_y), IM_COL32(255, 255, 255, 255), name, nullptr, wrap);
  text_y += f->CalcTextSizeA(font * 1.15f, FLT_MAX, wrap, name).y + 0.2f * font;
  if (text_y + font < p.y + size.y) {  // the hint only where it fits (small portrait cards drop it)
    dl->PushClipRect(p, ImVec2(p.x + size.x, p.y + size.y), true);
    dl->AddText(f, font * 0.85f, ImVec2(text_x, text_y), IM_COL32(210, 232, 226, 255), s.tr(hint_key.c_str()), nullptr,
                wrap);
    dl->PopClipRect();
  }
  ImGui::PopID();
  return pressed;
}

std::string year_text(const Strings& s, int year) { return s.format("kiosk.year", {{"v", std::to_string(year)}}); }

void draw_title_card(const KioskPanelView& view, ImVec2 pos, float max_width, KioskActions* actions,
                     PanelRects* rects, KioskRects* out) {
  const Strings& s = view.strings;
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_width, FLT_MAX));
  ImGui::Begin("##kiosk_title", nullptr, kFixed | ImGuiWindowFlags_AlwaysAutoResize);
  rects->add_current_window();
  ImGui::SetWindowFontScale(1.35f);
  ImGui::TextUnformatted(s.tr("kiosk.title"));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PushTextWrapPos(max_width - ImGui::GetStyle().WindowPadding.x);
  ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.55f, 1.0f), "%s",
                     s.tr(view.synthetic_city ? "kiosk.synthetic" : "kiosk.imported"));
  ImGui::PopTextWrapPos();
  const bool zh = s.language() == "zh-CN";
  if (ImGui::Button(zh ? "English" : "中文")) actions->language = zh ? "en" : "zh-CN";
  out->language = rect_of_last_item();
  if (view.inclusion != nullptr && view.inclusion_state != nullptr) {
    ImGui::SameLine();
    const bool open = view.inclusion_state->open;
    if (ImGui::Button(s.tr(open ? "kiosk.inclusion_close" : "kiosk.inclusion_open"))) actions->inclusion.set_open = !open;
    out->inclusion = rect_of_last_item();
  }
  ImGui::End();
}

void draw_headline_card(const KioskPanelView& view, ImVec2 pos, float max_width, PanelRects* rects) {
  const Strings& s = view.strings;
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_width, FLT_MAX));
  ImGui::Begin("##kiosk_headline", nullptr, kFixed | ImGuiWindowFlags_AlwaysAutoResize);
  rects->add_current_window();
  const KioskHeadline& h = view.now;
  auto column = [&](const char* label_key, const std::string& value, bool first) {
    if (!first) ImGui::SameLine(0.0f, 1.5f * ImGui::GetFontSize());
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", s.tr(label_key));
    ImGui::SetWindowFontScale(1.9f);
    ImGui::TextUnformatted(value.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::EndGroup();
  };
  column("kiosk.peak_year", h.peaked ? year_text(s, h.peak_year) : s.tr("kiosk.not_peaked"), true);
  column("kiosk.peak", s.format("kiosk.wan_t", {{"v", one_decimal(h.peak_t / 1e4)}}), false);
  column("kiosk.neutral", h.neutral_year > 0 ? year_text(s, h.neutral_year) : s.tr("kiosk.not_neutral"), false);
  // The change against the start state, in words.
  if (view.start.peaked && h.peaked) {
    const int d = view.start.peak_year - h.peak_year;
    std::string line = d > 0   ? s.format("kiosk.earlier", {{"n", std::to_string(d)}})
                       : d < 0 ? s.format("kiosk.later", {{"n", std::to_string(-d)}})
                               : std::string(s.tr("kiosk.same_year"));
    ImGui::TextColored(d > 0 ? ImVec4(0.45f, 0.90f, 0.65f, 1.0f) : ImVec4(0.85f, 0.90f, 0.88f, 1.0f), "%s", line.c_str());
  }
  ImGui::End();
}

void draw_choices_card(const KioskPanelView& view, ImVec2 pos, ImVec2 size, KioskActions* actions, PanelRects* rects,
                       KioskRects* out) {
  const Strings& s = view.strings;
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  ImGui::Begin("##kiosk_choices", nullptr, kFixed);
  rects->add_current_window();
  // The title, with "start again" at the right end of the same row (the cards get the height).
  const float reset_w = ImGui::CalcTextSize(s.tr("kiosk.reset")).x + 2.0f * ImGui::GetStyle().FramePadding.x;
  ImGui::AlignTextToFramePadding();
  ImGui::SetWindowFontScale(1.15f);
  ImGui::TextUnformatted(s.tr("kiosk.choices_title"));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - reset_w));
  if (ImGui::Button(s.tr("kiosk.reset"))) actions->reset = true;
  out->reset = rect_of_last_item();
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float font = ImGui::GetFontSize();
  const float avail_w = ImGui::GetContentRegionAvail().x;
  // The cards take what the caption leaves (three lines).
  const float card_h = std::clamp(ImGui::GetContentRegionAvail().y - 3.4f * font, 4.0f * font, 10.0f * font);
  const ImVec2 card((avail_w - 2.0f * spacing) / 3.0f, card_h);
  for (int k = 0; k < kKioskChoiceCount; ++k) {
    if (k > 0) ImGui::SameLine();
    if (choice_card(s, k, view.choices[static_cast<std::size_t>(k)], card, &out->choices[static_cast<std::size_t>(k)]))
      actions->set_choice = std::make_pair(k, !view.choices[static_cast<std::size_t>(k)]);
  }
  ImGui::BeginChild("##caption", ImVec2(0.0f, 0.0f), false);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::SetWindowFontScale(1.1f);
  ImGui::TextUnformatted(view.caption.c_str());
  ImGui::SetWindowFontScale(1.0f);
  if (view.transport_busy && view.choices[1]) ImGui::TextDisabled("%s", s.tr("kiosk.computing"));
  ImGui::PopTextWrapPos();
  touch_drag_scroll();
  ImGui::EndChild();
  ImGui::End();
}

// The attract loop's invitation: centred, pulsing, not touchable itself (any touch ends the loop).
void draw_attract_caption(const KioskPanelView& view, ImVec2 display) {
  const Strings& s = view.strings;
  const float pulse = 0.80f + 0.20f * std::sin(static_cast<float>(view.attract_s) * 3.0f);
  ImGui::SetNextWindowPos(ImVec2(0.5f * display.x, 0.30f * display.y), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.78f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(0.8f * display.x, FLT_MAX));
  ImGui::Begin("##kiosk_attract", nullptr, kFixed | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs);
  ImGui::SetWindowFontScale(2.0f);
  ImGui::TextColored(ImVec4(1.0f, 1.0f, 1.0f, pulse), "%s", s.tr("kiosk.touch"));
  ImGui::SetWindowFontScale(1.0f);
  ImGui::End();
}

// The chart keeps the planner's light card (its net line and markers are drawn dark for a light ground).
void draw_chart_card(const KioskPanelView& view, ImVec2 pos, ImVec2 size, KioskActions* actions, PanelRects* rects) {
  if (view.pathway == nullptr || view.pathway_state == nullptr) return;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.97f, 0.98f, 0.97f, 0.93f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.10f, 0.12f, 0.12f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_TextDisabled, ImVec4(0.40f, 0.45f, 0.44f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_TitleBg, ImVec4(0.84f, 0.91f, 0.88f, 0.95f));
  ImGui::PushStyleColor(ImGuiCol_TitleBgActive, ImVec4(0.84f, 0.91f, 0.88f, 0.95f));
  draw_pathway_chart_panel(view.strings, *view.pathway, pos, size, view.pathway_state, &actions->pathway, rects);
  ImGui::PopStyleColor(5);
}

}  // namespace

float kiosk_ui_scale(double css_width, double css_height) {
  return static_cast<float>(std::clamp(std::min(css_width, css_height) / 720.0, 1.0, 3.0));
}

void draw_kiosk_panels(const KioskPanelView& view, KioskActions* actions, PanelRects* rects, KioskRects* out_rects) {
  rects->clear();
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float font = ImGui::GetFontSize();
  const float m = 0.8f * font;
  const bool landscape = display.x >= display.y;
  draw_title_card(view, ImVec2(m, m), landscape ? 0.40f * display.x : display.x - 2.0f * m, actions, rects, out_rects);
  const float title_bottom = rects->last_bottom();
  draw_headline_card(view, landscape ? ImVec2(display.x - m, m) : ImVec2(display.x - m, title_bottom + 0.5f * m),
                     landscape ? 0.55f * display.x : display.x - 2.0f * m, rects);
  const float bottom = display.y - m;
  const bool inclusion = view.inclusion != nullptr && view.inclusion_state != nullptr && view.inclusion_state->open;
  if (landscape) {
    const float h = std::clamp(0.36f * display.y, 14.0f * font, 0.5f * display.y);
    const float split = 0.56f * display.x;
    if (inclusion)  // from under the title card to the bottom, in place of the choices
      draw_inclusion_panel(view.strings, *view.inclusion, ImVec2(m, title_bottom + 0.5f * m),
                           ImVec2(split - 1.5f * m, bottom - title_bottom - 0.5f * m), view.inclusion_state,
                           &actions->inclusion, rects);
    else
      draw_choices_card(view, ImVec2(m, bottom - h), ImVec2(split - 1.5f * m, h), actions, rects, out_rects);
    draw_chart_card(view, ImVec2(split - 0.5f * m, bottom - h), ImVec2(display.x - split - 0.5f * m, h), actions, rects);
  } else {
    const float chart_h = std::clamp(0.22f * display.y, 11.0f * font, 0.3f * display.y);
    const float choices_h = std::clamp(0.26f * display.y, 14.0f * font, 0.35f * display.y);
    draw_chart_card(view, ImVec2(m, bottom - chart_h), ImVec2(display.x - 2.0f * m, chart_h), actions, rects);
    if (inclusion) {  // over the city's lower half, down to the chart
      const float top = 0.40f * display.y;
      draw_inclusion_panel(view.strings, *view.inclusion, ImVec2(m, top),
                           ImVec2(display.x - 2.0f * m, bottom - chart_h - 0.5f * m - top), view.inclusion_state,
                           &actions->inclusion, rects);
    } else {
      draw_choices_card(view, ImVec2(m, bottom - chart_h - 0.5f * m - choices_h),
                        ImVec2(display.x - 2.0f * m, choices_h), actions, rects, out_rects);
    }
  }
  if (view.attract) draw_attract_caption(view, display);
}

}  // namespace render
