// A layer's coordinate reference system, resolved: from --crs, from what the file declares, or guessed
// from the coordinate ranges (crs_guess.hpp) — always saying which, and warning when guessed, when axes
// look swapped, or when the values contradict the declaration. PROJ 9 (<proj.h>) validates every
// definition and names it (proj_get_name); GCJ-02 and BD-09, not in PROJ, are chinese_offsets.hpp.
// Projection to the city's metric frame is local_frame.hpp. See geo/README-crs.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/feature.hpp"

namespace geo {

struct CrsSpec {
  enum class Kind : std::uint8_t {
    Proj = 0,  // anything PROJ takes (definition)
    Gcj02,     // GCJ-02 lon/lat (Chinese web maps: Amap, Tencent); definition "gcj02"
    Bd09,      // BD-09 lon/lat (Baidu Maps); definition "bd09"
  };
  Kind kind = Kind::Proj;
  std::string definition;     // what PROJ accepts: "EPSG:4326", "EPSG:4527", "OGC:CRS84", a WKT string; or
                              // "gcj02" / "bd09"
  std::string label;          // for people: "EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger zone 39"
  std::string how;            // "declared in the file (crs member)", "given by --crs", "guessed from the
                              // coordinate ranges: …"
  bool geographic = false;    // degrees (horizontal part of the CRS is geographic)
  bool axes_swapped = false;  // the file's x is latitude (un-swapped before projecting)
};

// Parses and validates a CRS named by a user or a file. Accepts (case-insensitive prefixes):
//   "EPSG:N"; "urn:ogc:def:crs:EPSG::N" (any version between the colons); "http(s)://www.opengis.net/def/crs/
//   EPSG/0/N"; "OGC:CRS84", "CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "http(s)://www.opengis.net/def/crs/OGC/
//   1.3/CRS84"; WKT1, WKT2 and ESRI WKT (a .prj); a PROJ string "+proj=… +type=crs"; "gcj02"/"GCJ-02";
//   "bd09"/"BD-09". Fills definition, label, kind and geographic (how and axes_swapped are left as they
//   were). Returns false with a sentence in *error for empty text, an unknown form or code, or a
//   definition that is not a CRS. Never throws.
bool parse_crs_text(std::string_view text, CrsSpec* out, std::string* error);

// WGS84 lon/lat ("EPSG:4326" or "OGC:CRS84" after parse_crs_text): the CRS of RFC 7946 GeoJSON and OSM,
// handled without PROJ's database (proj.db), which the page then need not fetch (issue 8).
bool is_wgs84_lonlat(const CrsSpec& spec);

// True when PROJ can open its database (it resolves EPSG:4326); else *error says what to install.
bool proj_database_ready(std::string* error);

// Resolves a layer's CRS. Order: the override (--crs) wins, with a warning when it differs from a CRS the
// file declares; else the declared CRS (Member / PrjFile / Implicit); else a guess from the ranges of
// `sample` (all of the layer's points, or a bounded sample), always reported as a warning naming the
// ranges and the rule. The values are checked against the CRS in every case: a geographic CRS whose
// values look like (lat, lon) gets axes_swapped = true and a warning; a projected CRS holding values that
// look like degrees gets a warning; an Implicit lon/lat declaration (RFC 7946 GeoJSON, OSM) holding
// metres falls back to the guess, with a warning. Failures (unparseable --crs or declaration, metres
// without a zone hint, no coordinates) go to *errors and *ok = false. Issues name file_name; the place is
// "crs". Never throws.
CrsSpec resolve_crs(const DeclaredCrs& declared, const std::vector<Point>& sample, const std::string* override_text,
                    std::vector<Issue>* errors, std::vector<Issue>* warnings, const std::string& file_name, bool* ok);

}  // namespace geo
