// The transport overlay drawn over the ground: every road link with its width by peak-hour flow and
// its colour by volume / capacity (green → yellow → red; zero flow thin grey), transit lines with
// their width by segment load in the line's colour, their stations, and a line being drawn. Pure
// geometry descriptions (segments and discs in world metres); render/gl turns them into the flat
// shader's ribbons and discs. Reads model results, never changes them.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"

namespace render {

struct Rgba8 {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
};
bool operator==(const Rgba8& x, const Rgba8& y);

// A straight ribbon from a to b on the ground, width_m wide but never thinner than min_width_px.
struct OverlayRibbon {
  float x0, y0, x1, y1;
  float width_m, min_width_px;
  Rgba8 colour;
};
// A station disc (white centre, ring in its colour).
struct OverlayDisc {
  float x, y;
  float diameter_m, min_diameter_px;
  Rgba8 colour;
};
struct TransportOverlay {
  std::vector<OverlayRibbon> ribbons;  // painter's order: later ones drawn on top
  std::vector<OverlayDisc> discs;
};

// Volume / capacity → colour: green below 0.5, through yellow at 0.8, red from 1.0 up (NaN → grey).
Rgba8 vc_colour(double vc);
inline constexpr Rgba8 kZeroFlowColour{150, 150, 150, 255};
// Flow (pcu/h, both directions of a street together) → ribbon width: 8 m at 0 up to 100 m at
// kFullWidthFlow_pcu_h and above; min pixel width grows alike (1.5 px … 8.5 px) so flows read when zoomed out.
inline constexpr double kFullWidthFlow_pcu_h = 6000.0;
float flow_width_m(double flow_pcu_h);
float flow_min_width_px(double flow_pcu_h);
// Peak-hour passengers on a segment → ribbon width: 30 m at 0 up to 160 m at kFullWidthLoad_pax_h.
inline constexpr double kFullWidthLoad_pax_h = 40000.0;
float load_width_m(double pax_h);

// One ribbon per street (a two-way street's two links drawn once: flows added, v/c the larger),
// smallest flow first so the busy streets lie on top. Links with no flow are thin grey. Nothing is
// added when flow or vc do not have one value per link.
void append_road_traffic(const twin::RoadNetwork& roads, const std::vector<double>& flow_pcu_h,
                         const std::vector<double>& vc, TransportOverlay* out);
// Metro lines' segments with width by load (loads[k] for lines[k]; a line without loads, or with
// the wrong count, is drawn at the zero-load width) and a disc per stop, in each line's colour.
void append_transit_loads(const std::vector<twin::TransitLine>& lines,
                          const std::vector<std::vector<double>>& loads, TransportOverlay* out);
// A line being drawn: fixed-width segments between its stations and a disc per station.
void append_draft_line(const std::vector<twin::Vec2>& stations, std::uint32_t colour_rgb, TransportOverlay* out);

}  // namespace render
