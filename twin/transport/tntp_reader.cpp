#include "twin/transport/tntp_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string_view>

namespace twin::transport {

std::string TntpError::to_string() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

namespace {

// Walks the text line by line; `~` starts a comment anywhere on a line.
class LineCursor {
 public:
  explicit LineCursor(std::istream& in)
      : text_(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()) {}
  // The next line without its comment and surrounding blanks; false at the end.
  bool next(std::string_view& line) {
    if (at_ >= text_.size()) return false;
    std::size_t end = text_.find('\n', at_);
    if (end == std::string::npos) end = text_.size();
    std::string_view raw(text_.data() + at_, end - at_);
    at_ = end + 1;
    ++line_number_;
    if (const std::size_t tilde = raw.find('~'); tilde != std::string_view::npos) raw = raw.substr(0, tilde);
    line = trim(raw);
    return true;
  }
  int line_number() const { return line_number_; }

  static std::string_view trim(std::string_view s) {
    const char* blanks = " \t\r\f\v";
    const std::size_t b = s.find_first_not_of(blanks);
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(blanks) - b + 1);
  }

 private:
  std::string text_;
  std::size_t at_ = 0;
  int line_number_ = 0;
};

// Splits on blanks; a trailing ';' (alone or glued to the last field) ends the row.
void split_fields(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  if (!line.empty() && line.back() == ';') line = LineCursor::trim(line.substr(0, line.size() - 1));
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
    fields.push_back(line.substr(i, j - i));
    i = j;
  }
}

// Whole-token decimal number (strtod in the C locale, the same in glibc and musl).
bool parse_number(std::string_view token, double& value) {
  char buffer[64];
  if (token.empty() || token.size() >= sizeof buffer) return false;
  token.copy(buffer, token.size());
  buffer[token.size()] = '\0';
  char* end = nullptr;
  value = std::strtod(buffer, &end);
  return end == buffer + token.size();
}

struct Reporter {
  const std::string& file;
  TntpError& error;
  bool fail(TntpErrorKind kind, int line, std::string message) {
    error.kind = kind;
    error.file = file;
    error.line = line;
    error.message = std::move(message);
    return false;
  }
};

// "<NUMBER OF NODES> 24" → tag "NUMBER OF NODES", value "24". False if the line is not a tag.
bool split_tag(std::string_view line, std::string_view& tag, std::string_view& value) {
  if (line.empty() || line.front() != '<') return false;
  const std::size_t close = line.find('>');
  if (close == std::string_view::npos) return false;
  tag = line.substr(1, close - 1);
  value = LineCursor::trim(line.substr(close + 1));
  return true;
}

bool parse_count(std::string_view value, std::uint32_t& count) {
  double v = 0;
  if (!parse_number(value, v) || !(v >= 0.0) || v > 4.0e9 || v != std::floor(v)) return false;
  count = static_cast<std::uint32_t>(v);
  return true;
}

// The trip table is dense (zones² cells): beyond this many zones a file of a few bytes would ask for
// gigabytes (10,000² doubles = 800 MB). The largest problem of the TNTP collection, Austin, has
// 7,388 zones (upstream README, table of networks).
constexpr std::uint32_t kMaxTripZones = 10000;

// Metadata block: the tags a reader asks for (others are ignored), up to <END OF METADATA>.
struct MetaTag {
  std::string_view name;
  bool is_count;   // a non-negative integer, else any finite number
  bool required;
  double value = 0;
  bool seen = false;
  int line = 0;
};

bool read_metadata(LineCursor& cursor, Reporter& report, std::vector<MetaTag>& tags) {
  std::string_view line, tag, value;
  while (cursor.next(line)) {
    if (line.empty()) continue;
    if (!split_tag(line, tag, value))
      return report.fail(TntpErrorKind::MissingMetadata, cursor.line_number(),
                         "expected a <TAG> metadata line or <END OF METADATA>");
    if (tag == "END OF METADATA") {
      for (const MetaTag& t : tags)
        if (t.required && !t.seen)
          return report.fail(TntpErrorKind::MissingMetadata, cursor.line_number(),
                             "metadata lacks <" + std::string(t.name) + ">");
      return true;
    }
    for (MetaTag& t : tags) {
      if (tag != t.name) continue;
      double v = 0;
      std::uint32_t count = 0;
      const bool good = t.is_count ? parse_count(value, count) : (parse_number(value, v) && std::isfinite(v));
      if (!good)
        return report.fail(TntpErrorKind::BadMetadata, cursor.line_number(),
                           "<" + std::string(t.name) + "> has an invalid value '" + std::string(value) + "'");
      t.value = t.is_count ? count : v;
      t.seen = true;
      t.line = cursor.line_number();
    }
  }
  return report.fail(TntpErrorKind::MissingMetadata, cursor.line_number(), "no <END OF METADATA> line");
}

