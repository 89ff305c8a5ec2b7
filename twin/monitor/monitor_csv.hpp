// Small CSV helpers shared by the station and observation readers (stations.hpp, observations.hpp):
// split one line on commas (double quotes group, "" is a quote), trim blanks, parse a finite number,
// and the header/line checks both readers make.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace twin::monitor::csv {

// Lines of `text` without their end of line (CR before LF dropped); the 1-based number is index + 1.
std::vector<std::string_view> lines(std::string_view text);
// Fields of one line; false when a quote is not closed.
bool split(std::string_view line, std::vector<std::string>* fields);
// A whole-field decimal number, finite; false for "", text, "nan", "inf", trailing junk.
bool number(const std::string& field, double* out);
// Blank or starting with '#'.
bool skip(std::string_view line);
// Quotes a field when it holds a comma, a quote or a line break.
std::string quote(const std::string& field);
// A number written back to 17 significant digits (reads back to the same double).
std::string exact(double v);

struct FieldError {
  int line = 0;  // 1-based (0: the whole file)
  std::string field;
  std::string message;
};
struct TableRow {
  int line = 0;                     // 1-based
  std::vector<std::string> fields;  // in the order of the names asked for
};
// The rows of a CSV with a header naming `names` (any order, extra columns ignored; blank and '#' lines
// skipped). Errors: an empty file, a missing column (then no rows), and per line an unclosed quote or a
// field count unlike the header's (that line left out). Both readers (stations, observations) use it.
std::vector<TableRow> read_table(std::string_view text, const std::vector<const char*>& names,
                                 std::vector<FieldError>* errors);

}  // namespace twin::monitor::csv
