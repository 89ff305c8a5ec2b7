#include "render/ui/panel_transport.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"

namespace render {
namespace {

namespace tt = twin::transport;

void record(TransportUiState::Rect* r) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  *r = {a.x, a.y, b.x - a.x, b.y - a.y, true};
}

// A stage name from the model, translated when the strings know it ("stage.<name>").
std::string stage_label(const Strings& s, const std::string& stage) {
  if (stage.empty()) return "";
  const std::string key = "stage." + stage;
  const char* text = s.tr(key.c_str());
  return key == text ? stage : text;
}

std::string signed_number(double v, int decimals) {
  const std::string n = format_number(std::fabs(v), decimals);
  const double half = 0.5 * std::pow(10.0, -decimals);
  return std::string(v < -half ? "-" : v > half ? "+" : "") + n;
}

// One 100 % bar split by mode, with its label on the left.
void share_bar(const char* label, const TransportFigures& f, float label_width) {
  ImGui::TextUnformatted(label);
  ImGui::SameLine(label_width);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x, h = ImGui::GetTextLineHeight();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = p.x;
  for (int m = 0; m < tt::kModeCount; ++m) {
    const float dx = static_cast<float>(std::clamp(f.mode_share[m], 0.0, 1.0)) * w;
    dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + dx, p.y + h), mode_colour(m));
    x += dx;
  }
  ImGui::Dummy(ImVec2(w, h));
}

}  // namespace

ImU32 mode_colour(int mode) {
  static const ImU32 colours[tt::kModeCount] = {
      IM_COL32(126, 190, 110, 255),  // walk
      IM_COL32(64, 170, 170, 255),   // bike
      IM_COL32(240, 160, 60, 255),   // bus
      IM_COL32(50, 110, 200, 255),   // metro
      IM_COL32(205, 60, 60, 255),    // car
      IM_COL32(150, 110, 190, 255),  // taxi
  };
  return mode >= 0 && mode < tt::kModeCount ? colours[mode] : IM_COL32(128, 128, 128, 255);
}

