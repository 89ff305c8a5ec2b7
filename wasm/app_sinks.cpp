// The sinks layer (see app.hpp): the city's sink polygons (render/ui/sink_overlay.hpp) projected every
// frame while the layer is on; the largest few that are on screen and clear of the panels are labelled.
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "render/ui/panel_format.hpp"
#include "wasm/app.hpp"

namespace app {
namespace {

constexpr std::size_t kLabelledSinks = 6;
constexpr int kLabelsPerType = 2;

}  // namespace

void App::init_sinks() {
  sink_polygons_ = render::sink_polygons(*city_);
  sink_totals_ = render::sink_totals(*city_);
}

void App::set_sink_layer(bool on) {
  if (on != sink_layer_) invalidate();
  sink_layer_ = on;
  if (!on) sink_shapes_drawn_.clear();
}

const std::vector<render::SinkShape>& App::update_sink_shapes() {
  std::vector<render::SinkShape>& shapes = sink_shapes_drawn_;
  shapes.clear();
  std::size_t labelled = 0;
  std::vector<std::array<float, 4>> boxes;  // labels placed: x0, y0, x1, y1
  std::array<int, twin::sinks::kSinkTypeCount> per_type{};  // so that every type present gets labels
  for (const render::SinkPolygon& p : sink_polygons_) {
    render::SinkShape shape{p.type, {}, false, {0, 0}, {}};
    bool visible = true;
    for (const twin::Vec2& v : p.ring) {
      double x = 0, y = 0;
      if (!world_to_screen(v.x_m, v.y_m, &x, &y)) {  // behind the camera: not drawn
        visible = false;
        break;
      }
      shape.ring.push_back(ImVec2(static_cast<float>(x), static_cast<float>(y)));
    }
    if (!visible) continue;
    double cx = 0, cy = 0;
    int& of_type = per_type[static_cast<int>(p.type)];
    if (labelled < kLabelledSinks && of_type < kLabelsPerType && world_to_screen(p.centroid.x_m, p.centroid.y_m, &cx, &cy)) {
      const std::string label = strings_.format("sink.label", {{"type", strings_.tr(render::sink_i18n_key(p.type).c_str())},
                                                                {"ha", render::format_number(p.area_ha, 0)},
                                                                {"t", render::format_number(p.removal_t, 0)}});
      // The label's box must lie on screen, clear of the panels and of the labels placed before it.
      const ImVec2 size = ImGui::CalcTextSize(label.c_str());
      const float pad = 0.3f * ImGui::GetFontSize();
      const float x0 = static_cast<float>(cx) - 0.5f * size.x - pad, x1 = static_cast<float>(cx) + 0.5f * size.x + pad;
      const float y0 = static_cast<float>(cy) - 0.5f * size.y - pad, y1 = static_cast<float>(cy) + 0.5f * size.y + pad;
      bool clear = x0 > 0 && y0 > 0 && x1 < css_width_ && y1 < css_height_;
      for (float x : {x0, x1})
        for (float y : {y0, y1}) clear = clear && !rects_.contains(x, y);
      for (const auto& box : boxes) clear = clear && (x1 < box[0] || x0 > box[2] || y1 < box[1] || y0 > box[3]);
      if (clear) {
        boxes.push_back({x0, y0, x1, y1});
        shape.labelled = true;
        shape.label_at = ImVec2(static_cast<float>(cx), static_cast<float>(cy));
        shape.label = label;
        ++labelled;
        ++of_type;
      }
    }
    shapes.push_back(std::move(shape));
  }
  return shapes;
}

std::string App::sinks_json() const {
  nlohmann::ordered_json by_type = nlohmann::ordered_json::array();
  double area = 0, removal = 0;
  for (const render::SinkTotal& t : sink_totals_) {
    by_type.push_back({{"type", twin::sinks::to_string(t.type)}, {"area_ha", t.area_ha}, {"removal_t", t.removal_t}});
    area += t.area_ha;
    removal += t.removal_t;
  }
  nlohmann::ordered_json labels = nlohmann::ordered_json::array();
  for (const render::SinkShape& s : sink_shapes_drawn_)
    if (s.labelled) labels.push_back({{"type", twin::sinks::to_string(s.type)}, {"label", s.label}, {"x", s.label_at.x}, {"y", s.label_at.y}});
  return nlohmann::ordered_json{{"on", sink_layer_},
                                {"polygons", sink_polygons_.size()},
                                {"total_area_ha", area},
                                {"total_removal_t", removal},
                                {"by_type", by_type},
                                {"labelled", labels}}
      .dump();
}

}  // namespace app
