// geo::Feature — what every reader of a planner's file (GeoJSON, OSM XML, CityJSON, Shapefile)
// returns: geometry in the file's own coordinates, attributes as text, and where it came from.
// Readers take bytes and never throw; what was wrong goes into LayerRead::errors (a feature or the
// file could not be read) or LayerRead::warnings (read, but something was repaired, guessed or
// left out), each naming the file, the place (feature index, element, line) and the reason.
// Downstream (crs, footprints, roads, city_builder) turns features into a twin::City.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace geo {

// A position in the file's own CRS, in the file's axis order as read (x = first coordinate).
// For geographic CRSs read from GeoJSON/OSM this is lon, lat in degrees; for projected ones
// easting, northing in the CRS's unit. The crs module detects and reports swapped axes.
struct Point {
  double x = 0.0;
  double y = 0.0;
};

using Ring = std::vector<Point>;  // as in the file: closed or not, either orientation

struct Polygon {
  Ring outer;
  std::vector<Ring> holes;
};

// What a feature stands for in the twin. Readers classify by their format's own conventions
// (OSM tags, CityJSON object types, GeoJSON geometry type + properties); unknown → Other (kept in
// the layer, counted in reports, not imported).
enum class FeatureKind : std::uint8_t {
  Building = 0,  // an area with a building footprint
  Road,          // a line a car may drive on (OSM highway=* minus footways, paths, steps …)
  Path,          // a line that is not for cars (footway, cycleway, path, steps, pedestrian …)
  Rail,          // railway line (subway, light rail, rail); see attribute "railway"
  Station,       // a point: public-transport station or stop (attribute "railway"/"station"/"name")
  Ground,        // landuse / natural / leisure / water areas (park, water, farmland, forest …)
  Other,
  Count
};
const char* to_string(FeatureKind kind);

struct Feature {
  FeatureKind kind = FeatureKind::Other;
  std::string id;                       // the source's id: OSM "way/123" or "relation/5", GeoJSON
                                        // "id" (or properties.id), CityJSON object key; may repeat
                                        // (tiled pieces share an id) or be empty
  std::uint32_t index = 0;              // 0-based position of the feature in its file (GeoJSON
                                        // features[i], OSM element order, CityJSON object order,
                                        // Shapefile record number)
  std::vector<Polygon> polygons;        // area geometry (Polygon / MultiPolygon / OSM areas)
  std::vector<std::vector<Point>> lines;  // linear geometry (LineString / MultiLineString / ways)
  std::vector<Point> points;            // point geometry (stations)
  // Properties / tags as text (numbers written as they were in the file). Order as read.
  std::vector<std::pair<std::string, std::string>> attributes;
  // Heights from 3D sources (CityJSON), in the CRS's vertical unit (metres); NaN when absent.
  double ground_z = std::numeric_limits<double>::quiet_NaN();  // lowest vertex of the object
  double roof_z = std::numeric_limits<double>::quiet_NaN();    // highest vertex of the object

  // Value of an attribute, or nullptr when absent. Keys compare exactly (case-sensitive).
  const std::string* attribute(const std::string& key) const;
};

// One problem found while reading. place is e.g. "feature 12", "way 123456", "line 40",
// "CityObjects/NL.IMBAG.Pand.0503100000000123", "record 7"; empty for the whole file.
struct Issue {
  std::string file;
  std::string place;
  std::string message;
};
std::string to_string(const Issue& issue);  // "file: place: message"

// The declared coordinate reference system of a layer, as found in the file (not yet resolved).
struct DeclaredCrs {
  enum class Source : std::uint8_t {
    None = 0,     // the file says nothing (the crs module guesses from the coordinates)
    Implicit,     // the format fixes it (RFC 7946 GeoJSON without `crs`, OSM XML): WGS84 lon/lat
    Member,       // GeoJSON legacy `crs` member, CityJSON metadata.referenceSystem
    PrjFile,      // Shapefile .prj (WKT)
  };
  Source source = Source::None;
  std::string text;  // "EPSG:4326", "urn:ogc:def:crs:EPSG::7415", "OGC:CRS84", a WKT string …
};

struct LayerRead {
  std::string file;                 // name used in issues (as given by the caller)
  std::vector<Feature> features;
  std::vector<Issue> errors;        // a feature (or the whole file) that could not be read
  std::vector<Issue> warnings;      // read, with something repaired, guessed or left out
  DeclaredCrs crs;
  bool file_ok = true;              // false when the file as a whole could not be read
  // Counts by what was in the file, for the import report: e.g. "buildings" → 255.
  std::vector<std::pair<std::string, std::uint64_t>> counts;
};

// Readers refuse inputs larger than this (bytes) with a clear error rather than risk memory:
// 256 MiB, well above any district's file (the issue's 100 MB case is read).
inline constexpr std::uint64_t kMaxInputBytes = 256ull << 20;

}  // namespace geo
