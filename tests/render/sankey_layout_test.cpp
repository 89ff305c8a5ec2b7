// layout_sankey (render/mesh/sankey_layout.hpp): heights proportional to flows with one scale for all
// columns, bands stacked inside their nodes without overlap, bad input refused with a reason.
#include "render/mesh/sankey_layout.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using render::SankeyLink;
using render::SankeyNode;

// Two carriers → three sectors (kWh): electricity 60 → residential 30, commercial 20, industry 10;
// gas 40 → residential 25, industry 15. Sector inflows: 55, 20, 25 (total 100 both sides).
std::vector<SankeyNode> nodes() {
  return {{"electricity", 0}, {"gas", 0}, {"residential", 1}, {"commercial", 1}, {"industry", 1}};
}
std::vector<SankeyLink> links() { return {{0, 2, 30}, {0, 3, 20}, {0, 4, 10}, {1, 2, 25}, {1, 4, 15}}; }

TEST(RenderSankey, HeightsFollowFlowsWithOneScale) {
  // Height 220, gap 10: column 1 has 2 gaps (20 px) → 200 px for 100 kWh → 2 px per kWh; column 0
  // would allow 210 / 100 = 2.1, so the common scale is 2 (the fuller column decides).
  const auto l = render::layout_sankey(nodes(), links(), 400, 220, 20, 10);
  ASSERT_TRUE(l.error.empty()) << l.error;
  EXPECT_DOUBLE_EQ(l.units_per_pixel, 0.5);
  const float h[] = {120, 80, 110, 40, 50};
  for (int i = 0; i < 5; ++i) EXPECT_FLOAT_EQ(l.nodes[i].y1 - l.nodes[i].y0, h[i]) << i;
  EXPECT_FLOAT_EQ(l.nodes[0].x0, 0);
  EXPECT_FLOAT_EQ(l.nodes[2].x0, 380);  // last column flush right: 400 − 20
  EXPECT_FLOAT_EQ(l.nodes[3].y0, 120);  // 110 + gap 10
  EXPECT_FLOAT_EQ(l.nodes[4].y0, 170);  // 120 + 40 + 10
}

TEST(RenderSankey, BandsStackInsideTheirNodesWithoutOverlap) {
  const auto l = render::layout_sankey(nodes(), links(), 400, 220, 20, 10);
  ASSERT_EQ(l.bands.size(), 5u);
  for (const auto& b : l.bands) {
    EXPECT_FLOAT_EQ(b.y0_bottom - b.y0_top, b.y1_bottom - b.y1_top);  // a band keeps its width
    EXPECT_FLOAT_EQ(b.x0, 20);
    EXPECT_FLOAT_EQ(b.x1, 380);
  }
  // Electricity's bands leave top to bottom in the order of their targets: residential, commercial,
  // industry → at 0, 60, 100 (widths 60, 40, 20).
  EXPECT_FLOAT_EQ(l.bands[0].y0_top, 0);
  EXPECT_FLOAT_EQ(l.bands[1].y0_top, 60);
  EXPECT_FLOAT_EQ(l.bands[2].y0_top, 100);
  // Residential's inflows enter in the order of their sources: electricity (60) then gas (50).
  EXPECT_FLOAT_EQ(l.bands[0].y1_top, 0);
  EXPECT_FLOAT_EQ(l.bands[3].y1_top, 60);
  EXPECT_FLOAT_EQ(l.bands[3].y1_bottom, 110);
  // Industry: electricity 20 px then gas 30 px, from its top at 170.
  EXPECT_FLOAT_EQ(l.bands[2].y1_top, 170);
  EXPECT_FLOAT_EQ(l.bands[4].y1_top, 190);
  EXPECT_FLOAT_EQ(l.bands[4].y1_bottom, 220);
}

TEST(RenderSankey, RefusesBadInputWithAReason) {
  EXPECT_NE(render::layout_sankey(nodes(), {{0, 9, 1}}, 100, 100, 10, 5).error.find("does not exist"), std::string::npos);
  EXPECT_NE(render::layout_sankey(nodes(), {{2, 0, 1}}, 100, 100, 10, 5).error.find("left to right"), std::string::npos);
  EXPECT_NE(render::layout_sankey(nodes(), {{0, 2, -1}}, 100, 100, 10, 5).error.find("negative"), std::string::npos);
  EXPECT_NE(render::layout_sankey(nodes(), {{0, 2, std::nan("")}}, 100, 100, 10, 5).error.find("not a number"),
            std::string::npos);
  // All-zero flows: a valid, empty-looking layout.
  const auto z = render::layout_sankey(nodes(), {{0, 2, 0}}, 100, 100, 10, 5);
  EXPECT_TRUE(z.error.empty());
  EXPECT_EQ(z.units_per_pixel, 0.0);
}

}  // namespace
