// The attribute table of a Shapefile (.dbf, dBASE III+), read with shapelib from memory, its text
// turned into UTF-8. The encoding comes from the .cpg when it names one, else from the header's
// language driver id (byte 29), else it is detected from the bytes (valid UTF-8 → UTF-8, otherwise
// GBK), with a warning saying so.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/feature.hpp"
#include "geo/shp_memory_io.hpp"
#include "geo/text_encoding.hpp"

namespace geo {

class DbfTable {
 public:
  // Checks and opens the table; problems go to *errors / *warnings under the name `file`. The
  // bytes must outlive the table. An empty dbf is "no table" (no issue: the caller words that).
  DbfTable(std::string_view dbf, std::string_view cpg, const std::string& file, std::vector<Issue>* errors,
           std::vector<Issue>* warnings);
  ~DbfTable();
  DbfTable(const DbfTable&) = delete;
  DbfTable& operator=(const DbfTable&) = delete;

  bool is_open() const { return handle_ != nullptr; }
  int record_count() const { return records_; }  // records present in the bytes (≤ the header's count)
  TextEncoding encoding() const { return encoding_; }
  const std::vector<std::string>& field_names() const { return names_; }
  // The field a feature id comes from: the first of id, osm_id, objectid, fid present (any case);
  // empty when none.
  const std::string& id_field() const { return id_field_; }

  bool is_deleted(int record) const;
  // The record's fields as UTF-8 text, in field order, with the padding trimmed and numbers as
  // written. NULL values (blank or '*' numbers, blank text, '?' logicals, shapelib's
  // DBFIsAttributeNULL) are left out, as a missing property.
  std::vector<std::pair<std::string, std::string>> attributes(int record);
  // Bytes replaced by U+FFFD so far (field names and values).
  std::uint32_t replaced() const { return replaced_; }

 private:
  ShapelibMemoryFiles files_;
  void* handle_ = nullptr;  // DBFHandle
  int records_ = 0;
  TextEncoding encoding_ = TextEncoding::Utf8;
  std::unique_ptr<TextDecoder> decoder_;
  std::vector<std::string> names_;
  std::string id_field_;
  std::uint32_t replaced_ = 0;
};

}  // namespace geo
