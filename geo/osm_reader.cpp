// OSM XML reader (osm_reader.hpp): records from osm_elements → features. Relations are read first so
// that the ways they consume (untagged members, a building relation's tagged outer way) are known
// before the ways are turned into features; features are then put back in file order.
#include "geo/osm_reader.hpp"

#include <algorithm>
#include <new>
#include <unordered_map>

#include "geo/osm_elements.hpp"
#include "geo/osm_multipolygon.hpp"
#include "geo/osm_tags.hpp"

namespace geo {
namespace {

enum class WayClass : std::uint8_t { Building, BuildingPart, Road, Path, Rail, Ground, HighwayArea, Other };

// Closed in the sense of an area: first ref == last ref and at least 3 corners (4 refs).
bool is_closed(const OsmNodeIds& refs) { return refs.size() >= 4 && refs.front() == refs.back(); }

WayClass classify_way(const OsmWay& w) {
  const bool closed = is_closed(w.refs);
  if (has_building_tag(w.tags)) return WayClass::Building;
  if (has_building_part_tag(w.tags)) return WayClass::BuildingPart;
  if (const std::string* h = osm_tag(w.tags, "highway")) {
    const std::string* area = osm_tag(w.tags, "area");
    if (closed && area != nullptr && *area == "yes") return WayClass::HighwayArea;
    return is_drivable_highway(*h) ? WayClass::Road : WayClass::Path;
  }
  if (const std::string* r = osm_tag(w.tags, "railway"); r != nullptr && is_rail_line(*r)) return WayClass::Rail;
  if (closed && has_ground_tag(w.tags)) return WayClass::Ground;
  return WayClass::Other;
}

struct Tally {
  std::uint64_t buildings = 0, building_parts = 0, roads = 0, paths = 0, rails = 0, stations = 0;
  std::uint64_t ground_areas = 0, highway_areas = 0, others = 0;
  std::uint64_t incomplete_relations = 0, incomplete_ways = 0, ways_skipped = 0, relations_skipped = 0;
  std::uint64_t relations_other_types = 0, untagged_member_ways = 0;
};

// "1, 2, 3" — at most kMaxListed ids, then "… (N in all)".
std::string id_list(const std::vector<std::int64_t>& ids) {
  constexpr std::size_t kMaxListed = 10;
  std::string s;
  for (std::size_t i = 0; i < ids.size() && i < kMaxListed; ++i) s += (i ? ", " : "") + std::to_string(ids[i]);
  if (ids.size() > kMaxListed) s += ", … (" + std::to_string(ids.size()) + " in all)";
  return s;
}

class LayerBuilder {
 public:
  LayerBuilder(const OsmElements& el, LayerRead* out) : el_(el), out_(out) {}

  void run() {
    node_pos_.reserve(el_.nodes.size());
    for (std::size_t i = 0; i < el_.nodes.size(); ++i) node_pos_.emplace(el_.nodes[i].id, i);
    way_pos_.reserve(el_.ways.size());
    for (std::size_t i = 0; i < el_.ways.size(); ++i) way_pos_.emplace(el_.ways[i].id, i);
    way_class_.reserve(el_.ways.size());
    for (const OsmWay& w : el_.ways) way_class_.push_back(classify_way(w));
    in_multipolygon_.assign(el_.ways.size(), false);
    in_building_relation_.assign(el_.ways.size(), 0);

    for (const OsmRelation& r : el_.relations) relation(r);
    for (const OsmNode& n : el_.nodes) node(n);
    for (std::size_t i = 0; i < el_.ways.size(); ++i) way(i);
    std::sort(out_->features.begin(), out_->features.end(),
              [](const Feature& a, const Feature& b) { return a.index < b.index; });
    write_counts();
  }

 private:
  void error(const std::string& place, const std::string& message) { out_->errors.push_back({out_->file, place, message}); }
  void warn(const std::string& place, const std::string& message) { out_->warnings.push_back({out_->file, place, message}); }

  const Point* node_at(std::int64_t id) const {
    const auto it = node_pos_.find(id);
    return it == node_pos_.end() ? nullptr : &el_.nodes[it->second].lon_lat;
  }

