// The picked plant's panel; see panel_plant.hpp.
#include "render/ui/panel_plant.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "render/ui/panel_format.hpp"
#include "render/ui/panels.hpp"
#include "render/ui/touch_scroll.hpp"

namespace render {

void draw_plant_panel(const Strings& s, const PlantPanelView& v, ImVec2 pos, float width, float max_height,
                      PlantPanelActions* actions, PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, max_height));
  bool keep_open = true;
  const std::string title = std::string(s.tr("plant.title")) + "###plant";
  const bool open = ImGui::Begin(title.c_str(), &keep_open,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoCollapse);
  rects->add_current_window();
  if (!keep_open) actions->close = true;
  if (!open) {
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(v.name.c_str());
  ImGui::TextDisabled("%s%s", s.tr(v.sector_key.c_str()), v.synthetic ? s.tr("plant.synthetic") : "");
  const auto kt = [](double t) { return format_number(t / 1e3, 1); };
  ImGui::TextUnformatted(s.format("plant.rank", {{"rank", std::to_string(v.rank_before)},
                                                  {"n", std::to_string(v.plant_count)},
                                                  {"share", format_number(100.0 * v.share_before, 1)}})
                             .c_str());
  ImGui::TextUnformatted(s.format("plant.net", {{"year", std::to_string(v.year)}, {"kt", kt(v.net_before_t)},
                                                {"tce", format_number(v.energy_tce, 0)}})
                             .c_str());
  if (v.above_ets_threshold) ImGui::TextColored(ImVec4(0.70f, 0.20f, 0.10f, 1.0f), "%s", s.tr("plant.ets"));
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  ImGui::TextUnformatted(s.tr("plant.whatif"));
  twin::industry::IndustryLevers l = v.levers;
  bool changed = false;
  const struct {
    double* value;
    const char* key;
  } kSliders[] = {{&l.efficiency_pct, "plant.efficiency"},       {&l.electrification_pct, "plant.electrification"},
                  {&l.coal_to_gas_pct, "plant.coal_to_gas"},     {&l.two_high_output_cut_pct, "plant.output_cut"},
                  {&l.steel_h2_dri_pct, "plant.h2_dri"},         {&l.ccus_capture_pct, "plant.ccus"}};
  const double lo = 0.0, hi = 100.0;
  for (const auto& k : kSliders) {
    ImGui::TextUnformatted(s.tr(k.key));
    ImGui::SetNextItemWidth(-1.0f);
    double value = *k.value;
    const std::string id = std::string("##") + k.key;
    if (ImGui::SliderScalar(id.c_str(), ImGuiDataType_Double, &value, &lo, &hi, "%.0f %%", ImGuiSliderFlags_AlwaysClamp) &&
        std::isfinite(value)) {
      *k.value = std::clamp(value, lo, hi);
      changed = true;
    }
  }
  if (changed) actions->set_levers = l;
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(s.format("plant.after", {{"kt", kt(v.net_after_t)},
                                                  {"rank", std::to_string(v.rank_after)},
                                                  {"share", format_number(100.0 * v.share_after, 1)}})
                             .c_str());
  ImGui::TextUnformatted(s.format("plant.city_change", {{"kt", kt(v.industry_after_t - v.industry_before_t)},
                                                        {"before", kt(v.industry_before_t)},
                                                        {"after", kt(v.industry_after_t)}})
                             .c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::Button(s.tr("plant.reset"))) actions->set_levers = twin::industry::IndustryLevers{};
  touch_drag_scroll();
  ImGui::End();
}

}  // namespace render
