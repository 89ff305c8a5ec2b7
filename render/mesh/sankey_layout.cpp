// layout_sankey() (sankey_layout.hpp).
#include "render/mesh/sankey_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace render {

SankeyLayout layout_sankey(const std::vector<SankeyNode>& nodes, const std::vector<SankeyLink>& links, float width,
                           float height, float node_width, float gap) {
  SankeyLayout out;
  const std::size_t n = nodes.size();
  int columns = 0;
  for (const SankeyNode& node : nodes) {
    if (node.column < 0) {
      out.error = "node '" + node.label + "' has a negative column";
      return out;
    }
    columns = std::max(columns, node.column + 1);
  }
  std::vector<double> in(n, 0.0), out_flow(n, 0.0);
  for (std::size_t k = 0; k < links.size(); ++k) {
    const SankeyLink& l = links[k];
    if (l.from >= n || l.to >= n) {
      out.error = "link " + std::to_string(k) + " names a node that does not exist";
      return out;
    }
    if (!(l.value >= 0.0) || !std::isfinite(l.value)) {
      out.error = "link " + std::to_string(k) + " has a value that is negative or not a number";
      return out;
    }
    if (nodes[l.from].column >= nodes[l.to].column) {
      out.error = "link " + std::to_string(k) + " does not run left to right";
      return out;
    }
    out_flow[l.from] += l.value;
    in[l.to] += l.value;
  }
  std::vector<double> size(n);
  for (std::size_t i = 0; i < n; ++i) size[i] = std::max(in[i], out_flow[i]);

  // One scale for every column: the fullest column (values plus its gaps) fills the height.
  std::vector<std::vector<std::uint32_t>> by_column(static_cast<std::size_t>(columns));
  for (std::uint32_t i = 0; i < n; ++i) by_column[static_cast<std::size_t>(nodes[i].column)].push_back(i);
  double scale = INFINITY;  // pixels per unit
  float used_gap = gap;
  for (const auto& col : by_column) {
    if (col.empty()) continue;
    const float gaps = static_cast<float>(col.size() - 1);
    used_gap = std::min(used_gap, gaps > 0 ? 0.5f * height / gaps : gap);
  }
  for (const auto& col : by_column) {
    double total = 0.0;
    for (std::uint32_t i : col) total += size[i];
    const double room = height - used_gap * static_cast<float>(col.size() > 0 ? col.size() - 1 : 0);
    if (total > 0.0) scale = std::min(scale, room / total);
  }
  if (!std::isfinite(scale)) scale = 0.0;
  out.units_per_pixel = scale > 0.0 ? 1.0 / scale : 0.0;

  out.nodes.resize(n);
  const float step = columns > 1 ? (width - node_width) / static_cast<float>(columns - 1) : 0.0f;
  for (std::size_t c = 0; c < by_column.size(); ++c) {
    float y = 0.0f;
    for (std::uint32_t i : by_column[c]) {
      const float x = static_cast<float>(c) * step;
      const float h = static_cast<float>(size[i] * scale);
      out.nodes[i] = {x, y, x + node_width, y + h};
      y += h + used_gap;
    }
  }

  // Bands leave a node in the order of their targets' vertical position and enter in the order of
  // their sources', so that bands from one node fan out without crossing each other.
  std::vector<std::uint32_t> order(links.size());
  std::iota(order.begin(), order.end(), 0u);
  std::vector<float> out_used(n, 0.0f), in_used(n, 0.0f);
  out.bands.resize(links.size());
  std::vector<std::uint32_t> by_target = order, by_source = order;
  std::stable_sort(by_target.begin(), by_target.end(), [&](std::uint32_t a, std::uint32_t b) {
    return out.nodes[links[a].to].y0 < out.nodes[links[b].to].y0;
  });
  std::stable_sort(by_source.begin(), by_source.end(), [&](std::uint32_t a, std::uint32_t b) {
    return out.nodes[links[a].from].y0 < out.nodes[links[b].from].y0;
  });
  for (std::uint32_t k : by_target) {
    const SankeyLink& l = links[k];
    const float w = static_cast<float>(l.value * scale);
    SankeyBand& band = out.bands[k];
    band.link = k;
    band.x0 = out.nodes[l.from].x1;
    band.y0_top = out.nodes[l.from].y0 + out_used[l.from];
    band.y0_bottom = band.y0_top + w;
    out_used[l.from] += w;
  }
  for (std::uint32_t k : by_source) {
    const SankeyLink& l = links[k];
    const float w = static_cast<float>(l.value * scale);
    SankeyBand& band = out.bands[k];
    band.x1 = out.nodes[l.to].x0;
    band.y1_top = out.nodes[l.to].y0 + in_used[l.to];
    band.y1_bottom = band.y1_top + w;
    in_used[l.to] += w;
  }
  return out;
}

}  // namespace render
