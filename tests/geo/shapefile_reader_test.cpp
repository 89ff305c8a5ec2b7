// Tests of the Shapefile reader (geo/shapefile_reader, shp_*, zip_archive). There is no Shapefile in
// ../shared/data, so each test writes its own with shapelib's writer API (SHPCreate/SHPWriteObject,
// DBFCreate/DBFAddField/DBFWrite…Attribute) and minizip's zip.h into a fresh temporary directory,
// reads the files back as bytes and feeds them to the reader.
// Expected figures: the geometry is written here, so the rings and points the reader must return
// are the ones written (orientation by construction: (0,0)→(0,10)→(10,10)→(10,0) runs clockwise with
// y up). GBK bytes were produced with python3: "海淀区住宅楼".encode("gbk") = BA A3 B5 ED C7 F8 D7 A1
// D5 AC C2 A5, "名称".encode("gbk") = C3 FB B3 C6. The .prj is the ESRI WKT of EPSG:4490 as PROJ 9.1
// writes it (`projinfo -o WKT1_ESRI EPSG:4490`).
#include "shapefile_test_util.hpp"

namespace {


TEST(ShapefileReader, PolygonsHolesGbkTextAndPrj) {
  TempDir dir;
  geo::ShapefileParts parts = blocks_parts(dir);
  parts.cpg = "GBK\r\n";
  const geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty()) << all_issues(r);
  expect_blocks_geometry(r);
  const geo::Feature& a = r.features[0];
  EXPECT_EQ(a.id, "101");  // from OBJECTID
  ASSERT_NE(a.attribute("名称"), nullptr) << all_issues(r);
  EXPECT_EQ(*a.attribute("名称"), "海淀区住宅楼");
  ASSERT_NE(a.attribute("HEIGHT"), nullptr);
  EXPECT_EQ(*a.attribute("HEIGHT"), "24.50");  // as written: width 10, 2 decimals, padding trimmed
  ASSERT_EQ(a.attributes.size(), 3u);
  EXPECT_EQ(a.attributes[0].first, "OBJECTID");  // field order kept
  EXPECT_EQ(r.features[1].id, "102");
  EXPECT_EQ(*r.features[1].attribute("名称"), "Block B");
  EXPECT_EQ(r.crs.source, geo::DeclaredCrs::Source::PrjFile);
  EXPECT_EQ(r.crs.text, kCgcs2000Wkt);
  EXPECT_TRUE(has_issue(r.warnings, "record 2", "null shape"));
  EXPECT_FALSE(has_issue(r.warnings, "", "not declared"));
  EXPECT_EQ(count(r, "records"), 3u);
  EXPECT_EQ(count(r, "buildings"), 2u);
  EXPECT_EQ(count(r, "null_shapes"), 1u);
  EXPECT_EQ(count(r, "corrupt_records"), 0u);
  EXPECT_EQ(count(r, "replaced_characters"), 0u);
}

TEST(ShapefileReader, GbkDetectedWithoutCpgAndWarned) {
  TempDir dir;
  const geo::ShapefileParts parts = blocks_parts(dir);  // LDID 0x57 ("ANSI"), no .cpg
  const geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  expect_blocks_geometry(r);
  EXPECT_TRUE(has_issue(r.warnings, "", "DBF text encoding not declared; detected GBK from the bytes"))
      << all_issues(r);
  EXPECT_EQ(*r.features[0].attribute("名称"), "海淀区住宅楼");
}

TEST(ShapefileReader, GbkFromLanguageDriverId) {
  TempDir dir;
  const geo::ShapefileParts parts = blocks_parts(dir, "LDID/77");  // byte 29 = 0x4D: code page 936
  ASSERT_EQ(static_cast<unsigned char>(parts.dbf[29]), 0x4Du);
  const geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_FALSE(has_issue(r.warnings, "", "not declared")) << all_issues(r);
  ASSERT_EQ(r.features.size(), 2u);
  EXPECT_EQ(*r.features[0].attribute("名称"), "海淀区住宅楼");
}

TEST(ShapefileReader, WrongCpgBytesReplacedAndCounted) {
  TempDir dir;
  geo::ShapefileParts parts = blocks_parts(dir);
  parts.cpg = "UTF-8";  // but the text is GBK: every byte of it is ill-formed UTF-8
  const geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  ASSERT_EQ(r.features.size(), 2u);
  // python3 b"...".decode("utf-8", "replace"): the field name 名称 gives 4 U+FFFD; 海淀区住宅楼 gives 6,
  // its last three GBK pairs (D7 A1, D5 AC, C2 A5) happening to be well-formed UTF-8. 10 in all.
  EXPECT_EQ(count(r, "replaced_characters"), 10u);
  EXPECT_TRUE(has_issue(r.warnings, "", "10 bytes of .dbf text are not valid UTF-8")) << all_issues(r);
  EXPECT_NE(r.features[0].attribute("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"), nullptr);
}

