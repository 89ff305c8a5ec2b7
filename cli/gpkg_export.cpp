// GeoPackage export through GDAL/OGR (gpkg_export.hpp).
#include "cli/gpkg_export.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "cli/gdal_errors.hpp"

namespace cli {
namespace {

// GCJ-02 and BD-09 are WGS 84 lon/lat with an obfuscating offset (geo/chinese_offsets.hpp); no registry
// has them, so they are named in a WGS 84 definition of their own.
const char* offset_crs_wkt(const std::string& definition) {
  if (definition == "gcj02")
    return "GEOGCS[\"GCJ-02 (WGS 84 lon/lat with the GCJ-02 offset of Chinese web maps)\",DATUM[\"WGS_1984\","
           "SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],"
           "UNIT[\"degree\",0.0174532925199433],AXIS[\"Longitude\",EAST],AXIS[\"Latitude\",NORTH]]";
  if (definition == "bd09")
    return "GEOGCS[\"BD-09 (WGS 84 lon/lat with the BD-09 offset of Baidu Maps)\",DATUM[\"WGS_1984\","
           "SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],"
           "UNIT[\"degree\",0.0174532925199433],AXIS[\"Longitude\",EAST],AXIS[\"Latitude\",NORTH]]";
  return nullptr;
}

OGRFieldType ogr_type(ExportFieldType t) {
  switch (t) {
    case ExportFieldType::Integer: return OFTInteger64;
    case ExportFieldType::Real: return OFTReal;
    case ExportFieldType::Text: return OFTString;
  }
  return OFTString;
}

void set_value(OGRFeature* f, int k, const ExportValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) f->SetField(k, static_cast<GIntBig>(*i));
  else if (const auto* d = std::get_if<double>(&v)) f->SetField(k, *d);
  else f->SetField(k, std::get<std::string>(v).c_str());
}

// The layer, its fields and every feature; false with what failed in *what.
bool write_layer(GDALDataset* ds, OGRSpatialReference* srs, const std::vector<ExportFeature>& features,
                 std::string* what) {
  OGRLayer* layer = ds->CreateLayer("buildings", srs, wkbPolygon, nullptr);
  if (layer == nullptr) {
    *what = "cannot create the layer 'buildings'";
    return false;
  }
  const std::vector<ExportField> fields = export_fields();
  for (const ExportField& field : fields) {
    OGRFieldDefn defn(field.name, ogr_type(field.type));
    if (layer->CreateField(&defn) != OGRERR_NONE) {
      *what = std::string("cannot create the field ") + field.name;
      return false;
    }
  }
  // One transaction: a GeoPackage is SQLite, where a commit per feature would be a disk sync each.
  if (ds->StartTransaction() != OGRERR_NONE) {
    *what = "cannot start a transaction";
    return false;
  }
  for (const ExportFeature& e : features) {
    OGRFeature f(layer->GetLayerDefn());
    for (std::size_t k = 0; k < e.values.size() && k < fields.size(); ++k) set_value(&f, static_cast<int>(k), e.values[k]);
    OGRLinearRing ring;
    for (const geo::Point& p : e.ring) ring.addPoint(p.x, p.y);
    OGRPolygon polygon;
    polygon.addRing(&ring);
    f.SetGeometry(&polygon);
    if (layer->CreateFeature(&f) != OGRERR_NONE) {
      *what = "cannot write building " + std::to_string(e.index);
      return false;
    }
  }
  if (ds->CommitTransaction() != OGRERR_NONE) {
    *what = "cannot commit the buildings";
    return false;
  }
  return true;
}

}  // namespace

bool write_gpkg_buildings(const std::string& path, const std::string& crs_definition,
                          const std::vector<ExportFeature>& features, std::string* error, std::string* note) {
  GDALAllRegister();
  GdalErrorCollector gdal;
  auto fail = [&](const std::string& what) {
    *error = "'" + path + "': " + what + ": " + gdal.failure_text("GDAL gave no reason");
    return false;
  };
  OGRSpatialReference srs;
  // x = easting / longitude as stored in the city, whatever axis order the CRS's authority declares.
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  const char* offset_wkt = offset_crs_wkt(crs_definition);
  if (offset_wkt != nullptr) {
    *note = "coordinates are " + crs_definition + ", which GIS tools take for plain WGS 84 lon/lat (the CRS name says so)";
    if (srs.importFromWkt(offset_wkt) != OGRERR_NONE) return fail("cannot define " + crs_definition);
  } else if (srs.SetFromUserInput(crs_definition.c_str()) != OGRERR_NONE) {
    return fail("GDAL does not know the city's CRS " + crs_definition);
  }
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (driver == nullptr) {
    *error = "'" + path + "': this GDAL has no GeoPackage driver";
    return false;
  }
  VSIStatBufL st;
  if (VSIStatL(path.c_str(), &st) == 0 && driver->Delete(path.c_str()) != CE_None && VSIUnlink(path.c_str()) != 0)
    return fail("cannot replace the existing file");
  gdal.clear();
  GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) return fail("cannot create a GeoPackage");
  std::string what;
  const bool written = write_layer(ds.get(), &srs, features, &what);
  ds.reset();  // closes the file (GDAL 3.6 has no GDALDataset::Close)
  if (!written || !gdal.failures.empty()) {
    const bool ok = fail(written ? "cannot finish the GeoPackage" : what);
    VSIUnlink(path.c_str());  // no half-written GeoPackage left behind
    return ok;
  }
  return true;
}

}  // namespace cli
