// attribution_json() (attribution_json.hpp).
#include "twin/decision/attribution_json.hpp"

#include "twin/json_text/json_text.hpp"

namespace twin::decision {
namespace {

using json_text::number;
using json_text::quote;
using json_text::key;

std::string metrics_object(const MetricValues& v, bool peaked) {
  std::string j = "{";
  for (int k = 0; k < kMetricCount; ++k) j += key(metric_key(static_cast<Metric>(k))) + number(v[k]) + ",";
  return j + key("peaked") + (peaked ? "true" : "false") + "}";
}

}  // namespace

std::string attribution_json(const Attribution& r) {
  std::string j = "{";
  j += key("a") + quote(r.name_a) + "," + key("b") + quote(r.name_b) + ",";
  j += key("method") + quote(to_string(r.method)) + ",";
  j += key("max_exact_players") + std::to_string(r.max_exact_players) + ",";
  j += key("evaluations") + std::to_string(r.evaluations) + ",";
  j += key("players") + "[";
  for (std::size_t i = 0; i < r.players.size(); ++i)
    j += (i ? "," : "") + std::string("{") + key("key") + quote(r.players[i].key) + "," + key("group") +
         quote(to_string(r.players[i].group)) + "}";
  j += "],";
  j += key("metrics") + "{" + key("a") + metrics_object(r.a, r.peaked_a) + "," + key("b") +
       metrics_object(r.b, r.peaked_b) + "},";
  j += key("contributions") + "[";
  for (std::size_t i = 0; i < r.contributions.size(); ++i) {
    const Contribution& c = r.contributions[i];
    j += (i ? "," : "") + std::string("{") + key("lever") + quote(c.key);
    if (r.method == AttributionMethod::ShapleyGroups) {
      j += "," + key("members") + "[";
      for (std::size_t m = 0; m < c.members.size(); ++m) j += (m ? "," : "") + quote(c.members[m]);
      j += "]";
    }
    for (int k = 0; k < kMetricCount; ++k) j += "," + key(delta_key(static_cast<Metric>(k))) + number(c.delta[k]);
    j += "}";
  }
  j += "],";
  for (int k = 0; k < kMetricCount; ++k)
    j += key(std::string("total_") + delta_key(static_cast<Metric>(k))) + number(r.total_delta[k]) + ",";
  j += key("notes") + "[";
  for (std::size_t i = 0; i < r.notes.size(); ++i) j += (i ? "," : "") + quote(r.notes[i]);
  j += "],";
  j += key("definitions") + "{" +
       key("contributions") +
       quote("exact Shapley values over the players that differ (method shapley) or over the sector groups that have "
           "differing players (shapley_groups, when more than max_exact_players differ); a coalition takes its "
           "players' settings from b and the rest from a; the contributions sum to the total") + "," +
       key("peak") + quote("the year and tCO2 of the largest gross emissions (scope 1 + 2 of the emitting sectors)") +
       "," + key("delta_peak_year") +
       quote("fractional years: Shapley averages of whole-year moves; they sum to the change") + "," +
       key("delta_2030_t") + quote("gross emissions of 2030; delta_2030_net_t: net (gross - PV export credit + sinks)") +
       "," +
       key("delta_2060_t") + quote("gross emissions of 2060; delta_2060_net_t: net") + "," +
       key("delta_cumulative_t") + quote("sum of net emissions 2020-2060") + "}";
  return j + "}";
}

}  // namespace twin::decision
