// The city file: one twin::City with its location (CRS), its inferred-value flags and the import
// report, in a compact, versioned binary form that `carbontwin import` writes and the page and the CLI
// read, so a big import runs once. Bytes in, bytes out: no file I/O here (DESIGN.md: twin/ reads
// through small readers that take bytes).
//
// Layout (all integers little-endian, doubles as IEEE 754 binary64 bit patterns, little-endian):
//   magic "CTCITY\r\n" (8 bytes; the CR LF catches text-mode transfers), u32 format version,
//   then sections: 4-byte tag, u64 payload length, payload; the last section is "END " whose payload
//   is the FNV-1a 64 hash of every byte before it (truncation and corruption are detected).
//   Sections: "META" name, flags, seed, extent, location; "BLDG" building columns; "ZONE"; "ROAD";
//   "LINE" transit lines; "GRND" ground areas; "RPRT" the import report (JSON text); from version 2,
//   "WTHR" the city's own weather year (City::weather, an EPW given at import), present only when the
//   city has one. Unknown sections are skipped with a warning, so later versions may add sections.
//   Version 1 files (no WTHR) are still read: their cities have no weather of their own.
// docs/city-file.md describes the format for other tools.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "twin/city/city.hpp"

namespace twin {

inline constexpr std::uint32_t kCityFileVersion = 2;  // 2: WTHR section

std::string write_city_file(const City& city, std::string_view report_json);

struct CityFileRead {
  bool ok = false;
  City city;
  std::string report_json;            // the import report, "" if the file has none
  std::uint32_t version = 0;
  std::vector<std::string> errors;    // "section BLDG: footprint_begin not increasing at building 12"
  std::vector<std::string> warnings;
};

// Never throws; a malformed, truncated or hostile file gives ok = false and errors naming the section
// and what was wrong. Every index is checked against its table, every enum against its range and
// every number for finiteness, so a City that reads ok is safe to simulate and draw.
CityFileRead read_city_file(std::string_view bytes);

// True when the bytes start with the city file's magic (to tell it from GeoJSON, OSM …).
bool is_city_file(std::string_view bytes);

}  // namespace twin