  static Feature base(const char* type, std::int64_t id, std::uint32_t index, const OsmTags& tags) {
    Feature f;
    f.id = std::string(type) + "/" + std::to_string(id);
    f.index = index;
    f.attributes = tags;
    f.attributes.emplace_back("osm_id", std::to_string(id));
    return f;
  }

  void node(const OsmNode& n) {
    const bool station = is_station_node(n.tags);
    if (!station && is_untagged(n.tags)) return;  // a way's vertex, not a feature of its own
    Feature f = base("node", n.id, n.index, n.tags);
    f.kind = station ? FeatureKind::Station : FeatureKind::Other;
    f.points.push_back(n.lon_lat);
    ++(station ? tally_.stations : tally_.others);
    out_->features.push_back(std::move(f));
  }

  void way(std::size_t i) {
    const OsmWay& w = el_.ways[i];
    const WayClass c = way_class_[i];
    const std::string place = "way " + std::to_string(w.id);
    const std::size_t n = w.refs.size();
    if (n < 2) {
      error(place, "has " + std::to_string(n) + " node(s); a way needs at least 2; skipped");
      ++tally_.ways_skipped;
      return;
    }
    if (in_building_relation_[i] != 0) return;  // warned when the relation was read
    if (in_multipolygon_[i] && is_untagged(w.tags)) {
      ++tally_.untagged_member_ways;
      return;
    }
    if (c == WayClass::Building && !is_closed(w.refs)) {
      error(place, w.refs.front() == w.refs.back()
                       ? "building way is closed with only " + std::to_string(n) + " nodes; a footprint needs 3 corners; skipped"
                       : "building way is not closed (first node " + std::to_string(w.refs.front()) + ", last node " +
                             std::to_string(w.refs.back()) + "); footprint skipped");
      ++tally_.ways_skipped;
      return;
    }
    const bool area = c == WayClass::Building || c == WayClass::Ground || c == WayClass::HighwayArea ||
                      ((c == WayClass::BuildingPart || c == WayClass::Other) && is_closed(w.refs));
    Feature f = base("way", w.id, w.index, w.tags);
    std::size_t missing = 0;
    if (area) {
      Ring ring;
      ring.reserve(n);
      for (std::int64_t ref : w.refs) {
        if (const Point* p = node_at(ref)) ring.push_back(*p);
        else ++missing;
      }
      if (missing > 0) {
        error(place, std::to_string(missing) + " of its " + std::to_string(n) + " nodes are not in the file; " +
                         (c == WayClass::Building ? "footprint" : "area") + " skipped");
        ++tally_.ways_skipped;
        return;
      }
      f.polygons.push_back({std::move(ring), {}});
    } else {
      // Each run of ≥ 2 consecutive present nodes is kept as its own line.
      std::vector<Point> run;
      auto close_run = [&] {
        if (run.size() >= 2) f.lines.push_back(std::move(run));
        run.clear();
      };
      for (std::int64_t ref : w.refs) {
        if (const Point* p = node_at(ref)) {
          run.push_back(*p);
        } else {
          ++missing;
          close_run();
        }
      }
      close_run();
      if (missing > 0 && f.lines.empty()) {
        error(place, std::to_string(missing) + " of its " + std::to_string(n) +
                         " nodes are not in the file and no two present nodes follow each other; line skipped");
        ++tally_.ways_skipped;
        return;
      }
      if (missing > 0) {
        warn(place, std::to_string(missing) + " of its " + std::to_string(n) + " nodes are not in the file; kept as " +
                        std::to_string(f.lines.size()) + " line piece(s) of the nodes present");
        ++tally_.incomplete_ways;
      }
    }
    switch (c) {
      case WayClass::Building: f.kind = FeatureKind::Building; ++tally_.buildings; break;
      case WayClass::BuildingPart: f.kind = FeatureKind::Other; ++tally_.building_parts; break;
      case WayClass::Road: f.kind = FeatureKind::Road; ++tally_.roads; break;
      case WayClass::Path:
        f.kind = FeatureKind::Path;
        ++tally_.paths;
        if (const std::string* h = osm_tag(w.tags, "highway"); !is_listed_non_drivable_highway(*h))
          warn(place, "highway=" + *h + " is on neither list of the OSM wiki's Key:highway page; read as a path");
        break;
      case WayClass::Rail: f.kind = FeatureKind::Rail; ++tally_.rails; break;
      case WayClass::Ground: f.kind = FeatureKind::Ground; ++tally_.ground_areas; break;
      case WayClass::HighwayArea: f.kind = FeatureKind::Other; ++tally_.highway_areas; break;
      case WayClass::Other: f.kind = FeatureKind::Other; ++tally_.others; break;
    }
    out_->features.push_back(std::move(f));
  }

