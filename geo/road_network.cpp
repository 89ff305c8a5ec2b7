// Road network construction (road_network.hpp).
#include "geo/road_network.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <map>

#include "geo/road_classes.hpp"
#include "geo/road_scc.hpp"
#include "geo/road_snap.hpp"

namespace geo {
namespace {

std::string place_of(const Feature& f) {
  return "feature " + std::to_string(f.index) + (f.id.empty() ? "" : " (" + f.id + ")");
}

// One centre-line segment between two nodes, with the links drawn on it.
struct Segment {
  std::uint32_t row;  // index into road_class_rows()
  double length_m;
};

struct Draft {
  PointSnapper snapper{kSnapToleranceM};
  std::vector<Segment> segments;
  std::vector<std::uint32_t> link_segment;  // per link
  twin::RoadNetwork net;                    // node_xy filled at the end
};

void add_link(Draft* d, std::uint32_t from, std::uint32_t to, const RoadTags& t, std::uint8_t lanes,
              std::uint32_t segment) {
  d->net.link_from.push_back(from);
  d->net.link_to.push_back(to);
  d->net.link_class.push_back(t.row->twin_class);
  d->net.link_length_m.push_back(d->segments[segment].length_m);
  d->net.link_lanes.push_back(lanes);
  d->net.link_capacity_vph.push_back(lanes * t.row->capacity_pcu_per_lane_h);
  d->net.link_free_speed_kmh.push_back(t.free_speed_kmh);
  d->link_segment.push_back(segment);
}

bool usable(const Point& p) {
  return std::isfinite(p.x) && std::isfinite(p.y) && std::abs(p.x) <= PointSnapper::kMaxCoordinateM &&
         std::abs(p.y) <= PointSnapper::kMaxCoordinateM;
}

void add_line(Draft* d, const std::vector<Point>& line, const RoadTags& t, std::uint32_t row, RoadBuild* out) {
  auto snap = [&](const Point& v) {
    const std::size_t known = d->snapper.nodes().size();
    const std::uint32_t node = d->snapper.snap(v);
    const Point& q = d->snapper.nodes()[node];
    if (node < known && (q.x != v.x || q.y != v.y)) ++out->vertices_snapped;
    return node;
  };
  std::uint32_t prev = snap(line.front());
  for (std::size_t k = 1; k < line.size(); ++k) {
    const std::uint32_t node = snap(line[k]);
    const Point& q = d->snapper.nodes()[node];
    if (node == prev) {
      ++out->segments_zero_length;
      continue;
    }
    const Point& p = d->snapper.nodes()[prev];
    const auto segment = static_cast<std::uint32_t>(d->segments.size());
    d->segments.push_back(Segment{row, std::hypot(q.x - p.x, q.y - p.y)});
    if (t.direction != RoadDirection::Backward) add_link(d, prev, node, t, t.lanes_forward, segment);
    if (t.direction != RoadDirection::Forward) add_link(d, node, prev, t, t.lanes_backward, segment);
    prev = node;
  }
}

// Reads every Road feature into the draft; counts and reports the rest.
void read_roads(const std::vector<Feature>& features, const std::string& file, Draft* d, RoadBuild* out) {
  std::array<std::uint64_t, static_cast<std::size_t>(FeatureKind::Count)> other{};
  std::map<std::string, std::pair<std::uint32_t, std::string>> unclassified;  // value → lines, first place
  const auto rows = road_class_rows();
  for (const Feature& f : features) {
    if (f.kind != FeatureKind::Road) {
      if (static_cast<std::size_t>(f.kind) < other.size()) ++other[static_cast<std::size_t>(f.kind)];
      continue;
    }
    ++out->road_features;
    if (f.lines.empty()) {
      ++out->lines_invalid;
      out->errors.push_back(Issue{file, place_of(f), "a road without line geometry; not imported"});
      continue;
    }
    const RoadTags t = read_road_tags(f, file, &out->warnings);
    if (!t.row) {
      auto& [count, first] = unclassified[t.highway];
      if (count == 0) first = place_of(f);
      count += static_cast<std::uint32_t>(f.lines.size());
      out->lines_without_class += static_cast<std::uint32_t>(f.lines.size());
      continue;
    }
    const auto row = static_cast<std::uint32_t>(t.row - rows.data());
    for (std::size_t l = 0; l < f.lines.size(); ++l) {
      const std::vector<Point>& line = f.lines[l];
      const std::string where = place_of(f) + (f.lines.size() > 1 ? " line " + std::to_string(l) : "");
      std::size_t bad = line.size();
      for (std::size_t k = 0; k < line.size() && bad == line.size(); ++k)
        if (!usable(line[k])) bad = k;
      if (bad < line.size()) {
        ++out->lines_invalid;
        out->errors.push_back(Issue{file, where, "vertex " + std::to_string(bad) +
                                                     " is not a finite coordinate within 10,000 km of the city's "
                                                     "centre; line not imported"});
        continue;
      }
      if (line.size() < 2) {
        ++out->lines_invalid;
        out->errors.push_back(Issue{file, where, "a road line with fewer than 2 vertices; not imported"});
        continue;
      }
      add_line(d, line, t, row, out);
    }
  }
  for (const auto& [value, info] : unclassified)
    out->warnings.push_back(Issue{
        file, info.second,
        std::to_string(info.first) + " road line(s) with " +
            (value.empty() ? std::string("no highway or kind_detail attribute")
                           : "highway=\"" + value + "\", a class not in assets/geo/road_defaults.csv") +
            " (this is the first); not imported"});
  for (std::size_t k = 0; k < other.size(); ++k)
    if (other[k] > 0) out->features_not_roads.emplace_back(to_string(static_cast<FeatureKind>(k)), other[k]);
}

// Keeps the largest strongly connected component and fills the lengths of the report.
void keep_largest_component(Draft& d, const std::string& file, RoadBuild* out) {
  const auto rows = road_class_rows();
  const twin::RoadNetwork& all = d.net;
  const auto node_count = static_cast<std::uint32_t>(d.snapper.nodes().size());
  const SccResult scc = strongly_connected_components(node_count, all.link_from, all.link_to);
  const bool any = scc.largest_size >= 2;

  std::vector<std::uint32_t> new_id(node_count, UINT32_MAX);
  twin::RoadNetwork& net = out->network;
  for (std::uint32_t n = 0; n < node_count; ++n)
    if (any && scc.component[n] == scc.largest) {
      new_id[n] = net.node_count();
      const Point& p = d.snapper.nodes()[n];
      net.node_xy.push_back(twin::Vec2{p.x, p.y});
    }
  std::vector<bool> segment_kept(d.segments.size(), false);
  std::vector<bool> component_dropped(scc.count, false);
  for (std::uint32_t k = 0; k < all.link_count(); ++k) {
    const std::uint32_t a = all.link_from[k], b = all.link_to[k];
    if (new_id[a] == UINT32_MAX || new_id[b] == UINT32_MAX) {
      ++out->links_dropped_not_connected;
      component_dropped[scc.component[a]] = true;
      component_dropped[scc.component[b]] = true;
      continue;
    }
    net.link_from.push_back(new_id[a]);
    net.link_to.push_back(new_id[b]);
    net.link_class.push_back(all.link_class[k]);
    net.link_length_m.push_back(all.link_length_m[k]);
    net.link_lanes.push_back(all.link_lanes[k]);
    net.link_capacity_vph.push_back(all.link_capacity_vph[k]);
    net.link_free_speed_kmh.push_back(all.link_free_speed_kmh[k]);
    segment_kept[d.link_segment[k]] = true;
  }
  for (std::uint32_t c = 0; c < scc.count; ++c)
    if (component_dropped[c] && !(any && c == scc.largest)) ++out->components_dropped;
  out->links = net.link_count();
  out->nodes = net.node_count();

  std::vector<double> before_m(rows.size(), 0.0), after_m(rows.size(), 0.0);
  double dropped_m = 0.0;
  for (std::size_t s = 0; s < d.segments.size(); ++s) {
    const Segment& seg = d.segments[s];
    before_m[seg.row] += seg.length_m;
    if (segment_kept[s]) {
      after_m[seg.row] += seg.length_m;
      out->length_km_by_twin_class[static_cast<std::size_t>(rows[seg.row].twin_class)] += seg.length_m / 1000.0;
    } else {
      dropped_m += seg.length_m;
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (before_m[r] <= 0.0) continue;
    out->length_km_by_osm_class_before_scc.emplace_back(rows[r].osm_highway, before_m[r] / 1000.0);
    out->length_km_by_osm_class.emplace_back(rows[r].osm_highway, after_m[r] / 1000.0);
  }
  out->km_dropped_not_connected = dropped_m / 1000.0;

  if (all.link_count() == 0) {
    out->warnings.push_back(Issue{file, "", "no drivable road was imported: the city has no road network"});
  } else if (!any) {
    out->warnings.push_back(Issue{file, "", "no two road nodes reach each other both ways (every link one-way "
                                            "without a way back?): the city has no road network"});
  } else if (out->links_dropped_not_connected > 0) {
    char km[32];
    std::snprintf(km, sizeof km, "%.3f", out->km_dropped_not_connected);
    out->warnings.push_back(Issue{
        file, "", "kept the largest strongly connected part of the road network (" + std::to_string(out->links) +
                      " links, " + std::to_string(out->nodes) + " nodes); dropped " +
                      std::to_string(out->links_dropped_not_connected) + " links (" + km + " km of road) in " +
                      std::to_string(out->components_dropped) +
                      " part(s) that cannot be both reached from and left to it"});
  }
}

}  // namespace

RoadBuild build_road_network(const std::vector<Feature>& features, const std::string& file_name) {
  RoadBuild out;
  try {
    Draft d;
    read_roads(features, file_name, &d, &out);
    keep_largest_component(d, file_name, &out);
  } catch (const std::exception& e) {
    RoadBuild failed;
    failed.errors = std::move(out.errors);
    failed.warnings = std::move(out.warnings);
    failed.errors.push_back(Issue{file_name, "", std::string("road network not built: ") + e.what()});
    return failed;
  }
  return out;
}

}  // namespace geo
