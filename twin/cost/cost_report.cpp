// The cost report and its JSON (cost_report.hpp). Numbers are written with 17 significant digits so
// the JSON round-trips the doubles; the cost per tonne of a lever that does not abate is null.
#include "twin/cost/cost_report.hpp"

#include "twin/json_text/json_text.hpp"

namespace twin::cost {
namespace {

using json_text::number;
using json_text::quote;
using json_text::key;

}  // namespace

CostReport cost_report(const pathway::Baseline& baseline, const pathway::Scenario& scenario, int year,
                       const CarbonPricePath& price_path, bool mac_from_scenario) {
  CostReport r;
  r.scenario_name = scenario.name;
  r.year = year;
  r.price_path = price_path;
  const pathway::Scenario reference = pathway::default_scenario();
  const pathway::PathwayResult ref = pathway::evaluate_pathway(baseline, reference);
  const pathway::PathwayResult res = pathway::evaluate_pathway(baseline, scenario);
  r.cost = scenario_cost(baseline, reference, ref, scenario, res);
  r.mac = mac_curve(baseline, mac_from_scenario ? scenario : reference, year);
  r.mac_base = mac_from_scenario ? "scenario" : "baseline";
  r.allowances = allowance_values(baseline, plants_by_year(baseline, scenario, res), year, price_path);
  r.plants = baseline.plants;
  r.sink = sink_credit(ref, res, year, price_path);
  return r;
}

std::string cost_report_json(const CostReport& r) {
  std::string j = "{";
  j += key("scenario") + quote(r.scenario_name) + ",";
  j += key("reference") + quote("baseline (the default scenario, current policies)") + ",";
  j += key("discount_rate") + number(r.cost.discount_rate) + ",";
  j += key("price_basis") + quote("real 2023 yuan; capital annualised with the capital recovery factor") + ",";
  j += key("years") + "[";
  for (std::size_t k = 0; k < r.cost.years.size(); ++k) {
    const CostYear& y = r.cost.years[k];
    if (k) j += ",";
    j += "{" + key("year") + std::to_string(y.year) + "," + key("net_cost_yuan") + number(y.net_cost_yuan) + "," +
         key("capital_yuan") + number(y.capital_yuan) + "," + key("om_yuan") + number(y.om_yuan) + "," +
         key("energy_cost_delta_yuan") + number(y.energy_cost_delta_yuan) + "," + key("abatement_t") +
         number(y.abatement_t) + "," + key("items") + "{";
    for (int i = 0; i < kCostItemCount; ++i) {
      const LeverCostRow& c = lever_cost_rows()[i];
      if (i) j += ",";
      j += key(c.key) + "{" + key("activity_delta") + number(y.activity_delta[i]) + "," + key("unit") +
           quote(c.activity_unit) + "," + key("cost_yuan") + number(y.item_cost_yuan[i]) + "}";
    }
    j += "}}";
  }
  j += "],";
  j += key("npv_yuan") + number(r.cost.npv_yuan) + ",";
  j += key("abatement_t") + number(r.cost.abatement_t) + ",";
  j += key("discounted_abatement_t") + number(r.cost.discounted_abatement_t) + ",";
  j += key("cost_per_t_discounted") + (r.cost.abates ? number(r.cost.cost_per_t_discounted) : "null") + ",";
  j += key("cost_per_t_undiscounted") + (r.cost.abatement_t > 0.0 ? number(r.cost.cost_per_t_undiscounted) : "null") +
       ",";
  j += key("cost_per_t_note") +
       quote("cost_per_t_discounted = NPV of net cost / NPV of tonnes abated (levelised); "
           "cost_per_t_undiscounted = NPV of net cost / tonnes abated 2020-2060") + ",";
  j += key("mac_curve") + "{" + key("year") + std::to_string(r.year) + "," + key("base") + quote(r.mac_base) + "," +
       key("ambitious_settings") + quote("assets/cost/mac_ambitious.csv") + "," + key("entries") + "[";
  for (std::size_t i = 0; i < r.mac.size(); ++i) {
    const MacEntry& e = r.mac[i];
    if (i) j += ",";
    j += "{" + key("lever") + quote(pathway::lever_def(e.lever).key) + "," + key("start_year") +
         std::to_string(e.setting.start_year) + "," + key("ramp_years") + std::to_string(e.setting.ramp_years) + "," +
         key("target") + number(e.setting.target) + "," + key("abatement_t") + number(e.abatement_t) + "," +
         key("net_cost_yuan") + number(e.net_cost_yuan) + "," + key("cost_per_t") +
         (e.abates ? number(e.cost_per_t) : "null") + "," + key("npv_yuan") + number(e.npv_yuan) + "}";
  }
  j += "]},";
  j += key("carbon_price") + "{";
  for (int m = 0; m < static_cast<int>(Market::Count); ++m) {
    if (m) j += ",";
    j += key(to_string(static_cast<Market>(m))) + "[";
    for (int year = pathway::kFirstYear; year <= pathway::kLastYear; ++year) {
      if (year > pathway::kFirstYear) j += ",";
      j += "{" + key("year") + std::to_string(year) + "," + key("yuan_per_t") +
           number(carbon_price(r.price_path, static_cast<Market>(m), year)) + "}";
    }
    j += "]";
  }
  j += "},";
  j += key("allowances") + "{" + key("year") + std::to_string(r.year) + "," + key("plants") + "[";
  for (std::size_t i = 0; i < r.allowances.size(); ++i) {
    const EmitterAllowance& a = r.allowances[i];
    const industry::Plant& p = r.plants[a.plant];
    if (i) j += ",";
    j += "{" + key("name") + quote(p.name) + "," + key("sector") + quote(industry::to_string(p.sector)) + "," +
         key("route") + quote(industry::to_string(p.route)) + "," + key("synthetic") +
         (p.synthetic ? "true" : "false") + "," + key("covered_by_national_ets") + (a.covered ? "true" : "false") + "," +
         key("method") + quote(a.method) + "," + key("output") + number(a.output) + "," + key("output_unit") +
         quote(industry::output_unit(p.route)) + "," + key("benchmark_t_per_unit") + number(a.benchmark_t_per_unit) +
         "," + key("allowance_t") + number(a.allowance_t) +
         "," + key("net_t") + number(a.net_t) + "," + key("surplus_t") + number(a.surplus_t) + "," +
         key("price_yuan_per_t") + number(a.price_yuan_per_t) + "," + key("value_yuan") + number(a.value_yuan) + "}";
  }
  j += "]},";
  j += key("sink_credit") + "{" + key("year") + std::to_string(r.year) + "," + key("added_removal_t") +
       number(r.sink.added_removal_t) + "," + key("price_yuan_per_t") + number(r.sink.price_yuan_per_t) + "," +
       key("value_yuan") + number(r.sink.value_yuan) + "},";
  j += key("sources") + "{";
  for (std::size_t i = 0; i < cost_sources().size(); ++i) {
    if (i) j += ",";
    j += key(cost_sources()[i].id) + quote(cost_sources()[i].citation);
  }
  j += "}}";
  return j;
}

}  // namespace twin::cost