  // Rings of node ids → point rings; counts the ids not in the file and the degenerate rings.
  std::vector<Ring> to_point_rings(const std::vector<OsmNodeIds>& rings, std::size_t* missing_nodes,
                                   std::size_t* degenerate) const {
    std::vector<Ring> out;
    for (const OsmNodeIds& ids : rings) {
      if (ids.size() < 4) {
        ++*degenerate;
        continue;
      }
      Ring ring;
      ring.reserve(ids.size());
      for (std::int64_t id : ids) {
        if (const Point* p = node_at(id)) ring.push_back(*p);
        else ++*missing_nodes;
      }
      if (ring.size() == ids.size()) out.push_back(std::move(ring));
    }
    return out;
  }

  void relation(const OsmRelation& r) {
    const std::string* type = osm_tag(r.tags, "type");
    if (type == nullptr || *type != "multipolygon") {
      ++tally_.relations_other_types;
      return;
    }
    const std::string place = "relation " + std::to_string(r.id);
    const FeatureKind kind = has_building_tag(r.tags) ? FeatureKind::Building
                             : has_ground_tag(r.tags) ? FeatureKind::Ground
                                                      : FeatureKind::Other;
    std::vector<OsmNodeIds> outer_ways, inner_ways;
    std::vector<std::size_t> outer_positions;
    std::vector<std::int64_t> missing_ways;
    std::size_t way_members = 0, no_role = 0, other_role = 0, not_ways = 0;
    for (const OsmMember& m : r.members) {
      if (m.type != OsmMember::Type::Way) {
        ++not_ways;
        continue;
      }
      const bool outer = m.role == "outer" || m.role.empty();
      if (!outer && m.role != "inner") {
        ++other_role;
        continue;
      }
      ++way_members;
      if (m.role.empty()) ++no_role;
      const auto it = way_pos_.find(m.ref);
      if (it == way_pos_.end()) {
        missing_ways.push_back(m.ref);
        continue;
      }
      in_multipolygon_[it->second] = true;
      if (outer) outer_positions.push_back(it->second);
      (outer ? outer_ways : inner_ways).push_back(el_.ways[it->second].refs);
    }
    if (no_role > 0) warn(place, std::to_string(no_role) + " member way(s) without a role read as outer");
    if (other_role > 0) warn(place, std::to_string(other_role) + " member way(s) with a role other than outer/inner ignored");
    if (not_ways > 0) warn(place, std::to_string(not_ways) + " member(s) that are not ways ignored: a multipolygon is made of ways");

    const JoinedRings outer_ids = join_rings(outer_ways);
    const JoinedRings inner_ids = join_rings(inner_ways);
    std::size_t missing_nodes = 0, degenerate = 0;
    const std::vector<Ring> outers = to_point_rings(outer_ids.rings, &missing_nodes, &degenerate);
    const std::vector<Ring> inners = to_point_rings(inner_ids.rings, &missing_nodes, &degenerate);
    const std::size_t open_chains = outer_ids.open_chains.size() + inner_ids.open_chains.size();
    if (!missing_ways.empty() || missing_nodes > 0) ++tally_.incomplete_relations;

    std::string missing_text;
    if (!missing_ways.empty())
      missing_text += "member way(s) not in the file: " + id_list(missing_ways) + " (" + std::to_string(missing_ways.size()) +
                      " of " + std::to_string(way_members) + ")";
    if (missing_nodes > 0)
      missing_text += std::string(missing_text.empty() ? "" : "; ") + std::to_string(missing_nodes) +
                      " node(s) of its rings not in the file";
    if (open_chains > 0 || missing_nodes > 0 || degenerate > 0) {
      std::string msg = "rings cannot be closed";
      if (open_chains > 0) {
        msg += " (" + std::to_string(open_chains) + " chain(s) of member ways left open:";
        for (const auto* chains : {&outer_ids.open_chains, &inner_ids.open_chains})
          for (const OsmNodeIds& ch : *chains) msg += " " + std::to_string(ch.front()) + "…" + std::to_string(ch.back());
        msg += ")";
      }
      if (degenerate > 0) msg += "; " + std::to_string(degenerate) + " ring(s) with fewer than 3 corners";
      if (!missing_text.empty()) msg += "; " + missing_text;
      error(place, msg + "; area skipped");
      ++tally_.relations_skipped;
      return;
    }
    if (outers.empty()) {
      error(place, "no outer ring (" + std::to_string(inners.size()) + " inner); area skipped");
      ++tally_.relations_skipped;
      return;
    }
    if (!missing_text.empty())
      warn(place, missing_text + "; its rings close without them, read from the members present");

    Feature f = base("relation", r.id, r.index, r.tags);
    f.kind = kind;
    for (const Ring& o : outers) f.polygons.push_back({o, {}});
    const std::vector<int> owner = assign_inner_rings(outers, inners);
    std::size_t orphans = 0;
    for (std::size_t i = 0; i < inners.size(); ++i) {
      if (owner[i] < 0) ++orphans;
      else f.polygons[static_cast<std::size_t>(owner[i])].holes.push_back(inners[i]);
    }
    if (orphans > 0) warn(place, std::to_string(orphans) + " inner ring(s) lie in no outer ring; left out");

    if (kind == FeatureKind::Building) {
      for (std::size_t pos : outer_positions) {
        if (way_class_[pos] != WayClass::Building || in_building_relation_[pos] != 0) continue;
        in_building_relation_[pos] = 1;
        warn("way " + std::to_string(el_.ways[pos].id),
             "tagged building=* and also the outer way of building relation " + std::to_string(r.id) +
                 "; read only as part of the relation");
      }
    }
    ++(kind == FeatureKind::Building ? tally_.buildings : kind == FeatureKind::Ground ? tally_.ground_areas : tally_.others);
    out_->features.push_back(std::move(f));
  }

