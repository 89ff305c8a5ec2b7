// Why the peak moved: the change in peak year, peak value, 2030 and 2060 emissions and cumulative
// emissions between two scenarios A and B, split exactly among the players that differ
// (players.hpp) by their Shapley values. Every coalition S (the players of S set as in B, the rest as
// in A) is evaluated once through the pathway, and every metric's Shapley value comes from those 2^n
// evaluations; the contributions sum to v(B) − v(A) (shapley.hpp) and do not depend on any order.
//
// Budget: a pathway evaluation of the default city takes ≈ 0.73 ms in wasm (≈ 0.45 ms natively), and
// the page must answer within 100 ms, so at most 2^7 = 128 evaluations (≈ 93 ms in wasm):
// kDefaultMaxExactPlayers = 7. When more players differ, they are grouped by sector (SectorGroup: at
// most 6 groups, 64 evaluations) and the exact Shapley value of each group is returned instead
// (method ShapleyGroups; the members of each group are listed). The Owen value within a group
// (optional in issue 10) is not computed: it would need up to 2^(groups−1) × 2^(members) evaluations.
//
// The peak year is an integer, but its Shapley values are fractional years (averages of ±1-year
// moves over the coalitions); they still add up to the change in the peak year.
//
// Structural transport levers and new lines act through transport-model runs baked into the
// baseline's transport changes (structural_runs.hpp). Each run changes one thing against the same base
// run and the pathway adds their effects, so a coalition's transport is the base plus the changes of
// the structural players it takes from B and the others' changes of A: the caller passes the changes
// of A and of B once (StructuralChanges), and no coalition needs a transport run of its own.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "twin/decision/players.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::decision {

// The attributed metrics, with the pathway's own definitions (milestones.hpp): the peak is of the gross
// emissions (year and tCO2), cumulative is the sum of net emissions 2020–2060; 2030 and 2060 are given
// both gross and net.
enum class Metric : std::uint8_t { PeakYear = 0, PeakT, Gross2030T, Net2030T, Gross2060T, Net2060T, CumulativeT, Count };
inline constexpr int kMetricCount = static_cast<int>(Metric::Count);
using MetricValues = std::array<double, kMetricCount>;

const char* metric_key(Metric metric);  // "peak_year", "peak_t", "gross_2030_t", "net_2030_t", "gross_2060_t",
                                        // "net_2060_t", "cumulative_t"
const char* delta_key(Metric metric);   // "delta_peak_year", "delta_peak_t", "delta_2030_t" (gross),
                                        // "delta_2030_net_t", "delta_2060_t" (gross), "delta_2060_net_t",
                                        // "delta_cumulative_t"
MetricValues metric_values(const pathway::PathwayResult& result);

inline constexpr int kDefaultMaxExactPlayers = 7;

struct AttributionOptions {
  int max_exact_players = kDefaultMaxExactPlayers;  // 0–20; more differing players → sector groups
};

enum class AttributionMethod : std::uint8_t { Shapley = 0, ShapleyGroups };
const char* to_string(AttributionMethod method);  // "shapley", "shapley_groups"

struct Contribution {
  std::string key;                   // lever key, scenario-level key, or group key (to_string(SectorGroup))
  std::vector<std::string> members;  // ShapleyGroups: the group's players' keys; Shapley: empty
  MetricValues delta{};              // Shapley value per metric (t, or years for the peak year)
};

struct Attribution {
  std::string name_a, name_b;
  AttributionMethod method = AttributionMethod::Shapley;
  int max_exact_players = kDefaultMaxExactPlayers;
  std::vector<Player> players;              // every differing player, in differing_players() order
  std::vector<Contribution> contributions;  // one per player (Shapley) or per group with players (groups)
  MetricValues a{}, b{};                    // the metrics of A and B
  MetricValues total_delta{};               // b − a
  bool peaked_a = false, peaked_b = false;  // Milestones::peaked of A and B
  std::size_t evaluations = 0;              // pathway evaluations made (2^players or 2^groups)
  std::vector<std::string> notes;           // differences that are not players, and why
};

// Attributes B − A. `baseline` is the base year with its transport base run (if any); its
// transport.changes are ignored and replaced per coalition from `changes` (each scenario's changes as
// fill_transport_baseline() makes them; both empty without transport). Returns "" on success, else what
// is wrong (an invalid scenario, changes not matching a scenario's structural runs, options out of
// range), and `out` is then left unchanged.
std::string attribute(const pathway::Baseline& baseline, const pathway::Scenario& a, const pathway::Scenario& b,
                      const StructuralChanges& changes, Attribution* out, const AttributionOptions& options = {});

}  // namespace twin::decision
