// Vector files through GDAL/OGR → GeoJSON layers for geo::import_city (ogr_source.hpp).
#include "cli/ogr_source.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string_view>

#include "cli/gdal_errors.hpp"
#include "geo/input_format.hpp"

namespace cli {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string base_name(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string extension(const std::string& path) {
  const std::string name = base_name(path);
  const std::size_t dot = name.find_last_of('.');
  return dot == std::string::npos ? std::string() : lower(name.substr(dot + 1));
}

// CityGML is GML too, but GDAL's GML driver reads a building as its wall and roof surfaces, which would
// make nonsense footprints; its namespace shows near the top of the file.
bool looks_like_citygml(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return lower(head).find("opengis.net/citygml") != std::string::npos;
}

// The legacy GeoJSON `crs` member (GeoJSON 2008 §3) for the layer's CRS: "EPSG:N" when GDAL knows the
// EPSG code, else the full WKT2, which geo::parse_crs_text takes as well. "" for a layer without a CRS,
// which geo/ then guesses from the coordinates and says so.
std::string crs_member(const OGRSpatialReference* srs) {
  if (srs == nullptr) return {};
  std::string name;
  const char* auth = srs->GetAuthorityName(nullptr);
  const char* code = srs->GetAuthorityCode(nullptr);
  if (auth != nullptr && code != nullptr && std::string_view(auth) == "EPSG") {
    name = std::string("EPSG:") + code;
  } else {
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs->exportToWkt(&wkt, options) == OGRERR_NONE && wkt != nullptr) name = wkt;
    CPLFree(wkt);
  }
  if (name.empty()) return {};
  return nlohmann::json({{"type", "name"}, {"properties", {{"name", name}}}}).dump();
}

// Removes the in-memory file however the conversion ends.
struct MemFile {
  std::string path;
  ~MemFile() { VSIUnlink(path.c_str()); }
};

std::uint64_t mem_size(const std::string& path) {
  VSIStatBufL st;
  return VSIStatL(path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

// One layer → GeoJSON (GDAL's GeoJSON driver, RFC7946=NO so nothing is reprojected; the crs member is
// added afterwards). Geometry from the first geometry column; GDAL turns curves into line segments.
bool layer_to_geojson(OGRLayer* src, const std::string& label, const std::string& mem_path, std::string* bytes,
                      std::string* error, GdalErrorCollector* gdal) {
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
  if (driver == nullptr) {
    *error = label + ": this GDAL has no GeoJSON driver";
    return false;
  }
  MemFile mem{mem_path};
  GDALDatasetUniquePtr out(driver->Create(mem_path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  const char* layer_options[] = {"RFC7946=NO", nullptr};
  OGRLayer* dst = out ? out->CreateLayer(src->GetName(), nullptr, wkbUnknown, const_cast<char**>(layer_options))
                      : nullptr;
  if (dst == nullptr) {
    *error = label + ": cannot convert the layer: " + gdal->failure_text("GDAL gave no reason");
    return false;
  }
  OGRFeatureDefn* defn = src->GetLayerDefn();
  for (int k = 0; k < defn->GetFieldCount(); ++k) {
    if (dst->CreateField(defn->GetFieldDefn(k)) != OGRERR_NONE) {
      *error = label + ": cannot convert the field '" + defn->GetFieldDefn(k)->GetNameRef() +
               "': " + gdal->failure_text("GDAL gave no reason");
      return false;
    }
  }
  src->ResetReading();
  std::uint64_t count = 0;
  for (OGRFeatureUniquePtr f(src->GetNextFeature()); f; f.reset(src->GetNextFeature())) {
    OGRFeature g(dst->GetLayerDefn());
    g.SetFrom(f.get(), TRUE);
    g.SetGeometry(f->GetGeomFieldRef(0));
    if (dst->CreateFeature(&g) != OGRERR_NONE) {
      *error = label + ": feature " + std::to_string(count) + " (FID " + std::to_string(f->GetFID()) +
               ") cannot be converted: " + gdal->failure_text("GDAL gave no reason");
      return false;
    }
    // Checked as it grows (every 1024 features) so that a huge layer is refused in bounded memory.
    if (++count % 1024 == 0 && mem_size(mem_path) > geo::kMaxInputBytes) {
      *error = label + ": as GeoJSON the layer passes " + std::to_string(geo::kMaxInputBytes) +
               " bytes, the limit of one input, after " + std::to_string(count) + " features; split it";
      return false;
    }
  }
  // GDAL ends a read that fails part-way (a corrupt page, a bad blob) like a finished one, with an error.
  if (!gdal->failures.empty()) {
    *error = label + ": GDAL stopped reading after " + std::to_string(count) + " features: " + gdal->failure_text("");
    return false;
  }
  out.reset();  // closes and flushes the GeoJSON
  vsi_l_offset length = 0;
  GByte* data = VSIGetMemFileBuffer(mem_path.c_str(), &length, TRUE);
  if (data == nullptr) {
    *error = label + ": the converted layer could not be read back: " + gdal->failure_text("GDAL gave no reason");
    return false;
  }
  bytes->assign(reinterpret_cast<const char*>(data), static_cast<std::size_t>(length));
  CPLFree(data);
  if (bytes->size() > geo::kMaxInputBytes) {
    *error = label + ": as GeoJSON the layer passes " + std::to_string(geo::kMaxInputBytes) +
             " bytes, the limit of one input; split it";
    return false;
  }
  const std::string crs = crs_member(src->GetSpatialRef());
  const std::size_t brace = bytes->find('{');
  if (!crs.empty() && brace != std::string::npos) bytes->insert(brace + 1, "\"crs\": " + crs + ",");
  return true;
}

}  // namespace

bool is_ogr_vector_file(const std::string& path) {
  static constexpr std::array<std::string_view, 6> kExtensions = {"gpkg", "fgb", "gml", "kml", "tab", "mif"};
  const std::string ext = extension(path);
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

bool read_ogr_layers(const std::string& path, OgrLayers* out, std::string* error) {
  const std::string file = base_name(path);
  if (extension(path) == "gml" && looks_like_citygml(path)) {
    *error = "'" + path + "': CityGML is not read (GDAL's GML driver would take walls and roofs for "
             "footprints); convert it to CityJSON (e.g. citygml-tools to-cityjson) and import that";
    return false;
  }
  GDALAllRegister();
  GdalErrorCollector gdal;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
  if (!ds) {
    *error = "'" + path + "': GDAL cannot open it as vector data: " + gdal.failure_text("not a recognised file");
    return false;
  }
  if (ds->GetLayerCount() == 0) {
    *error = "'" + path + "': no vector layers in it (a raster-only file?)";
    return false;
  }
  for (const std::string& w : gdal.warnings) out->warnings.push_back({file, "", "GDAL: " + w});
  std::string aspatial;
  for (int k = 0; k < ds->GetLayerCount(); ++k) {
    OGRLayer* layer = ds->GetLayer(k);
    std::string label = file + ":" + layer->GetName();
    geo::ImportFile f;
    std::string unused;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    if (defn->GetGeomFieldCount() == 0) {
      aspatial += (aspatial.empty() ? "'" : ", '") + std::string(layer->GetName()) + "'";
      const GIntBig n = layer->GetFeatureCount(TRUE);
      out->warnings.push_back({label, "", "layer not imported: it has no geometry column (an attribute table of " +
                                              std::to_string(n) + " rows)"});
      continue;
    }
    if (defn->GetGeomFieldCount() > 1)
      out->warnings.push_back({label, "", std::string("only the first geometry column ('") +
                                              defn->GetGeomFieldDefn(0)->GetNameRef() + "') is read; the layer has " +
                                              std::to_string(defn->GetGeomFieldCount())});
    gdal.clear();
    if (!layer_to_geojson(layer, label, "/vsimem/carbontwin_ogr_layer.geojson", &f.bytes, error, &gdal)) return false;
    for (const std::string& w : gdal.warnings) out->warnings.push_back({label, "", "GDAL: " + w});
    // geo/ picks a reader from the name: keep it from taking a layer called e.g. "x.shp" for a Shapefile part.
    if (geo::detect_input_format(label, f.bytes, &unused) != geo::InputFormat::GeoJson) label += " (layer)";
    f.name = std::move(label);
    out->files.push_back(std::move(f));
  }
  if (out->files.empty()) {
    *error = "'" + path + "': none of its layers has a geometry column (" + aspatial +
             "): nothing to import (a raster or attribute-only file?)";
    return false;
  }
  return true;
}

}  // namespace cli
