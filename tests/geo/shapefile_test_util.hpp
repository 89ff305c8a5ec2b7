// Shared by the Shapefile tests (shapefile_reader_test.cpp, shapefile_zip_test.cpp): temporary
// directories, Shapefiles written with shapelib's writer API, and issue look-ups. See
// shapefile_reader_test.cpp for where the expected figures come from.
#pragma once

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

inline std::string slurp(const std::string& path) {
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

inline void write_shapes(const std::string& stem, int type, const std::vector<Shape>& shapes) {
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
inline Part square(double x0, double y0, double d, bool clockwise) {
  if (clockwise) return {{x0, y0}, {x0, y0 + d}, {x0 + d, y0 + d}, {x0 + d, y0}, {x0, y0}};
  return {{x0, y0}, {x0 + d, y0}, {x0 + d, y0 + d}, {x0, y0 + d}, {x0, y0}};
}

// The "blocks" layer: record 0 a square with a hole; record 1 two squares, the hole of the second
// listed between them; record 2 a null shape.
inline void write_blocks_shp(const std::string& stem) {
  write_shapes(stem, SHPT_POLYGON,
               {Shape{{square(0, 0, 10, true), square(2, 2, 2, false)}, {}},
                Shape{{square(20, 0, 10, true), square(52, 2, 2, false), square(50, 0, 10, true)}, {}}, Shape{}});
}

// Its table: OBJECTID, 名称 (GBK field name) and HEIGHT for `records` records; codepage as for
// DBFCreateEx ("LDID/87" is what DBFCreate writes: 0x57, "ANSI").
inline void write_blocks_dbf(const std::string& stem, const char* codepage, int records = 3) {
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

inline geo::ShapefileParts blocks_parts(const TempDir& dir, const char* codepage = "LDID/87") {
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
inline geo::ShapefileParts roads_parts(const TempDir& dir) {
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

inline bool has_issue(const std::vector<geo::Issue>& issues, const std::string& place, const std::string& text) {
  for (const geo::Issue& i : issues)
    if ((place.empty() || i.place == place) && i.message.find(text) != std::string::npos) return true;
  return false;
}

inline std::uint64_t count(const geo::LayerRead& r, const std::string& key) {
  for (const auto& [k, v] : r.counts)
    if (k == key) return v;
  return 999999;
}

inline std::string all_issues(const geo::LayerRead& r) {
  std::string s;
  for (const auto& i : r.errors) s += "E " + geo::to_string(i) + "\n";
  for (const auto& i : r.warnings) s += "W " + geo::to_string(i) + "\n";
  return s;
}

inline void expect_blocks_geometry(const geo::LayerRead& r) {
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
}  // namespace
