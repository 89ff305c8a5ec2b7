// The monitoring layers (see monitor_overlay.hpp).
#include "render/ui/monitor_overlay.hpp"

#include <cmath>

namespace render {

ImU32 monitor_station_colour(twin::monitor::StationKind kind) {
  using twin::monitor::StationKind;
  switch (kind) {
    case StationKind::Tower: return IM_COL32(30, 90, 200, 255);
    case StationKind::Rooftop: return IM_COL32(0, 160, 190, 255);
    case StationKind::Lowcost: return IM_COL32(230, 120, 0, 255);
    case StationKind::Mobile: return IM_COL32(170, 40, 170, 255);
    case StationKind::Count: break;
  }
  return IM_COL32(80, 80, 80, 255);
}

void draw_monitor_overlay(ImDrawList* dl, const MonitorOverlay& o, float fs) {
  for (const MonitorQuad& q : o.cells)
    if ((q.colour >> IM_COL32_A_SHIFT) & 0xff) dl->AddQuadFilled(q.corner[0], q.corner[1], q.corner[2], q.corner[3], q.colour);
  for (const MonitorPuff& p : o.puffs)
    dl->AddCircleFilled(p.at, p.radius_px, IM_COL32(120, 60, 160, p.alpha), 16);
  if (o.wind) {
    const ImU32 c = IM_COL32(20, 40, 90, 235);
    const float dx = o.wind_head.x - o.wind_tail.x, dy = o.wind_head.y - o.wind_tail.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len > 1.0f) {
      const float ux = dx / len, uy = dy / len, head = 0.8f * fs;
      dl->AddLine(o.wind_tail, o.wind_head, c, 0.25f * fs);
      dl->AddTriangleFilled(ImVec2(o.wind_head.x + ux * head, o.wind_head.y + uy * head),
                            ImVec2(o.wind_head.x - uy * 0.6f * head, o.wind_head.y + ux * 0.6f * head),
                            ImVec2(o.wind_head.x + uy * 0.6f * head, o.wind_head.y - ux * 0.6f * head), c);
      dl->AddText(ImVec2(o.wind_tail.x - 0.5f * ImGui::CalcTextSize(o.wind_label.c_str()).x, o.wind_tail.y + 0.4f * fs), c,
                  o.wind_label.c_str());
    }
  }
  for (const MonitorSourceMark& m : o.sources) {
    const ImVec2 a = m.at;
    const float r = 0.6f * fs;
    if (m.circle_px > 0.0f) {
      dl->AddCircleFilled(a, m.circle_px, IM_COL32(200, 30, 120, 40), 48);
      dl->AddCircle(a, m.circle_px, IM_COL32(200, 30, 120, 230), 48, 2.0f);
    }
    if (m.hidden) {  // a star: two triangles
      const ImU32 c = IM_COL32(20, 20, 20, 240);
      dl->AddTriangleFilled(ImVec2(a.x, a.y - 1.2f * r), ImVec2(a.x - 1.05f * r, a.y + 0.6f * r), ImVec2(a.x + 1.05f * r, a.y + 0.6f * r), c);
      dl->AddTriangleFilled(ImVec2(a.x, a.y + 1.2f * r), ImVec2(a.x - 1.05f * r, a.y - 0.6f * r), ImVec2(a.x + 1.05f * r, a.y - 0.6f * r), c);
    } else {  // a cross
      const ImU32 c = IM_COL32(200, 30, 120, 255);
      dl->AddLine(ImVec2(a.x - r, a.y - r), ImVec2(a.x + r, a.y + r), c, 0.25f * fs);
      dl->AddLine(ImVec2(a.x - r, a.y + r), ImVec2(a.x + r, a.y - r), c, 0.25f * fs);
    }
    if (!m.label.empty()) {
      const ImVec2 at(a.x + 1.3f * r, a.y + (m.hidden ? -1.6f : 0.4f) * fs);
      const ImVec2 size = ImGui::CalcTextSize(m.label.c_str());
      dl->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + size.x + 2, at.y + size.y), IM_COL32(250, 252, 246, 220), 3.0f);
      dl->AddText(at, m.hidden ? IM_COL32(20, 20, 20, 255) : IM_COL32(170, 20, 100, 255), m.label.c_str());
    }
  }
  for (const MonitorQuad& q : o.campaigns.footprints)  // satellite soundings: thin outlines, the cells show through
    dl->AddQuad(q.corner[0], q.corner[1], q.corner[2], q.corner[3], q.colour, 1.5f);
  const ImU32 mobile = monitor_station_colour(twin::monitor::StationKind::Mobile);
  for (const std::vector<ImVec2>& line : o.campaigns.transects) {  // the van's route: white casing, then colour
    if (line.size() < 2) continue;
    dl->AddPolyline(line.data(), static_cast<int>(line.size()), IM_COL32(255, 255, 255, 230), ImDrawFlags_None, 5.0f);
    dl->AddPolyline(line.data(), static_cast<int>(line.size()), mobile, ImDrawFlags_None, 3.0f);
  }
  const float r = monitor_station_radius(fs);
  using twin::monitor::StationKind;
  for (const MonitorStationMark& m : o.stations) {
    const ImU32 c = monitor_station_colour(m.kind);
    const ImVec2 a = m.at;
    const ImU32 edge = IM_COL32(255, 255, 255, 255);
    switch (m.kind) {
      case StationKind::Tower:
        dl->AddTriangleFilled(ImVec2(a.x, a.y - 1.3f * r), ImVec2(a.x - 1.1f * r, a.y + 0.8f * r), ImVec2(a.x + 1.1f * r, a.y + 0.8f * r), c);
        dl->AddTriangle(ImVec2(a.x, a.y - 1.3f * r), ImVec2(a.x - 1.1f * r, a.y + 0.8f * r), ImVec2(a.x + 1.1f * r, a.y + 0.8f * r), edge, 1.5f);
        break;
      case StationKind::Rooftop:
        dl->AddRectFilled(ImVec2(a.x - r, a.y - r), ImVec2(a.x + r, a.y + r), c);
        dl->AddRect(ImVec2(a.x - r, a.y - r), ImVec2(a.x + r, a.y + r), edge, 0.0f, 0, 1.5f);
        break;
      case StationKind::Lowcost:
        dl->AddCircleFilled(a, r, c, 16);
        dl->AddCircle(a, r, edge, 16, 1.5f);
        break;
      default:
        dl->AddQuadFilled(ImVec2(a.x, a.y - 1.2f * r), ImVec2(a.x + 1.2f * r, a.y), ImVec2(a.x, a.y + 1.2f * r), ImVec2(a.x - 1.2f * r, a.y), c);
        break;
    }
    if (m.labelled) {
      const ImVec2 at(a.x + 1.4f * r, a.y - 0.5f * ImGui::GetFontSize());
      const ImVec2 size = ImGui::CalcTextSize(m.id.c_str());
      dl->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + size.x + 2, at.y + size.y), IM_COL32(250, 252, 246, 210), 3.0f);
      dl->AddText(at, c, m.id.c_str());
    }
  }
}

}  // namespace render
