// simdjson DOM parsing with located errors, JSON values as text, ordered counts (json_document.hpp).
#include "geo/json_document.hpp"

#include <new>

#include "geo/json_error_place.hpp"
#include "geo/number_text.hpp"

namespace geo {

bool parse_json_document(std::string_view bytes, const JsonPlaceNamer& place_of, JsonDocument* doc,
                         LayerRead* out) {
  auto fail = [&](std::string place, std::string message) {
    out->file_ok = false;
    out->errors.push_back({out->file, std::move(place), std::move(message)});
    return false;
  };
  if (bytes.size() > kMaxInputBytes)
    return fail("", "file of " + std::to_string(bytes.size()) + " bytes is larger than the limit of " +
                        std::to_string(kMaxInputBytes) + " bytes");
  try {
    // padded_string copies the bytes once with the padding simdjson's SIMD loads need.
    const simdjson::padded_string padded(bytes.data(), bytes.size());
    simdjson::dom::parser parser;
    const simdjson::error_code error =
        parser.parse_into_document(doc->document, padded.u8data(), padded.size(), false).get(doc->root);
    if (!error) return true;
    std::string message = std::string("not valid JSON: ") + simdjson::error_message(error);
    std::string place;
    if (error != simdjson::EMPTY && error != simdjson::CAPACITY && error != simdjson::MEMALLOC) {
      const JsonErrorPlace where = locate_json_error(bytes);
      if (where.found) {
        place = place_of(where.path);
        message += " (line " + std::to_string(where.line) + ", byte " + std::to_string(where.offset) + ": " +
                   where.what + ")";
      }
    }
    return fail(std::move(place), std::move(message));
  } catch (const std::bad_alloc&) {
    return fail("", "out of memory while parsing");
  } catch (const std::exception& e) {
    return fail("", std::string("could not be parsed: ") + e.what());
  }
}

std::string json_number_text(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::INT64: return std::to_string(int64_t(e.get_int64().value_unsafe()));
    case simdjson::dom::element_type::UINT64: return std::to_string(uint64_t(e.get_uint64().value_unsafe()));
    case simdjson::dom::element_type::DOUBLE: {
      return double_to_text(double(e.get_double().value_unsafe()));
    }
    default: return "";
  }
}

std::string json_value_text(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::STRING: return std::string(e.get_string().value_unsafe());
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: return json_number_text(e);
    case simdjson::dom::element_type::BOOL: return e.get_bool().value_unsafe() ? "true" : "false";
    case simdjson::dom::element_type::NULL_VALUE: return "";
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT: return simdjson::minify(e);
  }
  return "";
}

bool json_double(simdjson::dom::element e, double* value) {
  switch (e.type()) {
    case simdjson::dom::element_type::INT64: *value = double(e.get_int64().value_unsafe()); return true;
    case simdjson::dom::element_type::UINT64: *value = double(e.get_uint64().value_unsafe()); return true;
    case simdjson::dom::element_type::DOUBLE: *value = e.get_double().value_unsafe(); return true;
    default: return false;
  }
}

void add_count(std::vector<std::pair<std::string, std::uint64_t>>* counts, const std::string& key,
               std::uint64_t n) {
  for (auto& [k, v] : *counts) {
    if (k == key) {
      v += n;
      return;
    }
  }
  counts->emplace_back(key, n);
}

}  // namespace geo
