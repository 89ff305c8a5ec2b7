// ESRI Shapefile reader: the bytes of .shp/.shx/.dbf/.prj/.cpg (or of a zip holding them) →
// geo::Feature. Read with shapelib through in-memory file hooks (no temporary files: the same code
// runs on dropped bytes in the browser). Follows feature.hpp: never throws; what could not be read
// goes to errors, what was repaired, guessed or left out to warnings, each naming file and record.
//
// Features: Polygon(Z/M) → Building (rings split into outer rings and holes by orientation,
// shp_rings.hpp), PolyLine(Z/M) → Road (one line per part), Point(Z/M)/MultiPoint(Z/M) → Other.
// The lead re-classifies layers the user names (a polygon layer of parks, a line layer of paths).
// Feature.index is the record number (0-based); Feature.id the value of the first field named id,
// osm_id, objectid or fid (any case), else the record number as text. Z types set ground_z/roof_z
// to the lowest/highest z of the record. Attributes: every non-NULL DBF field as UTF-8 text
// (shp_dbf.hpp), numbers as written.
//
// Skipped, counted and reported: null shapes (warning), records with corrupt geometry — shapelib
// cannot read them, part indices out of range, non-finite coordinates — (error "record N"),
// MultiPatch records (error: 3D patches are not footprints), records deleted in the .dbf (warning).
#pragma once

#include <string>
#include <string_view>

#include "geo/feature.hpp"

namespace geo {

// The parts of one Shapefile, as bytes; an empty string is a part not given.
struct ShapefileParts {
  std::string shp;  // required
  std::string shx;  // optional: when missing (or not a valid index) it is rebuilt from the .shp's
                    // record headers, with a warning (shapelib's SHPRestoreSHX does the same on disk)
  std::string dbf;  // optional: without it the features have no attributes (warning)
  std::string prj;  // optional: → LayerRead::crs {PrjFile, WKT text}; without it crs.source = None
  std::string cpg;  // optional: the .dbf's code page ("UTF-8", "GBK", "936" …)
};

// counts: "records" (in the .shp), "buildings", "roads", "points" (features by kind), "null_shapes",
// "corrupt_records", "unsupported_records", "deleted_records", and "replaced_characters" (bytes of
// .dbf text replaced by U+FFFD).
LayerRead read_shapefile(const ShapefileParts& parts, const std::string& file_name);

// A zipped Shapefile: every .shp inside (any folder, extension in any case) is read with the parts
// sharing its path stem. Several layers are concatenated into one LayerRead; each feature then
// carries the attribute "layer" = the layer's path in the zip without extension (e.g.
// "data/buildings"), and issues name "<zip>/<layer>.shp". The layers must declare the same CRS: a
// layer whose .prj differs from the first layer's is not read (error; its records are counted as
// "records_in_other_crs"); a layer without .prj is read as being in the first layer's CRS (warning).
// Entries that are not Shapefile parts, .dbf/.shx without a .shp and macOS "__MACOSX/" metadata are
// listed in one warning. counts add "layers".
LayerRead read_shapefile_zip(std::string_view zip_bytes, const std::string& file_name);

}  // namespace geo
