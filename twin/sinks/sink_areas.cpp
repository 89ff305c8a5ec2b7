// sink_areas_of() and read_sink_areas_csv() (see sink_areas.hpp).
#include "twin/sinks/sink_areas.hpp"

#include <cmath>
#include <cstdlib>

namespace twin::sinks {
namespace {

constexpr double kM2PerHa = 10000.0;
constexpr double kMaxAreaHa = 1.0e7;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Plain comma split: quoted fields are not supported; a note holding a comma gives a line with more
// fields than the header, which is reported, never silently misread.
std::vector<std::string_view> split(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = line.find(',', start);
    out.push_back(trim(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

bool parse_double(std::string_view s, double* v) {
  if (s.empty()) return false;
  // strtod on a NUL-terminated copy; the whole field must be the number ("12ha" is an error).
  const std::string copy(s);
  char* end = nullptr;
  *v = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size();
}

}  // namespace

bool sink_of_cover(GroundCover cover, SinkType* type) {
  switch (cover) {
    case GroundCover::Park: *type = SinkType::UrbanGreenSpace; return true;
    case GroundCover::Forest: *type = SinkType::Forest; return true;
    case GroundCover::Farmland: *type = SinkType::Farmland; return true;
    case GroundCover::Water: return false;
    case GroundCover::Count: break;
  }
  return false;
}

SinkAreas sink_areas_of(const City& city) {
  SinkAreas areas;
  const GroundAreas& g = city.ground;
  for (std::uint32_t i = 0; i < g.size(); ++i) {
    SinkType type;
    if (!sink_of_cover(g.cover[i], &type)) continue;
    const std::uint32_t begin = g.polygon_begin[i], end = g.polygon_begin[i + 1];
    const double a_m2 = std::fabs(polygon_signed_area_m2(g.polygon_xy.data() + begin, end - begin));
    areas.at(type) += a_m2 / kM2PerHa;
  }
  return areas;
}

SinkAreaCsv read_sink_areas_csv(std::string_view text) {
  SinkAreaCsv out;
  int line_no = 0;
  int type_col = -1, area_col = -1;
  std::size_t columns = 0;
  bool header_seen = false;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    ++line_no;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = split(line);
    if (!header_seen) {
      header_seen = true;
      columns = fields.size();
      for (std::size_t c = 0; c < fields.size(); ++c) {
        if (fields[c] == "sink_type") type_col = static_cast<int>(c);
        if (fields[c] == "area_ha") area_col = static_cast<int>(c);
      }
      if (type_col < 0 || area_col < 0) {
        out.errors.push_back({line_no, "header", "needs columns sink_type and area_ha"});
        return out;
      }
      continue;
    }
    if (fields.size() != columns) {
      out.errors.push_back({line_no, "line", "has " + std::to_string(fields.size()) + " fields, the header has " +
                                                 std::to_string(columns)});
      continue;
    }
    SinkType type;
    const std::string_view type_text = fields[static_cast<std::size_t>(type_col)];
    if (!sink_type_from_string(type_text, &type)) {
      out.errors.push_back({line_no, "sink_type", "unknown sink type '" + std::string(type_text) + "'"});
      continue;
    }
    double area_ha = 0.0;
    const std::string_view area_text = fields[static_cast<std::size_t>(area_col)];
    if (!parse_double(area_text, &area_ha)) {
      out.errors.push_back({line_no, "area_ha", "not a number: '" + std::string(area_text) + "'"});
      continue;
    }
    if (!std::isfinite(area_ha) || area_ha < 0.0 || area_ha > kMaxAreaHa) {
      out.errors.push_back({line_no, "area_ha", "must be a finite area in [0, 1e7] ha, got '" +
                                                    std::string(area_text) + "'"});
      continue;
    }
    out.areas.at(type) += area_ha;
    ++out.lines_read;
  }
  if (!header_seen) out.errors.push_back({0, "header", "empty file: no header line"});
  return out;
}

}  // namespace twin::sinks
