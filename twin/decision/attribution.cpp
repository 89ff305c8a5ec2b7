// attribute() and the metrics (attribution.hpp).
#include "twin/decision/attribution.hpp"

#include <span>

#include "twin/decision/shapley.hpp"

namespace twin::decision {
namespace {

using pathway::Scenario;

std::string first_error(const Scenario& s, const char* label) {
  const std::vector<pathway::ScenarioError> errors = pathway::validate_scenario(s);
  if (errors.empty()) return {};
  const pathway::ScenarioError& e = errors.front();
  return std::string("scenario ") + label + " is invalid: " + e.where + (e.field.empty() ? "" : "." + e.field) + ": " +
         e.message + (errors.size() > 1 ? " (and " + std::to_string(errors.size() - 1) + " more)" : "");
}

}  // namespace

const char* metric_key(Metric metric) {
  constexpr const char* kKeys[kMetricCount] = {"peak_year",    "peak_t",      "gross_2030_t", "net_2030_t",
                                               "gross_2060_t", "net_2060_t", "cumulative_t"};
  const int i = static_cast<int>(metric);
  return i >= 0 && i < kMetricCount ? kKeys[i] : "unknown";
}

const char* delta_key(Metric metric) {
  constexpr const char* kKeys[kMetricCount] = {"delta_peak_year", "delta_peak_t",     "delta_2030_t",
                                               "delta_2030_net_t", "delta_2060_t",    "delta_2060_net_t",
                                               "delta_cumulative_t"};
  const int i = static_cast<int>(metric);
  return i >= 0 && i < kMetricCount ? kKeys[i] : "unknown";
}

MetricValues metric_values(const pathway::PathwayResult& r) {
  const pathway::PathwayYear& y2030 = r.years[2030 - pathway::kFirstYear];
  const pathway::PathwayYear& y2060 = r.years[2060 - pathway::kFirstYear];
  return {static_cast<double>(r.milestones.peak_year), r.milestones.peak_t, y2030.gross_t, y2030.net_t,
          y2060.gross_t, y2060.net_t, r.milestones.cumulative_t};
}

const char* to_string(AttributionMethod method) {
  return method == AttributionMethod::ShapleyGroups ? "shapley_groups" : "shapley";
}

std::string attribute(const pathway::Baseline& baseline, const Scenario& a, const Scenario& b,
                      const StructuralChanges& changes, Attribution* out, const AttributionOptions& options) {
  if (options.max_exact_players < 0 || options.max_exact_players > kMaxShapleyPlayers)
    return "max_exact_players " + std::to_string(options.max_exact_players) + " is outside 0–" +
           std::to_string(kMaxShapleyPlayers);
  for (const std::string& e : {first_error(a, "A"), first_error(b, "B")})
    if (!e.empty()) return e;
  StructuralChanges used;  // without transport the changes have no effect: none are applied
  if (baseline.transport.present()) {
    for (const std::string& e : {check_structural_changes(a, changes.a, "A"), check_structural_changes(b, changes.b, "B")})
      if (!e.empty()) return e;
    used = changes;
  }

  Attribution r;
  r.name_a = a.name;
  r.name_b = b.name;
  r.max_exact_players = options.max_exact_players;
  r.players = differing_players(a, b, &r.notes);
  const int n = static_cast<int>(r.players.size());

  // The units of the Shapley game: every player, or every sector group that has players.
  std::vector<std::uint64_t> unit_masks;  // players' bits of each unit
  if (n <= options.max_exact_players) {
    r.method = AttributionMethod::Shapley;
    for (int i = 0; i < n; ++i) {
      unit_masks.push_back(std::uint64_t{1} << i);
      r.contributions.push_back({r.players[i].key, {}, {}});
    }
  } else {
    r.method = AttributionMethod::ShapleyGroups;
    for (int g = 0; g < kSectorGroupCount; ++g) {
      Contribution c{to_string(static_cast<SectorGroup>(g)), {}, {}};
      std::uint64_t mask = 0;
      for (int i = 0; i < n; ++i)
        if (r.players[i].group == static_cast<SectorGroup>(g)) {
          mask |= std::uint64_t{1} << i;
          c.members.push_back(r.players[i].key);
        }
      if (mask == 0) continue;
      unit_masks.push_back(mask);
      r.contributions.push_back(std::move(c));
    }
  }

  // Every coalition of units evaluated once; all metrics from the same evaluations.
  const int units = static_cast<int>(unit_masks.size());
  const std::uint32_t coalitions = 1u << units;
  std::vector<double> values(static_cast<std::size_t>(coalitions) * kMetricCount);
  pathway::Baseline work = baseline;
  Scenario scenario;
  for (std::uint32_t s = 0; s < coalitions; ++s) {
    std::uint64_t members = 0;
    for (int u = 0; u < units; ++u)
      if (s >> u & 1u) members |= unit_masks[u];
    coalition(a, b, r.players, used, members, &scenario, &work.transport.changes);
    const pathway::PathwayResult result = pathway::evaluate_pathway(work, scenario);
    const MetricValues v = metric_values(result);
    for (int k = 0; k < kMetricCount; ++k) values[static_cast<std::size_t>(s) * kMetricCount + k] = v[k];
    if (s == 0) r.peaked_a = result.milestones.peaked;
    if (s == coalitions - 1) r.peaked_b = result.milestones.peaked;
  }
  r.evaluations = coalitions;
  const std::vector<double> phi = shapley_values(units, kMetricCount, values);
  for (int u = 0; u < units; ++u)
    for (int k = 0; k < kMetricCount; ++k) r.contributions[u].delta[k] = phi[static_cast<std::size_t>(u) * kMetricCount + k];
  for (int k = 0; k < kMetricCount; ++k) {
    r.a[k] = values[k];
    r.b[k] = values[static_cast<std::size_t>(coalitions - 1) * kMetricCount + k];
    r.total_delta[k] = r.b[k] - r.a[k];
  }
  *out = std::move(r);
  return {};
}

}  // namespace twin::decision
