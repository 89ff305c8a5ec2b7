// Controls panel (language, colour mode, reset view), top right, and the legend (placed by
// draw_panels: bottom of the left column).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"

namespace render {
namespace {

// A button that shows whether its option is the current one.
bool toggle_button(const char* label, bool active) {
  if (active) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.16f, 0.52f, 0.42f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.20f, 0.58f, 0.47f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 1.0f, 1.0f, 1.0f));
  }
  const bool pressed = ImGui::Button(label);
  if (active) ImGui::PopStyleColor(3);
  return pressed;
}

ImVec4 to_imvec(const Rgb& c) { return ImVec4(c.r, c.g, c.b, 1.0f); }

// One swatch + label, wrapping to a new line when it would pass the window's right edge.
void legend_item(int index, bool first_on_line, const ImVec4& colour, const std::string& label) {
  const float swatch = ImGui::GetFrameHeight() * 0.7f;
  const float width = swatch + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str()).x;
  if (!first_on_line) {
    ImGui::SameLine(0.0f, 1.2f * ImGui::GetFontSize());
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
  }
  ImGui::ColorButton(("##swatch" + std::to_string(index)).c_str(), colour,
                     ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoPicker |
                         ImGuiColorEditFlags_NoDragDrop,
                     ImVec2(swatch, swatch));
  ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::TextUnformatted(label.c_str());
}

std::string legend_label(const Strings& s, ColorMode mode, const LegendEntry& e) {
  const auto number = [](double v) { return format_number(v, 0); };
  if (std::isfinite(e.upper) && e.upper > e.lower)
    return s.format(legend_range_key(mode), {{"lower", number(e.lower)}, {"upper", number(e.upper)}});
  if (e.upper > e.lower) return s.format(legend_above_key(mode), {{"lower", number(e.lower)}});
  return s.tr(e.label_key.c_str());
}

// The energy modes' buttons (greyed until the hourly results are in) and the simulation's progress.
void energy_controls(const PanelView& view, PanelActions* actions) {
  const Strings& s = view.strings;
  const EnergyView* energy = view.energy;
  if (energy == nullptr) return;
  const bool ready = energy->ready();
  ImGui::BeginDisabled(!ready);
  bool first = true;
  for (ColorMode mode : {ColorMode::ByEui, ColorMode::ByEmissions, ColorMode::ByPv}) {
    // Wrap to a new line when the button would pass the window's right edge (English is longer).
    const float width = ImGui::CalcTextSize(s.tr(i18n_key(mode))).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    if (!first) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    first = false;
    if (toggle_button(s.tr(i18n_key(mode)), view.color_mode == mode)) {
      actions->set_color_mode = true;
      actions->color_mode = mode;
    }
  }
  ImGui::EndDisabled();
  if (ready) return;
  if (energy->failed) {
    ImGui::TextWrapped("%s", s.tr("energy.failed"));
    return;
  }
  const std::string label = s.format("energy.progress", {{"p", format_number(100.0 * energy->progress, 0)}});
  ImGui::ProgressBar(static_cast<float>(energy->progress), ImVec2(-1.0f, 0.0f), label.c_str());
}

// The sinks layer's switch (and the chart's uncertainty band's beside it), and while the sinks layer is
// on the totals by type (area, yearly removal).
void sink_controls(const PanelView& view, PanelActions* actions) {
  if (view.sinks == nullptr) return;
  const Strings& s = view.strings;
  if (toggle_button(s.tr("sink.layer"), view.sinks->on)) actions->set_sink_layer = !view.sinks->on;
  if (view.uncertainty_on != nullptr) {
    ImGui::SameLine();
    if (toggle_button(s.tr("uncertainty.toggle"), *view.uncertainty_on)) actions->set_uncertainty = !*view.uncertainty_on;
  }
  if (!view.sinks->on || view.sinks->totals == nullptr) return;
  if (view.sinks->totals->empty()) {
    ImGui::TextWrapped("%s", s.tr("sink.none"));
    return;
  }
  for (const SinkTotal& t : *view.sinks->totals) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(sink_colour(t.type)));
    ImGui::TextUnformatted(s.tr(sink_i18n_key(t.type).c_str()));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(s.format("sink.total", {{"ha", format_number(t.area_ha, 0)},
                                                   {"kt", format_number(t.removal_t / 1e3, 1)}}).c_str());
  }
}

}  // namespace

void draw_controls_panel(const PanelView& view, PanelActions* actions, PanelRects* rects) {
  const Strings& s = view.strings;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const PanelMetrics m = panel_metrics();
  ImGui::SetNextWindowPos(ImVec2(display.x - m.margin, m.margin), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(m.side_width, 0.0f), ImGuiCond_Always);
  const std::string title = std::string(s.tr("controls.title")) + "###controls";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (open) {
    for (const char* language : {"zh-CN", "en"}) {
      if (language[0] != 'z') ImGui::SameLine();
      const std::string label = std::string(s.tr((std::string("lang.") + language).c_str())) + "##" + language;
      if (toggle_button(label.c_str(), s.language() == language)) actions->language = language;
    }
    ImGui::SameLine();
    if (ImGui::Button(s.tr("controls.reset_view"))) actions->reset_camera = true;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.tr("controls.color_by"));
    const struct {
      ColorMode mode;
      const char* key;
    } modes[] = {{ColorMode::ByUse, "color.use"}, {ColorMode::ByHeight, "color.height"}};
    for (const auto& m : modes) {
      ImGui::SameLine();
      if (toggle_button(s.tr(m.key), view.color_mode == m.mode)) {
        actions->set_color_mode = true;
        actions->color_mode = m.mode;
      }
    }
    energy_controls(view, actions);
    sink_controls(view, actions);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.35f, 0.38f, 0.38f, 1.0f));
    ImGui::TextWrapped("%s", s.tr("app.help"));
    ImGui::PopStyleColor();
  }
  ImGui::End();
}

void draw_legend_panel(const PanelView& view, PanelRects* rects, ImVec2 pos, ImVec2 pivot, float width) {
  const Strings& s = view.strings;
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  const std::string title = std::string(s.tr("legend.title")) + " · " +
                            s.tr(i18n_key(view.color_mode)) +
                            "###legend";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (open) {
    int index = 0;
    for (const LegendEntry& e : legend(view.color_mode)) {
      legend_item(index, index == 0, to_imvec(e.colour), legend_label(s, view.color_mode, e));
      ++index;
    }
    int metro_index = 0;
    for (const twin::TransitLine& line : view.city.transit_lines) {
      if (line.mode != twin::TransitMode::Metro) continue;
      const ImVec4 colour(((line.colour_rgb >> 16) & 255) / 255.0f, ((line.colour_rgb >> 8) & 255) / 255.0f,
                          (line.colour_rgb & 255) / 255.0f, 1.0f);
      legend_item(index + metro_index, metro_index == 0, colour,
                  s.format("legend.metro_line", {{"n", std::to_string(metro_index + 1)}}));
      ++metro_index;
    }
  }
  ImGui::End();
}

}  // namespace render
