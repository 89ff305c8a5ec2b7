// Planners' vector files that geo/'s own readers do not take — GeoPackage (.gpkg), FlatGeobuf (.fgb),
// simple-feature GML (.gml), KML (.kml), MapInfo (.tab, .mif) — read through GDAL/OGR. Native CLI only:
// geo/ and twin/ also build to WebAssembly, where GDAL is not, so GDAL stops here. Each layer with a
// geometry column becomes GeoJSON bytes in memory with the layer's CRS kept in the legacy `crs` member,
// handed to geo::import_city as a file named "FILE:LAYER": the whole GeoJSON path (CRS resolution, axis
// checks, classification of areas and lines, the report) then serves these formats too, and every
// message names the file and the layer.
#pragma once

#include <string>
#include <vector>

#include "geo/city_import.hpp"
#include "geo/feature.hpp"

namespace cli {

// True when `path` has one of the extensions above (case-insensitive); such files go to
// read_ogr_layers, every other file to geo/'s readers.
bool is_ogr_vector_file(const std::string& path);

struct OgrLayers {
  std::vector<geo::ImportFile> files;  // one per layer with a geometry column, in the file's layer order
  std::vector<geo::Issue> warnings;    // layers left out (no geometry column) and GDAL's own warnings
};

// Converts every layer of the file. False with a sentence naming the file (and layer) in *error for: a
// file GDAL cannot open as vector data (missing, corrupt, a raster-only GeoPackage), a file without any
// layer that has geometry, a layer GDAL stops reading part-way, CityGML (which GDAL's GML driver would
// read as wall and roof surfaces: convert it to CityJSON), and a layer whose GeoJSON would pass the
// limit of one input (geo::kMaxInputBytes), checked while it is written so memory stays bounded.
bool read_ogr_layers(const std::string& path, OgrLayers* out, std::string* error);

}  // namespace cli
