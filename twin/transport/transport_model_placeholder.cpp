// PLACEHOLDER — deleted by the lead at merge. A stand-in for run_transport_model so the browser's
// transport layer (worker, render, UI) can be developed before the real model lands. Not a model:
// gravity-ish car demand from zone population and jobs, loaded all-or-nothing on free-flow
// shortest paths; line loads from station catchments; fixed mode shares nudged by metro coverage
// and prices. Nothing outside this file may depend on its behaviour.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>

#include "twin/transport/transport_model.hpp"

namespace twin::transport {
namespace {

constexpr double kCatchment_m = 800.0;

double dist(const Vec2& a, const Vec2& b) { return std::hypot(a.x_m - b.x_m, a.y_m - b.y_m); }

// Share of population within the catchment of any metro stop.
double metro_coverage(const City& city, const std::vector<TransitLine>& lines) {
  double covered = 0, total = 0;
  for (std::uint32_t z = 0; z < city.zones.size(); ++z) {
    total += city.zones.population[z];
    bool near = false;
    for (const TransitLine& l : lines)
      for (const TransitStop& s : l.stops)
        if (!near && dist(s.xy, city.zones.centroid[z]) < kCatchment_m * 1.5) near = true;
    if (near) covered += city.zones.population[z];
  }
  return total > 0 ? covered / total : 0;
}

TransportResult cancelled() {
  TransportResult r;
  r.error = "cancelled";
  return r;
}

}  // namespace

TransportResult run_transport_model(const City& city, const TransportPolicy& policy,
                                    const TransportModelOptions& options) {
  const auto t0 = std::chrono::steady_clock::now();
  TransportResult r;
  const auto progress = [&](double f, const char* stage) {
    return !options.on_progress || options.on_progress(f, stage);
  };
  const RoadNetwork& roads = city.roads;
  const std::uint32_t n = roads.node_count(), m = roads.link_count();
  if (n == 0 || city.zones.size() == 0) {
    r.error = "placeholder: the city has no roads or zones";
    return r;
  }
  std::vector<TransitLine> lines = city.transit_lines;
  lines.insert(lines.end(), policy.extra_lines.begin(), policy.extra_lines.end());
  if (!progress(0.05, "demand")) return cancelled();

  // Mode shares: fixed base, metro grows with coverage, car shrinks with prices.
  const double base_cov = std::max(0.05, metro_coverage(city, city.transit_lines));
  const double cov = metro_coverage(city, lines);
  std::array<double, kModeCount> w = {0.24, 0.12, 0.16, 0.12, 0.31, 0.05};
  w[3] *= (cov / base_cov) / std::max(0.3, std::min(2.0, policy.transit_headway_factor));
  w[4] *= std::exp(-0.04 * policy.congestion_charge_yuan - 0.05 * policy.parking_price_yuan);
  w[4] *= 1.0 - 0.5 * std::max(0.0, cov - base_cov);
  double sum = 0;
  for (double v : w) sum += v;
  for (int k = 0; k < kModeCount; ++k) r.mode_share[k] = w[k] / sum;

  // Peak-hour car OD between zones (gravity on distance), each zone at its nearest road node.
  const std::uint32_t zn = city.zones.size();
  std::vector<std::uint32_t> zone_node(zn, 0);
  for (std::uint32_t z = 0; z < zn; ++z) {
    double best = std::numeric_limits<double>::max();
    for (std::uint32_t v = 0; v < n; ++v) {
      const double d = dist(roads.node_xy[v], city.zones.centroid[z]);
      if (d < best) best = d, zone_node[z] = v;
    }
  }
  std::vector<std::vector<std::uint32_t>> out(n);
  for (std::uint32_t l = 0; l < m; ++l) out[roads.link_from[l]].push_back(l);
  std::vector<double> cost(m);
  for (std::uint32_t l = 0; l < m; ++l)
    cost[l] = roads.link_length_m[l] / std::max(5.0, roads.link_free_speed_kmh[l]);
  const double peak_car_trips = 0.1 * 2.3 * (r.mode_share[4] + r.mode_share[5]) / 1.3;
  std::vector<double> flow(m, 0.0), d(n), attract(zn);
  std::vector<std::int64_t> pred(n);
  double attract_sum = 0;
  for (std::uint32_t z = 0; z < zn; ++z) attract_sum += attract[z] = city.zones.jobs[z] + 0.3 * city.zones.population[z];
  for (std::uint32_t o = 0; o < zn; ++o) {
    if (o % 8 == 0 && !progress(0.1 + 0.8 * o / zn, "assignment")) return cancelled();
    const double produced = city.zones.population[o] * peak_car_trips;
    if (!(produced > 0)) continue;
    std::fill(d.begin(), d.end(), std::numeric_limits<double>::infinity());
    std::fill(pred.begin(), pred.end(), -1);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> q;
    d[zone_node[o]] = 0;
    q.push({0, zone_node[o]});
    std::vector<std::uint32_t> order;
    while (!q.empty()) {
      auto [du, u] = q.top();
      q.pop();
      if (du > d[u]) continue;
      order.push_back(u);
      for (std::uint32_t l : out[u]) {
        const std::uint32_t v = roads.link_to[l];
        if (du + cost[l] < d[v]) d[v] = du + cost[l], pred[v] = l, q.push({d[v], v});
      }
    }
    std::vector<double> demand(n, 0.0);
    double wsum = 0;
    for (std::uint32_t z = 0; z < zn; ++z)
      if (z != o) wsum += attract[z] * std::exp(-dist(city.zones.centroid[o], city.zones.centroid[z]) / 6000.0);
    for (std::uint32_t z = 0; z < zn && wsum > 0; ++z)
      if (z != o)
        demand[zone_node[z]] += produced * attract[z] *
                                std::exp(-dist(city.zones.centroid[o], city.zones.centroid[z]) / 6000.0) / wsum;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const std::uint32_t v = *it;
      if (pred[v] < 0 || demand[v] == 0) continue;
      const auto l = static_cast<std::uint32_t>(pred[v]);
      flow[l] += demand[v];
      demand[roads.link_from[l]] += demand[v];
    }
  }
  r.road_link_flow_pcu_h = flow;
  r.road_link_vc.resize(m);
  for (std::uint32_t l = 0; l < m; ++l) r.road_link_vc[l] = flow[l] / std::max(1.0, roads.link_capacity_vph[l]);
  if (!progress(0.92, "transit")) return cancelled();

