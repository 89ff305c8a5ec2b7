// Aggregation and target split of nested twins (region.hpp).
#include "twin/region/region.hpp"

#include <cmath>
#include <set>

namespace twin::region {
namespace {

constexpr int index_of(int year) { return year - pathway::kFirstYear; }

void check_series(const Series& s, const std::string& where, const char* name, bool may_be_negative,
                  std::vector<std::string>* errors) {
  for (int k = 0; k < pathway::kYearCount; ++k) {
    if (!std::isfinite(s[k]) || (!may_be_negative && s[k] < 0.0)) {
      errors->push_back(where + ": " + name + " of " + std::to_string(pathway::kFirstYear + k) + " is " +
                        std::to_string(s[k]) + (may_be_negative ? " (not finite)" : " (not a finite number ≥ 0)"));
      return;
    }
  }
}

void validate_node(const RegionNode& node, const std::string& path, std::vector<std::string>* errors) {
  if (node.name.empty()) errors->push_back(path + ": a member without a name");
  const bool leaf = node.leaf.has_value(), region = !node.members.empty();
  if (leaf == region) {
    errors->push_back(path + ": must be either a twin (with its pathway) or a region of members, " +
                      (leaf ? "not both" : "not neither"));
    return;
  }
  if (leaf) {
    const LeafSeries& s = *node.leaf;
    check_series(s.gross_t, path, "gross_t", false, errors);
    check_series(s.net_t, path, "net_t", true, errors);  // sinks and exports may make it negative
    check_series(s.baseline_gross_t, path, "baseline_gross_t", false, errors);
    check_series(s.potential_gross_t, path, "potential_gross_t", false, errors);
    check_series(s.gdp_10k_yuan, path, "gdp_10k_yuan", false, errors);
    return;
  }
  std::set<std::string> names;
  for (const RegionNode& m : node.members) {
    if (!names.insert(m.name).second) errors->push_back(path + ": two members named '" + m.name + "'");
    validate_node(m, path + "/" + m.name, errors);
  }
}

void add(Series& into, const Series& s) {
  for (int k = 0; k < pathway::kYearCount; ++k) into[k] += s[k];
}

void sum_into(const RegionNode& node, LeafSeries* sums, int* twins) {
  if (node.leaf) {
    add(sums->gross_t, node.leaf->gross_t);
    add(sums->net_t, node.leaf->net_t);
    add(sums->baseline_gross_t, node.leaf->baseline_gross_t);
    add(sums->potential_gross_t, node.leaf->potential_gross_t);
    add(sums->gdp_10k_yuan, node.leaf->gdp_10k_yuan);
    ++*twins;
    return;
  }
  for (const RegionNode& m : node.members) sum_into(m, sums, twins);
}

struct Context {
  const RegionTarget& target;
  SplitRule rule;
  std::vector<Allocation>* out;
};

double ratio(double a, double b) { return b > 0.0 ? a / b : 0.0; }

// Records `node` with its allowance, then shares the allowance among its members.
void allocate(const RegionNode& node, const std::string& path, int depth, double allowed_t, bool beyond,
              const Context& c) {
  const RegionSeries s = aggregate(node);
  const int b = index_of(c.target.base_year), t = index_of(c.target.target_year);
  Allocation a;
  a.path = path;
  a.depth = depth;
  a.allowed_t = allowed_t;
  a.baseline_t = s.sums.baseline_gross_t[t];
  a.potential_t = s.sums.potential_gross_t[t];
  a.current_t = s.sums.gross_t[t];
  a.intensity_base = ratio(s.sums.gross_t[b], s.sums.gdp_10k_yuan[b]);
  a.intensity_allowed = ratio(allowed_t, s.sums.gdp_10k_yuan[t]);
  a.meets = a.current_t <= allowed_t * (1.0 + 1e-9);
  a.beyond_potential = beyond;
  c.out->push_back(a);
  if (node.leaf) return;

  std::vector<RegionSeries> members;
  for (const RegionNode& m : node.members) members.push_back(aggregate(m));
  std::vector<double> share(members.size(), 0.0);
  bool members_beyond = beyond;
  if (c.rule == SplitRule::EqualIntensityCut) {
    // Weights intensity_m(base) × GDP_m(target): equal cuts among siblings, scaled to add up exactly.
    double total = 0.0;
    for (std::size_t i = 0; i < members.size(); ++i) {
      share[i] = ratio(members[i].sums.gross_t[b], members[i].sums.gdp_10k_yuan[b]) * members[i].sums.gdp_10k_yuan[t];
      total += share[i];
    }
    for (double& x : share) x = total > 0.0 ? allowed_t * x / total : allowed_t / static_cast<double>(members.size());
  } else {
    double baseline = 0.0, potential = 0.0;
    for (const RegionSeries& m : members) {
      baseline += m.sums.baseline_gross_t[t];
      potential += std::fmax(0.0, m.sums.baseline_gross_t[t] - m.sums.potential_gross_t[t]);
    }
    const double cut = baseline - allowed_t;
    if (cut <= 0.0 || !(potential > 0.0)) {
      // No cut needed (the slack is shared like the baselines), or no potential to share it by.
      members_beyond = members_beyond || (cut > 0.0);
      for (std::size_t i = 0; i < members.size(); ++i)
        share[i] = baseline > 0.0 ? allowed_t * members[i].sums.baseline_gross_t[t] / baseline
                                  : allowed_t / static_cast<double>(members.size());
    } else {
      members_beyond = members_beyond || cut > potential * (1.0 + 1e-12);
      for (std::size_t i = 0; i < members.size(); ++i) {
        const double p = std::fmax(0.0, members[i].sums.baseline_gross_t[t] - members[i].sums.potential_gross_t[t]);
        share[i] = members[i].sums.baseline_gross_t[t] - cut * p / potential;
      }
    }
  }
  for (std::size_t i = 0; i < members.size(); ++i)
    allocate(node.members[i], path + "/" + node.members[i].name, depth + 1, share[i], members_beyond, c);
}

}  // namespace

std::vector<std::string> validate_region(const RegionNode& root) {
  std::vector<std::string> errors;
  validate_node(root, root.name.empty() ? "(root)" : root.name, &errors);
  return errors;
}

RegionSeries aggregate(const RegionNode& node, double neutrality_threshold_fraction) {
  RegionSeries r;
  sum_into(node, &r.sums, &r.twins);
  r.milestones = pathway::find_milestones(r.sums.gross_t, r.sums.net_t, pathway::kFirstYear,
                                          neutrality_threshold_fraction);
  return r;
}

SplitResult split_target(const RegionNode& root, const RegionTarget& target, SplitRule rule) {
  SplitResult result;
  auto& e = result.errors;
  if (target.base_year < pathway::kFirstYear || target.base_year >= pathway::kLastYear)
    e.push_back("base_year " + std::to_string(target.base_year) + " is outside 2020–2059");
  if (target.target_year <= target.base_year || target.target_year > pathway::kLastYear)
    e.push_back("target_year " + std::to_string(target.target_year) + " must be after base_year and ≤ 2060");
  if (target.intensity_cut_pct.has_value() == target.cap_t.has_value())
    e.push_back("give exactly one of intensity_cut_pct and cap_t");
  if (target.intensity_cut_pct && !(*target.intensity_cut_pct >= 0.0 && *target.intensity_cut_pct < 100.0))
    e.push_back("intensity_cut_pct " + std::to_string(*target.intensity_cut_pct) + " is outside [0, 100)");
  if (target.cap_t && !(*target.cap_t >= 0.0 && std::isfinite(*target.cap_t)))
    e.push_back("cap_t must be a finite number ≥ 0");
  if (!e.empty()) return result;
  const RegionSeries s = aggregate(root);
  const int b = index_of(target.base_year), t = index_of(target.target_year);
  const double allowed = target.cap_t ? *target.cap_t
                                      : ratio(s.sums.gross_t[b], s.sums.gdp_10k_yuan[b]) *
                                            (1.0 - *target.intensity_cut_pct / 100.0) * s.sums.gdp_10k_yuan[t];
  const bool beyond = rule == SplitRule::AbatementPotential && allowed < s.sums.potential_gross_t[t] * (1.0 - 1e-12);
  allocate(root, root.name, 0, allowed, beyond, Context{target, rule, &result.allocations});
  return result;
}

const char* to_string(SplitRule rule) {
  return rule == SplitRule::EqualIntensityCut ? "equal_intensity_cut" : "abatement_potential";
}

bool split_rule_from_string(const std::string& text, SplitRule* rule) {
  if (text == "equal_intensity_cut") *rule = SplitRule::EqualIntensityCut;
  else if (text == "abatement_potential") *rule = SplitRule::AbatementPotential;
  else return false;
  return true;
}

}  // namespace twin::region
