// Small CSV helpers shared by the station and observation readers (stations.hpp, observations.hpp):
// split one line on commas (double quotes group, "" is a quote), trim blanks, parse a finite number.
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

}  // namespace twin::monitor::csv