  // Line loads: boardings ∝ people within the catchment of each stop, loads peak mid-line.
  const double metro_trips_peak = 0.1 * 2.3 * r.mode_share[3];
  for (const TransitLine& line : lines) {
    std::vector<double> board(line.stops.size(), 0.0);
    for (std::size_t s = 0; s < line.stops.size(); ++s)
      for (std::uint32_t z = 0; z < zn; ++z)
        if (dist(line.stops[s].xy, city.zones.centroid[z]) < kCatchment_m * 1.5)
          board[s] += (city.zones.population[z] + city.zones.jobs[z]) * metro_trips_peak * 0.5;
    double total = 0;
    for (double b : board) total += b;
    std::vector<double> loads;
    double cum = 0;
    for (std::size_t s = 0; s + 1 < line.stops.size(); ++s) {
      cum += board[s];
      loads.push_back(std::min(cum, total - cum) + 0.1 * total / line.stops.size());
    }
    r.line_segment_load_pax_h.push_back(std::move(loads));
  }

  // Daily activity.
  double population = 0;
  for (double p : city.zones.population) population += p;
  r.activity.population = population;
  const double km[kModeCount] = {1.0, 3.0, 6.0, 10.0, 8.0, 7.0};
  for (int k = 0; k < kModeCount; ++k) {
    r.activity.trips_per_day[k] = population * 2.3 * r.mode_share[k];
    r.activity.passenger_km_per_day[k] = r.activity.trips_per_day[k] * km[k];
  }
  r.activity.vehicle_km_per_day[4] = r.activity.passenger_km_per_day[4] / 1.4;
  r.activity.vehicle_km_per_day[5] = r.activity.passenger_km_per_day[5] / 1.2 * 1.3;
  for (const TransitLine& line : lines) {
    double length_km = 0;
    for (std::size_t s = 1; s < line.stops.size(); ++s) length_km += dist(line.stops[s - 1].xy, line.stops[s].xy) / 1000;
    const double trains = 2 * 18 * 60 / std::max(1.0, line.headway_min * policy.transit_headway_factor);
    r.activity.vehicle_km_per_day[line.mode == TransitMode::Metro ? 3 : 2] += trains * length_km;
  }
  r.assignment.link_flow = flow;
  r.assignment.converged = true;
  r.assignment.relative_gap = 0.0;
  r.assignment.iterations.push_back(IterationReport{1, 0.0, 0.0, 0.0, 0.0, 0.0});
  progress(1.0, "done");
  r.run_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

}  // namespace twin::transport
