#include "render/ui/panel_widgets.hpp"

#include <algorithm>
#include <cmath>

#include "render/ui/panels.hpp"

namespace render {

bool panel_toggle_button(const char* window_id, const char* label, ImVec2 pos, ImVec2 pivot, PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
  ImGui::Begin(window_id, nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  const bool pressed = ImGui::Button(label, ImVec2(0.0f, 2.2f * ImGui::GetFontSize()));
  ImGui::End();
  return pressed;
}

void draw_qr_code(const QrMatrix& qr, float max_side, ImVec2* min, ImVec2* max) {
  const int modules = qr.size + 8;
  const float px = std::max(2.0f, std::floor(max_side / static_cast<float>(modules)));
  const float side = px * static_cast<float>(modules);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, ImVec2(p.x + side, p.y + side), IM_COL32(255, 255, 255, 255));
  for (int r = 0; r < qr.size; ++r)
    for (int c = 0; c < qr.size; ++c)
      if (qr.at(r, c)) {
        const ImVec2 a(p.x + static_cast<float>(c + 4) * px, p.y + static_cast<float>(r + 4) * px);
        draw->AddRectFilled(a, ImVec2(a.x + px, a.y + px), IM_COL32(0, 0, 0, 255));
      }
  *min = p;
  *max = ImVec2(p.x + side, p.y + side);
  ImGui::Dummy(ImVec2(side, side));
}

}  // namespace render