TEST(ShapefileReader, PolyLinesUtf8CpgAndRecordNumberIds) {
  TempDir dir;
  const geo::ShapefileParts parts = roads_parts(dir);
  ASSERT_EQ(parts.cpg, "UTF-8");  // written by DBFCreateEx
  const geo::LayerRead r = geo::read_shapefile(parts, "roads.shp");
  ASSERT_EQ(r.features.size(), 2u) << all_issues(r);
  EXPECT_TRUE(r.warnings.empty()) << all_issues(r);
  EXPECT_EQ(r.crs.source, geo::DeclaredCrs::Source::None);
  const geo::Feature& a = r.features[0];
  EXPECT_EQ(a.kind, geo::FeatureKind::Road);
  EXPECT_EQ(a.id, "0");  // no id field: the record number
  ASSERT_EQ(a.lines.size(), 2u);
  EXPECT_EQ(a.lines[1][1].y, 50.0);
  EXPECT_EQ(*a.attribute("name"), "中关村大街");
  EXPECT_EQ(r.features[1].lines[0].size(), 3u);
  EXPECT_EQ(count(r, "roads"), 2u);
}

TEST(ShapefileReader, PointZLayerIsOtherWithHeights) {
  TempDir dir;
  const std::string stem = dir.file("poles");
  write_shapes(stem, SHPT_POINTZ, {Shape{{{{5, 6}}}, {42.5}}, Shape{{{{7, 8}}}, {3.0}}});
  geo::ShapefileParts parts;
  parts.shp = slurp(stem + ".shp");
  parts.shx = slurp(stem + ".shx");
  const geo::LayerRead r = geo::read_shapefile(parts, "poles.shp");
  ASSERT_EQ(r.features.size(), 2u);
  EXPECT_EQ(r.features[0].kind, geo::FeatureKind::Other);
  ASSERT_EQ(r.features[0].points.size(), 1u);
  EXPECT_EQ(r.features[0].points[0].x, 5.0);
  EXPECT_EQ(r.features[0].ground_z, 42.5);
  EXPECT_EQ(r.features[1].roof_z, 3.0);
  EXPECT_TRUE(has_issue(r.warnings, "", "no .dbf given"));
  EXPECT_TRUE(r.features[0].attributes.empty());
  EXPECT_EQ(count(r, "points"), 2u);
}

TEST(ShapefileReader, MissingShxIsRebuiltFromTheShp) {
  TempDir dir;
  geo::ShapefileParts parts = blocks_parts(dir);
  parts.shx.clear();
  const geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_TRUE(r.file_ok);
  EXPECT_TRUE(has_issue(r.warnings, "", "no .shx given: the record index was rebuilt")) << all_issues(r);
  expect_blocks_geometry(r);
  EXPECT_EQ(count(r, "null_shapes"), 1u);

  parts.shx = "garbage index";  // present but unusable: rebuilt as well
  const geo::LayerRead g = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_TRUE(has_issue(g.warnings, "", "the .shx is not a Shapefile index")) << all_issues(g);
  expect_blocks_geometry(g);
}

TEST(ShapefileReader, TruncatedShpNamesTheRecords) {
  TempDir dir;
  geo::ShapefileParts parts = blocks_parts(dir);
  // Record 2 (null shape) is 12 bytes at the end; cutting 30 bytes also cuts into record 1.
  parts.shp.resize(parts.shp.size() - 30);
  const geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_TRUE(r.file_ok);
  ASSERT_EQ(r.features.size(), 1u) << all_issues(r);
  EXPECT_EQ(r.features[0].index, 0u);
  EXPECT_TRUE(has_issue(r.errors, "record 1", "could not be read")) << all_issues(r);
  EXPECT_TRUE(has_issue(r.errors, "record 2", "could not be read"));
  EXPECT_EQ(count(r, "corrupt_records"), 2u);

  parts.shx.clear();  // without the index, the rebuilt one stops where the file does
  const geo::LayerRead s = geo::read_shapefile(parts, "blocks.shp");
  ASSERT_EQ(s.features.size(), 1u) << all_issues(s);
  EXPECT_TRUE(has_issue(s.errors, "record 1", "could not be read")) << all_issues(s);
}

TEST(ShapefileReader, DbfWithFewerRecordsThanShp) {
  TempDir dir;
  geo::ShapefileParts parts = blocks_parts(dir);
  write_blocks_dbf(dir.file("short"), "LDID/77", 1);
  parts.dbf = slurp(dir.file("short") + ".dbf");
  const geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  ASSERT_EQ(r.features.size(), 2u) << all_issues(r);  // the geometry is kept
  EXPECT_TRUE(has_issue(r.errors, "records 1–2", "the .dbf holds 1 records, the .shp 3")) << all_issues(r);
  EXPECT_EQ(r.features[0].id, "101");
  EXPECT_TRUE(r.features[1].attributes.empty());
  EXPECT_EQ(r.features[1].id, "1");
}

