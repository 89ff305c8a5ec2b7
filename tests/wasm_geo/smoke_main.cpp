// Smoke test of geo/'s third-party libraries, built twice: natively (Debian's libraries) and with
// Emscripten (scripts/setup_wasm_libs.sh, run under Node with NODERAWFS). Prints to stdout only
// what must agree between the two builds; compare_outputs.cmake runs both and compares.
// Usage: ct_wasm_geo_smoke PROJ_DATA_DIR SCRATCH_DIR   (prints the report, exit 0 when all passed)
//        ct_wasm_geo_smoke --compare A.txt B.txt       (identical, or numbers within 1e-9: exit 0)
#include <minizip/unzip.h>
#include <pugixml.hpp>
#include <proj.h>
#include <shapefil.h>
#include <simdjson.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// --- PROJ ------------------------------------------------------------------------------------------
struct LonLat {
  const char* place;
  double lon_deg;
  double lat_deg;
};

// Places inside both UTM zone 50N (114°E–120°E) and CGCS2000 3-degree GK zone 39 (115.5°E–118.5°E,
// central meridian 117°E, EPSG:4527), so every point is valid in every target CRS.
constexpr LonLat kPoints[] = {
    {"Tianjin", 117.2009, 39.0842},
    {"Beijing", 116.3975, 39.9087},
    {"Jinan", 117.0000, 36.6500},
    {"Xiamen", 118.0894, 24.4798},
};

bool transform_points(PJ_CONTEXT* ctx, const char* target) {
  PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4326", target, nullptr);
  if (raw == nullptr) {
    std::printf("proj EPSG:4326 -> %s: FAILED (%s)\n", target,
                proj_context_errno_string(ctx, proj_context_errno(ctx)));
    return false;
  }
  // Longitude/latitude in, easting/northing out, whatever the CRS axis order (EPSG:4527 is N, E).
  PJ* op = proj_normalize_for_visualization(ctx, raw);
  proj_destroy(raw);
  if (op == nullptr) {
    std::printf("proj EPSG:4326 -> %s: normalize FAILED\n", target);
    return false;
  }
  std::printf("proj EPSG:4326 -> %s via \"%s\"\n", target, proj_pj_info(op).description);
  bool ok = true;
  for (const LonLat& p : kPoints) {
    const PJ_COORD out = proj_trans(op, PJ_FWD, proj_coord(p.lon_deg, p.lat_deg, 0.0, 0.0));
    const bool finite = std::isfinite(out.xy.x) && std::isfinite(out.xy.y);
    ok = ok && finite;
    std::printf("  %-8s lon %.17g lat %.17g -> E %.17g m N %.17g m%s\n", p.place, p.lon_deg,
                p.lat_deg, out.xy.x, out.xy.y, finite ? "" : " FAILED");
  }
  proj_destroy(op);
  return ok;
}

bool check_proj(const char* proj_data_dir) {
  PJ_CONTEXT* ctx = proj_context_create();
  // Only proj.db from this folder (Debian's proj-data in both builds); never the network.
  proj_context_set_search_paths(ctx, 1, &proj_data_dir);
  proj_context_set_enable_network(ctx, 0);
  std::printf("proj %s\n", proj_info().release);
  bool ok = true;
  for (const char* target : {"EPSG:32650", "EPSG:4527", "EPSG:3857"}) {
    ok = transform_points(ctx, target) && ok;
  }
  // An unknown code must come back as an error, not an abort: PROJ throws and catches inside.
  PJ* bad = proj_create(ctx, "EPSG:999999");
  std::printf("proj EPSG:999999 rejected: %s\n", bad == nullptr ? "yes" : "NO");
  ok = ok && bad == nullptr;
  proj_destroy(bad);
  proj_context_destroy(ctx);
  return ok;
}

// --- pugixml ---------------------------------------------------------------------------------------
bool check_pugixml() {
  const char* xml =
      "<osm version=\"0.6\"><node id=\"1\" lat=\"39.0842\" lon=\"117.2009\"/>"
      "<way id=\"10\"><nd ref=\"1\"/><tag k=\"building\" v=\"yes\"/><tag k=\"height\" v=\"24.5\"/></way>"
      "</osm>";
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_string(xml);
  const pugi::xml_node way = doc.child("osm").child("way");
  const double height_m = way.find_child_by_attribute("tag", "k", "height").attribute("v").as_double();
  const bool ok = parsed && height_m == 24.5;
  std::printf("pugixml: way %s height %.17g m: %s\n", way.attribute("id").value(), height_m,
              ok ? "ok" : "FAILED");
  // Malformed input must be reported, not crash.
  pugi::xml_document broken;
  const bool rejected = !broken.load_string("<osm><node id=\"1\"></osm>");
  std::printf("pugixml: malformed XML rejected: %s\n", rejected ? "yes" : "NO");
  return ok && rejected;
}

