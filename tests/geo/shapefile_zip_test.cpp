// Tests of zipped Shapefiles (geo/zip_archive, geo/shp_zip_layers): the zips are written here with
// minizip's zip.h from Shapefiles written with shapelib (shapefile_test_util.hpp), so the expected
// layers and features are the ones written.
#include "shapefile_test_util.hpp"

namespace {


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
