// Metro lines from rail ways and stations (metro_lines.hpp).
#include "geo/metro_lines.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <map>
#include <numeric>
#include <queue>

#include "geo/road_snap.hpp"

namespace geo {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Tableau 10 (Tableau Software, 2016): ten colours told apart on a map, used in turn for lines whose
// ways carry no colour tag.
constexpr std::array<std::uint32_t, 10> kPalette = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F,
                                                    0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};

std::string place_of(const Feature& f) {
  return "feature " + std::to_string(f.index) + (f.id.empty() ? "" : " (" + f.id + ")");
}

std::string lower(const std::string& s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string value_of(const Feature& f, const char* key) {
  const std::string* v = f.attribute(key);
  return v ? *v : std::string();
}

std::string km_text(double m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f km", m / 1000.0);
  return buf;
}

bool usable(const Point& p) {
  return std::isfinite(p.x) && std::isfinite(p.y) && std::abs(p.x) <= PointSnapper::kMaxCoordinateM &&
         std::abs(p.y) <= PointSnapper::kMaxCoordinateM;
}

// OSM puts the kind of track in railway=*; Tilezen in kind_detail.
std::string railway_of(const Feature& f) {
  if (const std::string* v = f.attribute("railway")) return *v;
  return value_of(f, "kind_detail");
}

// Light rail and monorail count as metro when they say so (route=subway, or "metro", "subway", 地铁
// or 轨道交通 in name, ref, network or operator): in Chinese cities several "light rail" lines are
// run as metro lines (e.g. Shanghai line 5, 上海轨道交通).
bool says_metro(const Feature& f) {
  if (value_of(f, "route") == "subway") return true;
  for (const char* key : {"name", "name:en", "ref", "network", "operator"}) {
    const std::string v = lower(value_of(f, key));
    for (const char* word : {"metro", "subway", "地铁", "轨道交通"})
      if (v.find(word) != std::string::npos) return true;
  }
  return false;
}

// Stations: every Station feature but bus stops, subway entrances and tram stops.
bool is_rail_station(const Feature& f) {
  const std::string railway = value_of(f, "railway");
  if (railway == "subway_entrance" || railway == "tram_stop") return false;
  if (value_of(f, "highway") == "bus_stop" || value_of(f, "amenity") == "bus_station") return false;
  const bool rail = value_of(f, "subway") == "yes" || value_of(f, "train") == "yes" ||
                    value_of(f, "light_rail") == "yes" || value_of(f, "monorail") == "yes" || !railway.empty();
  return rail || value_of(f, "bus") != "yes";
}

// "#RRGGBB" → 0xRRGGBB.
bool parse_colour(const std::string& text, std::uint32_t* rgb) {
  if (text.size() != 7 || text[0] != '#') return false;
  std::uint32_t v = 0;
  for (std::size_t i = 1; i < 7; ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    if (c >= '0' && c <= '9') v = v * 16 + static_cast<std::uint32_t>(c - '0');
    else if (c >= 'a' && c <= 'f') v = v * 16 + static_cast<std::uint32_t>(c - 'a' + 10);
    else return false;
  }
  *rgb = v;
  return true;
}

struct Way {
  std::vector<Point> pts;
  double length_m = 0.0;
  std::string place;
};

struct Group {
  std::string name;                 // "" for unnamed ways
  std::vector<std::uint32_t> ways;  // indices into the ways, in input order
  std::uint32_t colour = kNone;     // from a colour tag, else kNone
};

struct Chain {
  std::vector<Point> pts;
  double length_m = 0.0;        // of the chain
  double piece_length_m = 0.0;  // of all ways of its connected piece
  bool branched = false;
};

double polyline_length_m(const std::vector<Point>& pts) {
  double s = 0.0;
  for (std::size_t k = 1; k < pts.size(); ++k) s += std::hypot(pts[k].x - pts[k - 1].x, pts[k].y - pts[k - 1].y);
  return s;
}

struct Edge {
  std::uint32_t a, b, way;
  double length_m;
};

// Edges (way, forward?) from start along a path given by predecessor edges.
std::vector<std::pair<std::uint32_t, bool>> path_edges(const std::vector<Edge>& edges, std::uint32_t end,
                                                       const std::vector<std::uint32_t>& pred_edge) {
  std::vector<std::pair<std::uint32_t, bool>> out;
  std::uint32_t v = end;
  while (pred_edge[v] != kNone) {
    const Edge& e = edges[pred_edge[v]];
    const bool forward = e.b == v;
    out.emplace_back(pred_edge[v], forward);
    v = forward ? e.a : e.b;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// Dijkstra over the piece's edges from src; returns the farthest vertex (lowest number on a tie).
std::uint32_t farthest(const std::vector<Edge>& edges, const std::vector<std::vector<std::uint32_t>>& incident,
                       std::uint32_t src, std::vector<std::uint32_t>* pred_edge) {
  std::vector<double> dist(incident.size(), std::numeric_limits<double>::infinity());
  pred_edge->assign(incident.size(), kNone);
  using Item = std::pair<double, std::uint32_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> q;
  dist[src] = 0.0;
  q.push({0.0, src});
  while (!q.empty()) {
    const auto [d, v] = q.top();
    q.pop();
    if (d > dist[v]) continue;
    for (std::uint32_t k : incident[v]) {
      const Edge& e = edges[k];
      const std::uint32_t w = e.a == v ? e.b : e.a;
      if (d + e.length_m < dist[w]) {
        dist[w] = d + e.length_m;
        (*pred_edge)[w] = k;
        q.push({dist[w], w});
      }
    }
  }
  std::uint32_t best = src;
  for (std::uint32_t v = 0; v < dist.size(); ++v)
    if (std::isfinite(dist[v]) && dist[v] > dist[best]) best = v;
  return best;
}

// The chains of a group: one per connected piece (ends within kMetroChainToleranceM joined), in
// order of the piece's first way. A piece without branches is walked whole (a loop line from its
// first way's start); a branched one gives its longest path (two sweeps of Dijkstra, exact on a tree).
std::vector<Chain> chains_of(const Group& g, const std::vector<Way>& ways) {
  PointSnapper ends(kMetroChainToleranceM);
  std::vector<Edge> edges;
  for (std::uint32_t w : g.ways)
    edges.push_back(Edge{ends.snap(ways[w].pts.front()), ends.snap(ways[w].pts.back()), w, ways[w].length_m});
  const auto n = static_cast<std::uint32_t>(ends.nodes().size());
  std::vector<std::uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  auto find = [&](std::uint32_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (const Edge& e : edges) parent[find(e.a)] = find(e.b);
  std::map<std::uint32_t, std::uint32_t> piece_of_root;  // root → piece number, by first edge
  std::vector<std::vector<std::uint32_t>> piece_edges;
  for (std::uint32_t k = 0; k < edges.size(); ++k) {
    const auto [it, added] = piece_of_root.try_emplace(find(edges[k].a), static_cast<std::uint32_t>(piece_edges.size()));
    if (added) piece_edges.emplace_back();
    piece_edges[it->second].push_back(k);
  }

  std::vector<Chain> chains;
  for (const std::vector<std::uint32_t>& piece : piece_edges) {
    std::vector<std::vector<std::uint32_t>> incident(n);
    Chain c;
    for (std::uint32_t k : piece) {
      incident[edges[k].a].push_back(k);
      if (edges[k].b != edges[k].a) incident[edges[k].b].push_back(k);
      c.piece_length_m += edges[k].length_m;
    }
    std::size_t max_degree = 0;
    for (std::uint32_t k : piece)
      for (std::uint32_t v : {edges[k].a, edges[k].b})
        max_degree = std::max(max_degree, incident[v].size() + (edges[k].a == edges[k].b ? 1 : 0));
    std::vector<std::pair<std::uint32_t, bool>> path;
    if (max_degree <= 2) {
      // Start at an end of the path (a vertex with one track piece), else (a loop) at the first way's start.
      auto start = [&] {
        for (std::uint32_t k : piece)
          for (std::uint32_t u : {edges[k].a, edges[k].b})
            if (incident[u].size() == 1 && edges[k].a != edges[k].b) return u;
        return edges[piece.front()].a;
      };
      std::uint32_t v = start();
      std::vector<bool> used(edges.size(), false);
      for (bool moved = true; moved;) {
        moved = false;
        for (std::uint32_t k : incident[v]) {
          if (used[k]) continue;
          used[k] = true;
          const bool forward = edges[k].a == v;
          path.emplace_back(k, forward);
          v = forward ? edges[k].b : edges[k].a;
          moved = true;
          break;
        }
      }
    } else {
      c.branched = true;
      std::vector<std::uint32_t> pred;
      const std::uint32_t u = farthest(edges, incident, edges[piece.front()].a, &pred);
      const std::uint32_t v = farthest(edges, incident, u, &pred);
      path = path_edges(edges, v, pred);
    }
    for (const auto& [k, forward] : path) {
      std::vector<Point> pts = ways[edges[k].way].pts;
      if (!forward) std::reverse(pts.begin(), pts.end());
      c.pts.insert(c.pts.end(), pts.begin() + (c.pts.empty() ? 0 : 1), pts.end());
    }
    c.length_m = polyline_length_m(c.pts);
    chains.push_back(std::move(c));
  }
  return chains;
}

struct Station {
  Point xy;
  std::string name;
};

// Distance along the polyline of p's nearest point on it, and the distance to it.
std::pair<double, double> project(const std::vector<Point>& line, const Point& p) {
  double best_d2 = std::numeric_limits<double>::infinity(), best_s = 0.0, s = 0.0;
  for (std::size_t k = 1; k < line.size(); ++k) {
    const Point& a = line[k - 1];
    const Point& b = line[k];
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t = len2 > 0.0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    const double d2 = ex * ex + ey * ey;
    const double len = std::sqrt(len2);
    if (d2 < best_d2) {
      best_d2 = d2;
      best_s = s + t * len;
    }
    s += len;
  }
  return {best_s, std::sqrt(best_d2)};
}

// Stations within kStationToLineMaxM of the chain, in running order, one name within kStationMergeM
// taken as one station at the mean of its features' positions.
std::vector<twin::TransitStop> stops_along(const std::vector<Point>& chain, const std::vector<Station>& stations,
                                           std::vector<bool>* placed) {
  struct Hit {
    double s;
    std::uint32_t station;
  };
  std::vector<Hit> hits;
  for (std::uint32_t i = 0; i < stations.size(); ++i) {
    const auto [s, d] = project(chain, stations[i].xy);
    if (d <= kStationToLineMaxM) hits.push_back({s, i});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.s < b.s; });
  struct Merged {
    std::string name;
    Point first;
    double sx = 0.0, sy = 0.0;
    int count = 0;
  };
  std::vector<Merged> merged;
  for (const Hit& h : hits) {
    const Station& st = stations[h.station];
    (*placed)[h.station] = true;
    Merged* into = nullptr;
    if (!st.name.empty())
      for (Merged& m : merged)
        if (m.name == st.name && std::hypot(m.first.x - st.xy.x, m.first.y - st.xy.y) <= kStationMergeM) into = &m;
    if (!into) {
      merged.push_back(Merged{st.name, st.xy});
      into = &merged.back();
    }
    into->sx += st.xy.x;
    into->sy += st.xy.y;
    ++into->count;
  }
  std::vector<twin::TransitStop> stops;
  for (const Merged& m : merged)
    stops.push_back(twin::TransitStop{m.name, twin::Vec2{m.sx / m.count, m.sy / m.count}});
  return stops;
}

// Reads metro ways into groups and stations; counts what is skipped.
void read_features(const std::vector<Feature>& features, const std::string& file, std::vector<Way>* ways,
                   std::vector<Group>* groups, std::vector<Station>* stations, MetroBuild* r) {
  std::map<std::string, std::uint32_t> group_of_name;
  for (const Feature& f : features) {
    if (f.kind == FeatureKind::Station) {
      ++r->stations_read;
      if (!is_rail_station(f)) {
        ++r->stations_not_metro;
        continue;
      }
      Point p{};
      if (!f.points.empty()) p = f.points.front();
      else if (!f.polygons.empty() && !f.polygons.front().outer.empty()) {
        for (const Point& q : f.polygons.front().outer) p = {p.x + q.x, p.y + q.y};
        const auto n = static_cast<double>(f.polygons.front().outer.size());
        p = {p.x / n, p.y / n};
      } else if (!f.lines.empty() && !f.lines.front().empty()) {
        p = f.lines.front().front();
      } else {
        r->errors.push_back(Issue{file, place_of(f), "a station without geometry; not used"});
        continue;
      }
      if (!usable(p)) {
        r->errors.push_back(Issue{file, place_of(f), "a station whose position is not a finite coordinate within "
                                                     "10,000 km of the city's centre; not used"});
        continue;
      }
      stations->push_back(Station{p, value_of(f, "name")});
      continue;
    }
    if (f.kind != FeatureKind::Rail) continue;
    const std::string railway = railway_of(f);
    if (!(railway == "subway" || ((railway == "light_rail" || railway == "monorail") && says_metro(f)))) {
      ++r->rail_not_metro;
      continue;
    }
    if (f.attribute("service")) {  // yard, siding, spur, crossover (wiki Key:service)
      ++r->service_tracks;
      continue;
    }
    std::string name = value_of(f, "name");
    if (name.empty()) name = value_of(f, "ref");
    for (std::size_t l = 0; l < f.lines.size(); ++l) {
      const std::string where = place_of(f) + (f.lines.size() > 1 ? " line " + std::to_string(l) : "");
      Way w;
      w.place = where;
      bool ok = true;
      for (const Point& p : f.lines[l]) {
        ok = ok && usable(p);
        if (ok && (w.pts.empty() || p.x != w.pts.back().x || p.y != w.pts.back().y)) w.pts.push_back(p);
      }
      if (!ok || w.pts.size() < 2) {
        ++r->lines_invalid;
        r->errors.push_back(Issue{file, where, ok ? "a metro track with fewer than 2 distinct vertices; not used"
                                                  : "a metro track vertex is not a finite coordinate within "
                                                    "10,000 km of the city's centre; track not used"});
        continue;
      }
      w.length_m = polyline_length_m(w.pts);
      ++r->metro_ways;
      auto [it, added] = group_of_name.try_emplace(name, static_cast<std::uint32_t>(groups->size()));
      if (added) groups->push_back(Group{name, {}, kNone});
      Group& g = (*groups)[it->second];
      std::uint32_t rgb = 0;
      if (g.colour == kNone && parse_colour(value_of(f, "colour"), &rgb)) g.colour = rgb;
      g.ways.push_back(static_cast<std::uint32_t>(ways->size()));
      ways->push_back(std::move(w));
    }
    if (f.lines.empty()) {
      ++r->lines_invalid;
      r->errors.push_back(Issue{file, place_of(f), "a metro track without line geometry; not used"});
    }
  }
}

void build(const std::vector<Feature>& features, const std::string& file, MetroBuild* r) {
  std::vector<Way> ways;
  std::vector<Group> groups;
  std::vector<Station> stations;
  read_features(features, file, &ways, &groups, &stations, r);

  std::vector<twin::TransitLine>& lines = r->lines;
  std::vector<bool> placed(stations.size(), false);
  std::uint32_t unnamed = 0;
  for (const Group& g : groups) {
    std::vector<Chain> chains = chains_of(g, ways);
    const std::string first_place = ways[g.ways.front()].place;
    std::vector<std::pair<std::string, Chain>> candidates;  // name, chain
    if (g.name.empty()) {
      for (Chain& c : chains) candidates.emplace_back("metro line " + std::to_string(++unnamed) + " (unnamed)", std::move(c));
    } else {
      double total_m = 0.0;
      std::size_t best = 0;
      for (std::size_t k = 0; k < chains.size(); ++k) {
        total_m += chains[k].piece_length_m;
        if (chains[k].length_m > chains[best].length_m) best = k;
      }
      if (chains.size() > 1 || chains[best].branched)
        r->warnings.push_back(Issue{
            file, first_place,
            "metro line \"" + g.name + "\": its " + std::to_string(g.ways.size()) + " track piece(s) form " +
                std::to_string(chains.size()) + " separate part(s)" + (chains[best].branched ? " with branches" : "") +
                " (parallel tracks, sidings or gaps over 1 m); kept the longest chain, " +
                km_text(chains[best].length_m) + " of " + km_text(total_m) + " of track"});
      candidates.emplace_back(g.name, std::move(chains[best]));
    }
    for (auto& [name, chain] : candidates) {
      ++r->groups;
      if (g.name.empty() && chain.branched)
        r->warnings.push_back(Issue{file, first_place, name + ": branched track; kept the longest chain, " +
                                                           km_text(chain.length_m) + " of " +
                                                           km_text(chain.piece_length_m)});
      twin::TransitLine line;
      line.name = name;
      line.mode = twin::TransitMode::Metro;
      line.stops = stops_along(chain.pts, stations, &placed);
      line.headway_min = kMetroPeakHeadwayMin;
      line.colour_rgb = g.colour != kNone ? g.colour : kPalette[lines.size() % kPalette.size()];
      if (line.stops.size() < 2) {
        ++r->groups_without_stops;
        if (!stations.empty())
          r->warnings.push_back(Issue{file, first_place, name + " (" + km_text(chain.length_m) + " of track) has " +
                                                             std::to_string(line.stops.size()) +
                                                             " station(s) within 150 m; a line needs 2: not imported"});
        continue;
      }
      for (std::size_t k = 0; k < line.stops.size(); ++k)
        if (line.stops[k].name.empty()) line.stops[k].name = name + " stop " + std::to_string(k + 1);
      lines.push_back(std::move(line));
    }
  }
  if (!groups.empty() && stations.empty())
    r->warnings.push_back(Issue{file, "", std::to_string(r->groups) + " metro line(s) found but no station: none "
                                          "is imported (the transport model needs a line's stations); give the "
                                          "stations (railway=station) in the same or another file"});
  for (bool p : placed) r->stations_unplaced += p ? 0 : 1;
  if (!groups.empty() && r->stations_unplaced > 0)
    r->warnings.push_back(Issue{file, "", std::to_string(r->stations_unplaced) +
                                              " station(s) farther than 150 m from every metro track; not used"});
}

}  // namespace

MetroBuild build_metro_lines(const std::vector<Feature>& features, const std::string& file_name) {
  MetroBuild out;
  try {
    build(features, file_name, &out);
  } catch (const std::exception& e) {
    out.lines.clear();
    out.errors.push_back(Issue{file_name, "", std::string("metro lines not built: ") + e.what()});
  }
  return out;
}

}  // namespace geo
