#include "render/mesh/transport_overlay.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace render {
namespace {

constexpr Rgba8 kGreen{46, 160, 67, 255};
constexpr Rgba8 kYellow{242, 201, 40, 255};
constexpr Rgba8 kRed{214, 39, 40, 255};
constexpr float kStationDiameter_m = 190.0f;
constexpr float kStationMinDiameter_px = 13.0f;
constexpr float kDraftWidth_m = 45.0f;

Rgba8 mix(Rgba8 a, Rgba8 b, double t) {
  const auto c = [t](std::uint8_t x, std::uint8_t y) {
    return static_cast<std::uint8_t>(std::lround(x + (y - x) * std::clamp(t, 0.0, 1.0)));
  };
  return {c(a.r, b.r), c(a.g, b.g), c(a.b, b.b), 255};
}

Rgba8 from_rgb(std::uint32_t rgb) {
  return {static_cast<std::uint8_t>(rgb >> 16), static_cast<std::uint8_t>(rgb >> 8), static_cast<std::uint8_t>(rgb),
          255};
}

void push_stops(const std::vector<twin::Vec2>& xy, Rgba8 colour, TransportOverlay* out) {
  for (const twin::Vec2& p : xy)
    out->discs.push_back({static_cast<float>(p.x_m), static_cast<float>(p.y_m), kStationDiameter_m,
                          kStationMinDiameter_px, colour});
}

}  // namespace

bool operator==(const Rgba8& x, const Rgba8& y) { return x.r == y.r && x.g == y.g && x.b == y.b && x.a == y.a; }

Rgba8 vc_colour(double vc) {
  if (std::isnan(vc)) return kZeroFlowColour;
  if (vc <= 0.5) return kGreen;
  if (vc <= 0.8) return mix(kGreen, kYellow, (vc - 0.5) / 0.3);
  if (vc < 1.0) return mix(kYellow, kRed, (vc - 0.8) / 0.2);
  return kRed;
}

float flow_width_m(double flow) {
  const double t = std::isfinite(flow) ? std::clamp(flow / kFullWidthFlow_pcu_h, 0.0, 1.0) : 0.0;
  return static_cast<float>(8.0 + 92.0 * std::sqrt(t));
}

float flow_min_width_px(double flow) {
  const double t = std::isfinite(flow) ? std::clamp(flow / kFullWidthFlow_pcu_h, 0.0, 1.0) : 0.0;
  return static_cast<float>(1.5 + 7.0 * std::sqrt(t));
}

float load_width_m(double pax_h) {
  const double t = std::isfinite(pax_h) ? std::clamp(pax_h / kFullWidthLoad_pax_h, 0.0, 1.0) : 0.0;
  return static_cast<float>(30.0 + 130.0 * std::sqrt(t));
}

void append_road_traffic(const twin::RoadNetwork& roads, const std::vector<double>& flow,
                         const std::vector<double>& vc, TransportOverlay* out) {
  const std::uint32_t n = roads.node_count(), m = roads.link_count();
  if (flow.size() != m || vc.size() != m) return;
  std::unordered_map<std::uint64_t, std::uint32_t> by_ends;
  by_ends.reserve(m);
  for (std::uint32_t l = 0; l < m; ++l)
    by_ends[std::uint64_t{roads.link_from[l]} * n + roads.link_to[l]] = l;
  struct Street {
    std::uint32_t link;
    double flow, vc;
  };
  std::vector<Street> streets;
  streets.reserve(m);
  for (std::uint32_t l = 0; l < m; ++l) {
    const std::uint32_t a = roads.link_from[l], b = roads.link_to[l];
    if (a >= n || b >= n) continue;
    const auto twin_it = by_ends.find(std::uint64_t{b} * n + a);
    const bool two_way = twin_it != by_ends.end();
    if (two_way && a > b) continue;  // drawn with its twin
    const double f0 = std::isfinite(flow[l]) ? std::max(0.0, flow[l]) : 0.0;
    const double f1 = two_way && std::isfinite(flow[twin_it->second]) ? std::max(0.0, flow[twin_it->second]) : 0.0;
    const double v = two_way ? std::max(vc[l], vc[twin_it->second]) : vc[l];
    streets.push_back({l, f0 + f1, v});
  }
  std::stable_sort(streets.begin(), streets.end(), [](const Street& x, const Street& y) { return x.flow < y.flow; });
  for (const Street& s : streets) {
    const twin::Vec2& p = roads.node_xy[roads.link_from[s.link]];
    const twin::Vec2& q = roads.node_xy[roads.link_to[s.link]];
    const bool none = !(s.flow > 0.0);
    out->ribbons.push_back({static_cast<float>(p.x_m), static_cast<float>(p.y_m), static_cast<float>(q.x_m),
                            static_cast<float>(q.y_m), none ? 6.0f : flow_width_m(s.flow),
                            none ? 0.6f : flow_min_width_px(s.flow), none ? kZeroFlowColour : vc_colour(s.vc)});
  }
}

void append_transit_loads(const std::vector<twin::TransitLine>& lines, const std::vector<std::vector<double>>& loads,
                          TransportOverlay* out) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const twin::TransitLine& line = lines[k];
    if (line.mode != twin::TransitMode::Metro || line.stops.size() < 2) continue;
    const Rgba8 colour = from_rgb(line.colour_rgb);
    const bool has_loads = k < loads.size() && loads[k].size() + 1 == line.stops.size();
    std::vector<twin::Vec2> xy;
    for (std::size_t s = 0; s + 1 < line.stops.size(); ++s) {
      const twin::Vec2& p = line.stops[s].xy;
      const twin::Vec2& q = line.stops[s + 1].xy;
      const float width = load_width_m(has_loads ? loads[k][s] : 0.0);
      out->ribbons.push_back({static_cast<float>(p.x_m), static_cast<float>(p.y_m), static_cast<float>(q.x_m),
                              static_cast<float>(q.y_m), width, 3.0f + 5.0f * (width - 30.0f) / 130.0f, colour});
    }
    for (const twin::TransitStop& stop : line.stops) xy.push_back(stop.xy);
    push_stops(xy, colour, out);
  }
}

void append_draft_line(const std::vector<twin::Vec2>& stations, std::uint32_t colour_rgb, TransportOverlay* out) {
  const Rgba8 colour = from_rgb(colour_rgb);
  for (std::size_t s = 0; s + 1 < stations.size(); ++s) {
    const twin::Vec2& p = stations[s];
    const twin::Vec2& q = stations[s + 1];
    out->ribbons.push_back({static_cast<float>(p.x_m), static_cast<float>(p.y_m), static_cast<float>(q.x_m),
                            static_cast<float>(q.y_m), kDraftWidth_m, 5.0f, colour});
  }
  push_stops(stations, colour, out);
}

}  // namespace render
