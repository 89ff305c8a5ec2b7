// Input format detection (input_format.hpp).
#include "geo/input_format.hpp"

#include <algorithm>
#include <cctype>

#include "twin/city/city_file.hpp"

namespace geo {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// First non-blank byte after an optional UTF-8 byte-order mark.
char first_visible(std::string_view b) {
  std::size_t k = b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (k < b.size() && std::isspace(static_cast<unsigned char>(b[k]))) ++k;
  return k < b.size() ? b[k] : '\0';
}

}  // namespace

const char* to_string(InputFormat format) {
  switch (format) {
    case InputFormat::GeoJson: return "geojson";
    case InputFormat::OsmXml: return "osm_xml";
    case InputFormat::CityJson: return "cityjson";
    case InputFormat::ShapefileZip: return "shapefile_zip";
    case InputFormat::ShapefilePart: return "shapefile";
    case InputFormat::CityFile: return "city_file";
    case InputFormat::Epw: return "epw";
    case InputFormat::Unsupported: return "unsupported";
  }
  return "unsupported";
}

std::string shapefile_part_extension(const std::string& file_name) {
  const std::string n = lower(file_name);
  for (const char* ext : {"shp", "shx", "dbf", "prj", "cpg"})
    if (ends_with(n, std::string(".") + ext)) return ext;
  return {};
}

std::string shapefile_stem(const std::string& file_name) {
  const std::string ext = shapefile_part_extension(file_name);
  return ext.empty() ? file_name : file_name.substr(0, file_name.size() - ext.size() - 1);
}

InputFormat detect_input_format(const std::string& file_name, std::string_view first_bytes,
                                std::string* unsupported_reason) {
  const std::string n = lower(file_name);
  if (twin::is_city_file(first_bytes)) return InputFormat::CityFile;
  if (first_bytes.size() >= 4 && first_bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
    return InputFormat::ShapefileZip;
  if (!shapefile_part_extension(n).empty()) return InputFormat::ShapefilePart;
  if (ends_with(n, ".gpkg") || ends_with(n, ".fgb") || ends_with(n, ".pbf") || ends_with(n, ".kml") ||
      ends_with(n, ".dxf")) {
    *unsupported_reason = "'" + file_name + "': this format is not read yet; export the layer as GeoJSON, OSM XML, "
                          "CityJSON or a Shapefile";
    return InputFormat::Unsupported;
  }
  // EPW: its first line is the LOCATION header (EnergyPlus Auxiliary Programs, "EPW Data Dictionary").
  const std::size_t bom = first_bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  if (ends_with(n, ".epw") || first_bytes.substr(bom, 9) == "LOCATION,") return InputFormat::Epw;
  const char c = first_visible(first_bytes);
  if (c == '<') return InputFormat::OsmXml;
  if (c == '{' || c == '[') {
    // CityJSON says so in its "type" member, which may come after a large "CityObjects" (members are
    // unordered): look through the whole text for both (a linear scan, cheap next to parsing).
    const bool city = first_bytes.find("\"CityJSON\"") != std::string_view::npos &&
                      first_bytes.find("\"CityObjects\"") != std::string_view::npos;
    return city ? InputFormat::CityJson : InputFormat::GeoJson;
  }
  if (ends_with(n, ".osm") || ends_with(n, ".xml")) return InputFormat::OsmXml;
  if (ends_with(n, ".geojson") || ends_with(n, ".json")) return InputFormat::GeoJson;
  *unsupported_reason = "'" + file_name + "': not recognised as GeoJSON, OSM XML, CityJSON, a Shapefile, an EPW weather file or a city file";
  return InputFormat::Unsupported;
}

}  // namespace geo
