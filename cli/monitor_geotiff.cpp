// GeoTIFF of the emission grid (monitor_geotiff.hpp).
#include "cli/monitor_geotiff.hpp"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cstdio>
#include <vector>

#include "cli/gdal_errors.hpp"

namespace cli {

bool write_grid_geotiff(const std::string& path, const twin::monitor::EmissionGrid& grid,
                        const twin::CityLocation& location, std::string* error, std::string* note) {
  namespace tm = twin::monitor;
  GdalErrorCollector gdal;
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
  if (driver == nullptr) {
    *error = "'" + path + "': this GDAL has no GeoTIFF driver";
    return false;
  }
  const tm::GridGeometry& g = grid.geometry;
  const int bands = tm::kGridSectorCount + 1;
  GDALDatasetUniquePtr ds(driver->Create(path.c_str(), g.nx, g.ny, bands, GDT_Float32, nullptr));
  if (!ds) {
    *error = "'" + path + "': cannot create: " + gdal.failure_text("GDAL gave no reason");
    return false;
  }
  double transform[6] = {g.x0_m, g.cell_m, 0.0, g.y0_m + g.ny * g.cell_m, 0.0, -g.cell_m};
  ds->SetGeoTransform(transform);
  std::string crs = location.local_crs;
  if (crs.empty() && location.georeferenced) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "+proj=tmerc +lat_0=%.12g +lon_0=%.12g +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs",
                  location.origin_lat_deg, location.origin_lon_deg);
    crs = buf;
  }
  if (crs.empty()) {
    *note = "the city has no georeference: the GeoTIFF is in its local metres without a CRS";
  } else {
    OGRSpatialReference srs;
    if (srs.SetFromUserInput(crs.c_str()) != OGRERR_NONE) {
      *error = "'" + path + "': GDAL does not know the city's local CRS " + crs;
      return false;
    }
    ds->SetSpatialRef(&srs);
  }
  std::vector<float> row(static_cast<std::size_t>(g.nx));
  for (int b = 0; b < bands; ++b) {
    GDALRasterBand* band = ds->GetRasterBand(b + 1);
    band->SetDescription(b < tm::kGridSectorCount ? tm::to_string(static_cast<tm::GridSector>(b)) : "total");
    for (int r = 0; r < g.ny; ++r) {
      const int j = g.ny - 1 - r;  // north up
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t cell = static_cast<std::size_t>(j) * static_cast<std::size_t>(g.nx) + static_cast<std::size_t>(i);
        row[static_cast<std::size_t>(i)] = static_cast<float>(b < tm::kGridSectorCount ? grid.cell_t[cell][b] : grid.cell_total_t(cell));
      }
      if (band->RasterIO(GF_Write, 0, r, g.nx, 1, row.data(), g.nx, 1, GDT_Float32, 0, 0) != CE_None) {
        *error = "'" + path + "': cannot write band " + std::to_string(b + 1) + ": " + gdal.failure_text("GDAL gave no reason");
        return false;
      }
    }
  }
  ds.reset();  // closes the file
  if (!gdal.failures.empty()) {
    *error = "'" + path + "': " + gdal.failure_text("");
    return false;
  }
  return true;
}

}  // namespace cli