// --- simdjson --------------------------------------------------------------------------------------
bool check_simdjson() {
  // The kernel differs (fallback in wasm, haswell/westmere natively): stderr, not compared.
  std::fprintf(stderr, "simdjson implementation: %s\n",
               simdjson::get_active_implementation()->name().c_str());
  const simdjson::padded_string json(std::string(
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"height":18.25},)"
      R"("geometry":{"type":"Point","coordinates":[117.2009,39.0842]}}]})"));
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  bool ok = parser.parse(json).get(root) == simdjson::SUCCESS;
  double height_m = 0.0;
  double lon_deg = 0.0;
  if (ok) {
    const simdjson::dom::element feature = root["features"].at(0);
    ok = feature["properties"]["height"].get(height_m) == simdjson::SUCCESS &&
         feature["geometry"]["coordinates"].at(0).get(lon_deg) == simdjson::SUCCESS;
  }
  std::printf("simdjson: height %.17g m lon %.17g: %s\n", height_m, lon_deg,
              ok && height_m == 18.25 && lon_deg == 117.2009 ? "ok" : "FAILED");
  simdjson::dom::element ignored;
  const bool rejected =
      parser.parse(simdjson::padded_string(std::string("{\"a\": [1, 2"))).get(ignored) != simdjson::SUCCESS;
  std::printf("simdjson: malformed JSON rejected: %s\n", rejected ? "yes" : "NO");
  return ok && height_m == 18.25 && lon_deg == 117.2009 && rejected;
}

// --- minizip + zlib: a zip held in memory, read through minizip's I/O hooks ---------------------------
// Made with python3 zipfile (ZIP_DEFLATED): one entry city/readme.txt holding
// "CarbonTwin wasm smoke test: minizip + zlib inflate. " * 4 (208 bytes, CRC-32 0x1318ac58 by zlib.crc32).
constexpr unsigned char kZip[] = {
#include "smoke_zip_bytes.inc"
};

struct MemoryFile {
  const unsigned char* data;
  ZPOS64_T size;
  ZPOS64_T pos;
};

voidpf mem_open(voidpf opaque, const void*, int) {
  static_cast<MemoryFile*>(opaque)->pos = 0;
  return opaque;
}
uLong mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<MemoryFile*>(stream);
  const ZPOS64_T n = f->pos + size > f->size ? f->size - f->pos : size;
  std::memcpy(buf, f->data + f->pos, static_cast<std::size_t>(n));
  f->pos += n;
  return static_cast<uLong>(n);
}
uLong mem_write(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T mem_tell(voidpf, voidpf stream) { return static_cast<MemoryFile*>(stream)->pos; }
long mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* f = static_cast<MemoryFile*>(stream);
  const ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? f->pos : f->size;
  if (base + offset > f->size) return -1;
  f->pos = base + offset;
  return 0;
}
int mem_close(voidpf, voidpf) { return 0; }
int mem_error(voidpf, voidpf) { return 0; }

bool check_minizip() {
  MemoryFile file{kZip, sizeof kZip, 0};
  zlib_filefunc64_def io{};
  io.zopen64_file = mem_open;
  io.zread_file = mem_read;
  io.zwrite_file = mem_write;
  io.ztell64_file = mem_tell;
  io.zseek64_file = mem_seek;
  io.zclose_file = mem_close;
  io.zerror_file = mem_error;
  io.opaque = &file;
  unzFile zip = unzOpen2_64("memory.zip", &io);
  if (zip == nullptr) {
    std::printf("minizip: open FAILED\n");
    return false;
  }
  bool ok = unzGoToFirstFile(zip) == UNZ_OK;
  char name[256] = {};
  unz_file_info64 info{};
  ok = ok && unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK;
  std::string text(static_cast<std::size_t>(info.uncompressed_size), '\0');
  int read = -1;
  if (ok && unzOpenCurrentFile(zip) == UNZ_OK) {
    read = unzReadCurrentFile(zip, text.data(), static_cast<unsigned>(text.size()));
    // unzCloseCurrentFile checks the CRC of what was inflated.
    ok = unzCloseCurrentFile(zip) == UNZ_OK;
  } else {
    ok = false;
  }
  unzClose(zip);
  const uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size()));
  ok = ok && read == 208 && crc == 0x1318ac58UL && text.rfind("CarbonTwin wasm smoke test", 0) == 0;
  std::printf("minizip: %s %d bytes crc32 0x%08lx: %s\n", name, read, static_cast<unsigned long>(crc),
              ok ? "ok" : "FAILED");
  return ok;
}

