// ESRI Shapefile reader (shapefile_reader.hpp). Layout facts cited below are from the ESRI Shapefile
// Technical Description (July 1998): main file header p. 3–4, record headers p. 5, index file p. 23.
#include "geo/shapefile_reader.hpp"

#include <shapefil.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>

#include "geo/shp_dbf.hpp"
#include "geo/shp_memory_io.hpp"
#include "geo/shp_rings.hpp"

namespace geo {
namespace {

constexpr std::size_t kHeaderBytes = 100;        // main and index file headers (p. 3, p. 23)
constexpr std::size_t kRecordHeaderBytes = 8;    // record number + content length, big-endian (p. 5)
constexpr std::uint32_t kFileCode = 9994;        // bytes 0–3, big-endian (p. 4)
constexpr std::uint32_t kVersion = 1000;         // bytes 28–31, little-endian (p. 4)
// Per-record issues listed before the rest are only counted: a damaged 100,000-record file must
// not bury the report (the counts still give every skipped record).
constexpr std::uint32_t kMaxListedPerKind = 100;

std::uint32_t be_u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}
std::uint32_t le_u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}
void put_be_u32(std::string* b, std::size_t at, std::uint32_t v) {
  for (int k = 0; k < 4; ++k) (*b)[at + static_cast<std::size_t>(k)] = static_cast<char>((v >> (24 - 8 * k)) & 0xFFu);
}

// Empty when the bytes start like a Shapefile main file, else why not.
std::string shp_header_problem(std::string_view shp) {
  if (shp.size() < kHeaderBytes)
    return "the .shp is " + std::to_string(shp.size()) + " bytes, shorter than the 100-byte Shapefile header";
  if (be_u32(shp, 0) != kFileCode) return "not a Shapefile .shp (file code " + std::to_string(be_u32(shp, 0)) + ", expected 9994)";
  if (le_u32(shp, 28) != kVersion) return "not a Shapefile .shp (version " + std::to_string(le_u32(shp, 28)) + ", expected 1000)";
  return {};
}

// The index a .shx would hold, rebuilt by walking the .shp's record headers. A record whose
// content runs past the end is still indexed, so reading it fails and is reported by number.
std::string rebuild_shx(std::string_view shp) {
  std::string shx(shp.substr(0, kHeaderBytes));
  std::uint64_t offset = kHeaderBytes;
  while (offset + kRecordHeaderBytes <= shp.size()) {
    const std::uint64_t words = be_u32(shp, static_cast<std::size_t>(offset) + 4);
    std::string entry(8, '\0');
    put_be_u32(&entry, 0, static_cast<std::uint32_t>(offset / 2));  // offsets and lengths in 16-bit words
    put_be_u32(&entry, 4, static_cast<std::uint32_t>(std::min<std::uint64_t>(words, 0x3FFFFFFFu)));
    shx += entry;
    offset += kRecordHeaderBytes + 2 * words;
  }
  put_be_u32(&shx, 24, static_cast<std::uint32_t>(shx.size() / 2));
  return shx;
}

// Empty when the .shx is a usable index (header, and as many 8-byte entries as its header says).
std::string shx_problem(std::string_view shx) {
  if (shx.size() < kHeaderBytes || be_u32(shx, 0) != kFileCode) return "the .shx is not a Shapefile index";
  const std::uint64_t declared_bytes = 2ull * be_u32(shx, 24);
  if (declared_bytes < kHeaderBytes || declared_bytes > shx.size() || (declared_bytes - kHeaderBytes) % 8 != 0)
    return "the .shx is truncated or its header is damaged (declares " + std::to_string(declared_bytes) +
           " bytes, holds " + std::to_string(shx.size()) + ")";
  return {};
}

const char* shape_type_name(int type) {
  switch (type) {
    case SHPT_NULL: return "Null";
    case SHPT_POINT: return "Point";
    case SHPT_ARC: return "PolyLine";
    case SHPT_POLYGON: return "Polygon";
    case SHPT_MULTIPOINT: return "MultiPoint";
    case SHPT_POINTZ: return "PointZ";
    case SHPT_ARCZ: return "PolyLineZ";
    case SHPT_POLYGONZ: return "PolygonZ";
    case SHPT_MULTIPOINTZ: return "MultiPointZ";
    case SHPT_POINTM: return "PointM";
    case SHPT_ARCM: return "PolyLineM";
    case SHPT_POLYGONM: return "PolygonM";
    case SHPT_MULTIPOINTM: return "MultiPointM";
    case SHPT_MULTIPATCH: return "MultiPatch";
    default: return nullptr;
  }
}

