// Which reader a planner's file goes to, from its name and its first bytes (a file named .json may be
// GeoJSON or CityJSON; a zip holds a Shapefile). Shapefile parts (.shp, .shx, .dbf, .prj, .cpg) given
// as separate files are grouped by their common stem. An EnergyPlus weather file (.epw, or text starting
// "LOCATION,") is not a layer: it is the city's weather.
#pragma once

#include <string>
#include <string_view>

namespace geo {

enum class InputFormat {
  GeoJson = 0,
  OsmXml,
  CityJson,
  ShapefileZip,
  ShapefilePart,  // one of .shp/.shx/.dbf/.prj/.cpg: grouped with its siblings
  CityFile,       // a CarbonTwin city file (already imported)
  Epw,            // EnergyPlus weather: the city's own weather year (twin/climate/station_weather.hpp)
  Unsupported,    // e.g. GeoPackage, FlatGeobuf, PBF: named in the message
};
const char* to_string(InputFormat format);

// unsupported_reason is set for Unsupported ("GeoPackage files are not read yet: export the layer as
// GeoJSON or a Shapefile").
// bytes: the whole file (JSON needs a look through it to tell CityJSON from GeoJSON).
InputFormat detect_input_format(const std::string& file_name, std::string_view bytes,
                                std::string* unsupported_reason);

// Lower-case extension of a Shapefile part ("shp", "dbf" …) and the stem it groups by.
std::string shapefile_part_extension(const std::string& file_name);
std::string shapefile_stem(const std::string& file_name);

}  // namespace geo
