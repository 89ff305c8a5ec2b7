// MAC curve of one year (mac_curve.hpp).
#include "twin/cost/mac_curve.hpp"

#include <algorithm>
#include <cassert>

namespace twin::cost {

std::vector<MacEntry> mac_curve(const pathway::Baseline& baseline, const pathway::Scenario& base, int year,
                                double rate) {
  assert(year >= pathway::kFirstYear && year <= pathway::kLastYear && "mac_curve: year outside the pathway");
  const pathway::PathwayResult base_result = pathway::evaluate_pathway(baseline, base);
  const std::size_t k = static_cast<std::size_t>(year - pathway::kFirstYear);
  std::vector<MacEntry> entries;
  for (const AmbitiousRow& row : mac_ambitious_rows()) {
    pathway::Scenario moved = base;
    moved.lever(row.lever) = row.setting;
    const pathway::PathwayResult result = pathway::evaluate_pathway(baseline, moved);
    const ScenarioCost cost = scenario_cost(baseline, base, base_result, moved, result, rate);
    MacEntry e;
    e.lever = row.lever;
    e.setting = row.setting;
    e.abatement_t = cost.years[k].abatement_t;
    e.net_cost_yuan = cost.years[k].net_cost_yuan;
    e.abates = e.abatement_t > 0.0;
    if (e.abates) e.cost_per_t = e.net_cost_yuan / e.abatement_t;
    e.npv_yuan = cost.npv_yuan;
    e.cost_per_t_discounted = cost.cost_per_t_discounted;
    entries.push_back(e);
  }
  std::stable_sort(entries.begin(), entries.end(), [](const MacEntry& a, const MacEntry& b) {
    if (a.abates != b.abates) return a.abates;
    return a.abates && a.cost_per_t < b.cost_per_t;
  });
  return entries;
}

}  // namespace twin::cost
