// render/mesh/palette: one colour per building, legends, names.
#include "render/mesh/palette.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/render/test_city.hpp"

namespace {

bool same(render::Rgb a, render::Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

TEST(Palette, OneColourPerBuilding) {
  twin::City city;
  render_test::add_box(&city, 0, 0, 10, 10, 8, twin::BuildingUse::Residential);
  render_test::add_box(&city, 20, 0, 30, 10, 150, twin::BuildingUse::Office);
  render_test::add_box(&city, 40, 0, 50, 10, 30, twin::BuildingUse::Warehouse);
  for (render::ColorMode mode : {render::ColorMode::ByUse, render::ColorMode::ByHeight}) {
    const std::vector<render::Rgb> colours = render::building_colours(city, mode);
    ASSERT_EQ(colours.size(), city.buildings.size());
    EXPECT_FALSE(same(colours[0], colours[1]));
  }
  const auto by_use = render::building_colours(city, render::ColorMode::ByUse);
  EXPECT_TRUE(same(by_use[1], render::use_colour(twin::BuildingUse::Office)));
  const auto by_height = render::building_colours(city, render::ColorMode::ByHeight);
  EXPECT_TRUE(same(by_height[1], render::legend(render::ColorMode::ByHeight)[4].colour));
}

TEST(Palette, LegendsCoverEveryClass) {
  const auto use = render::legend(render::ColorMode::ByUse);
  ASSERT_EQ(use.size(), static_cast<std::size_t>(twin::BuildingUse::Count));
  EXPECT_EQ(use[0].label_key, "use.residential");
  EXPECT_EQ(use[7].label_key, "use.warehouse");
  for (std::size_t i = 0; i < use.size(); ++i) {
    for (std::size_t j = i + 1; j < use.size(); ++j) {
      // Distinguishable: at least 0.1 apart in some channel.
      const double diff = std::fmax(std::fabs(use[i].colour.r - use[j].colour.r),
                                    std::fmax(std::fabs(use[i].colour.g - use[j].colour.g),
                                              std::fabs(use[i].colour.b - use[j].colour.b)));
      EXPECT_GT(diff, 0.1) << use[i].label_key << " vs " << use[j].label_key;
    }
  }
  const auto height = render::legend(render::ColorMode::ByHeight);
  ASSERT_EQ(height.size(), static_cast<std::size_t>(render::kHeightBinCount));
  EXPECT_EQ(height[0].lower, 0.0);
  EXPECT_EQ(height[0].upper, 12.0);
  EXPECT_EQ(height[5].lower, 200.0);
  EXPECT_TRUE(std::isinf(height[5].upper));
  for (std::size_t k = 0; k < height.size(); ++k) {
    EXPECT_EQ(height[k].label_key, "height.bin");
    if (k > 0) {
      EXPECT_EQ(height[k].lower, height[k - 1].upper);
    }
  }
}

TEST(Palette, HeightBins) {
  EXPECT_EQ(render::height_bin(0.0), 0);
  EXPECT_EQ(render::height_bin(11.99), 0);
  EXPECT_EQ(render::height_bin(12.0), 1);
  EXPECT_EQ(render::height_bin(99.0), 3);
  EXPECT_EQ(render::height_bin(250.0), 5);
  EXPECT_EQ(render::height_bin(-5.0), 0);
  EXPECT_EQ(render::height_bin(std::nan("")), 0);
}

TEST(Palette, ModeNamesRoundTrip) {
  for (render::ColorMode mode : {render::ColorMode::ByUse, render::ColorMode::ByHeight}) {
    render::ColorMode back = render::ColorMode::Count;
    ASSERT_TRUE(render::color_mode_from_string(render::to_string(mode), &back));
    EXPECT_EQ(back, mode);
  }
  EXPECT_STREQ(render::to_string(render::ColorMode::ByUse), "use");
  EXPECT_STREQ(render::to_string(render::ColorMode::ByHeight), "height");
  render::ColorMode untouched = render::ColorMode::ByHeight;
  EXPECT_FALSE(render::color_mode_from_string("colour", &untouched));
  EXPECT_EQ(untouched, render::ColorMode::ByHeight);
}

TEST(Palette, HighlightDiffersFromBase) {
  const render::Rgb base = render::use_colour(twin::BuildingUse::Office);
  const render::Rgb lit = render::highlight_colour(base);
  EXPECT_FALSE(same(base, lit));
  EXPECT_LE(lit.r, 1.0f);
  EXPECT_LE(lit.g, 1.0f);
  EXPECT_LE(lit.b, 1.0f);
}

}  // namespace
