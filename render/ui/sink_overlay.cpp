// The sinks layer (see sink_overlay.hpp).
#include "render/ui/sink_overlay.hpp"

#include <algorithm>
#include <cmath>

#include "twin/sinks/sink_areas.hpp"

namespace render {
namespace {

constexpr double kM2PerHa = 10000.0;

}  // namespace

std::vector<SinkPolygon> sink_polygons(const twin::City& city) {
  std::vector<SinkPolygon> out;
  const twin::GroundAreas& g = city.ground;
  for (std::uint32_t i = 0; i < g.size(); ++i) {
    twin::sinks::SinkType type;
    if (!twin::sinks::sink_of_cover(g.cover[i], &type)) continue;
    const std::uint32_t begin = g.polygon_begin[i], end = g.polygon_begin[i + 1];
    if (end - begin < 3) continue;
    SinkPolygon p;
    p.type = type;
    p.ring.assign(g.polygon_xy.begin() + begin, g.polygon_xy.begin() + end);
    for (const twin::Vec2& v : p.ring) {
      p.centroid.x_m += v.x_m / static_cast<double>(p.ring.size());
      p.centroid.y_m += v.y_m / static_cast<double>(p.ring.size());
    }
    // The same area and rate as the pathway's sinks (twin/sinks: sink_areas_of × sink_rate).
    p.area_ha = std::fabs(twin::polygon_signed_area_m2(p.ring.data(), end - begin)) / kM2PerHa;
    p.removal_t = p.area_ha * twin::sinks::sink_rate(type).removal_t_co2_per_ha_yr;
    out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [](const SinkPolygon& a, const SinkPolygon& b) { return a.area_ha > b.area_ha; });
  return out;
}

std::vector<SinkTotal> sink_totals(const twin::City& city) {
  const twin::sinks::SinkAreas areas = twin::sinks::sink_areas_of(city);
  std::vector<SinkTotal> totals;
  for (int t = 0; t < twin::sinks::kSinkTypeCount; ++t) {
    const auto type = static_cast<twin::sinks::SinkType>(t);
    if (areas.at(type) > 0.0) totals.push_back({type, areas.at(type), areas.at(type) * twin::sinks::sink_rate(type).removal_t_co2_per_ha_yr});
  }
  return totals;
}

ImU32 sink_colour(twin::sinks::SinkType type) {
  using twin::sinks::SinkType;
  switch (type) {
    case SinkType::UrbanGreenSpace: return IM_COL32(70, 190, 90, 255);
    case SinkType::UrbanTrees: return IM_COL32(40, 150, 70, 255);
    case SinkType::Forest: return IM_COL32(10, 110, 50, 255);
    case SinkType::Wetland: return IM_COL32(40, 150, 170, 255);
    case SinkType::Farmland: return IM_COL32(190, 160, 40, 255);
    case SinkType::Mangrove: return IM_COL32(30, 120, 110, 255);
    case SinkType::SaltMarsh: return IM_COL32(120, 150, 90, 255);
    case SinkType::Count: break;
  }
  return IM_COL32(90, 160, 90, 255);
}

std::string sink_i18n_key(twin::sinks::SinkType type) {
  return std::string("sink.") + twin::sinks::to_string(type);
}

void draw_sink_overlay(ImDrawList* dl, const std::vector<SinkShape>& shapes, float fs) {
  for (const SinkShape& s : shapes) {
    if (s.ring.size() < 3) continue;
    dl->AddPolyline(s.ring.data(), static_cast<int>(s.ring.size()), sink_colour(s.type), ImDrawFlags_Closed,
                    0.14f * fs);
  }
  for (const SinkShape& s : shapes) {
    if (!s.labelled) continue;
    const ImVec2 size = ImGui::CalcTextSize(s.label.c_str());
    const ImVec2 at(s.label_at.x - 0.5f * size.x, s.label_at.y - 0.5f * size.y);
    const float pad = 0.2f * fs;
    dl->AddRectFilled(ImVec2(at.x - pad, at.y - 0.5f * pad), ImVec2(at.x + size.x + pad, at.y + size.y + 0.5f * pad),
                      IM_COL32(250, 252, 246, 225), pad);
    dl->AddText(at, sink_colour(s.type), s.label.c_str());
  }
}

}  // namespace render
