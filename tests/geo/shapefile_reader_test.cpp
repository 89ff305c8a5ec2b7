// Tests of the Shapefile reader (geo/shapefile_reader, shp_*, zip_archive). There is no Shapefile in
// ../shared/data, so each test writes its own with shapelib's writer API (SHPCreate/SHPWriteObject,
// DBFCreate/DBFAddField/DBFWrite…Attribute) and minizip's zip.h into a fresh temporary directory,
// reads the files back as bytes and feeds them to the reader.
// Expected figures: the geometry is written here, so the rings and points the reader must return
// are the ones written (orientation by construction: (0,0)→(0,10)→(10,10)→(10,0) runs clockwise with
// y up). GBK bytes were produced with python3: "海淀区住宅楼".encode("gbk") = BA A3 B5 ED C7 F8 D7 A1
// D5 AC C2 A5, "名称".encode("gbk") = C3 FB B3 C6. The .prj is the ESRI WKT of EPSG:4490 as PROJ 9.1
// writes it (`projinfo -o WKT1_ESRI EPSG:4490`).
#include <gtest/gtest.h>
#include <minizip/zip.h>
#include <shapefil.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "geo/shapefile_reader.hpp"
#include "geo/shp_rings.hpp"
#include "geo/zip_archive.hpp"

