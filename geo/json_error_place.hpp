// Where a JSON text stops being JSON. simdjson's DOM parser says *what* is wrong ("improper
// structure", "problem while parsing a number") but not *where*; this single pass over the bytes
// finds the first offending byte and the path of keys and array indices leading to it, so a reader can
// name "feature 12" or "CityObjects/NL.123" in its error. It checks the structure (brackets, commas,
// colons, keys), strings (termination, control characters), literals and the shape of numbers
// (RFC 8259 §§2-7); it does not decode escapes or validate UTF-8, so it may find nothing where
// simdjson found an error — then the reader reports the whole file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

struct JsonErrorPlace {
  bool found = false;
  std::size_t offset = 0;         // byte offset of the first offending byte (size() when truncated)
  std::size_t line = 1;           // 1-based line of that byte
  std::vector<std::string> path;  // keys and array indices (as decimal text) enclosing it, outermost first
  std::string what;               // short reason: "file ends inside an array", "invalid literal" …
};

JsonErrorPlace locate_json_error(std::string_view bytes);

}  // namespace geo