bool is_polygon(int t) { return t == SHPT_POLYGON || t == SHPT_POLYGONZ || t == SHPT_POLYGONM; }
bool is_line(int t) { return t == SHPT_ARC || t == SHPT_ARCZ || t == SHPT_ARCM; }
bool has_z(int t) { return t == SHPT_POINTZ || t == SHPT_ARCZ || t == SHPT_POLYGONZ || t == SHPT_MULTIPOINTZ; }

// Issues about single records, listed up to kMaxListedPerKind, then only counted.
class RecordIssues {
 public:
  RecordIssues(std::vector<Issue>* list, const std::string& file) : list_(list), file_(file) {}
  void add(int record, const std::string& message) {
    if (listed_ < kMaxListedPerKind) {
      list_->push_back(Issue{file_, "record " + std::to_string(record), message});
      ++listed_;
    } else {
      ++unlisted_;
    }
  }
  void finish() {
    if (unlisted_ > 0)
      list_->push_back(Issue{file_, "", std::to_string(unlisted_) + " more records with problems like the above are not "
                                        "listed one by one (see the counts)"});
  }

 private:
  std::vector<Issue>* list_;
  const std::string& file_;
  std::uint32_t listed_ = 0;
  std::uint32_t unlisted_ = 0;
};

struct ShpObjectDeleter {
  void operator()(SHPObject* o) const { SHPDestroyObject(o); }
};
struct ShpCloser {
  void operator()(SHPInfo* h) const { SHPClose(h); }
};

struct Counts {
  std::uint64_t records = 0, buildings = 0, roads = 0, points = 0, null_shapes = 0, corrupt = 0, unsupported = 0,
                deleted = 0;
};

// Why a record's geometry cannot be used, or empty. shapelib already refuses part starts beyond
// the vertex count; this checks the rest the builders rely on.
std::string geometry_problem(const SHPObject& o) {
  if (o.nVertices < 0 || o.nParts < 0) return "negative vertex or part count";
  if (o.nVertices > 0 && (!o.padfX || !o.padfY)) return "vertices missing";
  if (is_polygon(o.nSHPType) || is_line(o.nSHPType)) {
    if (o.nVertices > 0 && o.nParts == 0) return "vertices without parts";
    for (int k = 0; k < o.nParts; ++k) {
      const int start = o.panPartStart[k];
      const int prev = k == 0 ? -1 : o.panPartStart[k - 1];
      if (start < 0 || start >= o.nVertices || start <= prev || (k == 0 && start != 0))
        return "part " + std::to_string(k) + " starts at vertex " + std::to_string(start) + " of " +
               std::to_string(o.nVertices) + " (part indices out of range)";
    }
  }
  for (int i = 0; i < o.nVertices; ++i)
    if (!std::isfinite(o.padfX[i]) || !std::isfinite(o.padfY[i]))
      return "vertex " + std::to_string(i) + " has a non-finite coordinate";
  return {};
}

std::vector<std::vector<Point>> parts_of(const SHPObject& o) {
  std::vector<std::vector<Point>> parts;
  for (int k = 0; k < o.nParts; ++k) {
    const int begin = o.panPartStart[k];
    const int end = k + 1 < o.nParts ? o.panPartStart[k + 1] : o.nVertices;
    std::vector<Point> pts;
    pts.reserve(static_cast<std::size_t>(end - begin));
    for (int i = begin; i < end; ++i) pts.push_back(Point{o.padfX[i], o.padfY[i]});
    parts.push_back(std::move(pts));
  }
  return parts;
}

void add_count(LayerRead* out, const std::string& key, std::uint64_t n) {
  for (auto& [k, v] : out->counts)
    if (k == key) {
      v += n;
      return;
    }
  out->counts.emplace_back(key, n);
}