// --- shapelib: write a one-polygon shapefile + DBF to SCRATCH_DIR, read it back ----------------------
bool check_shapelib(const std::string& scratch_dir) {
  const std::string base = scratch_dir + "/ct_wasm_geo_smoke";
  double xs[] = {0.0, 0.0, 12.5, 12.5, 0.0};
  double ys[] = {0.0, 8.25, 8.25, 0.0, 0.0};
  SHPHandle out = SHPCreate(base.c_str(), SHPT_POLYGON);
  DBFHandle dbf_out = DBFCreate(base.c_str());
  if (out == nullptr || dbf_out == nullptr) {
    std::printf("shapelib: create %s FAILED\n", base.c_str());
    if (out != nullptr) SHPClose(out);
    if (dbf_out != nullptr) DBFClose(dbf_out);
    return false;
  }
  SHPObject* square = SHPCreateSimpleObject(SHPT_POLYGON, 5, xs, ys, nullptr);
  SHPWriteObject(out, -1, square);
  SHPDestroyObject(square);
  SHPClose(out);
  const int field = DBFAddField(dbf_out, "HEIGHT", FTDouble, 12, 3);
  DBFWriteDoubleAttribute(dbf_out, 0, field, 21.375);
  DBFClose(dbf_out);

  SHPHandle in = SHPOpen(base.c_str(), "rb");
  DBFHandle dbf_in = DBFOpen(base.c_str(), "rb");
  bool ok = in != nullptr && dbf_in != nullptr;
  int count = 0;
  int type = 0;
  double area_m2 = 0.0;
  double height_m = 0.0;
  if (ok) {
    SHPGetInfo(in, &count, &type, nullptr, nullptr);
    SHPObject* back = SHPReadObject(in, 0);
    ok = back != nullptr && back->nVertices == 5;
    // Shoelace formula over the ring read back: 12.5 m x 8.25 m = 103.125 m2.
    for (int i = 0; ok && i + 1 < back->nVertices; ++i) {
      area_m2 += back->padfX[i] * back->padfY[i + 1] - back->padfX[i + 1] * back->padfY[i];
    }
    area_m2 = std::fabs(area_m2) / 2.0;
    if (back != nullptr) SHPDestroyObject(back);
    height_m = DBFReadDoubleAttribute(dbf_in, 0, 0);
  }
  if (in != nullptr) SHPClose(in);
  if (dbf_in != nullptr) DBFClose(dbf_in);
  ok = ok && count == 1 && type == SHPT_POLYGON && area_m2 == 103.125 && height_m == 21.375;
  std::printf("shapelib: %d shape(s) type %d area %.17g m2 height %.17g m: %s\n", count, type, area_m2,
              height_m, ok ? "ok" : "FAILED");
  for (const char* ext : {".shp", ".shx", ".dbf"}) std::remove((base + ext).c_str());
  return ok;
}

// --- --compare: identical text, or the same text with numbers within 1e-9 ----------------------------
std::vector<std::string> tokens_of(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> tokens;
  std::string token;
  while (in >> token) tokens.push_back(token);
  return tokens;
}

bool as_number(const std::string& token, double& value) {
  char* end = nullptr;
  value = std::strtod(token.c_str(), &end);
  return end != token.c_str() && *end == '\0';
}

int compare(const std::string& a_path, const std::string& b_path) {
  std::ifstream a_in(a_path);
  std::ifstream b_in(b_path);
  std::stringstream a_text;
  std::stringstream b_text;
  a_text << a_in.rdbuf();
  b_text << b_in.rdbuf();
  if (a_text.str().empty()) {
    std::printf("compare: %s is empty\n", a_path.c_str());
    return 1;
  }
  if (a_text.str() == b_text.str()) {
    std::printf("compare: identical (%zu bytes)\n", a_text.str().size());
    return 0;
  }
  const std::vector<std::string> a = tokens_of(a_path);
  const std::vector<std::string> b = tokens_of(b_path);
  if (a.size() != b.size()) {
    std::printf("compare: different token counts %zu vs %zu\n", a.size(), b.size());
    return 1;
  }
  // Coordinates are in metres; 1e-9 m is the bound the task set for native vs wasm (libm last-ulp
  // differences). Note one ulp of a GK zone-39 easting (~3.95e7 m) is 2^-27 m = 7.5e-9 m, so there
  // the bound means bit-identical.
  constexpr double kToleranceM = 1e-9;
  double max_diff = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    double x = 0.0;
    double y = 0.0;
    if (a[i] == b[i]) continue;
    if (!as_number(a[i], x) || !as_number(b[i], y) || !(std::fabs(x - y) <= kToleranceM)) {
      std::printf("compare: token %zu differs: %s vs %s\n", i, a[i].c_str(), b[i].c_str());
      return 1;
    }
    max_diff = std::fmax(max_diff, std::fabs(x - y));
  }
  std::printf("compare: numbers within %g (largest difference %.17g)\n", kToleranceM, max_diff);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--compare") == 0) return compare(argv[2], argv[3]);
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s PROJ_DATA_DIR SCRATCH_DIR | --compare A.txt B.txt\n", argv[0]);
    return 2;
  }
  bool ok = check_proj(argv[1]);
  ok = check_pugixml() && ok;
  ok = check_simdjson() && ok;
  ok = check_minizip() && ok;
  ok = check_shapelib(argv[2]) && ok;
  std::printf("%s\n", ok ? "all passed" : "SOME FAILED");
  return ok ? 0 : 1;
}
