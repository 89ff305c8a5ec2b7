#include "twin/city/road_grid.hpp"

#include <cmath>

namespace twin::citygen {
namespace {

constexpr int kNone = -1;

struct Edge {
  std::uint32_t a, b;  // lattice keys
  RoadClass road_class;
};

bool on_ring_side(const std::vector<Ring>& rings, int line, int along_step) {
  // Line `line` (lattice index) is one side of a ring, and `along_step` lies on that side's span.
  for (const Ring& r : rings) {
    const int lo = r.lo * kStepsPerSuperblock, hi = r.hi * kStepsPerSuperblock;
    if ((line == lo || line == hi) && along_step >= lo && along_step < hi) return true;
  }
  return false;
}

bool on_radial(const std::vector<Radial>& radials, int line, int along_step, bool vertical) {
  for (const Radial& r : radials) {
    if (r.vertical == vertical && line == r.line * kStepsPerSuperblock && along_step >= r.from * kStepsPerSuperblock &&
        along_step < r.to * kStepsPerSuperblock) {
      return true;
    }
  }
  return false;
}

// Class of the 250 m lattice edge that runs along lattice line `line` and starts at step `along`
// (the edge goes from `along` to `along + 1`), or kNone. Arterial lines carry a street where a
// neighbouring superblock is construction land or a rural village, or where the line is one of the
// 2 km rural arterials; collectors and local streets follow the superblock they cross.
int ground_class(const Lattice& L, const std::vector<Superblock>& plan, int line, int along, bool vertical) {
  const int n = L.superblocks;
  const int along_sb = along / kStepsPerSuperblock;
  if (line % kStepsPerSuperblock == 0) {
    const int k = line / kStepsPerSuperblock;
    if (rural_arterial_line(L, k)) return static_cast<int>(RoadClass::Arterial);
    for (int side = k - 1; side <= k; ++side) {
      if (side < 0 || side >= n) continue;
      const Superblock s = vertical ? plan[along_sb * n + side] : plan[side * n + along_sb];
      if (is_construction_land(s) || s == Superblock::RuralVillage) return static_cast<int>(RoadClass::Arterial);
    }
    return kNone;
  }
  const int across_sb = line / kStepsPerSuperblock;
  const int a = vertical ? across_sb : along_sb;
  const int b = vertical ? along_sb : across_sb;
  const StreetLevel level = street_level(plan[b * n + a]);
  const int offset = line % kStepsPerSuperblock;
  if (offset == 2 && level != StreetLevel::ArterialOnly) return static_cast<int>(RoadClass::Collector);
  if (offset != 2 && level == StreetLevel::Local) return static_cast<int>(RoadClass::Local);
  return kNone;
}

}  // namespace

RoadClassSpec road_class_spec(RoadClass road_class) {
  // Design speeds from GB/T 51328-2018 §12 / CJJ 37-2012 §3.2 (expressway 60–100, arterial 40–60,
  // collector 30–50, local 20–40 km/h). Capacities per lane: CJJ 37-2012 gives design capacities of
  // roughly 1,750 pcu/h/lane for an 80 km/h expressway section; signalised urban streets deliver
  // about half of a ~1,700–1,800 pcu/h saturation flow (green ratio ≈ 0.5), less on local streets.
  switch (road_class) {
    case RoadClass::Expressway: return {3, 1750.0, 80.0};
    case RoadClass::Arterial: return {3, 900.0, 50.0};
    case RoadClass::Collector: return {2, 800.0, 40.0};
    case RoadClass::Local: return {1, 600.0, 30.0};
    case RoadClass::Count: break;
  }
  return {1, 600.0, 30.0};
}

double red_line_half_width_m(RoadClass road_class) {
  // Red-line widths after GB/T 51328-2018 §12.4 and CJJ 37-2012: expressway corridors ~60 m with
  // side roads, arterials 40–60 m, collectors 30–40 m, local streets 15–20 m.
  switch (road_class) {
    case RoadClass::Expressway: return 30.0;
    case RoadClass::Arterial: return 25.0;
    case RoadClass::Collector: return 16.0;
    default: return 8.0;
  }
}

double building_setback_m(RoadClass road_class) {
  // Red-line half-widths (arterial 40–60 m, collector 30–40 m, local 15–20 m wide) plus a
  // building set-back of a few metres.
  switch (road_class) {
    case RoadClass::Expressway: return 45.0;
    case RoadClass::Arterial: return 30.0;
    case RoadClass::Collector: return 20.0;
    default: return 12.0;
  }
}

RoadGrid build_road_grid(const Lattice& L, const std::vector<Superblock>& plan, const River& river) {
  const int side = L.nodes_per_side();
  const int steps = side - 1;
  const std::vector<Ring> rings = expressway_rings(L);
  const std::vector<Radial> radials = expressway_radials(L);
  std::vector<Edge> edges;

  // Ground streets, 250 m edges. Sides of expressway rings carry no ground link along them (the
  // expressway runs there); streets crossing them pass underneath through the lattice node.
  for (int vertical = 0; vertical <= 1; ++vertical) {
    for (int line = 0; line <= steps; ++line) {
      for (int along = 0; along < steps; ++along) {
        if (on_ring_side(rings, line, along) || on_radial(radials, line, along, vertical == 1)) continue;
        const int cls = ground_class(L, plan, line, along, vertical == 1);
        if (cls == kNone) continue;
        const std::uint32_t a = vertical ? L.node_key(line, along) : L.node_key(along, line);
        const std::uint32_t b = vertical ? L.node_key(line, along + 1) : L.node_key(along + 1, line);
        edges.push_back({a, b, static_cast<RoadClass>(cls)});
      }
    }
  }
  // Expressway links join interchanges at arterial crossings, 1 km apart.
  for (const Ring& r : rings) {
    const int lo = r.lo * kStepsPerSuperblock, hi = r.hi * kStepsPerSuperblock;
    for (int s = lo; s < hi; s += kStepsPerSuperblock) {
      for (int line : {lo, hi}) {
        edges.push_back({L.node_key(s, line), L.node_key(s + kStepsPerSuperblock, line), RoadClass::Expressway});
        edges.push_back({L.node_key(line, s), L.node_key(line, s + kStepsPerSuperblock), RoadClass::Expressway});
      }
    }
  }

  for (const Radial& r : radials) {
    for (int s = r.from * kStepsPerSuperblock; s < r.to * kStepsPerSuperblock; s += kStepsPerSuperblock) {
      const int line = r.line * kStepsPerSuperblock;
      const std::uint32_t a = r.vertical ? L.node_key(line, s) : L.node_key(s, line);
      const std::uint32_t b = r.vertical ? L.node_key(line, s + kStepsPerSuperblock)
                                         : L.node_key(s + kStepsPerSuperblock, line);
      edges.push_back({a, b, RoadClass::Expressway});
    }
  }

  // The river: streets along or into the water are dropped; arterials and expressways crossing it
  // (north–south) are bridges.
  std::vector<Edge> kept;
  for (const Edge& e : edges) {
    const int ia = static_cast<int>(e.a % side), ja = static_cast<int>(e.a / side);
    const int ib = static_cast<int>(e.b % side), jb = static_cast<int>(e.b / side);
    const Rect seg{L.coord_m(ia), L.coord_m(ja), L.coord_m(ib), L.coord_m(jb)};
    if (river.clear_of(seg, 0.0)) {
      kept.push_back(e);
      continue;
    }
    const bool bridge = ia == ib && (e.road_class == RoadClass::Arterial || e.road_class == RoadClass::Expressway);
    if (bridge) kept.push_back(e);
  }

  // Largest connected component (breadth-first over the undirected edges).
  const std::uint32_t count = static_cast<std::uint32_t>(side * side);
  std::vector<std::uint32_t> adj_begin(count + 1, 0), adj;
  for (const Edge& e : kept) {
    ++adj_begin[e.a + 1];
    ++adj_begin[e.b + 1];
  }
  for (std::uint32_t k = 0; k < count; ++k) adj_begin[k + 1] += adj_begin[k];
  adj.resize(adj_begin[count]);
  std::vector<std::uint32_t> fill(adj_begin.begin(), adj_begin.end() - 1);
  for (const Edge& e : kept) {
    adj[fill[e.a]++] = e.b;
    adj[fill[e.b]++] = e.a;
  }
  std::vector<int> component(count, -1);
  std::vector<std::uint32_t> queue;
  int best = -1, components = 0;
  std::uint32_t best_size = 0;
  for (std::uint32_t s = 0; s < count; ++s) {
    if (component[s] != -1 || adj_begin[s] == adj_begin[s + 1]) continue;
    queue.assign(1, s);
    component[s] = components;
    for (std::size_t q = 0; q < queue.size(); ++q) {
      for (std::uint32_t k = adj_begin[queue[q]]; k < adj_begin[queue[q] + 1]; ++k) {
        if (component[adj[k]] == -1) {
          component[adj[k]] = components;
          queue.push_back(adj[k]);
        }
      }
    }
    if (queue.size() > best_size) {
      best_size = static_cast<std::uint32_t>(queue.size());
      best = components;
    }
    ++components;
  }

  RoadGrid grid;
  grid.node_at.assign(count, RoadGrid::kNoNode);
  RoadNetwork& net = grid.network;
  for (std::uint32_t k = 0; k < count; ++k) {
    if (component[k] != best || best < 0) continue;
    grid.node_at[k] = static_cast<std::uint32_t>(net.node_xy.size());
    net.node_xy.push_back({L.coord_m(static_cast<int>(k % side)), L.coord_m(static_cast<int>(k / side))});
  }
  for (const Edge& e : kept) {
    if (component[e.a] != best) continue;
    const std::uint32_t na = grid.node_at[e.a], nb = grid.node_at[e.b];
    const double dx = net.node_xy[nb].x_m - net.node_xy[na].x_m;
    const double dy = net.node_xy[nb].y_m - net.node_xy[na].y_m;
    const double length = std::sqrt(dx * dx + dy * dy);
    const RoadClassSpec spec = road_class_spec(e.road_class);
    for (int dir = 0; dir < 2; ++dir) {
      net.link_from.push_back(dir == 0 ? na : nb);
      net.link_to.push_back(dir == 0 ? nb : na);
      net.link_class.push_back(e.road_class);
      net.link_length_m.push_back(length);
      net.link_lanes.push_back(spec.lanes);
      net.link_capacity_vph.push_back(spec.lanes * spec.capacity_per_lane_vph);
      net.link_free_speed_kmh.push_back(spec.free_speed_kmh);
    }
  }
  return grid;
}

}  // namespace twin::citygen
