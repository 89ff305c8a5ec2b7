// First step of the OSM XML reader (osm_reader.hpp): the file's bytes → its nodes, ways and relations
// as plain records (ids, coordinates, node refs, members, tags), with pugixml. Checks the file as a
// whole (size, well-formed XML, <osm> root) and each element (id, lat/lon); the reader then turns the
// records into features.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/feature.hpp"
#include "geo/osm_multipolygon.hpp"
#include "geo/osm_tags.hpp"

namespace geo {

struct OsmNode {
  std::int64_t id = 0;
  Point lon_lat;             // x = lon, y = lat, degrees, finite and in range
  std::uint32_t index = 0;   // position among the file's nodes, ways and relations
  OsmTags tags;
};

struct OsmWay {
  std::int64_t id = 0;
  std::uint32_t index = 0;
  OsmNodeIds refs;           // as in the file; a ref that is not an integer is kept as kNoNodeId
  OsmTags tags;
};

// A node id no node has: stands for an <nd> whose ref is not an integer (then "not in the file").
inline constexpr std::int64_t kNoNodeId = INT64_MIN;

struct OsmMember {
  enum class Type : std::uint8_t { Node, Way, Relation };
  Type type = Type::Way;
  std::int64_t ref = 0;
  std::string role;
};

struct OsmRelation {
  std::int64_t id = 0;
  std::uint32_t index = 0;
  std::vector<OsmMember> members;
  OsmTags tags;
};

struct OsmElements {
  // Elements that could be read, the first of each id, in file order.
  std::vector<OsmNode> nodes;
  std::vector<OsmWay> ways;
  std::vector<OsmRelation> relations;
  // What the file held.
  std::uint64_t node_elements = 0;
  std::uint64_t way_elements = 0;
  std::uint64_t relation_elements = 0;
  std::uint64_t duplicate_ids = 0;       // elements whose id was already seen (warned, first kept)
  std::uint64_t other_elements = 0;      // children of <osm> not read (warned)
  std::uint64_t unreadable_elements = 0; // nodes/ways/relations with an error (bad id, lat, lon)
};

// Parses the file. Returns false when the file as a whole cannot be read (then out->file_ok is false
// and out->errors says why); element problems go to out->errors / out->warnings and parsing goes on.
bool parse_osm_elements(std::string_view bytes, const std::string& file, OsmElements* elements,
                        LayerRead* out);

// 1-based line of a byte offset (for parse errors); offsets past the end give the last line.
std::uint64_t line_of_offset(std::string_view bytes, std::uint64_t offset);

}  // namespace geo