TEST(ShapefileReader, TruncatedAndGarbageDbf) {
  TempDir dir;
  geo::ShapefileParts parts = blocks_parts(dir);
  const std::string full = parts.dbf;
  parts.dbf.resize(full.size() - 60);  // the last record (record length 61: flag + 10 + 40 + 10) is cut
  geo::LayerRead r = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_TRUE(has_issue(r.errors, "", "declares 3 records but the file holds 2")) << all_issues(r);
  ASSERT_EQ(r.features.size(), 2u);
  EXPECT_NE(r.features[1].attribute("HEIGHT"), nullptr);

  parts.dbf = "not a dbf";
  r = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_TRUE(has_issue(r.errors, "", "too short for a dBASE header")) << all_issues(r);
  EXPECT_EQ(r.features.size(), 2u);
  EXPECT_TRUE(r.file_ok);
}

TEST(ShapefileReader, GarbageAndEmptyShp) {
  geo::ShapefileParts parts;
  parts.shp = std::string(300, 'x');
  geo::LayerRead r = geo::read_shapefile(parts, "junk.shp");
  EXPECT_FALSE(r.file_ok);
  EXPECT_TRUE(has_issue(r.errors, "", "not a Shapefile .shp (file code")) << all_issues(r);
  EXPECT_EQ(r.errors[0].file, "junk.shp");
  EXPECT_TRUE(r.features.empty());

  parts.shp = std::string("\x00\x00\x27\x0a", 4);
  r = geo::read_shapefile(parts, "short.shp");
  EXPECT_FALSE(r.file_ok);
  EXPECT_TRUE(has_issue(r.errors, "", "shorter than the 100-byte Shapefile header"));

  parts.shp.clear();
  r = geo::read_shapefile(parts, "none.shp");
  EXPECT_FALSE(r.file_ok);
  EXPECT_TRUE(has_issue(r.errors, "", "the .shp part is missing"));
}

TEST(ShapefileReader, NonFiniteCoordinateAndBrokenPartIndex) {
  TempDir dir;
  const std::string stem = dir.file("nan");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  write_shapes(stem, SHPT_POLYGON, {Shape{{{{0, 0}, {0, nan}, {1, 1}, {0, 0}}}, {}}, Shape{{square(0, 0, 1, true)}, {}}});
  geo::ShapefileParts parts;
  parts.shp = slurp(stem + ".shp");
  parts.shx = slurp(stem + ".shx");
  geo::LayerRead r = geo::read_shapefile(parts, "nan.shp");
  EXPECT_TRUE(has_issue(r.errors, "record 0", "non-finite coordinate")) << all_issues(r);
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].index, 1u);

  // Record 0 of "blocks" has two parts; its part array starts at byte 100 + 8 (record header) + 44
  // (type, box, part and point counts), so parts[1] is at 156: point it past the vertices.
  parts = blocks_parts(dir);
  parts.shp[156] = static_cast<char>(0xE8);  // 1000, little-endian
  parts.shp[157] = 0x03;
  r = geo::read_shapefile(parts, "blocks.shp");
  EXPECT_TRUE(has_issue(r.errors, "record 0", "")) << all_issues(r);
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].index, 1u);
  EXPECT_EQ(count(r, "corrupt_records"), 1u);
}

TEST(ShapefileRings, OrientationAndHoleAssignment) {
  // Unit square: shoelace 2·area = ±2 (clockwise negative with y up).
  EXPECT_EQ(geo::ring_signed_area2({{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}), -2.0);
  EXPECT_EQ(geo::ring_signed_area2({{0, 0}, {1, 0}, {1, 1}, {0, 1}}), 2.0);
  // Park (0..100) with a lake (10..90) holding an island (40..60) with a pond (45..55): the pond
  // belongs to the island, the smallest outer ring around it, not to the park.
  auto sq = [](double a, double b, bool cw) {
    return cw ? geo::Ring{{a, a}, {a, b}, {b, b}, {b, a}, {a, a}} : geo::Ring{{a, a}, {b, a}, {b, b}, {a, b}, {a, a}};
  };
  geo::PolygonAssembly a = geo::assemble_polygons({sq(45, 55, false), sq(0, 100, true), sq(40, 60, true), sq(10, 90, false)});
  ASSERT_EQ(a.polygons.size(), 2u);
  EXPECT_EQ(a.polygons[0].outer[0].x, 0.0);
  ASSERT_EQ(a.polygons[0].holes.size(), 1u);
  EXPECT_EQ(a.polygons[0].holes[0][0].x, 10.0);
  EXPECT_EQ(a.polygons[1].outer[0].x, 40.0);
  ASSERT_EQ(a.polygons[1].holes.size(), 1u);
  EXPECT_EQ(a.polygons[1].holes[0][0].x, 45.0);
  EXPECT_EQ(a.unenclosed_holes, 0u);
  // All rings counter-clockwise (a writer ignoring the rule): each kept as an outer ring, counted.
  a = geo::assemble_polygons({sq(0, 1, false), sq(5, 6, false)});
  ASSERT_EQ(a.polygons.size(), 2u);
  EXPECT_EQ(a.unenclosed_holes, 2u);
}

// --- zipped Shapefiles -------------------------------------------------------------------------
}  // namespace
