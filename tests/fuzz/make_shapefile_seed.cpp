// Writes a small zipped Shapefile as a seed for shapefile_zip_fuzz (there is no Shapefile in the
// shared data): a polygon layer (a square with a hole and a triangle, .dbf with a text and a number
// field, .prj, .cpg) and a two-line polyline layer, written with shapelib and zipped with minizip.
//   make_shapefile_seed OUT.zip [stored|deflated]
// Stored entries let the fuzzer mutate the .shp/.dbf bytes directly (no CRC to break).
#include <minizip/zip.h>
#include <shapefil.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_polygons(const std::string& stem) {
  SHPHandle shp = SHPCreate(stem.c_str(), SHPT_POLYGON);
  DBFHandle dbf = DBFCreate((stem + ".dbf").c_str());
  DBFAddField(dbf, "name", FTString, 20, 0);
  DBFAddField(dbf, "height", FTDouble, 10, 2);
  // Square 0..10 (clockwise outer ring, as the Shapefile specification wants) with a hole.
  const std::vector<double> x = {0, 0, 10, 10, 0, 2, 4, 4, 2, 2};
  const std::vector<double> y = {0, 10, 10, 0, 0, 2, 2, 4, 4, 2};
  const int parts[] = {0, 5};
  SHPObject* square = SHPCreateObject(SHPT_POLYGON, -1, 2, parts, nullptr, 10, x.data(), y.data(), nullptr, nullptr);
  SHPWriteObject(shp, -1, square);
  SHPDestroyObject(square);
  const double tx[] = {20, 25, 30, 20}, ty[] = {0, 8, 0, 0};
  SHPObject* triangle = SHPCreateSimpleObject(SHPT_POLYGON, 4, tx, ty, nullptr);
  SHPWriteObject(shp, -1, triangle);
  SHPDestroyObject(triangle);
  DBFWriteStringAttribute(dbf, 0, 0, "教学楼");
  DBFWriteDoubleAttribute(dbf, 0, 1, 24.5);
  DBFWriteStringAttribute(dbf, 1, 0, "shed");
  DBFWriteNULLAttribute(dbf, 1, 1);
  DBFClose(dbf);
  SHPClose(shp);
}

void write_lines(const std::string& stem) {
  SHPHandle shp = SHPCreate(stem.c_str(), SHPT_ARC);
  DBFHandle dbf = DBFCreate((stem + ".dbf").c_str());
  DBFAddField(dbf, "highway", FTString, 16, 0);
  const double x1[] = {0, 50, 100}, y1[] = {0, 5, 0}, x2[] = {0, 0}, y2[] = {0, 80};
  for (int i = 0; i < 2; ++i) {
    SHPObject* line = SHPCreateSimpleObject(SHPT_ARC, i == 0 ? 3 : 2, i == 0 ? x1 : x2, i == 0 ? y1 : y2, nullptr);
    SHPWriteObject(shp, -1, line);
    SHPDestroyObject(line);
    DBFWriteStringAttribute(dbf, i, 0, i == 0 ? "primary" : "footway");
  }
  DBFClose(dbf);
  SHPClose(shp);
}

bool add(zipFile zip, const std::string& name, const std::string& data, bool stored) {
  zip_fileinfo info{};
  if (zipOpenNewFileInZip(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, stored ? 0 : Z_DEFLATED,
                          stored ? 0 : Z_DEFAULT_COMPRESSION) != ZIP_OK)
    return false;
  const bool ok = data.empty() || zipWriteInFileInZip(zip, data.data(), static_cast<unsigned>(data.size())) == ZIP_OK;
  return zipCloseFileInZip(zip) == ZIP_OK && ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: make_shapefile_seed OUT.zip [stored|deflated]\n");
    return 2;
  }
  const std::string out = argv[1];
  const bool stored = argc < 3 || std::string(argv[2]) == "stored";
  // shapelib takes a path without extension: no dot in the file name part of the stem.
  const std::size_t slash = out.rfind('/');
  const std::string stem = (slash == std::string::npos ? std::string(".") : out.substr(0, slash)) + "/seed_tmp";
  write_polygons(stem + "_buildings");
  write_lines(stem + "_roads");
  const std::string wgs84 =
      R"(GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],)"
      R"(PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]])";
  zipFile zip = zipOpen(out.c_str(), APPEND_STATUS_CREATE);
  bool ok = zip != nullptr;
  for (const char* layer : {"buildings", "roads"}) {
    for (const char* ext : {".shp", ".shx", ".dbf"}) {
      const std::string path = stem + "_" + layer + ext;
      ok = ok && add(zip, std::string("data/") + layer + ext, read_file(path), stored);
      std::remove(path.c_str());
    }
    ok = ok && add(zip, std::string("data/") + layer + ".prj", wgs84, stored);
    ok = ok && add(zip, std::string("data/") + layer + ".cpg", "UTF-8", stored);
  }
  if (zip) zipClose(zip, nullptr);
  if (!ok) std::fprintf(stderr, "make_shapefile_seed: could not write %s\n", out.c_str());
  return ok ? 0 : 1;
}
