// CRS parsing (every accepted form, garbage), guessing from coordinate ranges (one test per rule) and
// resolution (override, declared, implicit, guessed; swapped axes; contradictions). EPSG names are those of
// the proj.db installed by Debian's proj-data 9.1 (checked by hand with
// `sqlite3 /usr/share/proj/proj.db "select code,name from projected_crs where code='4527'"`).
#include "geo/crs.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geo/crs_guess.hpp"

namespace geo {
namespace {

// `projinfo EPSG:4527 -o WKT1_ESRI` (PROJ 9.1.1): what ArcGIS writes into a .prj.
constexpr const char* kEsriGkZone39 =
    "PROJCS[\"CGCS2000_3_Degree_GK_Zone_39\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
    "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
    "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",39500000.0],"
    "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",117.0],PARAMETER[\"Scale_Factor\",1.0],"
    "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

CrsSpec parsed(const std::string& text) {
  CrsSpec s;
  std::string e;
  EXPECT_TRUE(parse_crs_text(text, &s, &e)) << text << ": " << e;
  return s;
}

std::string parse_error(const std::string& text) {
  CrsSpec s;
  std::string e;
  EXPECT_FALSE(parse_crs_text(text, &s, &e)) << text;
  return e;
}

// Haidian extract bounds (osm_beijing_haidian_cau/SOURCE.md): lon 116.34403…116.35974, lat 39.99767…40.00888.
std::vector<Point> haidian_lonlat() { return {{116.34403, 39.99767}, {116.35974, 40.00888}, {116.35, 40.0}}; }

std::vector<Point> swapped(std::vector<Point> pts) {
  for (Point& p : pts) p = {p.y, p.x};
  return pts;
}

TEST(CrsParse, ProjDatabaseIsThere) {
  std::string e;
  ASSERT_TRUE(proj_database_ready(&e)) << e;
}

TEST(CrsParse, EpsgForms) {
  for (const char* t : {"EPSG:4527", "epsg:4527", "urn:ogc:def:crs:EPSG::4527", "urn:ogc:def:crs:EPSG:9.8.15:4527",
                        "https://www.opengis.net/def/crs/EPSG/0/4527", "http://www.opengis.net/def/crs/EPSG/0/4527",
                        "  EPSG:4527\n"}) {
    const CrsSpec s = parsed(t);
    EXPECT_EQ(s.kind, CrsSpec::Kind::Proj);
    EXPECT_EQ(s.definition, "EPSG:4527") << t;
    EXPECT_EQ(s.label, "EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger zone 39") << t;
    EXPECT_FALSE(s.geographic);
  }
  const CrsSpec wgs = parsed("EPSG:4326");
  EXPECT_EQ(wgs.label, "EPSG:4326 WGS 84");
  EXPECT_TRUE(wgs.geographic);
  EXPECT_EQ(parsed("EPSG:4490").label, "EPSG:4490 China Geodetic Coordinate System 2000");
  EXPECT_EQ(parsed("EPSG:4513").label, "EPSG:4513 CGCS2000 / 3-degree Gauss-Kruger zone 25");
  EXPECT_EQ(parsed("EPSG:4533").label, "EPSG:4533 CGCS2000 / 3-degree Gauss-Kruger zone 45");
  EXPECT_EQ(parsed("EPSG:4534").label, "EPSG:4534 CGCS2000 / 3-degree Gauss-Kruger CM 75E");
  EXPECT_EQ(parsed("EPSG:3857").label, "EPSG:3857 WGS 84 / Pseudo-Mercator");
  EXPECT_EQ(parsed("EPSG:32650").label, "EPSG:32650 WGS 84 / UTM zone 50N");
  // CityJSON's Delft sample declares EPSG:7415 (RD New + NAP height): compound, projected horizontally.
  const CrsSpec rd = parsed("https://www.opengis.net/def/crs/EPSG/0/7415");
  EXPECT_EQ(rd.definition, "EPSG:7415");
  EXPECT_FALSE(rd.geographic);
}

TEST(CrsParse, Crs84Forms) {
  for (const char* t : {"OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                        "CRS84"}) {
    const CrsSpec s = parsed(t);
    EXPECT_EQ(s.definition, "OGC:CRS84") << t;
    EXPECT_TRUE(s.geographic);
    EXPECT_NE(s.label.find("CRS84"), std::string::npos) << s.label;
  }
}

TEST(CrsParse, WktForms) {
  // ESRI .prj, with a UTF-8 BOM as some tools write it: no id in the text, identified by PROJ.
  const CrsSpec esri = parsed(std::string("\xEF\xBB\xBF") + kEsriGkZone39);
  EXPECT_EQ(esri.kind, CrsSpec::Kind::Proj);
  EXPECT_FALSE(esri.geographic);
  EXPECT_NE(esri.label.find("CGCS2000"), std::string::npos) << esri.label;
  EXPECT_EQ(esri.definition.rfind("PROJCS[", 0), 0u);
  // WKT2 as PROJ writes it for EPSG:4490 (carries its id).
  const CrsSpec wkt2 = parsed(
      "GEOGCRS[\"China Geodetic Coordinate System 2000\",DATUM[\"China 2000\",ELLIPSOID[\"CGCS2000\",6378137,"
      "298.257222101,LENGTHUNIT[\"metre\",1]]],PRIMEM[\"Greenwich\",0,ANGLEUNIT[\"degree\",0.0174532925199433]],"
      "CS[ellipsoidal,2],AXIS[\"geodetic latitude (Lat)\",north,ORDER[1],ANGLEUNIT[\"degree\",0.0174532925199433]],"
      "AXIS[\"geodetic longitude (Lon)\",east,ORDER[2],ANGLEUNIT[\"degree\",0.0174532925199433]],ID[\"EPSG\",4490]]");
  EXPECT_TRUE(wkt2.geographic);
  EXPECT_EQ(wkt2.label, "EPSG:4490 China Geodetic Coordinate System 2000");
  // WKT1 (GDAL style) of WGS 84.
  const CrsSpec wkt1 = parsed(
      "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],"
      "UNIT[\"degree\",0.0174532925199433]]");
  EXPECT_TRUE(wkt1.geographic);
}

TEST(CrsParse, ChineseWebMapForms) {
  for (const char* t : {"gcj02", "GCJ-02", "GCJ02"}) {
    const CrsSpec s = parsed(t);
    EXPECT_EQ(s.kind, CrsSpec::Kind::Gcj02);
    EXPECT_EQ(s.definition, "gcj02");
    EXPECT_TRUE(s.geographic);
  }
  for (const char* t : {"bd09", "BD-09", "Bd09"}) {
    const CrsSpec s = parsed(t);
    EXPECT_EQ(s.kind, CrsSpec::Kind::Bd09);
    EXPECT_EQ(s.definition, "bd09");
  }
}

TEST(CrsParse, ProjStringIsACrs) {
  const CrsSpec s = parsed("+proj=utm +zone=50 +datum=WGS84");
  EXPECT_FALSE(s.geographic);
  EXPECT_NE(s.definition.find("+type=crs"), std::string::npos);
}

TEST(CrsParse, GarbageIsRefusedWithAReason) {
  EXPECT_NE(parse_error("EPSG:99999999").find("EPSG:99999999"), std::string::npos);
  EXPECT_NE(parse_error("EPSG:99999999").find("no such EPSG code"), std::string::npos);
  EXPECT_EQ(parse_error(""), "empty CRS text");
  EXPECT_EQ(parse_error("   "), "empty CRS text");
  EXPECT_NE(parse_error("hello").find("not a coordinate reference system"), std::string::npos);
  EXPECT_NE(parse_error("EPSG:abc").find("not a number"), std::string::npos);
  EXPECT_NE(parse_error("urn:ogc:def:crs:EPSG::").find("not a number"), std::string::npos);
  EXPECT_FALSE(parse_error("PROJCS[\"broken\",GEOGCS[").empty());
  // Not horizontal: geocentric (EPSG:4978) and vertical (EPSG:5703, NAVD88 height).
  EXPECT_NE(parse_error("EPSG:4978").find("geocentric"), std::string::npos);
  EXPECT_NE(parse_error("EPSG:5703").find("vertical"), std::string::npos);
  // An operation, not a CRS.
  EXPECT_NE(parse_error("+proj=utm +zone=50 +type=crs +proj=pipeline").size(), 0u);
  CrsSpec s;
  EXPECT_FALSE(parse_crs_text("EPSG:4326", nullptr, nullptr));
  EXPECT_FALSE(parse_crs_text("hello", &s, nullptr));  // no error out: still false, no crash
}

// --- guesses, one per rule of crs_guess.hpp ---

TEST(CrsGuess, LonLatIsWgs84) {
  const RangeGuess g = guess_from_ranges(coordinate_ranges(haidian_lonlat()));
  EXPECT_EQ(g.look, RangeLook::LonLat);
  EXPECT_EQ(g.definition, "EPSG:4326");
  EXPECT_FALSE(g.axes_swapped);
}

TEST(CrsGuess, ChinaLatLonIsSwapped) {
  const RangeGuess g = guess_from_ranges(coordinate_ranges(swapped(haidian_lonlat())));
  EXPECT_EQ(g.look, RangeLook::LatLonSwapped);
  EXPECT_EQ(g.definition, "EPSG:4326");
  EXPECT_TRUE(g.axes_swapped);
  // Urumqi (87.6 °E, 43.8 °N) swapped: y = 87.6 fits ±90, yet rule 1 catches it before rule 2.
  const RangeGuess u = guess_from_ranges(coordinate_ranges({{43.8, 87.6}, {43.9, 87.7}}));
  EXPECT_TRUE(u.axes_swapped);
  // Elsewhere: Paris (2.35 °E, 48.86 °N) cannot be told apart; Buenos Aires swapped (−34.6, −58.4) neither;
  // New York swapped (40.7, −74.0) has |y| ≤ 90 too. Sydney swapped (−33.87, 151.2): rule 3.
  const RangeGuess s = guess_from_ranges(coordinate_ranges({{-33.87, 151.2}, {-33.8, 151.3}}));
  EXPECT_EQ(s.look, RangeLook::LatLonSwapped);
}

TEST(CrsGuess, GaussKrugerZone39WithPrefixIsEpsg4527) {
  // lon 116.35, lat 39.998 in EPSG:4527 = easting 39444492.1641, northing 4429509.3443
  // (`echo 39.998 116.35 | cs2cs EPSG:4326 EPSG:4527`).
  const RangeGuess g =
      guess_from_ranges(coordinate_ranges({{39444492.1641, 4429509.3443}, {39446000.0, 4431000.0}}));
  EXPECT_EQ(g.look, RangeLook::GaussKrugerZone3);
  EXPECT_EQ(g.gk_zone, 39);
  EXPECT_EQ(g.definition, "EPSG:4527");
  EXPECT_EQ(guess_from_ranges(coordinate_ranges({{25500000.0, 4e6}})).definition, "EPSG:4513");
  EXPECT_EQ(guess_from_ranges(coordinate_ranges({{45500000.0, 4e6}})).definition, "EPSG:4533");
  // Points spanning two zone prefixes are not one zone.
  EXPECT_NE(guess_from_ranges(coordinate_ranges({{39700000.0, 4e6}, {40300000.0, 4e6}})).look,
            RangeLook::GaussKrugerZone3);
}

TEST(CrsGuess, WebMercatorOverChinaIsLowConfidence3857) {
  // lon 116.352, lat 40.003 in EPSG:3857 = (12952245.3928, 4866378.2409) (`cs2cs EPSG:4326 EPSG:3857`).
  const RangeGuess g = guess_from_ranges(coordinate_ranges({{12952245.3928, 4866378.2409}, {12953000.0, 4867000.0}}));
  EXPECT_EQ(g.look, RangeLook::WebMercatorChina);
  EXPECT_EQ(g.definition, "EPSG:3857");
  EXPECT_NE(g.why.find("LOW CONFIDENCE"), std::string::npos);
}

TEST(CrsGuess, MetresWithoutZoneHintAreNotGuessed) {
  // GK CM 117E without prefix (EPSG:4548): easting 444492, northing 4429509.
  const RangeGuess g = guess_from_ranges(coordinate_ranges({{444492.0, 4429509.0}, {446000.0, 4431000.0}}));
  EXPECT_EQ(g.look, RangeLook::ProjectedMetres);
  EXPECT_TRUE(g.definition.empty());
  EXPECT_NE(g.why.find("EPSG:4534"), std::string::npos);
  EXPECT_EQ(guess_from_ranges(coordinate_ranges({{1e300, 5.0}})).look, RangeLook::NotOnEarth);
  EXPECT_EQ(guess_from_ranges(coordinate_ranges({})).look, RangeLook::NoPoints);
  const CoordinateRanges nan_only = coordinate_ranges({{std::nan(""), 1.0}, {2.0, INFINITY}});
  EXPECT_EQ(nan_only.non_finite, 2u);
  EXPECT_EQ(guess_from_ranges(nan_only).look, RangeLook::NoPoints);
}

TEST(CrsGuess, RangesIgnoreNonFinitePointsAndSayHowMany) {
  const CoordinateRanges r = coordinate_ranges({{116.3, 39.9}, {std::nan(""), 0.0}, {116.4, 40.0}});
  EXPECT_EQ(r.finite, 2u);
  EXPECT_EQ(r.non_finite, 1u);
  EXPECT_EQ(r.min_x, 116.3);
  EXPECT_EQ(r.max_y, 40.0);
  EXPECT_EQ(describe(r), "x 116.300000…116.400000, y 39.900000…40.000000 (2 points; 1 with NaN/infinity ignored)");
}

// --- resolution ---

struct Resolved {
  CrsSpec spec;
  bool ok = false;
  std::vector<Issue> errors, warnings;
};

Resolved resolve(DeclaredCrs::Source source, const std::string& text, const std::vector<Point>& pts,
                 const char* override_text = nullptr) {
  Resolved r;
  const std::string ov = override_text != nullptr ? override_text : "";
  r.spec = resolve_crs(DeclaredCrs{source, text}, pts, override_text != nullptr ? &ov : nullptr, &r.errors,
                       &r.warnings, "layer.geojson", &r.ok);
  return r;
}

bool any_contains(const std::vector<Issue>& issues, const std::string& needle) {
  for (const Issue& i : issues)
    if (i.message.find(needle) != std::string::npos && i.file == "layer.geojson") return true;
  return false;
}

TEST(CrsResolve, DeclaredMemberIsUsedSilentlyWhenTheValuesAgree) {
  const Resolved r = resolve(DeclaredCrs::Source::Member, "urn:ogc:def:crs:EPSG::4527",
                             {{39444492.1641, 4429509.3443}, {39446000.0, 4431000.0}});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.spec.definition, "EPSG:4527");
  EXPECT_EQ(r.spec.how, "declared in the file (crs member)");
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_TRUE(r.errors.empty());
}

TEST(CrsResolve, ImplicitLonLatFromOsm) {
  const Resolved r = resolve(DeclaredCrs::Source::Implicit, "EPSG:4326", haidian_lonlat());
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.spec.definition, "EPSG:4326");
  EXPECT_FALSE(r.spec.axes_swapped);
  EXPECT_NE(r.spec.how.find("implied by the file format"), std::string::npos);
  EXPECT_TRUE(r.warnings.empty());
}