void draw_transport_panel(const Strings& s, const TransportView& v, ImVec2 pos, ImVec2 pivot, float width,
                          TransportActions* actions, TransportUiState* ui, PanelRects* rects) {
  *ui = TransportUiState{};
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  const std::string title = std::string(s.tr("transport.title")) + "###transport";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  if (!open) {
    ImGui::End();
    return;
  }
  const int car = static_cast<int>(tt::Mode::Car);
  if (v.has_current) {
    const float label_width = 3.2f * ImGui::GetFontSize();
    share_bar(s.tr("transport.base"), v.has_base ? v.base : v.current, label_width);
    share_bar(s.tr("transport.current"), v.current, label_width);
    // Legend: mode, current share; three per line.
    for (int m = 0; m < tt::kModeCount; ++m) {
      const float x0 = ImGui::GetWindowContentRegionMin().x;
      const float column = (ImGui::GetWindowContentRegionMax().x - x0) / 3.0f;
      if (m % 3 != 0) ImGui::SameLine(x0 + static_cast<float>(m % 3) * column);
      const float sw = ImGui::GetFontSize() * 0.7f;
      const ImVec2 p = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 0.2f * sw), ImVec2(p.x + sw, p.y + 1.2f * sw),
                                                mode_colour(m));
      ImGui::Dummy(ImVec2(sw, sw));
      ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
      const std::string key = std::string("mode.") + tt::to_string(static_cast<tt::Mode>(m));
      ImGui::Text("%s %s%%", s.tr(key.c_str()), format_number(100.0 * v.current.mode_share[m], 0).c_str());
    }
    if (ImGui::BeginTable("transport_figures", 2, ImGuiTableFlags_SizingStretchProp)) {
      table_row(s.tr("transport.car_share"),
                s.format("transport.pct", {{"v", format_number(100.0 * v.current.mode_share[car], 1)}}));
      table_row(s.tr("transport.car_vkm"), format_big(s, "fmt.big_vkm", v.current.car_vehicle_km_per_day));
      table_row(s.tr("transport.congested"), format_with_unit(s, "transport.links", v.current.congested_links, 0));
      table_row(s.tr("transport.run_time"), format_with_unit(s, "transport.ms", v.run_ms, 0));
      ImGui::EndTable();
    }
    // The change from the base, once the policy differs from it (e.g. a new line was built).
    if (v.has_base && v.added_lines > 0) {
      const double d_share = 100.0 * (v.current.mode_share[car] - v.base.mode_share[car]);
      const double d_vkm = v.base.car_vehicle_km_per_day > 0
                               ? 100.0 * (v.current.car_vehicle_km_per_day / v.base.car_vehicle_km_per_day - 1.0)
                               : 0.0;
      const bool better = d_share <= 0.0;
      ImGui::PushStyleColor(ImGuiCol_Text, better ? ImVec4(0.10f, 0.50f, 0.25f, 1.0f) : ImVec4(0.75f, 0.20f, 0.15f, 1.0f));
      ImGui::TextWrapped("%s", s.format("transport.change", {{"share", signed_number(d_share, 1)},
                                                             {"vkm", signed_number(d_vkm, 1)}}).c_str());
      ImGui::PopStyleColor();
    }
    // Their effect on the pathway in the chart's year, split so that a visitor sees both sides: less
    // petrol burnt, more electricity for the trains (which can outweigh it where few ride).
    if (v.has_effect) {
      const double net = v.effect_tailpipe_t + v.effect_electricity_t;
      ImGui::PushStyleColor(ImGuiCol_Text, net <= 0.0 ? ImVec4(0.10f, 0.50f, 0.25f, 1.0f) : ImVec4(0.75f, 0.20f, 0.15f, 1.0f));
      ImGui::TextWrapped("%s", s.format("transport.effect", {{"year", std::to_string(v.effect_year)},
                                                             {"tail", signed_number(v.effect_tailpipe_t / 1e3, 1)},
                                                             {"elec", signed_number(v.effect_electricity_t / 1e3, 1)},
                                                             {"net", signed_number(net / 1e3, 1)}}).c_str());
      ImGui::PopStyleColor();
    }
  }
  if (v.busy) {
    const std::string label = s.format("transport.running", {{"stage", stage_label(s, v.stage)},
                                                             {"p", format_number(100.0 * v.progress, 0)}});
    ImGui::ProgressBar(static_cast<float>(v.progress), ImVec2(-1.0f, 0.0f), label.c_str());
  } else if (v.failed) {
    ImGui::TextWrapped("%s", s.tr("transport.failed"));
  }

  // Traffic layer switch and its v/c legend.
  {
    const bool on = v.traffic_layer;
    if (on) {
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.16f, 0.52f, 0.42f, 1.0f));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 1.0f, 1.0f, 1.0f));
    }
    ImGui::BeginDisabled(!v.has_current);
    if (ImGui::Button(s.tr("transport.traffic"))) actions->toggle_traffic = true;
    ImGui::SameLine();
    ImGui::EndDisabled();
    if (on) ImGui::PopStyleColor(2);
    record(&ui->traffic);
    if (!(on && v.has_current)) ImGui::NewLine();
    if (on && v.has_current) {
      const struct {
        ImU32 colour;
        const char* key;
      } bins[] = {{IM_COL32(46, 160, 67, 255), "transport.vc_free"},
                  {IM_COL32(242, 201, 40, 255), "transport.vc_busy"},
                  {IM_COL32(214, 39, 40, 255), "transport.vc_jam"},
                  {IM_COL32(150, 150, 150, 255), "transport.vc_none"}};
      // Two columns of swatches right of the switch.
      const float x0 = ImGui::GetCursorPosX();
      const float column = 0.5f * (ImGui::GetWindowContentRegionMax().x - x0);
      int index = 0;
      for (const auto& b : bins) {
        const float sw = ImGui::GetFontSize() * 0.7f;
        if (index % 2 == 1) ImGui::SameLine(x0 + column);
        else if (index > 0) ImGui::SetCursorPosX(x0);
        ++index;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 0.3f * sw), ImVec2(p.x + sw, p.y + 0.8f * sw),
                                                  b.colour);
        ImGui::Dummy(ImVec2(sw, sw));
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::TextUnformatted(s.tr(b.key));
      }
    }
  }

  // Drawing a new line.
  if (!v.drawing) {
    const std::string remove = s.format("transport.remove", {{"n", std::to_string(v.added_lines)}});
    // "Remove" beside the draw button when both labels fit on one row, else below it.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float remove_width =
        v.added_lines > 0 ? ImGui::CalcTextSize(remove.c_str()).x + 2.0f * style.FramePadding.x + style.ItemSpacing.x
                          : 0.0f;
    const float draw_width = ImGui::CalcTextSize(s.tr("transport.draw")).x + 2.0f * style.FramePadding.x;
    const bool one_row = draw_width + remove_width <= ImGui::GetContentRegionAvail().x;
    ImGui::BeginDisabled(!v.has_current);
    if (ImGui::Button(s.tr("transport.draw"), ImVec2(one_row ? -remove_width - 1.0f : -1.0f, 0.0f)))
      actions->start_drawing = true;
    ImGui::EndDisabled();
    record(&ui->draw);
    if (v.added_lines > 0) {
      if (one_row) ImGui::SameLine();
      ImGui::BeginDisabled(v.busy);
      if (ImGui::Button(remove.c_str(), ImVec2(-1.0f, 0.0f))) actions->remove_added_lines = true;
      ImGui::EndDisabled();
      record(&ui->remove);
    }
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.45f, 0.18f, 0.55f, 1.0f));
    ImGui::TextWrapped("%s", s.format("transport.draw_hint", {{"n", std::to_string(v.draft_stations)}}).c_str());
    ImGui::PopStyleColor();
    ImGui::BeginDisabled(v.draft_stations == 0);
    if (ImGui::Button(s.tr("transport.undo"))) actions->undo_station = true;
    ImGui::EndDisabled();
    record(&ui->undo);
    ImGui::SameLine();
    ImGui::BeginDisabled(v.draft_stations < 2);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.16f, 0.52f, 0.42f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 1.0f, 1.0f, 1.0f));
    if (ImGui::Button(s.tr("transport.build"))) actions->build_line = true;
    ImGui::PopStyleColor(2);
    ImGui::EndDisabled();
    record(&ui->build);
    ImGui::SameLine();
    if (ImGui::Button(s.tr("transport.cancel"))) actions->cancel_drawing = true;
    record(&ui->cancel);
  }
  ImGui::End();
}

}  // namespace render
