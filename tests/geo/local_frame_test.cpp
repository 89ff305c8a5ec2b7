// The local metric frame: PROJ's own test points (OSGeo/PROJ test/gie, cited per test; line numbers of the
// snapshot 52da98bd995c7e52b194215d3bfa584abf0f3f20), round trips source → local → source, and distances in
// the frame against geodesic distances computed independently.
#include "geo/local_frame.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "geo/chinese_offsets.hpp"

namespace geo {
namespace {

CrsSpec spec(const std::string& text, bool swapped = false) {
  CrsSpec s;
  std::string e;
  EXPECT_TRUE(parse_crs_text(text, &s, &e)) << text << ": " << e;
  s.axes_swapped = swapped;
  return s;
}

LocalFrame frame_at(const CrsSpec& s, double lon, double lat) {
  LocalFrame f;
  std::string e;
  EXPECT_TRUE(LocalFrame::make_at_lonlat(s, lon, lat, &f, &e)) << s.definition << ": " << e;
  return f;
}

#define CT_REQUIRE_PROJ_DB()                                  \
  do {                                                        \
    std::string proj_db_error;                                \
    ASSERT_TRUE(proj_database_ready(&proj_db_error)) << proj_db_error; \
  } while (0)

TEST(CrsLocalFrame, TmercMatchesProjGieBuiltins) {
  CT_REQUIRE_PROJ_DB();
  // test/gie/builtins.gie l. 7230–7234: "+proj=tmerc +ellps=GRS80", accept 2 1 → expect 222650.796797586
  // 110642.229411933; inverse l. 7249–7250: accept 200 100 → expect 0.00179663056816 0.00090436947663.
  // Our frame is on WGS84, whose flattening differs from GRS80's by 1.6e-11: `proj +proj=tmerc
  // +ellps=WGS84` gives 222650.796797583 110642.229415579, 3.6 µm away — hence 1e-5 m.
  const LocalFrame f = frame_at(spec("EPSG:4326"), 0.0, 0.0);
  double x = 0, y = 0;
  ASSERT_TRUE(f.to_local({2.0, 1.0}, &x, &y));
  EXPECT_NEAR(x, 222650.796797586, 1e-5);
  EXPECT_NEAR(y, 110642.229411933, 1e-5);
  ASSERT_TRUE(f.to_local({-2.0, -1.0}, &x, &y));
  EXPECT_NEAR(x, -222650.796797586, 1e-5);
  EXPECT_NEAR(y, -110642.229411933, 1e-5);
  double lon = 0, lat = 0;
  ASSERT_TRUE(f.to_lonlat(200.0, 100.0, &lon, &lat));
  EXPECT_NEAR(lon, 0.00179663056816, 1e-12);
  EXPECT_NEAR(lat, 0.00090436947663, 1e-12);
}

TEST(CrsLocalFrame, UtmSourceMatchesProjGieBuiltins) {
  CT_REQUIRE_PROJ_DB();
  // test/gie/builtins.gie l. 7900–7903: "+proj=utm +zone=32" (GRS80), accept 12 56 → expect
  // 687071.43910944 6210141.32674801, tolerance 0.001 mm. EPSG:25832 is ETRS89 / UTM zone 32N (GRS80);
  // ETRS89 → WGS84 is a null transformation in PROJ.
  const LocalFrame f = frame_at(spec("EPSG:25832"), 12.0, 56.0);
  double lon = 0, lat = 0;
  ASSERT_TRUE(f.source_to_lonlat({687071.43910944, 6210141.32674801}, &lon, &lat));
  EXPECT_NEAR(lon, 12.0, 1e-10);
  EXPECT_NEAR(lat, 56.0, 1e-10);
  double x = 1, y = 1;
  ASSERT_TRUE(f.to_local({687071.43910944, 6210141.32674801}, &x, &y));
  EXPECT_NEAR(x, 0.0, 1e-5);
  EXPECT_NEAR(y, 0.0, 1e-5);
  Point back;
  ASSERT_TRUE(f.to_source(0.0, 0.0, &back));
  EXPECT_NEAR(back.x, 687071.43910944, 1e-5);
  EXPECT_NEAR(back.y, 6210141.32674801, 1e-5);
}

TEST(CrsLocalFrame, WebMercatorSourceMatchesEpsgGuidanceNoteInGie) {
  CT_REQUIRE_PROJ_DB();
  // test/gie/4D-API_cs2cs-style.gie l. 231–240 ("Web Mercator test data from EPSG Guidance Note 7-2,
  // p. 44", proj=webmerc +ellps=WGS84, tolerance 1 cm): −100.33333333 24.46358028 → −11169055.58
  // 2810000.00 and −100.33333333 24.38178694 → −11169055.58 2800000.00. 1 cm ≈ 1e-7°.
  const LocalFrame f = frame_at(spec("EPSG:3857"), -100.3, 24.4);
  const std::pair<Point, Point> cases[] = {{{-11169055.58, 2810000.00}, {-100.33333333, 24.46358028}},
                                           {{-11169055.58, 2800000.00}, {-100.33333333, 24.38178694}}};
  for (const auto& [xy, ll] : cases) {
    double lon = 0, lat = 0;
    ASSERT_TRUE(f.source_to_lonlat(xy, &lon, &lat));
    EXPECT_NEAR(lon, ll.x, 1e-7);
    EXPECT_NEAR(lat, ll.y, 1e-7);
    double x = 0, y = 0;
    ASSERT_TRUE(f.to_local(xy, &x, &y));
    Point back;
    ASSERT_TRUE(f.to_source(x, y, &back));
    EXPECT_NEAR(back.x, xy.x, 1e-6);
    EXPECT_NEAR(back.y, xy.y, 1e-6);
  }
}

TEST(CrsLocalFrame, GaussKrugerZone39MatchesCs2cs) {
  CT_REQUIRE_PROJ_DB();
  // `echo 39.998 116.35 | cs2cs EPSG:4326 EPSG:4527 -f %.4f` → 4429509.3443 39444492.1641 (EPSG order:
  // northing first; files write easting first). 0.1 mm of rounding ≈ 1e-9°.
  const LocalFrame f = frame_at(spec("EPSG:4527"), 116.35, 39.998);
  double lon = 0, lat = 0;
  ASSERT_TRUE(f.source_to_lonlat({39444492.1641, 4429509.3443}, &lon, &lat));
  EXPECT_NEAR(lon, 116.35, 3e-9);
  EXPECT_NEAR(lat, 39.998, 3e-9);
}

TEST(CrsLocalFrame, OriginIsTheCentreGiven) {
  CT_REQUIRE_PROJ_DB();
  LocalFrame f;
  std::string e;
  ASSERT_TRUE(LocalFrame::make(spec("EPSG:4326"), {116.352, 40.003}, &f, &e)) << e;
  EXPECT_EQ(f.origin_lon_deg(), 116.352);
  EXPECT_EQ(f.origin_lat_deg(), 40.003);
  EXPECT_EQ(f.local_definition(), "+proj=tmerc +lat_0=40.003 +lon_0=116.352 +k=1 +x_0=0 +y_0=0 +ellps=WGS84");
  EXPECT_EQ(f.source().definition, "EPSG:4326");
  double x = 1, y = 1;
  ASSERT_TRUE(f.to_local({116.352, 40.003}, &x, &y));
  EXPECT_NEAR(x, 0.0, 1e-9);
  EXPECT_NEAR(y, 0.0, 1e-9);
  // East is +x, north is +y.
  ASSERT_TRUE(f.to_local({116.353, 40.004}, &x, &y));
  EXPECT_GT(x, 80.0);
  EXPECT_GT(y, 100.0);
  // A GK frame centred on the same ground point has the same origin (CGCS2000 ≈ WGS84 in PROJ).
  LocalFrame gk;
  ASSERT_TRUE(LocalFrame::make(spec("EPSG:4527"), {39444492.1641, 4429509.3443}, &gk, &e)) << e;
  EXPECT_NEAR(gk.origin_lon_deg(), 116.35, 3e-9);
  EXPECT_NEAR(gk.origin_lat_deg(), 39.998, 3e-9);
}

TEST(CrsLocalFrame, RoundTripsSourceLocalSource) {
  CT_REQUIRE_PROJ_DB();
  struct Case {
    CrsSpec crs;
    Point centre;
    Point step;  // offsets of the test points around the centre, in source units
    double tol;  // 1e-6 m for metric sources, 1e-9° for degrees
  };
  const Case cases[] = {
      {spec("EPSG:4326"), {116.352, 40.003}, {0.01, 0.008}, 1e-9},
      {spec("OGC:CRS84"), {121.4737, 31.2304}, {0.02, 0.02}, 1e-9},
      {spec("EPSG:4326", true), {40.003, 116.352}, {0.008, 0.01}, 1e-9},
      {spec("EPSG:4490"), {116.352, 40.003}, {0.01, 0.008}, 1e-9},
      {spec("gcj02"), {116.3584, 40.0044}, {0.01, 0.008}, 1e-9},
      {spec("bd09"), {116.3648, 40.0104}, {0.01, 0.008}, 1e-9},
      {spec("EPSG:4527"), {39444492.1641, 4429509.3443}, {900.0, 700.0}, 1e-6},
      {spec("EPSG:3857"), {12952245.3928, 4866378.2409}, {1200.0, 900.0}, 1e-6},
      {spec("EPSG:32650"), {444000.0, 4428000.0}, {900.0, 700.0}, 1e-6},
      {spec("EPSG:7415"), {85000.0, 447000.0}, {500.0, 400.0}, 1e-6},  // Delft, RD New + NAP
  };
  for (const Case& c : cases) {
    LocalFrame f;
    std::string e;
    ASSERT_TRUE(LocalFrame::make(c.crs, c.centre, &f, &e)) << c.crs.definition << ": " << e;
    for (int i = -2; i <= 2; ++i)
      for (int j = -2; j <= 2; ++j) {
        const Point p{c.centre.x + i * c.step.x, c.centre.y + j * c.step.y};
        double x = 0, y = 0;
        ASSERT_TRUE(f.to_local(p, &x, &y)) << c.crs.definition;
        EXPECT_LT(std::hypot(x, y), 6000.0) << c.crs.definition;
        Point back;
        ASSERT_TRUE(f.to_source(x, y, &back)) << c.crs.definition;
        EXPECT_NEAR(back.x, p.x, c.tol) << c.crs.definition << " " << i << " " << j;
        EXPECT_NEAR(back.y, p.y, c.tol) << c.crs.definition << " " << i << " " << j;
      }
  }
}

TEST(CrsLocalFrame, DistancesMatchGeodesics) {
  CT_REQUIRE_PROJ_DB();
  // Geodesic distances on WGS84 computed by hand twice: Vincenty's inverse (Survey Review 1975) in a
  // Python transcription run by hand, and PROJ's `geod +ellps=WGS84 -I` (Karney's
  // algorithm); they agree to the millimetre. The frame's scale error over these spans is
  // ≤ x²/(6R²) ≈ 1e-7 (mean of k − 1 along a segment from the origin to x ≤ 10 km): 2e-6 relative bound.
  struct Geodesic {
    Point a, b;
    double length_m;
  };
  const LocalFrame haidian = frame_at(spec("EPSG:4326"), 116.352, 40.003);
  const Geodesic beijing[] = {{{116.352, 40.003}, {116.3642, 40.0087}, 1218.906256},
                              {{116.352, 40.003}, {116.4105, 40.003}, 4995.321920},
                              {{116.3, 39.96}, {116.41, 40.05}, 13714.377880}};
  for (const Geodesic& g : beijing) {
    double ax = 0, ay = 0, bx = 0, by = 0;
    ASSERT_TRUE(haidian.to_local(g.a, &ax, &ay));
    ASSERT_TRUE(haidian.to_local(g.b, &bx, &by));
    const double d = std::hypot(bx - ax, by - ay);
    EXPECT_NEAR(d / g.length_m, 1.0, 2e-6) << d << " vs " << g.length_m;
  }
  const LocalFrame shanghai = frame_at(spec("EPSG:4326"), 121.485, 31.24);
  double ax = 0, ay = 0, bx = 0, by = 0;
  ASSERT_TRUE(shanghai.to_local({121.4737, 31.2304}, &ax, &ay));
  ASSERT_TRUE(shanghai.to_local({121.5, 31.25}, &bx, &by));
  EXPECT_NEAR(std::hypot(bx - ax, by - ay) / 3316.581375, 1.0, 2e-6);
}

TEST(CrsLocalFrame, Gcj02SourceLandsWhereItsWgs84PointDoes) {
  CT_REQUIRE_PROJ_DB();
  // eviltransform's Beijing pair (go/transform_test.go): WGS84 (116.377817, 39.911954) ↔ GCJ-02
  // (116.38404722455657, 39.91334545536069): the same ground point, ~540 m apart as numbers.
  const LocalFrame wgs = frame_at(spec("EPSG:4326"), 116.38, 39.91);
  LocalFrame gcj;
  std::string e;
  ASSERT_TRUE(LocalFrame::make_for_city(spec("gcj02"), wgs, &gcj, &e)) << e;
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  ASSERT_TRUE(wgs.to_local({116.377817, 39.911954}, &x1, &y1));
  ASSERT_TRUE(gcj.to_local({116.38404722455657, 39.91334545536069}, &x2, &y2));
  EXPECT_NEAR(x2, x1, 1e-4);
  EXPECT_NEAR(y2, y1, 1e-4);
  // Swapped GCJ-02 input (lat first) is swapped back.
  LocalFrame swapped;
  ASSERT_TRUE(LocalFrame::make_for_city(spec("gcj02", true), wgs, &swapped, &e)) << e;
  ASSERT_TRUE(swapped.to_local({39.91334545536069, 116.38404722455657}, &x2, &y2));
  EXPECT_NEAR(x2, x1, 1e-4);
  Point back;
  ASSERT_TRUE(swapped.to_source(x2, y2, &back));
  EXPECT_NEAR(back.x, 39.91334545536069, 1e-9);
}

TEST(CrsLocalFrame, LayersOfOneCityShareTheFrame) {
  CT_REQUIRE_PROJ_DB();
  LocalFrame city;
  std::string e;
  ASSERT_TRUE(LocalFrame::make(spec("EPSG:4326"), {116.35, 39.998}, &city, &e)) << e;
  LocalFrame gk;
  ASSERT_TRUE(LocalFrame::make_for_city(spec("EPSG:4527"), city, &gk, &e)) << e;
  EXPECT_EQ(gk.local_definition(), city.local_definition());
  double x = 1, y = 1;
  ASSERT_TRUE(gk.to_local({39444492.1641, 4429509.3443}, &x, &y));  // cs2cs: = (116.35, 39.998)
  EXPECT_NEAR(x, 0.0, 1e-3);
  EXPECT_NEAR(y, 0.0, 1e-3);
  LocalFrame none;
  EXPECT_FALSE(LocalFrame::make_for_city(spec("EPSG:4527"), none, &gk, &e));
}

TEST(CrsLocalFrame, BulkEqualsOneByOneAndCountsFailures) {
  CT_REQUIRE_PROJ_DB();
  for (const CrsSpec& s : {spec("EPSG:4527"), spec("gcj02")}) {
    const bool metric = s.kind == CrsSpec::Kind::Proj;
    LocalFrame f;
    std::string e;
    const Point c = metric ? Point{39444492.1641, 4429509.3443} : Point{116.3584, 40.0044};
    ASSERT_TRUE(LocalFrame::make(s, c, &f, &e)) << e;
    std::vector<Point> pts;
    for (int k = 0; k < 100; ++k) {
      const double t = k / 100.0;
      pts.push_back(metric ? Point{c.x + 1000 * t, c.y - 500 * t} : Point{c.x + 0.01 * t, c.y - 0.005 * t});
    }
    pts[17] = {std::nan(""), c.y};
    pts[42] = {c.x, INFINITY};
    std::vector<Point> bulk = pts;
    std::size_t failed = 0;
    EXPECT_FALSE(f.transform_in_place(bulk, &failed));
    EXPECT_EQ(failed, 2u);
    for (std::size_t k = 0; k < pts.size(); ++k) {
      double x = 0, y = 0;
      const bool ok = f.to_local(pts[k], &x, &y);
      EXPECT_EQ(ok, k != 17 && k != 42) << k;
      if (!ok) {
        EXPECT_TRUE(std::isnan(bulk[k].x) && std::isnan(bulk[k].y)) << k;
        continue;
      }
      EXPECT_NEAR(bulk[k].x, x, 1e-9) << k;
      EXPECT_NEAR(bulk[k].y, y, 1e-9) << k;
    }
  }
}

TEST(CrsLocalFrame, ManyPointsInBulkEqualOneByOne) {
  CT_REQUIRE_PROJ_DB();
  // 400,000 points through the bulk path and one by one give the same sum (the throughput is printed for
  // information only: speed targets are measured in bench/ — ct_bench_import's footprints/s — never
  // asserted in a unit test on a shared machine).
  LocalFrame f;
  std::string e;
  ASSERT_TRUE(LocalFrame::make(spec("EPSG:4527"), {39444492.1641, 4429509.3443}, &f, &e)) << e;
  std::vector<Point> pts(400000);
  for (std::size_t k = 0; k < pts.size(); ++k)
    pts[k] = {39444492.1641 + static_cast<double>(k % 1000), 4429509.3443 + static_cast<double>(k / 1000)};
  std::vector<Point> bulk = pts;
  const auto t0 = std::chrono::steady_clock::now();
  std::size_t failed = 0;
  ASSERT_TRUE(f.transform_in_place(bulk, &failed));
  const auto t1 = std::chrono::steady_clock::now();
  double sx = 0, bulk_sx = 0;
  for (const Point& p : pts) {
    double x = 0, y = 0;
    f.to_local(p, &x, &y);
    sx += x;
  }
  for (const Point& p : bulk) bulk_sx += p.x;
  const auto t2 = std::chrono::steady_clock::now();
  const double bulk_s = std::chrono::duration<double>(t1 - t0).count();
  const double single_s = std::chrono::duration<double>(t2 - t1).count();
  std::printf("[ crs ] EPSG:4527 → local: bulk %.0f points/s, one by one %.0f points/s (checksum %.3f)\n",
              pts.size() / bulk_s, pts.size() / single_s, sx);
  EXPECT_EQ(failed, 0u);
  EXPECT_NEAR(bulk_sx, sx, 1e-6 * std::fabs(sx));
}

TEST(CrsLocalFrame, BadInputFailsCleanly) {
  CT_REQUIRE_PROJ_DB();
  LocalFrame f;
  std::string e;
  CrsSpec unknown;
  unknown.definition = "EPSG:99999999";
  EXPECT_FALSE(LocalFrame::make(unknown, {0, 0}, &f, &e));
  EXPECT_NE(e.find("EPSG:99999999"), std::string::npos) << e;
  EXPECT_FALSE(f.valid());
  EXPECT_FALSE(LocalFrame::make(spec("EPSG:4326"), {std::nan(""), 40.0}, &f, &e));
  EXPECT_NE(e.find("centre"), std::string::npos) << e;
  EXPECT_FALSE(LocalFrame::make_at_lonlat(spec("EPSG:4326"), 116.0, 95.0, &f, &e));
  EXPECT_FALSE(LocalFrame::make_at_lonlat(spec("EPSG:4326"), INFINITY, 40.0, &f, &e));
  // An invalid frame answers false, never crashes.
  double x = 0, y = 0;
  Point p;
  EXPECT_FALSE(f.to_local({116.0, 40.0}, &x, &y));
  EXPECT_FALSE(f.to_source(0.0, 0.0, &p));
  EXPECT_FALSE(f.to_lonlat(0.0, 0.0, &x, &y));
  EXPECT_TRUE(f.source().definition.empty());
  std::vector<Point> pts{{116.0, 40.0}};
  std::size_t failed = 0;
  EXPECT_FALSE(f.transform_in_place(pts, &failed));
  EXPECT_EQ(failed, 1u);
  // A valid frame refuses NaN and points PROJ cannot take (latitude 95°), then goes on working.
  const LocalFrame g = frame_at(spec("EPSG:4326"), 116.35, 40.0);
  EXPECT_FALSE(g.to_local({std::nan(""), 40.0}, &x, &y));
  EXPECT_FALSE(g.to_local({116.35, 95.0}, &x, &y));
  EXPECT_FALSE(g.to_lonlat(std::nan(""), 0.0, &x, &y));
  EXPECT_TRUE(g.to_local({116.35, 40.0}, &x, &y));
  EXPECT_NEAR(x, 0.0, 1e-9);
}

TEST(CrsLocalFrame, MovesKeepTheFrameWorking) {
  CT_REQUIRE_PROJ_DB();
  LocalFrame a = frame_at(spec("EPSG:4527"), 116.35, 39.998);
  LocalFrame b(std::move(a));
  EXPECT_TRUE(b.valid());
  LocalFrame c;
  c = std::move(b);
  double x = 1, y = 1;
  ASSERT_TRUE(c.to_local({39444492.1641, 4429509.3443}, &x, &y));
  EXPECT_NEAR(x, 0.0, 1e-3);
  EXPECT_EQ(c.source().definition, "EPSG:4527");
  std::vector<LocalFrame> many;
  for (int k = 0; k < 8; ++k) many.push_back(frame_at(spec("EPSG:3857"), 116.0 + k * 0.1, 40.0));
  EXPECT_TRUE(many.front().to_local({12952245.3928, 4866378.2409}, &x, &y));
}

}  // namespace
}  // namespace geo
