// geo::Feature helpers: attribute look-up by exact key, and issues formatted as "file: place: message".
#include "geo/feature.hpp"

#include <gtest/gtest.h>

namespace geo {
namespace {

TEST(GeoFeature, AttributeLookUpIsExactAndReturnsTheFirstValue) {
  Feature f;
  f.attributes = {{"building", "yes"}, {"height", "12"}, {"height", "99"}};
  ASSERT_NE(f.attribute("height"), nullptr);
  EXPECT_EQ(*f.attribute("height"), "12");
  EXPECT_EQ(f.attribute("Height"), nullptr);
  EXPECT_EQ(f.attribute("levels"), nullptr);
}

TEST(GeoFeature, IssuesNameFilePlaceAndReason) {
  EXPECT_EQ(to_string(Issue{"map.osm", "way 12", "not closed"}), "map.osm: way 12: not closed");
  EXPECT_EQ(to_string(Issue{"map.osm", "", "empty file"}), "map.osm: empty file");
  EXPECT_EQ(to_string(Issue{"", "", "no input"}), "no input");
}

TEST(GeoFeature, EveryKindHasAName) {
  for (int k = 0; k < static_cast<int>(FeatureKind::Count); ++k)
    EXPECT_STRNE(to_string(static_cast<FeatureKind>(k)), "unknown");
}

}  // namespace
}  // namespace geo
