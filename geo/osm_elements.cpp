// OSM XML → node, way and relation records (osm_elements.hpp). Element format: OSM wiki, OSM XML and
// API v0.6 ("Elements": node id/lat/lon, way <nd ref>, relation <member type ref role>, <tag k v>).
#include "geo/osm_elements.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_set>

#include <pugixml.hpp>

#include "geo/number_text.hpp"

namespace geo {
namespace {

std::optional<std::int64_t> parse_int64(std::string_view s) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<double> parse_double(std::string_view s) {
  double v = 0.0;
  const auto [end, ec] = double_from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// A value quoted for a message, cut short so a hostile file cannot make messages huge.
std::string quoted(std::string_view s) {
  constexpr std::size_t kMaxShown = 40;
  if (s.size() <= kMaxShown) return "\"" + std::string(s) + "\"";
  return "\"" + std::string(s.substr(0, kMaxShown)) + "…\"";
}

class ElementParser {
 public:
  ElementParser(const std::string& file, OsmElements* elements, LayerRead* out)
      : file_(file), el_(elements), out_(out) {}

  void element(const pugi::xml_node& e) {
    const std::string_view name = e.name();
    if (name == "node") {
      ++el_->node_elements;
      node(e, seq_++);
    } else if (name == "way") {
      ++el_->way_elements;
      way(e, seq_++);
    } else if (name == "relation") {
      ++el_->relation_elements;
      relation(e, seq_++);
    } else if (name != "bounds" && name != "note" && name != "meta") {
      ++el_->other_elements;
      ++other_names_[std::string(name)];
    }
  }

  void finish() {
    for (const auto& [name, n] : other_names_)
      warn("", std::to_string(n) + " <" + name + "> element(s) are not OSM map data (node, way, relation); not read");
  }

 private:
  void error(const std::string& place, const std::string& message) { out_->errors.push_back({file_, place, message}); }
  void warn(const std::string& place, const std::string& message) { out_->warnings.push_back({file_, place, message}); }

  // The element's id, or nullopt after an error; also rejects a repeated id (warning, first kept).
  std::optional<std::int64_t> id_of(const pugi::xml_node& e, const char* kind, std::uint32_t index,
                                    std::unordered_set<std::int64_t>* seen) {
    const std::string_view text = e.attribute("id").value();
    const auto id = parse_int64(text);
    if (!id) {
      ++el_->unreadable_elements;
      error("element " + std::to_string(index), std::string(kind) + " without an integer id (" + quoted(text) + "); skipped");
      return std::nullopt;
    }
    if (!seen->insert(*id).second) {
      ++el_->duplicate_ids;
      warn(std::string(kind) + " " + std::to_string(*id),
           std::string("a second ") + kind + " with this id (element " + std::to_string(index) + ") ignored; the first is kept");
      return std::nullopt;
    }
    return id;
  }

  void tag(const pugi::xml_node& t, const std::string& place, OsmTags* tags) {
    const std::string_view k = t.attribute("k").value();
    if (k.empty()) {
      warn(place, "a <tag> without a key (v=" + quoted(t.attribute("v").value()) + ") ignored");
      return;
    }
    tags->emplace_back(std::string(k), t.attribute("v").value());
  }

  // lat/lon must be numbers within the WGS84 ranges (OSM wiki, Node: lat −90…90, lon −180…180).
  std::optional<double> coordinate(const pugi::xml_node& e, const char* name, double limit, const std::string& place) {
    const pugi::xml_attribute a = e.attribute(name);
    if (!a) {
      error(place, std::string("no ") + name + " attribute; node skipped");
      return std::nullopt;
    }
    const auto v = parse_double(a.value());
    if (!v) {
      error(place, std::string(name) + " " + quoted(a.value()) + " is not a finite number; node skipped");
      return std::nullopt;
    }
    if (std::abs(*v) > limit) {
      error(place, std::string(name) + " " + quoted(a.value()) + " is outside -" + std::to_string(static_cast<int>(limit)) +
                       "…" + std::to_string(static_cast<int>(limit)) + "; node skipped");
      return std::nullopt;
    }
    return v;
  }

  void node(const pugi::xml_node& e, std::uint32_t index) {
    const auto id = id_of(e, "node", index, &node_ids_);
    if (!id) return;
    const std::string place = "node " + std::to_string(*id);
    const auto lat = coordinate(e, "lat", 90.0, place);
    const auto lon = coordinate(e, "lon", 180.0, place);
    if (!lat || !lon) {
      ++el_->unreadable_elements;
      return;
    }
    OsmNode n;
    n.id = *id;
    n.lon_lat = {*lon, *lat};
    n.index = index;
    for (const pugi::xml_node& c : e.children("tag")) tag(c, place, &n.tags);
    el_->nodes.push_back(std::move(n));
  }

  void way(const pugi::xml_node& e, std::uint32_t index) {
    const auto id = id_of(e, "way", index, &way_ids_);
    if (!id) return;
    const std::string place = "way " + std::to_string(*id);
    OsmWay w;
    w.id = *id;
    w.index = index;
    for (const pugi::xml_node& c : e.children()) {
      const std::string_view name = c.name();
      if (name == "nd") {
        const auto ref = parse_int64(c.attribute("ref").value());
        if (!ref) warn(place, "<nd> ref " + quoted(c.attribute("ref").value()) + " is not an integer; counted as a node not in the file");
        w.refs.push_back(ref ? *ref : kNoNodeId);
      } else if (name == "tag") {
        tag(c, place, &w.tags);
      }
    }
    el_->ways.push_back(std::move(w));
  }

  void relation(const pugi::xml_node& e, std::uint32_t index) {
    const auto id = id_of(e, "relation", index, &relation_ids_);
    if (!id) return;
    const std::string place = "relation " + std::to_string(*id);
    OsmRelation r;
    r.id = *id;
    r.index = index;
    for (const pugi::xml_node& c : e.children()) {
      const std::string_view name = c.name();
      if (name == "tag") {
        tag(c, place, &r.tags);
      } else if (name == "member") {
        const std::string_view type = c.attribute("type").value();
        const auto ref = parse_int64(c.attribute("ref").value());
        OsmMember m;
        if (type == "node") m.type = OsmMember::Type::Node;
        else if (type == "way") m.type = OsmMember::Type::Way;
        else if (type == "relation") m.type = OsmMember::Type::Relation;
        else {
          warn(place, "member of type " + quoted(type) + " ignored (node, way or relation expected)");
          continue;
        }
        if (!ref) {
          warn(place, "member ref " + quoted(c.attribute("ref").value()) + " is not an integer; member ignored");
          continue;
        }
        m.ref = *ref;
        m.role = c.attribute("role").value();
        r.members.push_back(std::move(m));
      }
    }
    el_->relations.push_back(std::move(r));
  }

  const std::string& file_;
  OsmElements* el_;
  LayerRead* out_;
  std::uint32_t seq_ = 0;
  std::unordered_set<std::int64_t> node_ids_, way_ids_, relation_ids_;
  std::map<std::string, std::uint64_t> other_names_;  // ordered: warnings in a fixed order
};

void file_error(LayerRead* out, const std::string& file, const std::string& message) {
  out->file_ok = false;
  out->errors.push_back({file, "", message});
}

}  // namespace

std::uint64_t line_of_offset(std::string_view bytes, std::uint64_t offset) {
  const std::size_t end = static_cast<std::size_t>(std::min<std::uint64_t>(offset, bytes.size()));
  return 1 + static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

bool parse_osm_elements(std::string_view bytes, const std::string& file, OsmElements* elements, LayerRead* out) {
  if (bytes.size() > kMaxInputBytes) {
    file_error(out, file, "file of " + std::to_string(bytes.size()) + " bytes is larger than the " +
                              std::to_string(kMaxInputBytes) + "-byte limit; not read");
    return false;
  }
  if (bytes.empty()) {
    file_error(out, file, "empty file (0 bytes); not read");
    return false;
  }
  pugi::xml_document doc;
  pugi::xml_parse_result result;
  try {
    result = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
  } catch (const std::exception& e) {  // pugixml reports out of memory this way when built with exceptions
    file_error(out, file, std::string("XML parser failed: ") + e.what());
    return false;
  }
  if (!result) {
    const auto offset = static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(result.offset, 0));
    file_error(out, file, std::string("not well-formed XML: ") + result.description() + " at byte " +
                              std::to_string(offset) + " (line " + std::to_string(line_of_offset(bytes, offset)) + ")");
    return false;
  }
  const pugi::xml_node root = doc.document_element();
  if (std::string_view(root.name()) != "osm") {
    file_error(out, file, "root element is <" + std::string(root.name()) + ">, not <osm>: not an OSM XML file");
    return false;
  }
  ElementParser parser(file, elements, out);
  for (const pugi::xml_node& e : root.children())
    if (e.type() == pugi::node_element) parser.element(e);
  parser.finish();
  return true;
}

}  // namespace geo
