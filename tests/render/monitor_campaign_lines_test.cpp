// render/mesh/monitor_campaign_lines.hpp: the transects and the overpass the monitoring layer draws are
// the ones `carbontwin monitor simulate` samples.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <utility>

#include "render/mesh/monitor_campaign_lines.hpp"
#include "render/mesh/monitor_field.hpp"
#include "twin/city/default_city.hpp"

namespace {

TEST(MonitorCampaignLinesTest, RoutesFollowTheRoadsAndMatchTheCli) {
  const twin::City city = twin::generate_city(twin::default_city_def());
  const twin::pathway::Baseline baseline = twin::pathway::baseline_from_city(city);
  const twin::pathway::PathwayResult p = twin::pathway::evaluate_pathway(baseline, twin::pathway::default_scenario());
  const render::MonitorCity mc = render::build_monitor_city({&city, &baseline, &p.years.front(), nullptr, 1000.0});
  ASSERT_EQ(mc.error, "");
  const render::CampaignLines lines = render::campaign_lines(city, mc.extent_min, mc.extent_max);
  ASSERT_EQ(lines.error, "");
  ASSERT_EQ(lines.transects.size(), 2u);
  std::set<std::pair<double, double>> nodes;
  for (const twin::Vec2& v : city.roads.node_xy) nodes.insert({v.x_m, v.y_m});
  int samples = 0;
  for (std::size_t t = 0; t < 2; ++t) {
    const std::vector<twin::Vec2>& line = lines.transects[t];
    ASSERT_GE(line.size(), 2u);
    double length = 0.0;
    for (std::size_t k = 0; k < line.size(); ++k) {
      EXPECT_TRUE(nodes.count({line[k].x_m, line[k].y_m})) << "vertex " << k << " is not a road node";
      if (k > 0) length += std::hypot(line[k].x_m - line[k - 1].x_m, line[k].y_m - line[k - 1].y_m);
    }
    samples += static_cast<int>(std::floor(length / 100.0)) + 1;  // a sample every 100 m from the start
    if (t == 0) EXPECT_LT(line.front().x_m, line.back().x_m);  // west → east
    else EXPECT_LT(line.front().y_m, line.back().y_m);         // south → north
  }
  // `carbontwin monitor simulate --transects 2 --overpasses 1` on the default city (run 2026-12-04):
  // "mobile: 4298 samples on 28 transects" = 14 days × 307 a day; "56 soundings on 1 overpasses".
  EXPECT_EQ(samples, 4298 / 14);
  EXPECT_EQ(lines.overpass_footprints.size(), 56u);
  EXPECT_GT(lines.footprint_across_m, 0.0);
}

TEST(MonitorCampaignLinesTest, ACityWithoutRoadsIsAnError) {
  const twin::City empty;
  EXPECT_EQ(render::campaign_lines(empty, {0, 0}, {1000, 1000}).error, "the city has no buildings and no roads");
}

}  // namespace