const char* const kNetColumns[10] = {"init_node", "term_node", "capacity", "length", "free_flow_time",
                                     "b", "power", "speed", "toll", "link_type"};

bool read_network_body(LineCursor& cursor, Reporter& report, RoadAssignmentNetwork& net,
                       std::uint32_t declared_links) {
  std::vector<std::string_view> fields;
  std::string_view line;
  double v[10];
  while (cursor.next(line)) {
    if (line.empty()) continue;
    const int ln = cursor.line_number();
    split_fields(line, fields);
    if (fields.size() != 10)
      return report.fail(TntpErrorKind::WrongColumnCount, ln,
                         "expected 10 columns (init_node term_node capacity length free_flow_time b power "
                         "speed toll link_type), got " + std::to_string(fields.size()));
    for (int c = 0; c < 10; ++c)
      if (!parse_number(fields[c], v[c]))
        return report.fail(TntpErrorKind::NotANumber, ln,
                           std::string(kNetColumns[c]) + " is not a number: '" + std::string(fields[c]) + "'");
    for (int c = 0; c < 2; ++c)
      if (!(v[c] >= 1.0 && v[c] <= net.node_count && v[c] == std::floor(v[c])))
        return report.fail(TntpErrorKind::NodeOutOfRange, ln,
                           std::string(kNetColumns[c]) + " " + std::string(fields[c]) + " is not a node id 1.." +
                               std::to_string(net.node_count));
    if (!(std::isfinite(v[2]) && v[2] > 0.0))
      return report.fail(TntpErrorKind::InvalidValue, ln, "capacity must be finite and > 0, got '" +
                                                              std::string(fields[2]) + "'");
    for (int c : {3, 4, 5, 6})
      if (!(std::isfinite(v[c]) && v[c] >= 0.0))
        return report.fail(TntpErrorKind::InvalidValue, ln, std::string(kNetColumns[c]) +
                                                                " must be finite and >= 0, got '" +
                                                                std::string(fields[c]) + "'");
    if (!std::isfinite(v[7]) || !std::isfinite(v[8]) || v[9] != std::floor(v[9]) || std::fabs(v[9]) > 1e9)
      return report.fail(TntpErrorKind::InvalidValue, ln, "speed and toll must be finite, link_type an integer");
    if (net.link_count() == declared_links)
      return report.fail(TntpErrorKind::CountMismatch, ln,
                         "more links than <NUMBER OF LINKS> " + std::to_string(declared_links));
    net.link_from.push_back(static_cast<std::uint32_t>(v[0]) - 1);
    net.link_to.push_back(static_cast<std::uint32_t>(v[1]) - 1);
    net.capacity.push_back(v[2]);
    net.length.push_back(v[3]);
    net.free_flow_time.push_back(v[4]);
    net.b.push_back(v[5]);
    net.power.push_back(v[6]);
    net.toll.push_back(v[8]);
    net.link_type.push_back(static_cast<int>(v[9]));
  }
  if (net.link_count() != declared_links)
    return report.fail(TntpErrorKind::CountMismatch, cursor.line_number(),
                       "<NUMBER OF LINKS> is " + std::to_string(declared_links) + " but the file has " +
                           std::to_string(net.link_count()) + " link rows");
  return true;
}

}  // namespace

