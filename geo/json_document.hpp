// Shared by the GeoJSON and CityJSON readers: parsing bytes with simdjson's DOM (one pass, memory a
// few times the file), JSON values as attribute text, and ordered counts.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "geo/feature.hpp"

namespace geo {

// Owns the parsed document: elements point into the parser's buffers.
// The parsed tree only: the parser's own buffers (structural indexes, 4 bytes per JSON token) are
// freed once parsing ends, so they do not sit beside the features read from the tree.
struct JsonDocument {
  simdjson::dom::document document;
  simdjson::dom::element root;
};

// Maps the path of keys/indices to a parse error (json_error_place.hpp) to an Issue place such as
// "feature 12"; returns "" when the path names no feature.
using JsonPlaceNamer = std::function<std::string(const std::vector<std::string>& path)>;

// Parses bytes into doc->root. On failure (empty, larger than kMaxInputBytes, not JSON, out of memory)
// sets out->file_ok = false, adds one error with simdjson's message, the place named by place_of and
// the line/byte where the JSON goes wrong, and returns false. Never throws.
bool parse_json_document(std::string_view bytes, const JsonPlaceNamer& place_of, JsonDocument* doc,
                         LayerRead* out);

// A JSON number as text: integers exactly as written; other numbers in the shortest form that reads
// back to the same double (std::to_chars), so "31.2" stays "31.2" but "1.0" becomes "1" and
// "1e5" becomes "100000" (the DOM keeps no number text).
std::string json_number_text(simdjson::dom::element e);
// An attribute value as text: strings as they are, numbers as json_number_text, booleans
// "true"/"false", arrays and objects as minified JSON; null → "" (callers skip nulls).
std::string json_value_text(simdjson::dom::element e);
// A number (integer or not) as double; false when e is not a number.
bool json_double(simdjson::dom::element e, double* value);

// Ordered counts (LayerRead::counts): adds n to key, appending the key at its first use.
void add_count(std::vector<std::pair<std::string, std::uint64_t>>* counts, const std::string& key,
               std::uint64_t n = 1);

}  // namespace geo
