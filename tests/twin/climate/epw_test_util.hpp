// Helpers for the climate tests: read a shared data file (native only) and build EPW text.
#pragma once

#include <array>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace twin::climate::test {

// Whole file as bytes; empty when it cannot be read.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A well-formed EPW text of `hours` hourly records (8760 or 8784), smooth synthetic values, one
// std::string per line so tests can break a chosen line and field before joining.
inline std::vector<std::string> make_epw_lines(int hours = 8760, bool leap = false) {
  std::vector<std::string> lines = {
      "LOCATION,TESTVILLE,-,CHN,Test,000000,39.80,116.47,8.0,32.0",
      "DESIGN CONDITIONS,0",
      "TYPICAL/EXTREME PERIODS,0",
      "GROUND TEMPERATURES,0",
      "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
      "COMMENTS 1,synthetic test file",
      "COMMENTS 2,",
      "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31"};
  const std::array<int, 12> days = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int m = 1, d = 1, h = 1;
  for (int i = 0; i < hours; ++i) {
    const int hod = h - 1;
    const double t = 10.0 + 0.5 * (hod < 12 ? hod : 24 - hod);
    const int ghi = hod >= 7 && hod <= 16 ? 100 + 20 * (hod < 12 ? hod - 7 : 16 - hod) : 0;
    std::ostringstream s;
    s << "1999," << m << ',' << d << ',' << h << ",60,?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9*9?9?9?9*9*9?9*9*9," << t
      << ",2.0,60,101000,0,0,300," << ghi << ',' << ghi / 2 << ',' << ghi / 2
      << ",0,0,0,0,180,3.0,5,5,20.0,77777,9,999999999,0,0.1,0,88,0.2,0,0";
    lines.push_back(s.str());
    if (++h > 24) {
      h = 1;
      if (++d > days[static_cast<std::size_t>(m - 1)]) {
        d = 1;
        m = m % 12 + 1;
      }
    }
  }
  return lines;
}

inline std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\r\n";
  return out;
}

// Replaces 1-based field `field` of `line`.
inline void set_field(std::string& line, int field, const std::string& value) {
  std::size_t start = 0;
  for (int f = 1; f < field; ++f) start = line.find(',', start) + 1;
  const std::size_t end = line.find(',', start);
  line.replace(start, end == std::string::npos ? std::string::npos : end - start, value);
}

}  // namespace twin::climate::test
