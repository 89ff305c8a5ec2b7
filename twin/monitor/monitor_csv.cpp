// CSV helpers (monitor_csv.hpp).
#include "twin/monitor/monitor_csv.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace twin::monitor::csv {

std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    start = end + 1;
  }
  return out;
}

namespace {
std::string trim(const std::string& s) {
  const std::size_t a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return "";
  const std::size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}
}  // namespace

bool split(std::string_view line, std::vector<std::string>* fields) {
  fields->clear();
  std::string cur;
  bool quoted = false;
  for (std::size_t k = 0; k < line.size(); ++k) {
    const char c = line[k];
    if (quoted) {
      if (c == '"' && k + 1 < line.size() && line[k + 1] == '"') {
        cur += '"';
        ++k;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields->push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  fields->push_back(trim(cur));
  return !quoted;
}

bool number(const std::string& field, double* out) {
  if (field.empty()) return false;
  char* end = nullptr;
  const double v = std::strtod(field.c_str(), &end);
  if (end != field.c_str() + field.size() || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

bool skip(std::string_view line) {
  const std::size_t a = line.find_first_not_of(" \t");
  return a == std::string_view::npos || line[a] == '#';
}

std::string quote(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string exact(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::vector<TableRow> read_table(std::string_view text, const std::vector<const char*>& names,
                                 std::vector<FieldError>* errors) {
  std::vector<TableRow> rows;
  const std::vector<std::string_view> all = lines(text);
  std::size_t first = 0;
  while (first < all.size() && skip(all[first])) ++first;
  if (first == all.size()) {
    std::string expected;
    for (const char* n : names) expected += (expected.empty() ? "" : ",") + std::string(n);
    errors->push_back({0, "header", "the file is empty (expected the header " + expected + ")"});
    return rows;
  }
  std::vector<std::string> header, f;
  split(all[first], &header);
  std::vector<std::size_t> col;
  bool complete = true;
  for (const char* n : names) {
    const auto it = std::find(header.begin(), header.end(), n);
    if (it == header.end()) {
      errors->push_back({static_cast<int>(first) + 1, "header", std::string("no column '") + n + "'"});
      complete = false;
    }
    col.push_back(static_cast<std::size_t>(it - header.begin()));
  }
  if (!complete) return rows;
  for (std::size_t k = first + 1; k < all.size(); ++k) {
    if (skip(all[k])) continue;
    const int line = static_cast<int>(k) + 1;
    if (!split(all[k], &f)) {
      errors->push_back({line, "line", "a quote is not closed"});
      continue;
    }
    if (f.size() != header.size()) {
      errors->push_back({line, "line", std::to_string(f.size()) + " fields, the header has " + std::to_string(header.size())});
      continue;
    }
    TableRow row{line, {}};
    for (std::size_t c : col) row.fields.push_back(f[c]);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace twin::monitor::csv
