// GCJ-02 / BD-09 against the published test vectors of two independent public implementations:
//   googollee/eviltransform go/transform_test.go (the same table in javascript/test.js and c/test.c):
//     {wgsLat, wgsLng, gcjLat, gcjLng} for Shanghai, Shenzhen, Beijing (their test compares 5–6 decimals;
//     a Python transcription of the published formula run by hand reproduces all 17 digits, so 1e-9° here).
//   wandergis/coordtransform README.md ("result" block) for the point (116.404, 39.915).
#include "geo/chinese_offsets.hpp"

#include <cmath>

#include <gtest/gtest.h>

namespace geo {
namespace {

struct Pair {
  LonLat wgs84;
  LonLat gcj02;
};
// eviltransform go/transform_test.go, `tests` (listed there as lat, lng; written here lon first).
constexpr Pair kEvilTransform[] = {
    {{121.5272106, 31.1774276}, {121.531541859215, 31.17530398364597}},     // Shanghai
    {{113.912316, 22.543847}, {113.9171764808363, 22.540796131694766}},     // Shenzhen
    {{116.377817, 39.911954}, {116.38404722455657, 39.91334545536069}},     // Beijing
};

TEST(CrsChineseOffsets, Wgs84ToGcj02MatchesEvilTransformVectors) {
  for (const Pair& p : kEvilTransform) {
    const LonLat g = wgs84_to_gcj02(p.wgs84);
    EXPECT_NEAR(g.lon_deg, p.gcj02.lon_deg, 1e-9);
    EXPECT_NEAR(g.lat_deg, p.gcj02.lat_deg, 1e-9);
  }
}

TEST(CrsChineseOffsets, Gcj02ToWgs84InvertsToBelow1e7Degree) {
  // eviltransform's own exact inverse is tested to 0.5 m; ours iterates to 1e-12°, so 1e-9° holds.
  for (const Pair& p : kEvilTransform) {
    const LonLat w = gcj02_to_wgs84(p.gcj02);
    EXPECT_NEAR(w.lon_deg, p.wgs84.lon_deg, 1e-9);
    EXPECT_NEAR(w.lat_deg, p.wgs84.lat_deg, 1e-9);
  }
  // Round trip over a grid across China.
  for (double lon = 74.0; lon <= 134.0; lon += 6.0)
    for (double lat = 4.0; lat <= 53.0; lat += 7.0) {
      const LonLat w{lon + 0.123, lat + 0.456};
      const LonLat back = gcj02_to_wgs84(wgs84_to_gcj02(w));
      EXPECT_NEAR(back.lon_deg, w.lon_deg, 1e-10) << lon << " " << lat;
      EXPECT_NEAR(back.lat_deg, w.lat_deg, 1e-10) << lon << " " << lat;
    }
}

TEST(CrsChineseOffsets, MatchesWandergisReadmeVectors) {
  // wandergis/coordtransform README.md: wgs84togcj02(116.404, 39.915) and gcj02tobd09(116.404, 39.915).
  const LonLat g = wgs84_to_gcj02({116.404, 39.915});
  EXPECT_NEAR(g.lon_deg, 116.41024449916938, 1e-11);
  EXPECT_NEAR(g.lat_deg, 39.91640428150164, 1e-11);
  const LonLat b = gcj02_to_bd09({116.404, 39.915});
  EXPECT_NEAR(b.lon_deg, 116.41036949371029, 1e-11);
  EXPECT_NEAR(b.lat_deg, 39.92133699351021, 1e-11);
  // bd09togcj02(116.404, 39.915) = [116.39762729119315, 39.90865673957631] is Baidu's closed form, which is
  // not an exact inverse: refined (Python by hand) the exact inverse is (116.39762708785722,
  // 39.90865633947842), 2.0e-7° / 4.0e-7° away. Hence 1e-6° against theirs, 1e-10° against the refined one.
  const LonLat back = bd09_to_gcj02({116.404, 39.915});
  EXPECT_NEAR(back.lon_deg, 116.39762729119315, 1e-6);
  EXPECT_NEAR(back.lat_deg, 39.90865673957631, 1e-6);
  EXPECT_NEAR(back.lon_deg, 116.39762708785722, 1e-10);
  EXPECT_NEAR(back.lat_deg, 39.90865633947842, 1e-10);
  const LonLat again = gcj02_to_bd09(back);
  EXPECT_NEAR(again.lon_deg, 116.404, 1e-11);
  EXPECT_NEAR(again.lat_deg, 39.915, 1e-11);
  // gcj02towgs84(116.404, 39.915) = [116.39775550083061, 39.91359571849836] is their one-step
  // approximation; the exact inverse (Python by hand: 116.39775575457485, 39.913596235609404) is within
  // 6e-7° (~6 cm) of it.
  const LonLat w = gcj02_to_wgs84({116.404, 39.915});
  EXPECT_NEAR(w.lon_deg, 116.39775575457485, 1e-10);
  EXPECT_NEAR(w.lat_deg, 39.913596235609404, 1e-10);
  EXPECT_NEAR(w.lon_deg, 116.39775550083061, 1e-6);
  EXPECT_NEAR(w.lat_deg, 39.91359571849836, 1e-6);
}

TEST(CrsChineseOffsets, Bd09RoundTripsThroughWgs84) {
  const LonLat w{121.4737, 31.2304};
  const LonLat back = bd09_to_wgs84(wgs84_to_bd09(w));
  EXPECT_NEAR(back.lon_deg, w.lon_deg, 1e-10);
  EXPECT_NEAR(back.lat_deg, w.lat_deg, 1e-10);
  // BD-09 = GCJ-02 then Baidu's shift.
  const LonLat b = wgs84_to_bd09(w);
  const LonLat b2 = gcj02_to_bd09(wgs84_to_gcj02(w));
  EXPECT_EQ(b.lon_deg, b2.lon_deg);
  EXPECT_EQ(b.lat_deg, b2.lat_deg);
}

TEST(CrsChineseOffsets, NoOffsetOutsideTheBox) {
  // eviltransform's box: 72.004…137.8347 °E, 0.8293…55.8271 °N.
  EXPECT_TRUE(inside_china_offset_area(116.4, 39.9));
  EXPECT_TRUE(inside_china_offset_area(72.004, 0.8293));
  EXPECT_TRUE(inside_china_offset_area(137.8347, 55.8271));
  EXPECT_FALSE(inside_china_offset_area(72.003, 30.0));
  EXPECT_FALSE(inside_china_offset_area(137.8348, 30.0));
  EXPECT_FALSE(inside_china_offset_area(100.0, 55.8272));
  EXPECT_FALSE(inside_china_offset_area(100.0, 0.8292));
  EXPECT_FALSE(inside_china_offset_area(std::nan(""), 30.0));
  const LonLat london{-0.1276, 51.5072};
  EXPECT_EQ(wgs84_to_gcj02(london).lon_deg, london.lon_deg);
  EXPECT_EQ(wgs84_to_gcj02(london).lat_deg, london.lat_deg);
  EXPECT_EQ(gcj02_to_wgs84(london).lat_deg, london.lat_deg);
  const LonLat tokyo{139.6917, 35.6895};  // east of 137.8347 °E
  EXPECT_EQ(wgs84_to_gcj02(tokyo).lon_deg, tokyo.lon_deg);
}

TEST(CrsChineseOffsets, NanStaysNan) {
  EXPECT_TRUE(std::isnan(wgs84_to_gcj02({std::nan(""), 30.0}).lon_deg));
  EXPECT_TRUE(std::isnan(gcj02_to_wgs84({116.0, std::nan("")}).lat_deg));
  EXPECT_TRUE(std::isnan(bd09_to_wgs84({std::nan(""), std::nan("")}).lon_deg));
}

}  // namespace
}  // namespace geo
