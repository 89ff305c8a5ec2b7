// Twins that nest (issue 10, "Past one machine"): a province of cities, a city of districts. Members'
// pathways aggregate upward (yearly sums, milestones of the sums); a target given at the top is split
// downward by a documented rule, level by level, so every member knows its share and whether its own
// scenario meets it. The pathways themselves are evaluated by the caller (the CLI: one city per member,
// in parallel under MPI where it is built), so this part only adds and divides series.
//
// Split rules (each level the same):
//  - EqualIntensityCut: every member cuts its own CO2 intensity (gross tCO2 per 10^4 yuan of GDP) by the
//    region's cut from the base year to the target year: allowed_m = intensity_m(base) × (1 − cut) ×
//    GDP_m(target). The simplest rule; the 14th Five-Year Plan's provincial split instead set cuts by
//    province (13–14 % for the eastern provinces, less for the west: 国务院《“十四五”节能减排综合工作方案》,
//    2021, annex), which an equal cut does not try to reproduce.
//  - AbatementPotential: the region's required cut R = Σ baseline_m(target) − cap is shared in
//    proportion to each member's abatement potential p_m = baseline_m(target) − potential_m(target)
//    (its "potential" scenario, e.g. assets/pathway/scenarios/ambitious.json): allowed_m =
//    baseline_m(target) − R · p_m / Σ p. With R ≤ 0 nobody has to cut (allowed = baseline); with
//    R > Σ p the cap is out of reach of the members' potentials together: flagged `beyond_potential`.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "twin/pathway/lever.hpp"
#include "twin/pathway/milestones.hpp"

namespace twin::region {

using Series = std::array<double, pathway::kYearCount>;  // kFirstYear … kLastYear

// A member that is a single twin: its yearly series under the scenario shown (current), the baseline
// scenario and the potential scenario, and its GDP path.
struct LeafSeries {
  Series gross_t{}, net_t{};          // current scenario
  Series baseline_gross_t{};          // the baseline ("current policies") scenario
  Series potential_gross_t{};         // the scenario that measures its abatement potential
  Series gdp_10k_yuan{};              // 万元, the member's economy path (same in every scenario)
};

struct RegionNode {
  std::string name;
  std::optional<LeafSeries> leaf;     // a twin …
  std::vector<RegionNode> members;    // … or a region of members (exactly one of the two)
};

struct RegionSeries {
  LeafSeries sums;                    // Σ over every twin below
  pathway::Milestones milestones;     // of sums.gross_t / sums.net_t
  int twins = 0;
};

// Problems with the tree: a node that is both or neither, empty names, duplicate member names within a
// region, non-finite or negative series values. Empty when it can be aggregated.
std::vector<std::string> validate_region(const RegionNode& root);

// Precondition: validate_region(node) is empty.
RegionSeries aggregate(const RegionNode& node, double neutrality_threshold_fraction = 0.05);

enum class SplitRule { EqualIntensityCut, AbatementPotential };

struct RegionTarget {
  int base_year = 2020;
  int target_year = 2030;
  // Either an intensity cut (%, of gross CO2 per GDP from base to target year) or an absolute cap of
  // gross CO2 in the target year (t). With a cut and the AbatementPotential rule the cap is the
  // region's base intensity × (1 − cut) × its GDP in the target year.
  std::optional<double> intensity_cut_pct;
  std::optional<double> cap_t;
};

struct Allocation {
  std::string path;                   // "province/city A/district 1"
  int depth = 0;                      // 0 = the root
  double allowed_t = 0.0;             // gross CO2 allowed in the target year
  double baseline_t = 0.0;            // baseline scenario in the target year
  double potential_t = 0.0;           // potential scenario in the target year
  double current_t = 0.0;             // the scenario shown, target year
  double intensity_base = 0.0;        // tCO2 per 10^4 yuan, base year (current scenario)
  double intensity_allowed = 0.0;     // allowed_t / GDP(target)
  bool meets = false;                 // current_t ≤ allowed_t (+1e-9 relative)
  bool beyond_potential = false;      // AbatementPotential: the region's cut exceeds its members' potential
};

struct SplitResult {
  std::vector<std::string> errors;    // bad target (years, cut, cap); nothing allocated then
  std::vector<Allocation> allocations;  // depth-first, the root first
};

// Allocates the target over the tree, level by level. Precondition: validate_region(root) is empty.
SplitResult split_target(const RegionNode& root, const RegionTarget& target, SplitRule rule);

const char* to_string(SplitRule rule);
bool split_rule_from_string(const std::string& text, SplitRule* rule);

}  // namespace twin::region