TEST(CrsResolve, DeclaredGeographicWithSwappedValuesIsSwappedAndWarned) {
  const Resolved r = resolve(DeclaredCrs::Source::Member, "EPSG:4326", swapped(haidian_lonlat()));
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.spec.axes_swapped);
  EXPECT_TRUE(any_contains(r.warnings, "latitude first"));
}

TEST(CrsResolve, DeclaredProjectedWithDegreesIsWarned) {
  const Resolved r = resolve(DeclaredCrs::Source::PrjFile, kEsriGkZone39, haidian_lonlat());
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.spec.how, "declared in the file (.prj)");
  EXPECT_FALSE(r.spec.geographic);
  EXPECT_TRUE(any_contains(r.warnings, "look like lon/lat degrees"));
}

TEST(CrsResolve, DeclaredGeographicHoldingMetresIsAnError) {
  const Resolved r = resolve(DeclaredCrs::Source::Member, "EPSG:4490", {{39444492.1641, 4429509.3443}});
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_contains(r.errors, "not degrees"));
  EXPECT_TRUE(any_contains(r.errors, "EPSG:4527"));  // the guess is offered
}

TEST(CrsResolve, ImplicitLonLatHoldingMetresFallsBackToTheGuess) {
  const Resolved r = resolve(DeclaredCrs::Source::Implicit, "", {{39444492.1641, 4429509.3443}});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.spec.definition, "EPSG:4527");
  EXPECT_TRUE(any_contains(r.warnings, "guessing from the ranges"));
  EXPECT_TRUE(any_contains(r.warnings, "guessed from the coordinate ranges"));
}