namespace {

namespace fs = std::filesystem;

constexpr const char* kCgcs2000Wkt =
    "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,"
    "298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
constexpr const char* kGbkResidential = "\xBA\xA3\xB5\xED\xC7\xF8\xD7\xA1\xD5\xAC\xC2\xA5";  // 海淀区住宅楼
constexpr const char* kGbkNameField = "\xC3\xFB\xB3\xC6";                                     // 名称

// A directory under temp_directory_path() with a name unique to this process and call, removed at
// the end of the test.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("ct_shapefile_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

using Part = std::vector<std::pair<double, double>>;
struct Shape {
  std::vector<Part> parts;  // empty: a null shape
  std::vector<double> z;    // per vertex, for Z types
};

void write_shapes(const std::string& stem, int type, const std::vector<Shape>& shapes) {
  SHPHandle h = SHPCreate(stem.c_str(), type);
  ASSERT_NE(h, nullptr);
  for (const Shape& s : shapes) {
    SHPObject* o = nullptr;
    if (s.parts.empty()) {
      o = SHPCreateSimpleObject(SHPT_NULL, 0, nullptr, nullptr, nullptr);
    } else {
      std::vector<int> starts;
      std::vector<double> x, y;
      for (const Part& p : s.parts) {
        starts.push_back(static_cast<int>(x.size()));
        for (const auto& [px, py] : p) {
          x.push_back(px);
          y.push_back(py);
        }
      }
      o = SHPCreateObject(type, -1, static_cast<int>(starts.size()), starts.data(), nullptr, static_cast<int>(x.size()),
                          x.data(), y.data(), s.z.empty() ? nullptr : s.z.data(), nullptr);
    }
    SHPWriteObject(h, -1, o);
    SHPDestroyObject(o);
  }
  SHPClose(h);
}

// Square ring from (x0,y0) of side d, clockwise (outer) or counter-clockwise (hole), closed.
Part square(double x0, double y0, double d, bool clockwise) {
  if (clockwise) return {{x0, y0}, {x0, y0 + d}, {x0 + d, y0 + d}, {x0 + d, y0}, {x0, y0}};
  return {{x0, y0}, {x0 + d, y0}, {x0 + d, y0 + d}, {x0, y0 + d}, {x0, y0}};
}

// The "blocks" layer: record 0 a square with a hole; record 1 two squares, the hole of the second
// listed between them; record 2 a null shape.
void write_blocks_shp(const std::string& stem) {
  write_shapes(stem, SHPT_POLYGON,
               {Shape{{square(0, 0, 10, true), square(2, 2, 2, false)}, {}},
                Shape{{square(20, 0, 10, true), square(52, 2, 2, false), square(50, 0, 10, true)}, {}}, Shape{}});
}

// Its table: OBJECTID, 名称 (GBK field name) and HEIGHT for `records` records; codepage as for
// DBFCreateEx ("LDID/87" is what DBFCreate writes: 0x57, "ANSI").
void write_blocks_dbf(const std::string& stem, const char* codepage, int records = 3) {
  DBFHandle d = DBFCreateEx((stem + ".dbf").c_str(), codepage);
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(DBFAddField(d, "OBJECTID", FTInteger, 10, 0), 0);
  ASSERT_EQ(DBFAddField(d, kGbkNameField, FTString, 40, 0), 1);
  ASSERT_EQ(DBFAddField(d, "HEIGHT", FTDouble, 10, 2), 2);
  const char* names[] = {kGbkResidential, "Block B", ""};
  for (int i = 0; i < records; ++i) {
    DBFWriteIntegerAttribute(d, i, 0, 101 + i);
    DBFWriteStringAttribute(d, i, 1, names[i]);
    if (i == 2)
      DBFWriteNULLAttribute(d, i, 2);
    else
      DBFWriteDoubleAttribute(d, i, 2, i == 0 ? 24.5 : 12.0);
  }
  DBFClose(d);
}

geo::ShapefileParts blocks_parts(const TempDir& dir, const char* codepage = "LDID/87") {
  const std::string stem = dir.file("blocks");
  write_blocks_shp(stem);
  write_blocks_dbf(stem, codepage);
  geo::ShapefileParts p;
  p.shp = slurp(stem + ".shp");
  p.shx = slurp(stem + ".shx");
  p.dbf = slurp(stem + ".dbf");
  p.prj = kCgcs2000Wkt;
  return p;
}

// The "roads" layer: two PolyLines, UTF-8 text declared by a .cpg.
geo::ShapefileParts roads_parts(const TempDir& dir) {
  const std::string stem = dir.file("roads");
  write_shapes(stem, SHPT_ARC,
               {Shape{{{{0, 0}, {100, 0}}, {{100, 0}, {100, 50}}}, {}}, Shape{{{{0, 10}, {50, 10}, {90, 40}}}, {}}});
  DBFHandle d = DBFCreateEx((stem + ".dbf").c_str(), "UTF-8");
  DBFAddField(d, "name", FTString, 40, 0);
  DBFWriteStringAttribute(d, 0, 0, "中关村大街");
  DBFWriteStringAttribute(d, 1, 0, "Road 2");
  DBFClose(d);
  geo::ShapefileParts p;
  p.shp = slurp(stem + ".shp");
  p.shx = slurp(stem + ".shx");
  p.dbf = slurp(stem + ".dbf");
  p.cpg = slurp(stem + ".cpg");
  return p;
}

bool has_issue(const std::vector<geo::Issue>& issues, const std::string& place, const std::string& text) {
  for (const geo::Issue& i : issues)
    if ((place.empty() || i.place == place) && i.message.find(text) != std::string::npos) return true;
  return false;
}

std::uint64_t count(const geo::LayerRead& r, const std::string& key) {
  for (const auto& [k, v] : r.counts)
    if (k == key) return v;
  return 999999;
}

std::string all_issues(const geo::LayerRead& r) {
  std::string s;
  for (const auto& i : r.errors) s += "E " + geo::to_string(i) + "\n";
  for (const auto& i : r.warnings) s += "W " + geo::to_string(i) + "\n";
  return s;
}

void expect_blocks_geometry(const geo::LayerRead& r) {
  ASSERT_EQ(r.features.size(), 2u) << all_issues(r);
  const geo::Feature& a = r.features[0];
  EXPECT_EQ(a.kind, geo::FeatureKind::Building);
  EXPECT_EQ(a.index, 0u);
  ASSERT_EQ(a.polygons.size(), 1u);
  ASSERT_EQ(a.polygons[0].outer.size(), 5u);
  EXPECT_EQ(a.polygons[0].outer[1].y, 10.0);
  ASSERT_EQ(a.polygons[0].holes.size(), 1u);
  EXPECT_EQ(a.polygons[0].holes[0][0].x, 2.0);
  EXPECT_EQ(a.polygons[0].holes[0][2].y, 4.0);
  const geo::Feature& b = r.features[1];
  EXPECT_EQ(b.index, 1u);
  ASSERT_EQ(b.polygons.size(), 2u);
  EXPECT_EQ(b.polygons[0].outer[0].x, 20.0);
  EXPECT_TRUE(b.polygons[0].holes.empty());  // the hole listed after it lies in the other square
  EXPECT_EQ(b.polygons[1].outer[0].x, 50.0);
  ASSERT_EQ(b.polygons[1].holes.size(), 1u);
  EXPECT_EQ(b.polygons[1].holes[0][0].x, 52.0);
}

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

struct ZipItem {
  std::string name;
  std::string data;
};

void write_zip(const std::string& path, const std::vector<ZipItem>& items) {
  zipFile zf = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  ASSERT_NE(zf, nullptr);
  for (const ZipItem& it : items) {
    zip_fileinfo zi{};
    ASSERT_EQ(zipOpenNewFileInZip64(zf, it.name.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                    Z_DEFAULT_COMPRESSION, 0),
              ZIP_OK);
    if (!it.data.empty()) zipWriteInFileInZip(zf, it.data.data(), static_cast<unsigned>(it.data.size()));
    zipCloseFileInZip(zf);
  }
  zipClose(zf, nullptr);
}

// One entry stored raw with whatever uncompressed size and CRC the test declares: how a zip bomb
// or a damaged archive lies.
void write_lying_zip(const std::string& path, const std::string& name, const std::string& raw_deflate,
                     std::uint64_t declared_size, unsigned long crc) {
  zipFile zf = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  ASSERT_NE(zf, nullptr);
  zip_fileinfo zi{};
  ASSERT_EQ(zipOpenNewFileInZip2_64(zf, name.c_str(), &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                    Z_DEFAULT_COMPRESSION, 1, 1),
            ZIP_OK);
  zipWriteInFileInZip(zf, raw_deflate.data(), static_cast<unsigned>(raw_deflate.size()));
  zipCloseFileInZipRaw64(zf, declared_size, crc);
  zipClose(zf, nullptr);
}

std::string raw_deflate(const std::string& data) {
  z_stream s{};
  deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);  // -15: raw, as in zip
  std::string out(deflateBound(&s, data.size()), '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  deflate(&s, Z_FINISH);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

TEST(ShapefileZip, TwoLayersInAFolderConcatenated) {
  TempDir dir;
  const geo::ShapefileParts blocks = blocks_parts(dir, "LDID/77");
  const geo::ShapefileParts roads = roads_parts(dir);
  write_zip(dir.file("city.zip"), {{"data/", ""},
                                   {"data/blocks.shp", blocks.shp},
                                   {"data/blocks.shx", blocks.shx},
                                   {"data/blocks.dbf", blocks.dbf},
                                   {"data/blocks.prj", blocks.prj},
                                   {"data/ROADS.SHP", roads.shp},
                                   {"data/ROADS.SHX", roads.shx},
                                   {"data/ROADS.DBF", roads.dbf},
                                   {"data/ROADS.CPG", roads.cpg},
                                   {"__MACOSX/data/._blocks.shp", "resource fork"},
                                   {"readme.txt", "hello"}});
  const geo::LayerRead r = geo::read_shapefile_zip(slurp(dir.file("city.zip")), "city.zip");
  EXPECT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty()) << all_issues(r);
  ASSERT_EQ(r.features.size(), 4u) << all_issues(r);
  // Layers in case-insensitive name order: data/blocks, then data/ROADS.
  EXPECT_EQ(*r.features[0].attribute("layer"), "data/blocks");
  EXPECT_EQ(*r.features[0].attribute("名称"), "海淀区住宅楼");
  EXPECT_EQ(r.features[2].kind, geo::FeatureKind::Road);
  EXPECT_EQ(*r.features[2].attribute("layer"), "data/ROADS");
  EXPECT_EQ(*r.features[2].attribute("name"), "中关村大街");
  EXPECT_EQ(r.crs.source, geo::DeclaredCrs::Source::PrjFile);
  EXPECT_EQ(r.crs.text, kCgcs2000Wkt);
  EXPECT_TRUE(has_issue(r.warnings, "", "no .prj: read as being in the same CRS")) << all_issues(r);
  EXPECT_TRUE(has_issue(r.warnings, "", "2 zip entries are not Shapefile layers and were not read: "
                                        "__MACOSX/data/._blocks.shp, readme.txt"))
      << all_issues(r);
  EXPECT_TRUE(has_issue(r.warnings, "record 2", "null shape"));
  bool null_named_in_layer = false;
  for (const auto& w : r.warnings) null_named_in_layer |= w.file == "city.zip/data/blocks.shp" && w.place == "record 2";
  EXPECT_TRUE(null_named_in_layer);
  EXPECT_EQ(count(r, "layers"), 2u);
  EXPECT_EQ(count(r, "records"), 5u);
  EXPECT_EQ(count(r, "buildings"), 2u);
  EXPECT_EQ(count(r, "roads"), 2u);
}

TEST(ShapefileZip, SingleLayerHasNoLayerAttribute) {
  TempDir dir;
  const geo::ShapefileParts roads = roads_parts(dir);
  write_zip(dir.file("roads.zip"), {{"roads.shp", roads.shp}, {"roads.dbf", roads.dbf}, {"roads.cpg", roads.cpg}});
  const geo::LayerRead r = geo::read_shapefile_zip(slurp(dir.file("roads.zip")), "roads.zip");
  ASSERT_EQ(r.features.size(), 2u) << all_issues(r);
  EXPECT_EQ(r.features[0].attribute("layer"), nullptr);
  EXPECT_TRUE(has_issue(r.warnings, "", "no .shx given"));  // not in the zip: rebuilt
}

TEST(ShapefileZip, LayersInDifferentCrsAreNotMixed) {
  TempDir dir;
  const geo::ShapefileParts blocks = blocks_parts(dir);
  const geo::ShapefileParts roads = roads_parts(dir);
  write_zip(dir.file("mixed.zip"), {{"a.shp", blocks.shp}, {"a.prj", blocks.prj}, {"b.shp", roads.shp},
                                    {"b.prj", "PROJCS[\"CGCS2000_3_Degree_GK_CM_117E\"]"}});
  const geo::LayerRead r = geo::read_shapefile_zip(slurp(dir.file("mixed.zip")), "mixed.zip");
  EXPECT_TRUE(r.file_ok);
  EXPECT_EQ(r.features.size(), 2u);  // the blocks only
  EXPECT_TRUE(has_issue(r.errors, "", "declares another CRS")) << all_issues(r);
  EXPECT_EQ(count(r, "records_in_other_crs"), 2u);
}

TEST(ShapefileZip, MalformedZips) {
  TempDir dir;
  write_zip(dir.file("noshp.zip"), {{"blocks.dbf", "x"}, {"notes.txt", "y"}});
  geo::LayerRead r = geo::read_shapefile_zip(slurp(dir.file("noshp.zip")), "noshp.zip");
  EXPECT_FALSE(r.file_ok);
  EXPECT_TRUE(has_issue(r.errors, "", "the zip holds no .shp file (entries: notes.txt, blocks.dbf)")) << all_issues(r);

  r = geo::read_shapefile_zip(std::string("PK\x03\x04") + " garbage that is not a zip", "junk.zip");
  EXPECT_FALSE(r.file_ok);
  EXPECT_TRUE(has_issue(r.errors, "", "not a readable zip archive"));

  r = geo::read_shapefile_zip("", "empty.zip");
  EXPECT_FALSE(r.file_ok);
}

TEST(ShapefileZip, DeclaredSizeOverTheLimitRefusedBeforeInflating) {
  TempDir dir;
  // 300 MiB declared (> kMaxInputBytes = 256 MiB) for 1 KiB of real content.
  const std::string payload = raw_deflate(std::string(1024, '\0'));
  write_lying_zip(dir.file("bomb.zip"), "bomb.shp", payload, 300ull << 20, 0);
  std::vector<geo::ZipEntry> entries;
  std::string error;
  EXPECT_FALSE(geo::read_zip(slurp(dir.file("bomb.zip")), &entries, &error));
  EXPECT_NE(error.find("refused before inflating"), std::string::npos) << error;
  const geo::LayerRead r = geo::read_shapefile_zip(slurp(dir.file("bomb.zip")), "bomb.zip");
  EXPECT_FALSE(r.file_ok);
  EXPECT_TRUE(has_issue(r.errors, "", "refused before inflating")) << all_issues(r);
}

TEST(ShapefileZip, EntryInflatingPastItsDeclaredSizeStops) {
  // 100 kB of zeros declared as 1000 bytes: inflation stops at the declared size (minizip caps the
  // read there, the reader checks it too), and the CRC of the full data then fails.
  TempDir dir;
  const std::string data(100000, '\0');
  const unsigned long crc = crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
  write_lying_zip(dir.file("liar.zip"), "liar.shp", raw_deflate(data), 1000, crc);
  std::vector<geo::ZipEntry> entries;
  std::string error;
  EXPECT_FALSE(geo::read_zip(slurp(dir.file("liar.zip")), &entries, &error));
  EXPECT_NE(error.find("liar.shp"), std::string::npos) << error;
}

TEST(ShapefileZip, TooManyEntries) {
  TempDir dir;
  std::vector<ZipItem> items;
  for (int i = 0; i <= static_cast<int>(geo::kMaxZipEntries); ++i) items.push_back({"f" + std::to_string(i) + ".txt", "x"});
  write_zip(dir.file("many.zip"), items);
  std::vector<geo::ZipEntry> entries;
  std::string error;
  EXPECT_FALSE(geo::read_zip(slurp(dir.file("many.zip")), &entries, &error));
  EXPECT_NE(error.find("1001 entries"), std::string::npos) << error;
}

TEST(ShapefileZip, ReadZipListsAndFilters) {
  TempDir dir;
  write_zip(dir.file("z.zip"), {{"a/b.txt", "hello"}, {"c.bin", std::string(5000, 'q')}});
  std::vector<geo::ZipEntry> entries;
  std::string error;
  ASSERT_TRUE(geo::read_zip(slurp(dir.file("z.zip")), &entries, &error,
                            [](const std::string& n) { return n == "a/b.txt"; }))
      << error;
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].name, "a/b.txt");
  EXPECT_TRUE(entries[0].read);
  EXPECT_EQ(entries[0].data, "hello");
  EXPECT_FALSE(entries[1].read);
  EXPECT_EQ(entries[1].uncompressed_size, 5000u);
  EXPECT_TRUE(entries[1].data.empty());
}

}  // namespace