std::string trimmed_prj(std::string_view prj) {
  if (prj.substr(0, 3) == "\xEF\xBB\xBF") prj.remove_prefix(3);
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0'; };
  while (!prj.empty() && blank(prj.front())) prj.remove_prefix(1);
  while (!prj.empty() && blank(prj.back())) prj.remove_suffix(1);
  return std::string(prj);
}

void read_shapefile_impl(const ShapefileParts& parts, LayerRead* out) {
  const std::string& file = out->file;
  auto file_error = [&](const std::string& what) {
    out->errors.push_back(Issue{file, "", what});
    out->file_ok = false;
  };
  const std::uint64_t total =
      parts.shp.size() + parts.shx.size() + parts.dbf.size() + parts.prj.size() + parts.cpg.size();
  if (total > kMaxInputBytes) {
    file_error("the Shapefile's parts are " + std::to_string(total) + " bytes together, above the " +
               std::to_string(kMaxInputBytes) + "-byte limit; split the layer");
    return;
  }
  if (parts.shp.empty()) {
    file_error("the .shp part is missing or empty");
    return;
  }
  if (const std::string p = shp_header_problem(parts.shp); !p.empty()) {
    file_error(p);
    return;
  }

  if (!parts.prj.empty()) {
    const std::string wkt = trimmed_prj(parts.prj);
    if (wkt.empty())
      out->warnings.push_back(Issue{file, "", "the .prj is empty; the CRS is guessed from the coordinates"});
    else
      out->crs = DeclaredCrs{DeclaredCrs::Source::PrjFile, wkt};
  }

  // The index: as given when usable, else rebuilt from the .shp.
  std::string rebuilt;
  std::string_view shx = parts.shx;
  if (shx.empty()) {
    rebuilt = rebuild_shx(parts.shp);
    shx = rebuilt;
    out->warnings.push_back(Issue{file, "", "no .shx given: the record index was rebuilt from the .shp"});
  } else if (const std::string p = shx_problem(shx); !p.empty()) {
    rebuilt = rebuild_shx(parts.shp);
    shx = rebuilt;
    out->warnings.push_back(Issue{file, "", p + ": the record index was rebuilt from the .shp"});
  }

  ShapelibMemoryFiles files(parts.shp, shx, {});
  const std::unique_ptr<SHPInfo, ShpCloser> shp(SHPOpenLL(files.layer_name(), "rb", files.hooks()));
  if (!shp) {
    file_error("the .shp/.shx could not be opened (damaged header or index)");
    return;
  }
  int record_count = 0;
  int header_type = 0;
  SHPGetInfo(shp.get(), &record_count, &header_type, nullptr, nullptr);

  DbfTable table(parts.dbf, parts.cpg, file, &out->errors, &out->warnings);
  if (parts.dbf.empty())
    out->warnings.push_back(Issue{file, "", "no .dbf given: the features have no attributes"});
  if (table.is_open() && table.record_count() < record_count)
    out->errors.push_back(Issue{file, "records " + std::to_string(table.record_count()) + "–" + std::to_string(record_count - 1),
                                "the .dbf holds " + std::to_string(table.record_count()) + " records, the .shp " +
                                    std::to_string(record_count) + ": these records have no attributes"});
  if (table.is_open() && table.record_count() > record_count)
    out->warnings.push_back(Issue{file, "", "the .dbf holds " + std::to_string(table.record_count()) +
                                                " records, the .shp only " + std::to_string(record_count) +
                                                ": the extra attribute rows belong to no shape and are not read"});

  Counts c;
  c.records = static_cast<std::uint64_t>(record_count);
  RecordIssues record_errors(&out->errors, file);
  RecordIssues record_warnings(&out->warnings, file);
  std::uint32_t unenclosed = 0;
  for (int i = 0; i < record_count; ++i) {
    const std::unique_ptr<SHPObject, ShpObjectDeleter> obj(SHPReadObject(shp.get(), i));
    if (!obj) {
      record_errors.add(i, "the geometry could not be read (record truncated or damaged; is the .shp cut short "
                           "or the .shx from another file?); skipped");
      ++c.corrupt;
      continue;
    }
    const int type = obj->nSHPType;
    if (type == SHPT_NULL) {
      record_warnings.add(i, "null shape (no geometry); skipped");
      ++c.null_shapes;
      continue;
    }
    if (type == SHPT_MULTIPATCH || !shape_type_name(type)) {
      record_errors.add(i, type == SHPT_MULTIPATCH
                               ? std::string("MultiPatch (3D surfaces) is not read; export the footprints as "
                                             "Polygon; skipped")
                               : "shape type " + std::to_string(type) + " is not a Shapefile shape type; skipped");
      ++(type == SHPT_MULTIPATCH ? c.unsupported : c.corrupt);
      continue;
    }
    if (const std::string p = geometry_problem(*obj); !p.empty()) {
      record_errors.add(i, std::string(shape_type_name(type)) + " geometry is corrupt: " + p + "; skipped");
      ++c.corrupt;
      continue;
    }
    if (table.is_deleted(i)) {
      record_warnings.add(i, "marked deleted in the .dbf; skipped");
      ++c.deleted;
      continue;
    }

    Feature f;
    f.index = static_cast<std::uint32_t>(i);
    if (is_polygon(type)) {
      f.kind = FeatureKind::Building;
      PolygonAssembly a = assemble_polygons(parts_of(*obj));
      f.polygons = std::move(a.polygons);
      unenclosed += a.unenclosed_holes;
      ++c.buildings;
    } else if (is_line(type)) {
      f.kind = FeatureKind::Road;
      f.lines = parts_of(*obj);
      ++c.roads;
    } else {  // Point, MultiPoint and their Z/M forms: the only types left
      f.kind = FeatureKind::Other;
      for (int k = 0; k < obj->nVertices; ++k) f.points.push_back(Point{obj->padfX[k], obj->padfY[k]});
      ++c.points;
    }
    if (has_z(type) && obj->padfZ && obj->nVertices > 0) {
      const auto [lo, hi] = std::minmax_element(obj->padfZ, obj->padfZ + obj->nVertices);
      if (std::all_of(obj->padfZ, obj->padfZ + obj->nVertices, [](double z) { return std::isfinite(z); })) {
        f.ground_z = *lo;
        f.roof_z = *hi;
      } else {
        record_warnings.add(i, "non-finite z values; heights from z not used");
      }
    }
    f.attributes = table.attributes(i);
    const std::string* id = table.id_field().empty() ? nullptr : f.attribute(table.id_field());
    f.id = id && !id->empty() ? *id : std::to_string(i);
    out->features.push_back(std::move(f));
  }
  record_errors.finish();
  record_warnings.finish();
  if (unenclosed > 0)
    out->warnings.push_back(Issue{file, "", std::to_string(unenclosed) +
                                                " counter-clockwise rings lie in no clockwise ring; read as outer rings "
                                                "(the file does not follow the Shapefile ring orientation rule)"});
  if (table.replaced() > 0)
    out->warnings.push_back(Issue{file, "", std::to_string(table.replaced()) + " bytes of .dbf text are not valid " +
                                                to_string(table.encoding()) + " and were replaced by U+FFFD"});
  if (const char* name = shape_type_name(header_type); !name)
    out->warnings.push_back(Issue{file, "", "the .shp header names shape type " + std::to_string(header_type) +
                                                ", not a Shapefile shape type; records were read by their own types"});

  add_count(out, "records", c.records);
  add_count(out, "buildings", c.buildings);
  add_count(out, "roads", c.roads);
  add_count(out, "points", c.points);
  add_count(out, "null_shapes", c.null_shapes);
  add_count(out, "corrupt_records", c.corrupt);
  add_count(out, "unsupported_records", c.unsupported);
  add_count(out, "deleted_records", c.deleted);
  add_count(out, "replaced_characters", table.replaced());
}

}  // namespace

LayerRead read_shapefile(const ShapefileParts& parts, const std::string& file_name) {
  LayerRead out;
  out.file = file_name;
  try {
    read_shapefile_impl(parts, &out);
  } catch (const std::exception& e) {  // std::bad_alloc from a huge but well-formed file
    out.errors.push_back(Issue{file_name, "", std::string("the Shapefile could not be read: ") + e.what()});
    out.file_ok = false;
  }
  return out;
}

}  // namespace geo