  void write_counts() {
    out_->counts = {{"nodes", el_.node_elements},
                    {"ways", el_.way_elements},
                    {"relations", el_.relation_elements},
                    {"buildings", tally_.buildings},
                    {"building_parts", tally_.building_parts},
                    {"roads", tally_.roads},
                    {"paths", tally_.paths},
                    {"rails", tally_.rails},
                    {"stations", tally_.stations},
                    {"ground_areas", tally_.ground_areas},
                    {"highway_areas", tally_.highway_areas},
                    {"others", tally_.others},
                    {"incomplete_relations", tally_.incomplete_relations},
                    {"incomplete_ways", tally_.incomplete_ways},
                    {"ways_skipped", tally_.ways_skipped},
                    {"relations_skipped", tally_.relations_skipped},
                    {"relations_other_types", tally_.relations_other_types},
                    {"untagged_member_ways", tally_.untagged_member_ways},
                    {"duplicate_ids", el_.duplicate_ids},
                    {"other_elements", el_.other_elements}};
  }

  const OsmElements& el_;
  LayerRead* out_;
  Tally tally_;
  // Lookups only (never iterated), so hash maps keep the output deterministic.
  std::unordered_map<std::int64_t, std::size_t> node_pos_, way_pos_;
  std::vector<WayClass> way_class_;
  std::vector<bool> in_multipolygon_;
  std::vector<std::uint8_t> in_building_relation_;  // 1: a building relation's outer way, tagged building
};

}  // namespace

LayerRead read_osm_xml(std::string_view bytes, const std::string& file_name) {
  LayerRead out;
  out.file = file_name;
  out.crs = {DeclaredCrs::Source::Implicit, "EPSG:4326"};  // OSM stores WGS84 lon/lat (OSM wiki, Node)
  try {
    OsmElements elements;
    if (!parse_osm_elements(bytes, file_name, &elements, &out)) return out;
    LayerBuilder(elements, &out).run();
  } catch (const std::bad_alloc&) {
    out.file_ok = false;
    out.features.clear();
    out.errors.push_back({file_name, "", "out of memory while reading; not read"});
  } catch (const std::exception& e) {
    out.file_ok = false;
    out.errors.push_back({file_name, "", std::string("unexpected failure while reading: ") + e.what()});
  }
  return out;
}

}  // namespace geo
