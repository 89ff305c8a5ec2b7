// geo/import_preview.hpp: the float32 footprint rings of the page's import preview.
#include <gtest/gtest.h>

#include <vector>

#include "geo/import_preview.hpp"

namespace {

// Buildings whose footprints are regular n-gons given as (x = vertex index, y = building index), so
// the packed values name the vertices that were kept.
twin::Buildings rings(const std::vector<std::size_t>& sizes) {
  twin::Buildings b;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    for (std::size_t j = 0; j < sizes[i]; ++j) b.footprint_xy.push_back({static_cast<double>(j), static_cast<double>(i)});
    b.footprint_begin.push_back(static_cast<std::uint32_t>(b.footprint_xy.size()));
  }
  return b;
}

}  // namespace

TEST(GeoImportPreview, PacksEveryRingWhenItFits) {
  twin::Buildings b = rings({4, 3});
  b.footprint_xy[0] = {-1234.5, 2500.25};  // local metres survive float32 exactly here
  const geo::FootprintPreview p = geo::footprint_preview(b, 100);
  EXPECT_EQ(p.rings, 2u);
  EXPECT_EQ(p.vertices, 7u);
  EXPECT_EQ(p.stride, 1u);
  EXPECT_EQ(p.rings_left_out, 0u);
  const std::vector<float> expected = {4, -1234.5f, 2500.25f, 1, 0, 2, 0, 3, 0, 3, 0, 1, 1, 1, 2, 1};
  EXPECT_EQ(p.packed, expected);
}

TEST(GeoImportPreview, ThinsWithTheSmallestStrideThatFits) {
  // 100 + 100 + 4 vertices, limit 60. Stride k keeps max(⌈n/k⌉, 3) per ring, capped at n:
  // k = 4: 25 + 25 + 3 = 53 ≤ 60; k = 3: 34 + 34 + 3 = 71 > 60 (worked by hand) → k = 4.
  const geo::FootprintPreview p = geo::footprint_preview(rings({100, 100, 4}), 60);
  EXPECT_EQ(p.stride, 4u);
  EXPECT_EQ(p.vertices, 53u);
  EXPECT_EQ(p.rings, 3u);
  ASSERT_EQ(p.packed.size(), 3u + 2u * 53u);
  EXPECT_EQ(p.packed[0], 25.0f);
  EXPECT_EQ(p.packed[1], 0.0f);  // vertex 0
  EXPECT_EQ(p.packed[3], 4.0f);  // vertex ⌊1·100/25⌋ = 4
  EXPECT_EQ(p.packed[1 + 2 * 24], 96.0f);
  const std::size_t third = 2 * (1 + 2 * 25);
  EXPECT_EQ(p.packed[third], 3.0f);  // ⌈4/4⌉ = 1 → at least 3
  EXPECT_EQ(p.packed[third + 1], 0.0f);
  EXPECT_EQ(p.packed[third + 3], 1.0f);  // ⌊1·4/3⌋
  EXPECT_EQ(p.packed[third + 5], 2.0f);  // ⌊2·4/3⌋
}

TEST(GeoImportPreview, LeavesOutRingsWhenThreeEachDoNotFit) {
  const geo::FootprintPreview p = geo::footprint_preview(rings({5, 5, 5, 5}), 10);
  EXPECT_EQ(p.rings, 3u);  // 3 + 3 + 3 = 9 ≤ 10, a fourth would make 12
  EXPECT_EQ(p.vertices, 9u);
  EXPECT_EQ(p.rings_left_out, 1u);
  EXPECT_LE(p.vertices, 10u);
}

TEST(GeoImportPreview, EmptyCity) {
  const geo::FootprintPreview p = geo::footprint_preview(twin::Buildings{});
  EXPECT_TRUE(p.packed.empty());
  EXPECT_EQ(p.rings, 0u);
}
