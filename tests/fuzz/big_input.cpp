// Huge-input check: builds a plausible input of about MEGABYTES from a real file (its header, then
// its body repeated), hands it to a reader and checks that the reader either refuses it with an
// error that mentions the size, or reads it (with or without errors) while the process's peak
// resident memory stays under RSS_LIMIT_MB. Run by scripts/fuzz.sh with 100 MB inputs.
//   big_input READER SEED_FILE MEGABYTES RSS_LIMIT_MB
// READER: epw, tntp_network, tntp_trips, tntp_flows, scenario_json, building_spec_json; with the geo
// readers built (CT_FUZZ_GEO) also osm_xml and geojson.
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/building_spec_json.hpp"
#include "cli/scenario_json.hpp"
#include "twin/climate/epw_reader.hpp"
#include "twin/transport/tntp_reader.hpp"
#ifdef CT_FUZZ_GEO
#include "geo/geojson_reader.hpp"
#include "geo/osm_reader.hpp"
#endif

namespace {

struct Outcome {
  bool ok = false;
  std::string first_error;  // empty when ok
  std::string summary;      // what was read
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The text up to and including the first line containing `marker` (or, with no marker, the first
// `header_lines` lines), and the rest.
std::pair<std::string, std::string> split_after_line(const std::string& text, std::size_t header_lines,
                                                     std::string_view marker) {
  std::size_t at = 0;
  for (std::size_t line = 0; at < text.size(); ++line) {
    std::size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    const std::string_view l(text.data() + at, end - at);
    at = end;
    if (marker.empty() ? line + 1 == header_lines : l.find(marker) != std::string_view::npos) break;
  }
  return {text.substr(0, at), text.substr(at)};
}

std::string repeat_to(std::string head, const std::string& body, const std::string& separator,
                      const std::string& tail, std::size_t bytes) {
  if (body.empty()) return head + tail;
  head.reserve(bytes + body.size() + tail.size());
  bool first = true;
  while (head.size() + tail.size() < bytes) {
    if (!first) head += separator;
    head += body;
    first = false;
  }
  return head + tail;
}

// A plausible huge input of `bytes` for `reader`, from the real file `seed`.
std::string make_input(const std::string& reader, const std::string& seed, std::size_t bytes) {
  if (reader == "epw") {
    auto [head, body] = split_after_line(seed, 8, {});
    return repeat_to(head, body, "", "", bytes);
  }
  if (reader == "tntp_network" || reader == "tntp_trips") {
    auto [head, body] = split_after_line(seed, 0, "<END OF METADATA>");
    return repeat_to(head, body, "\n", "", bytes);
  }
  if (reader == "tntp_flows") {
    auto [head, body] = split_after_line(seed, 1, {});
    return repeat_to(head, body, "", "", bytes);
  }
  if (reader == "scenario_json") {  // many new transit lines of two stops each
    const std::size_t close = seed.rfind('}');
    const std::string line =
        R"({"name": "L", "mode": "bus", "headway_min": 10, "opening_year": 2030, "stops": [)"
        R"({"name": "a", "x_m": 0, "y_m": 0}, {"name": "b", "x_m": 500, "y_m": 0}]})";
    return repeat_to(seed.substr(0, close) + R"(, "new_lines": [)", line, ", ", "]}", bytes);
  }
  if (reader == "building_spec_json") {  // many tiny windows before the file's own
    const std::size_t open = seed.find('[', seed.find("\"windows\""));
    const std::size_t glazing_at = seed.find("\"glazing\"", open);
    const std::size_t q1 = seed.find('"', seed.find(':', glazing_at));
    const std::string glazing = seed.substr(q1, seed.find('"', q1 + 1) - q1 + 1);
    const std::string window = R"({"facade": "east", "width_m": 1e-9, "height_m": 1e-9, "glazing": )" + glazing + "}";
    return repeat_to(seed.substr(0, open + 1), window, ", ", ", " + seed.substr(open + 1), bytes);
  }
  if (reader == "osm_xml") {  // the elements repeated (ids repeat: the reader must cope)
    const std::size_t first = seed.find("<node");
    const std::size_t end = seed.rfind("</osm>");
    return repeat_to(seed.substr(0, first), seed.substr(first, end - first), "", seed.substr(end), bytes);
  }
  if (reader == "geojson") {  // the features repeated
    const std::size_t open = seed.find('[', seed.find("\"features\""));
    const std::size_t close = seed.rfind(']');
    return repeat_to(seed.substr(0, open + 1), seed.substr(open + 1, close - open - 1), ",", seed.substr(close), bytes);
  }
  return {};
}

Outcome run(const std::string& reader, const std::string& input) {
  Outcome o;
  if (reader == "epw") {
    const auto r = twin::climate::parse_epw(input, "big.epw");
    o.ok = r.ok();
    if (!r.ok()) o.first_error = twin::climate::to_string(r.errors.front(), "big.epw");
    o.summary = std::to_string(r.weather.hours()) + " hours, " + std::to_string(r.errors.size()) + " errors";
    return o;
  }
  if (reader == "tntp_network" || reader == "tntp_trips" || reader == "tntp_flows") {
    std::istringstream in(input);
    twin::transport::TntpError error;
    if (reader == "tntp_network") {
      const auto r = twin::transport::read_tntp_network(in, "big_net.tntp");
      error = r.error;
      o.summary = std::to_string(r.network.link_count()) + " links";
    } else if (reader == "tntp_trips") {
      const auto r = twin::transport::read_tntp_trips(in, "big_trips.tntp");
      error = r.error;
      o.summary = std::to_string(r.demand.zone_count) + " zones";
    } else {
      const auto r = twin::transport::read_tntp_flows(in, "big_flow.tntp");
      error = r.error;
      o.summary = std::to_string(r.rows.size()) + " rows";
    }
    o.ok = error.ok();
    if (!o.ok) o.first_error = error.to_string();
    return o;
  }
  if (reader == "scenario_json") {
    twin::pathway::Scenario scenario;
    std::vector<std::string> errors;
    o.ok = cli::scenario_from_json(input, &scenario, &errors);
    if (!o.ok) o.first_error = errors.front();
    o.summary = std::to_string(scenario.new_lines.size()) + " new lines";
    return o;
  }
  if (reader == "building_spec_json") {
    const auto r = cli::parse_building_spec_json(input);
    o.ok = r.ok();
    if (!o.ok) o.first_error = r.errors.front();
    o.summary = std::to_string(r.spec.windows.size()) + " windows";
    return o;
  }
#ifdef CT_FUZZ_GEO
  if (reader == "osm_xml" || reader == "geojson") {
    const geo::LayerRead r =
        reader == "osm_xml" ? geo::read_osm_xml(input, "big.osm") : geo::read_geojson(input, "big.geojson");
    o.ok = r.file_ok && r.errors.empty();
    if (!o.ok) o.first_error = r.errors.empty() ? "file not read" : geo::to_string(r.errors.front());
    o.summary = std::to_string(r.features.size()) + " features, " + std::to_string(r.errors.size()) + " errors, " +
                std::to_string(r.warnings.size()) + " warnings";
    return o;
  }
#endif
  o.first_error = "unknown reader";
  return o;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: big_input READER SEED_FILE MEGABYTES RSS_LIMIT_MB\n");
    return 2;
  }
  const std::string reader = argv[1];
  const std::string seed = read_file(argv[2]);
  const auto bytes = static_cast<std::size_t>(std::atof(argv[3]) * 1e6);
  const double limit_mb = std::atof(argv[4]);
  std::string input = make_input(reader, seed, bytes);
  if (seed.empty() || input.size() < bytes) {
    std::fprintf(stderr, "big_input %s: cannot build an input from '%s'\n", reader.c_str(), argv[2]);
    return 2;
  }
  const double before_mb = peak_rss_mb();
  const Outcome o = run(reader, input);
  const double peak_mb = peak_rss_mb();
  const bool refused_for_size = !o.ok && (o.first_error.find("byte") != std::string::npos ||
                                          o.first_error.find("too large") != std::string::npos ||
                                          o.first_error.find("lines") != std::string::npos);
  std::printf("%s: %.1f MB input -> %s (%s%s%s); peak RSS %.0f MB (%.0f MB before reading, limit %.0f MB)\n",
              reader.c_str(), static_cast<double>(input.size()) / 1e6,
              o.ok ? "read" : refused_for_size ? "refused for its size" : "read with errors", o.summary.c_str(),
              o.ok ? "" : "; first error: ", o.first_error.substr(0, 200).c_str(), peak_mb, before_mb, limit_mb);
  return peak_mb <= limit_mb ? 0 : 1;
}
