// Mobile transects and satellite overpasses as receptors (campaign.hpp).
#include "twin/monitor/campaign.hpp"

#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <utility>

#include "twin/monitor/met.hpp"

namespace twin::monitor {

namespace {
// = assets/monitor/campaign.csv (tests/twin/monitor/campaign_test.cpp compares them).
constexpr CampaignRow kRows[] = {
    {"mobile.speed_m_s", 8.33},           {"mobile.spacing_m", 100.0},          {"mobile.inlet_height_m", 3.0},
    {"satellite.overpass_local_hour", 13.6}, {"satellite.revisit_days", 16.0}, {"satellite.track_heading_deg", 0.0},
};
double row(const char* key) {
  for (const CampaignRow& r : kRows)
    if (std::string(r.key) == key) return r.value;
  return 0.0;
}

double length_m(Vec2 a, Vec2 b) {
  return std::sqrt((b.x_m - a.x_m) * (b.x_m - a.x_m) + (b.y_m - a.y_m) * (b.y_m - a.y_m));
}

// The node nearest p among nodes that some link touches (ties: the lower index).
std::uint32_t nearest_linked_node(const RoadNetwork& r, const std::vector<bool>& linked, Vec2 p) {
  std::uint32_t best = 0;
  double best_d = std::numeric_limits<double>::infinity();
  for (std::uint32_t n = 0; n < r.node_count(); ++n) {
    if (!linked[n]) continue;
    const double d = length_m(r.node_xy[n], p);
    if (d < best_d) {
      best_d = d;
      best = n;
    }
  }
  return best;
}
}  // namespace

std::vector<CampaignRow> campaign_rows() { return {std::begin(kRows), std::end(kRows)}; }

MobileSpec mobile_spec() {
  return {row("mobile.speed_m_s"), row("mobile.spacing_m"), row("mobile.inlet_height_m"), high_precision_sensor()};
}

OverpassSpec overpass_spec() {
  return {oco_like_satellite(), row("satellite.overpass_local_hour"), static_cast<int>(row("satellite.revisit_days")),
          row("satellite.track_heading_deg")};
}

std::string transect_route(const RoadNetwork& r, Vec2 from, Vec2 to, std::vector<std::uint32_t>* links) {
  links->clear();
  const std::size_t nl = r.link_from.size();
  if (nl == 0 || r.node_xy.empty()) return "the city has no road links to drive";
  if (r.link_to.size() != nl) return "roads: link_from and link_to differ in length";
  if (!std::isfinite(from.x_m) || !std::isfinite(from.y_m) || !std::isfinite(to.x_m) || !std::isfinite(to.y_m))
    return "the transect's end points must be finite";
  std::vector<bool> linked(r.node_xy.size(), false);
  for (std::size_t l = 0; l < nl; ++l) {
    if (r.link_from[l] >= r.node_count() || r.link_to[l] >= r.node_count())
      return "roads: link " + std::to_string(l) + " refers to a node that does not exist";
    linked[r.link_from[l]] = linked[r.link_to[l]] = true;
  }
  for (std::uint32_t n = 0; n < r.node_count(); ++n)
    if (linked[n] && (!std::isfinite(r.node_xy[n].x_m) || !std::isfinite(r.node_xy[n].y_m)))
      return "roads: node " + std::to_string(n) + " has non-finite coordinates";
  const std::uint32_t src = nearest_linked_node(r, linked, from), dst = nearest_linked_node(r, linked, to);
  if (src == dst) return "both ends of the transect snap to road node " + std::to_string(src) + ": the line is too short";
  // Dijkstra over directed links by straight length; (distance, node) pairs order ties by node index.
  std::vector<std::vector<std::uint32_t>> out_links(r.node_xy.size());
  for (std::uint32_t l = 0; l < nl; ++l) out_links[r.link_from[l]].push_back(l);
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> dist(r.node_xy.size(), inf);
  std::vector<std::int64_t> via(r.node_xy.size(), -1);
  using Item = std::pair<double, std::uint32_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> q;
  dist[src] = 0.0;
  q.push({0.0, src});
  while (!q.empty()) {
    const auto [d, n] = q.top();
    q.pop();
    if (d > dist[n]) continue;
    if (n == dst) break;
    for (std::uint32_t l : out_links[n]) {
      const std::uint32_t m = r.link_to[l];
      const double nd = d + length_m(r.node_xy[n], r.node_xy[m]);
      if (nd < dist[m]) {
        dist[m] = nd;
        via[m] = l;
        q.push({nd, m});
      }
    }
  }
  if (dist[dst] == inf)
    return "no road path from node " + std::to_string(src) + " to node " + std::to_string(dst) +
           " (the transect's ends are not connected by directed links)";
  for (std::uint32_t n = dst; n != src;) {
    const std::uint32_t l = static_cast<std::uint32_t>(via[n]);
    links->insert(links->begin(), l);
    n = r.link_from[l];
  }
  return "";
}

void crossing_line(Vec2 lo, Vec2 hi, Vec2 centre, int run, Vec2* from, Vec2* to) {
  if (run % 2 == 0) {
    *from = {lo.x_m, centre.y_m};
    *to = {hi.x_m, centre.y_m};
  } else {
    *from = {centre.x_m, lo.y_m};
    *to = {centre.x_m, hi.y_m};
  }
}

std::string plan_transect(const RoadNetwork& roads, const std::vector<std::uint32_t>& links, const MobileSpec& spec,
                          int start_hour, int run, std::vector<CampaignSample>* out) {
  if (!(spec.speed_m_s > 0.0 && spec.speed_m_s < 100.0)) return "mobile speed_m_s must be in (0, 100)";
  if (!(spec.spacing_m > 0.0 && spec.spacing_m < 1e5)) return "mobile spacing_m must be in (0, 1e5)";
  if (!(spec.inlet_height_m >= 0.0 && spec.inlet_height_m < 1000.0)) return "mobile inlet_height_m must be in [0, 1000)";
  if (start_hour < 0) return "the transect's start hour must be ≥ 0";
  std::vector<Vec2> path;
  if (const std::string e = road_path(roads, links, &path); !e.empty()) return "route: " + e;
  std::vector<TransectPoint> points;
  if (const std::string e = sample_transect(path, spec.spacing_m, spec.speed_m_s, &points); !e.empty())
    return "transect: " + e;
  for (const TransectPoint& p : points) {
    const double hours = std::floor(p.t_s / 3600.0);
    CampaignSample s;
    s.receptor = {p.x_m, p.y_m, spec.inlet_height_m, start_hour + static_cast<int>(hours)};
    s.kind = ObsKind::Mobile;
    s.run = run;
    s.seconds_into_hour = p.t_s - hours * 3600.0;
    out->push_back(s);
  }
  return "";
}

std::string plan_overpass(const GridGeometry& g, Vec2 through, const OverpassSpec& spec, int hour, int run,
                          std::vector<CampaignSample>* out, int* outside) {
  if (!(g.nx > 0 && g.ny > 0 && g.cell_m > 0.0 && std::isfinite(g.cell_m) && std::isfinite(g.x0_m) && std::isfinite(g.y0_m)))
    return "the grid must have cells (nx, ny > 0, cell_m > 0, finite origin)";
  if (!std::isfinite(through.x_m) || !std::isfinite(through.y_m)) return "the ground track's point must be finite";
  if (!std::isfinite(spec.track_heading_deg)) return "track_heading_deg must be finite";
  if (hour < 0) return "the overpass hour must be ≥ 0";
  double s = 0.0, c = 0.0;
  det_sincos_deg(spec.track_heading_deg, &s, &c);
  const Vec2 dir{s, c};  // heading clockwise from north: (east, north) = (sin, cos)
  const double diag = std::sqrt(g.nx * g.cell_m * g.nx * g.cell_m + g.ny * g.cell_m * g.ny * g.cell_m);
  const Vec2 start{through.x_m - 0.5 * diag * dir.x_m, through.y_m - 0.5 * diag * dir.y_m};
  std::vector<Sounding> soundings;
  if (const std::string e = satellite_swath(start, dir, diag, spec.satellite, &soundings); !e.empty()) return "swath: " + e;
  int kept = 0, off = 0;
  for (const Sounding& sd : soundings) {
    int i = 0, j = 0;
    if (!cell_of(g, sd.x_m, sd.y_m, &i, &j)) {
      ++off;
      continue;
    }
    CampaignSample smp;
    smp.receptor = {sd.x_m, sd.y_m, -1.0, hour};
    smp.kind = ObsKind::Satellite;
    smp.run = run;
    out->push_back(smp);
    ++kept;
  }
  if (outside) *outside = off;
  if (kept == 0) return "the swath through (" + std::to_string(through.x_m) + ", " + std::to_string(through.y_m) +
                        ") m misses the grid: no sounding falls on it";
  return "";
}

}  // namespace twin::monitor
