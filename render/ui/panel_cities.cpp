// The city chooser inside the overview panel: the synthetic default city and the bundled example
// cities (real data, imported at build time), as finger-sized buttons — the kiosk has no keyboard to
// pick files with — and a line saying that planners' own files can be dropped on the page.
#include <imgui.h>

#include <string>

#include "render/ui/panels.hpp"

namespace render {

void draw_city_chooser(const PanelView& view, PanelActions* actions) {
  const Strings& s = view.strings;
  if (!ImGui::CollapsingHeader((std::string(s.tr("cities.title")) + "###cities").c_str())) return;
  const bool english = s.language() == "en";
  const float width = -1.0f;
  if (!view.city.synthetic && ImGui::Button(s.tr("cities.default"), ImVec2(width, 0.0f))) actions->open_city = "default";
  if (view.examples != nullptr)
    for (const ExampleCity& e : *view.examples) {
      const std::string& name = english && !e.name_en.empty() ? e.name_en : e.name;
      const bool shown = !view.city.synthetic && view.city.name == e.name;
      ImGui::BeginDisabled(shown);
      if (ImGui::Button((name + "##city_" + e.id).c_str(), ImVec2(width, 0.0f))) actions->open_city = e.file;
      ImGui::EndDisabled();
    }
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.35f, 0.38f, 0.38f, 1.0f));
  ImGui::TextWrapped("%s", s.tr("cities.drop_hint"));
  ImGui::PopStyleColor();
}

}  // namespace render