TEST(CrsResolve, UnreadableDeclarationIsAnError) {
  const Resolved r = resolve(DeclaredCrs::Source::Member, "urn:ogc:def:crs:EPSG::99999999", haidian_lonlat());
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].place, "crs");
  EXPECT_NE(r.errors[0].message.find("--crs"), std::string::npos);
}

TEST(CrsResolve, GuessIsAlwaysWarnedWithTheRanges) {
  const Resolved r = resolve(DeclaredCrs::Source::None, "", haidian_lonlat());
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.spec.definition, "EPSG:4326");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].message.find("x 116.344030…116.359740, y 39.997670…40.008880"), std::string::npos)
      << r.warnings[0].message;
  EXPECT_EQ(r.spec.how.rfind("guessed from the coordinate ranges: ", 0), 0u);

  const Resolved s = resolve(DeclaredCrs::Source::None, "", swapped(haidian_lonlat()));
  ASSERT_TRUE(s.ok);
  EXPECT_TRUE(s.spec.axes_swapped);
  EXPECT_TRUE(any_contains(s.warnings, "swapped"));

  const Resolved gk = resolve(DeclaredCrs::Source::None, "", {{39444492.1641, 4429509.3443}});
  ASSERT_TRUE(gk.ok);
  EXPECT_EQ(gk.spec.definition, "EPSG:4527");
  EXPECT_EQ(gk.spec.label, "EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger zone 39");

  const Resolved wm = resolve(DeclaredCrs::Source::None, "", {{12952245.3928, 4866378.2409}});
  ASSERT_TRUE(wm.ok);
  EXPECT_EQ(wm.spec.definition, "EPSG:3857");
  EXPECT_TRUE(any_contains(wm.warnings, "LOW CONFIDENCE"));
}