TntpNetworkRead read_tntp_network(std::istream& in, const std::string& name) {
  TntpNetworkRead out;
  Reporter report{name, out.error};
  LineCursor cursor(in);
  std::vector<MetaTag> tags = {{"NUMBER OF ZONES", true, true},
                               {"NUMBER OF NODES", true, true},
                               {"FIRST THRU NODE", true, false},
                               {"NUMBER OF LINKS", true, true}};
  if (!read_metadata(cursor, report, tags)) return out;
  RoadAssignmentNetwork& net = out.network;
  net.zone_count = static_cast<std::uint32_t>(tags[0].value);
  net.node_count = static_cast<std::uint32_t>(tags[1].value);
  if (net.zone_count > net.node_count) {
    report.fail(TntpErrorKind::BadMetadata, tags[0].line, "more zones than <NUMBER OF NODES>");
    return out;
  }
  const std::uint32_t first_thru = tags[2].seen ? static_cast<std::uint32_t>(tags[2].value) : 1;
  if (first_thru < 1 || first_thru > net.node_count + 1) {
    report.fail(TntpErrorKind::BadMetadata, tags[2].line, "<FIRST THRU NODE> must be 1..nodes+1");
    return out;
  }
  net.first_thru_node = first_thru - 1;
  const auto links = static_cast<std::uint32_t>(tags[3].value);
  if (!read_network_body(cursor, report, net, links)) out.network = RoadAssignmentNetwork{};
  return out;
}

TntpTripsRead read_tntp_trips(std::istream& in, const std::string& name, std::uint32_t expected_zone_count) {
  TntpTripsRead out;
  Reporter report{name, out.error};
  LineCursor cursor(in);
  std::vector<MetaTag> tags = {{"NUMBER OF ZONES", true, true}, {"TOTAL OD FLOW", false, false}};
  if (!read_metadata(cursor, report, tags)) return out;
  const auto zones = static_cast<std::uint32_t>(tags[0].value);
  if (expected_zone_count != 0 && zones != expected_zone_count) {
    report.fail(TntpErrorKind::CountMismatch, tags[0].line,
                "<NUMBER OF ZONES> is " + std::to_string(zones) + " but the network has " +
                    std::to_string(expected_zone_count));
    return out;
  }
  if (zones > kMaxTripZones) {
    report.fail(TntpErrorKind::BadMetadata, tags[0].line,
                "<NUMBER OF ZONES> " + std::to_string(zones) + " is more than " + std::to_string(kMaxTripZones) +
                    ", the most a dense trip table is read for");
    return out;
  }
  out.total_od_flow = tags[1].value;
  out.demand.zone_count = zones;
  out.demand.trips.assign(static_cast<std::uint64_t>(zones) * zones, 0.0);
  std::vector<std::uint8_t> seen(out.demand.trips.size(), 0);
  std::int64_t origin = -1;
  std::string_view line;
  std::vector<std::string_view> fields;
  auto fail = [&](TntpErrorKind kind, std::string message) {
    report.fail(kind, cursor.line_number(), std::move(message));
    out.demand = OdMatrix{};
    return out;
  };
  while (cursor.next(line)) {
    if (line.empty()) continue;
    if (line.substr(0, 6) == "Origin") {
      split_fields(line, fields);
      double o = 0;
      if (fields.size() != 2) return fail(TntpErrorKind::WrongColumnCount, "expected 'Origin N'");
      if (!parse_number(fields[1], o)) return fail(TntpErrorKind::NotANumber, "origin is not a number");
      if (!(o >= 1.0 && o <= zones && o == std::floor(o)))
        return fail(TntpErrorKind::NodeOutOfRange, "origin " + std::string(fields[1]) + " is not a zone 1.." +
                                                       std::to_string(zones));
      origin = static_cast<std::int64_t>(o) - 1;
      continue;
    }
    if (origin < 0) return fail(TntpErrorKind::Syntax, "destination entries before any 'Origin' line");
    // Entries "d : v;" — split on ';', then on ':'.
    std::size_t at = 0;
    while (at < line.size()) {
      std::size_t semi = line.find(';', at);
      if (semi == std::string_view::npos) semi = line.size();
      const std::string_view entry = LineCursor::trim(line.substr(at, semi - at));
      at = semi + 1;
      if (entry.empty()) continue;
      const std::size_t colon = entry.find(':');
      if (colon == std::string_view::npos)
        return fail(TntpErrorKind::Syntax, "expected 'destination : trips;', got '" + std::string(entry) + "'");
      const std::string_view dest_text = LineCursor::trim(entry.substr(0, colon));
      const std::string_view trips_text = LineCursor::trim(entry.substr(colon + 1));
      double d = 0, trips = 0;
      if (!parse_number(dest_text, d)) return fail(TntpErrorKind::NotANumber, "destination is not a number: '" +
                                                                                  std::string(dest_text) + "'");
      if (!parse_number(trips_text, trips))
        return fail(TntpErrorKind::NotANumber, "trips is not a number: '" + std::string(trips_text) + "'");
      if (!(d >= 1.0 && d <= zones && d == std::floor(d)))
        return fail(TntpErrorKind::NodeOutOfRange, "destination " + std::string(dest_text) + " is not a zone 1.." +
                                                       std::to_string(zones));
      if (!(std::isfinite(trips) && trips >= 0.0))
        return fail(TntpErrorKind::InvalidValue, "trips must be finite and >= 0, got '" +
                                                     std::string(trips_text) + "'");
      const std::uint64_t cell = static_cast<std::uint64_t>(origin) * zones + static_cast<std::uint64_t>(d) - 1;
      if (seen[cell])
        return fail(TntpErrorKind::Syntax, "destination " + std::string(dest_text) + " given twice for origin " +
                                               std::to_string(origin + 1));
      seen[cell] = 1;
      out.demand.trips[cell] = trips;
    }
  }
  if (tags[1].seen) {
    double sum = 0.0;
    for (const double t : out.demand.trips) sum += t;
    if (std::fabs(sum - out.total_od_flow) > 1e-6 * std::max(1.0, std::fabs(out.total_od_flow))) {
      char buffer[160];
      std::snprintf(buffer, sizeof buffer, "<TOTAL OD FLOW> is %.10g but the entries sum to %.10g",
                    out.total_od_flow, sum);
      report.fail(TntpErrorKind::CountMismatch, tags[1].line, buffer);
      out.demand = OdMatrix{};
    }
  }
  return out;
}

