// Layout of a Sankey diagram (energy from carrier to sector, issue 9): nodes in columns, each as tall
// as the larger of its inflow and outflow, links as bands whose width is their flow, stacked inside
// their end nodes in the order of the other end (so bands do not cross needlessly). Pure geometry in
// a unit-free rectangle, no ImGui: the page draws it (render/ui/sankey.cpp), tests check it natively.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace render {

struct SankeyNode {
  std::string label;
  int column = 0;  // 0 = leftmost
};

struct SankeyLink {
  std::uint32_t from = 0;  // node indices; from's column < to's column
  std::uint32_t to = 0;
  double value = 0.0;      // ≥ 0 (kWh, t…); zero links are laid out with zero width
};

struct SankeyRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct SankeyBand {
  std::uint32_t link = 0;
  float x0 = 0, y0_top = 0, y0_bottom = 0;  // where it leaves its source node (right edge)
  float x1 = 0, y1_top = 0, y1_bottom = 0;  // where it enters its target node (left edge)
};

struct SankeyLayout {
  std::vector<SankeyRect> nodes;  // per node
  std::vector<SankeyBand> bands;  // per link, same order as the links
  double units_per_pixel = 0.0;   // value per unit of height
  std::string error;              // non-empty: the input was rejected (bad index, column order, NaN)
};

// Lays out nodes and links in the rectangle [0, width] × [0, height] (y down), node bars node_width
// wide, columns spread evenly, nodes of a column in input order separated by gap (shrunk when the
// column would not fit). Columns are scaled by one common factor so that equal values have equal
// heights everywhere.
SankeyLayout layout_sankey(const std::vector<SankeyNode>& nodes, const std::vector<SankeyLink>& links, float width,
                           float height, float node_width, float gap);

}  // namespace render
