// `carbontwin export --gpkg OUT`: the export features (export_features.hpp) as a GeoPackage layer
// "buildings" through GDAL/OGR (native CLI only), in the city's source CRS, with typed fields: Integer
// for Integer, Real for Real, String for Text. GeoPackage feature ids start at 1: fid = the GeoJSON
// export's feature id + 1. An existing OUT is replaced.
#pragma once

#include <string>
#include <vector>

#include "cli/export_features.hpp"

namespace cli {

// crs_definition is the city's source_crs ("EPSG:4527", "OGC:CRS84", a WKT or PROJ string, or "gcj02" /
// "bd09", which have no CRS in PROJ or the EPSG registry: they are written as WGS 84 lon/lat under a
// name that says which offset the coordinates carry, and *note says so). False with a sentence in
// *error naming the file when GDAL cannot create, write or close it.
bool write_gpkg_buildings(const std::string& path, const std::string& crs_definition,
                          const std::vector<ExportFeature>& features, std::string* error, std::string* note);

}  // namespace cli