TntpFlowsRead read_tntp_flows(std::istream& in, const std::string& name) {
  TntpFlowsRead out;
  Reporter report{name, out.error};
  LineCursor cursor(in);
  std::string_view line;
  std::vector<std::string_view> fields;
  bool header_done = false;
  while (cursor.next(line)) {
    if (line.empty()) continue;
    const int ln = cursor.line_number();
    split_fields(line, fields);
    if (!header_done) {
      header_done = true;
      if (!fields.empty() && fields[0] == "From") continue;  // the "From To Volume Cost" header
    }
    if (fields.size() != 4) {
      report.fail(TntpErrorKind::WrongColumnCount, ln, "expected 4 columns (From To Volume Cost), got " +
                                                           std::to_string(fields.size()));
      out.rows.clear();
      return out;
    }
    double v[4];
    for (int c = 0; c < 4; ++c) {
      if (!parse_number(fields[c], v[c])) {
        report.fail(TntpErrorKind::NotANumber, ln, "not a number: '" + std::string(fields[c]) + "'");
        out.rows.clear();
        return out;
      }
    }
    for (int c = 0; c < 2; ++c) {
      if (!(v[c] >= 1.0 && v[c] <= 4.0e9 && v[c] == std::floor(v[c]))) {
        report.fail(TntpErrorKind::NodeOutOfRange, ln, "node id must be a positive integer, got '" +
                                                           std::string(fields[c]) + "'");
        out.rows.clear();
        return out;
      }
    }
    if (!(std::isfinite(v[2]) && v[2] >= 0.0 && std::isfinite(v[3]))) {
      report.fail(TntpErrorKind::InvalidValue, ln, "volume must be finite and >= 0, cost finite");
      out.rows.clear();
      return out;
    }
    out.rows.push_back({static_cast<std::uint32_t>(v[0]) - 1, static_cast<std::uint32_t>(v[1]) - 1, v[2], v[3]});
  }
  return out;
}

void write_tntp_flows(std::ostream& out, const RoadAssignmentNetwork& network, const std::vector<double>& link_flow,
                      const std::vector<double>& link_cost) {
  out << "From \tTo \tVolume \tCost \n";
  char buffer[128];
  for (std::uint32_t a = 0; a < network.link_count(); ++a) {
    std::snprintf(buffer, sizeof buffer, "%u \t%u \t%.17g \t%.17g \n", network.link_from[a] + 1,
                  network.link_to[a] + 1, link_flow[a], link_cost[a]);
    out << buffer;
  }
}

}  // namespace twin::transport
