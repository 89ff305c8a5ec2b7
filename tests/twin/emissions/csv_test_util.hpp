// Test helpers: read a whole file (native tests only) and parse RFC 4180 CSV (quoted fields with
// commas, doubled quotes) into rows of fields keyed by the header.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace twin::test {

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

using CsvRow = std::map<std::string, std::string>;

// Rows as header-name → field. Blank lines are skipped; CR before LF is dropped.
inline std::vector<CsvRow> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        field += ch;
      }
      continue;
    }
    if (ch == '"') {
      quoted = true;
      any = true;
    } else if (ch == ',') {
      record.push_back(field);
      field.clear();
      any = true;
    } else if (ch == '\n') {
      if (any || !field.empty()) {
        record.push_back(field);
        records.push_back(record);
      }
      record.clear();
      field.clear();
      any = false;
    } else if (ch != '\r') {
      field += ch;
      any = true;
    }
  }
  if (any || !field.empty()) {
    record.push_back(field);
    records.push_back(record);
  }
  std::vector<CsvRow> rows;
  if (records.empty()) return rows;
  const std::vector<std::string>& header = records.front();
  for (std::size_t r = 1; r < records.size(); ++r) {
    CsvRow row;
    for (std::size_t c = 0; c < header.size() && c < records[r].size(); ++c) row[header[c]] = records[r][c];
    rows.push_back(row);
  }
  return rows;
}

}  // namespace twin::test