TEST(CrsResolve, UnknownMetresOrNoPointsAreErrors) {
  const Resolved m = resolve(DeclaredCrs::Source::None, "", {{444492.0, 4429509.0}});
  EXPECT_FALSE(m.ok);
  EXPECT_TRUE(any_contains(m.errors, "--crs"));
  EXPECT_TRUE(any_contains(m.errors, "no zone hint"));
  const Resolved e = resolve(DeclaredCrs::Source::None, "", {});
  EXPECT_FALSE(e.ok);
  EXPECT_TRUE(any_contains(e.errors, "no finite coordinate"));
}

TEST(CrsResolve, OverrideWinsAndWarnsOnContradiction) {
  const Resolved r = resolve(DeclaredCrs::Source::Implicit, "EPSG:4326", haidian_lonlat(), "gcj02");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.spec.kind, CrsSpec::Kind::Gcj02);
  EXPECT_EQ(r.spec.how, "given by --crs");
  EXPECT_TRUE(any_contains(r.warnings, "overrides"));
  // Same CRS in another spelling: no warning (EPSG:4326 ≡ OGC:CRS84 up to axis order).
  const Resolved same = resolve(DeclaredCrs::Source::Member, "OGC:CRS84", haidian_lonlat(), "EPSG:4326");
  ASSERT_TRUE(same.ok);
  EXPECT_TRUE(same.warnings.empty());
  // Override of metres without a hint: the user knows best.
  const Resolved m = resolve(DeclaredCrs::Source::None, "", {{444492.0, 4429509.0}}, "EPSG:4548");
  ASSERT_TRUE(m.ok);
  EXPECT_EQ(m.spec.definition, "EPSG:4548");
  EXPECT_TRUE(m.warnings.empty());
}

TEST(CrsResolve, BadOverrideIsAnError) {
  const Resolved r = resolve(DeclaredCrs::Source::Implicit, "EPSG:4326", haidian_lonlat(), "EPSG:99999999");
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_contains(r.errors, "--crs"));
  const Resolved g = resolve(DeclaredCrs::Source::None, "", {{444492.0, 4429509.0}}, "EPSG:4326");
  EXPECT_FALSE(g.ok);
  EXPECT_TRUE(any_contains(g.errors, "not degrees"));
}

TEST(CrsResolve, NullOutputsDoNotCrash) {
  const CrsSpec s = resolve_crs(DeclaredCrs{}, haidian_lonlat(), nullptr, nullptr, nullptr, "f", nullptr);
  EXPECT_EQ(s.definition, "EPSG:4326");
}

}  // namespace
}  // namespace geo
